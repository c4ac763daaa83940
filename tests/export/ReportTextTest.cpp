// `triangle-studio report` as the issue ran it: the PDF's text layer read back
// by poppler's pdftotext must be the text that was written, so that a search
// for 广东 or 2016 finds it and a copy pastes it.

#include "support/CliRunner.h"
#include "support/TestData.h"

#include "data/DefaultDatabase.h"
#include "store/Store.h"

#include <QProcess>
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
