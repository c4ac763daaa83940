// `triangle-studio report` as the issue ran it: the PDF's text layer read back
// by poppler's pdftotext must be the text that was written, so that a search
// for 广东 or 2016 finds it and a copy pastes it.

#include "support/CliRunner.h"
#include "support/TestData.h"

#include "data/DefaultDatabase.h"
#include "store/Store.h"

#include <QFile>
#include <QProcess>
#include <QRectF>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace triangle;
using namespace triangle::test;

namespace {
QString pdfToText(const QString &file)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), file, QStringLiteral("-")});
    p.waitForFinished();
    return QString::fromUtf8(p.readAllStandardOutput());
}

struct Word
{
    QRectF box; // in points
    QString text;
};

// pdftotext -bbox's words, page by page.
QList<QList<Word>> pdfWords(const QString &file)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), file, QStringLiteral("-")});
    p.waitForFinished();
    const QString html = QString::fromUtf8(p.readAllStandardOutput());
    QList<QList<Word>> pages;
    static const QRegularExpression tag(QStringLiteral(
        R"re(<page |<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>)re"));
    for (const QRegularExpressionMatch &m : tag.globalMatch(html)) {
        if (m.captured(0).startsWith(QStringLiteral("<page"))) {
            pages.append(QList<Word>());
        } else if (!pages.isEmpty()) {
            pages.last().append({QRectF(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()),
                                        QPointF(m.captured(3).toDouble(), m.captured(4).toDouble())),
                                 m.captured(5)});
        }
    }
    return pages;
}

// The largest (ascent - descent) per em of the PDF's fonts: poppler makes a
// word's box that tall per point of type, so a box's height divided by it is
// no more than the type's size.
double tallestFontBox(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QString pdf = QString::fromLatin1(f.readAll());
    static const QRegularExpression metrics(QStringLiteral(R"re(/Ascent ([\d.]+)\s*/Descent (-?[\d.]+))re"));
    double tallest = 0;
    for (const QRegularExpressionMatch &m : metrics.globalMatch(pdf))
        tallest = std::max(tallest, (m.captured(1).toDouble() - m.captured(2).toDouble()) / 1000.0);
    return tallest;
}
} // namespace

TEST(ReportTextTest, PdftotextGivesBackTheChineseNamesAndTheNumbers)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    QTemporaryDir home;
    const QString db = home.filePath(QStringLiteral("report.tsdb"));
    {
        // Guangdong assessed too, for 广 (set as the Kangxi radical ⼴ before) and a score of 8.0.
        auto store = openOrCreateSeeded(db);
        ASSERT_OK(store);
        const Id guangdong = (*store)->regions().byCode(QStringLiteral("440000"))->id;
        const Id advantage = (*store)->stages().byKey(QStringLiteral("advantage"))->id;
        ASSERT_OK((*store)->assessments().add(makeAssessment(guangdong, advantage, 8.0, 6.5, 7.0)));
    }
    const QString pdf = home.filePath(QStringLiteral("r.pdf"));
    // The locale of a script's shell (en_US): the one under which digits were lost.
    const ProcessResult run = runTriangleStudio(QStringLiteral(TRIANGLE_EXECUTABLE), home.path(),
                                                {QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--regions"),
                                                 QStringLiteral("all"), QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                                                 QStringLiteral("-o"), pdf});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    const QString text = pdfToText(pdf);
    ASSERT_FALSE(text.isEmpty());
    const QString words = text.simplified();
    for (const QString &name : {QStringLiteral("浙江省"), QStringLiteral("山西省"), QStringLiteral("四川省"), QStringLiteral("广东省")})
        EXPECT_TRUE(words.contains(name)) << qPrintable(name) << "\n" << qPrintable(words.left(600));
    EXPECT_TRUE(words.contains(QStringLiteral("战略三角报告"))) << qPrintable(words.left(300)); // the title: 角 was ⻆
    EXPECT_TRUE(words.contains(QStringLiteral("方法")));                                           // 方 was ⽅
    // Numbers: Guangdong's score, a year, and digits in running text that were dropped.
    EXPECT_TRUE(words.contains(QStringLiteral("8.0")));
    EXPECT_TRUE(words.contains(QStringLiteral("2016")));
    EXPECT_TRUE(words.contains(QStringLiteral("（n − 1）"))) << qPrintable(words);
    EXPECT_TRUE(words.contains(QStringLiteral("(3·均值²)")));
    // No look-alike radical is left anywhere: the report writes none.
    qsizetype radicals = 0;
    for (QChar c : text)
        radicals += (c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF) ? 1 : 0;
    EXPECT_EQ(radicals, 0);
}

// The report's figures printed legibly: on the pages with figures (each
// region's, the comparison's) every word is set in 7 pt or more, and no two
// words' boxes overlap, in either language.
TEST(ReportTextTest, FigurePagesUseSevenPointTypeAndLabelsDoNotOverlap)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    QTemporaryDir home;
    for (const QString &language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        const QString pdf = home.filePath(language + QStringLiteral(".pdf"));
        const ProcessResult run = runTriangleStudio(QStringLiteral(TRIANGLE_EXECUTABLE), home.path(),
                                                    {QStringLiteral("report"), QStringLiteral("--regions"), QStringLiteral("all"),
                                                     QStringLiteral("--lang"), language, QStringLiteral("-o"), pdf});
        ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
        const double perPoint = tallestFontBox(pdf);
        ASSERT_GT(perPoint, 0.5) << "no font metrics found";
        const QList<QList<Word>> pages = pdfWords(pdf);
        // Cover, method and findings; then a page per region (three) and the comparison (one or more pages);
        // the sensitivity page last.
        ASSERT_GE(pages.size(), 8) << qPrintable(language);
        for (qsizetype page = 3; page < pages.size() - 1; ++page) {
            const QList<Word> &words = pages[page];
            ASSERT_FALSE(words.isEmpty());
            for (const Word &w : words) {
                EXPECT_GE(w.box.height() / perPoint, 7.0 - 0.05)
                    << qPrintable(language) << " page " << page + 1 << ": \"" << qPrintable(w.text) << "\" is "
                    << w.box.height() / perPoint << " pt";
            }
            // Overlapping by more than a hair (boxes of lines set solid touch).
            for (qsizetype i = 0; i < words.size(); ++i) {
                for (qsizetype j = i + 1; j < words.size(); ++j) {
                    const QRectF both = words[i].box.intersected(words[j].box);
                    EXPECT_FALSE(both.width() > 0.5 && both.height() > 0.5)
                        << qPrintable(language) << " page " << page + 1 << ": \"" << qPrintable(words[i].text) << "\" and \""
                        << qPrintable(words[j].text) << "\" overlap";
                }
            }
        }
    }
}

// A figure exported as PDF names its glyphs the same way: 山西 as written, not ⼭西.
TEST(ReportTextTest, FigurePdfGivesBackTheChineseName)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    QTemporaryDir home;
    const QString pdf = home.filePath(QStringLiteral("shanxi.pdf"));
    const ProcessResult run = runTriangleStudio(QStringLiteral(TRIANGLE_EXECUTABLE), home.path(),
                                                {QStringLiteral("figure"), QStringLiteral("--view"), QStringLiteral("evolution"),
                                                 QStringLiteral("--regions"), QStringLiteral("140000"), QStringLiteral("--lang"),
                                                 QStringLiteral("zh_CN"), QStringLiteral("-o"), pdf});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    const QString words = pdfToText(pdf).simplified();
    EXPECT_TRUE(words.contains(QStringLiteral("山西省"))) << qPrintable(words);
    EXPECT_TRUE(words.contains(QStringLiteral("三角"))) << qPrintable(words);
}

// A region page carries the analyst's argument (issue 20 §3): per dimension the
// rationale, the indicator scores with their notes, the evidence linked (title,
// date, issuer) and, with two raters, each rater's score and their spread.
TEST(ReportTextTest, RegionPageCarriesTheRationaleNotesEvidenceAndRaters)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    QTemporaryDir home;
    const QString db = home.filePath(QStringLiteral("argument.tsdb"));
    {
        auto store = openOrCreateSeeded(db);
        ASSERT_OK(store);
        Store &s = **store;
        const Id zhejiang = s.regions().byCode(QStringLiteral("330000"))->id;
        const Id advantage = s.stages().byKey(QStringLiteral("advantage"))->id;
        const auto assessment = s.assessments().at(zhejiang, advantage);
        ASSERT_OK(assessment);
        ASSERT_TRUE(assessment->has_value());
        // A policy with its issuer, cited for the political score.
        Policy policy = makePolicy(zhejiang, QStringLiteral("浙江省机关事务示范条例"), PartialDate::parse(QStringLiteral("2019-03")).value());
        policy.issuer = QStringLiteral("浙江省人大常委会");
        const auto policyId = s.policies().add(policy);
        ASSERT_OK(policyId);
        ASSERT_OK(s.evidence().add(Evidence{NoId, (*assessment)->id, Dimension::Political, Evidence::Kind::Policy, *policyId}));
        // A second rater scoring one mission indicator, with a note.
        const auto rater = s.raters().add(Rater{NoId, QStringLiteral("second"), QStringLiteral("第二评分者"), QString(), {}, {}, Language::Chinese});
        ASSERT_OK(rater);
        Id missionIndicator = NoId;
        for (const Indicator &i : *s.indicators().all()) {
            if (i.dimension == Dimension::Mission && missionIndicator == NoId)
                missionIndicator = i.id;
        }
        ASSERT_OK(s.indicatorValues().add(
            IndicatorValue{NoId, zhejiang, advantage, missionIndicator, *rater, 9.5, QStringLiteral("第二评分者的依据说明")}));
    }
    const QString pdf = home.filePath(QStringLiteral("argument.pdf"));
    const ProcessResult run = runTriangleStudio(QStringLiteral(TRIANGLE_EXECUTABLE), home.path(),
                                                {QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--regions"),
                                                 QStringLiteral("330000"), QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                                                 QStringLiteral("-o"), pdf});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    // Lines broken anywhere in Chinese: compared without white space.
    QString text = pdfToText(pdf);
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    const QStringList expected{
        QStringLiteral("浙江的政府运行保障改革积极融入"), // the mission rationale at the advantage stage
        QStringLiteral("第二评分者的依据说明"),           // an indicator score's note
        QStringLiteral("浙江省机关事务示范条例"),         // evidence: title,
        QStringLiteral("2019-03"),                       // date
        QStringLiteral("浙江省人大常委会"),               // and issuer
        QStringLiteral("率先推开“最多跑一次”改革"),       // a milestone linked in the shipped data
        QStringLiteral("第二评分者9.5"),                  // the second rater's score of the dimension
    };
    for (const QString &phrase : expected)
        EXPECT_TRUE(text.contains(phrase)) << qPrintable(phrase);
}
