// Figures and reports that leave the program name what computed them (issue
// 21 §10): the footnote of an exported figure and the report's cover carry
// the data's fingerprint; the report's region page says how much of each
// assessment cites evidence.

#include "support/CliRunner.h"
#include "support/TestData.h"

#include "data/DataFingerprint.h"
#include "data/DefaultDatabase.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace triangle;
using namespace triangle::test;

namespace {
class ProvenanceOutputsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto store = openOrCreateSeeded(database());
        ASSERT_OK(store);
        auto hash = dataFingerprint(**store);
        ASSERT_OK(hash);
        shortHash = shortFingerprint(*hash);
    }
    QString database() const { return m_home.filePath(QStringLiteral("study.tsdb")); }
    QString file(const char *name) const { return m_home.filePath(QLatin1StringView(name)); }
    ProcessResult run(const QStringList &arguments)
    {
        return runTriangleStudio(QStringLiteral(TRIANGLE_EXECUTABLE), m_home.path(),
                                 QStringList{arguments.first(), QStringLiteral("--db"), database()} + arguments.mid(1));
    }
    // The report on `regions` in English, as pdftotext reads it, its white space folded.
    QString reportWords(const QString &regions)
    {
        const ProcessResult report = run({QStringLiteral("report"), QStringLiteral("--regions"), regions, QStringLiteral("--lang"),
                                          QStringLiteral("en"), QStringLiteral("-o"), file("report.pdf")});
        EXPECT_EQ(report.exitCode, 0) << qPrintable(report.err);
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), file("report.pdf"), QStringLiteral("-")});
        p.waitForFinished();
        return QString::fromUtf8(p.readAllStandardOutput()).simplified();
    }

    static QString contents(const QString &path)
    {
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << qPrintable(path);
        return QString::fromUtf8(f.readAll());
    }

    QTemporaryDir m_home;
    QString shortHash;
};
} // namespace

TEST_F(ProvenanceOutputsTest, ExportedFiguresEndTheirFootnoteWithTheFingerprint)
{
    for (const char *view : {"evolution", "balance", "timeline", "traction"}) {
        const ProcessResult svg = run({QStringLiteral("figure"), QStringLiteral("--view"), QLatin1StringView(view), QStringLiteral("--regions"),
                                       QStringLiteral("330000"), QStringLiteral("-o"), file("figure.svg")});
        ASSERT_EQ(svg.exitCode, 0) << view << ": " << qPrintable(svg.err);
        EXPECT_TRUE(contents(file("figure.svg")).contains(shortHash)) << view;
    }
    const ProcessResult web = run({QStringLiteral("figure"), QStringLiteral("--view"), QStringLiteral("compare"), QStringLiteral("--regions"),
                                   QStringLiteral("330000,140000"), QStringLiteral("-o"), file("compare.echarts.json")});
    ASSERT_EQ(web.exitCode, 0) << qPrintable(web.err);
    EXPECT_TRUE(contents(file("compare.echarts.json")).contains(QStringLiteral("data ") + shortHash));
}

TEST_F(ProvenanceOutputsTest, ReportNamesTheFingerprintAndTheEvidenceCoverage)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    const QString words = reportWords(QStringLiteral("140000"));
    EXPECT_TRUE(words.contains(QStringLiteral("data ") + shortHash)) << qPrintable(words.left(600));
    // Shanxi's target stage: no policy linked to its mission score, 6 of 13 values cite one.
    EXPECT_TRUE(words.contains(QStringLiteral("Target triangle — evidence: 2 of 3 dimensions, 6 of 13 indicator values")))
        << qPrintable(words);
}

// Issue 21 §11: the report warns of one fact counted in several dimensions
// where it gives the coverage, and lists the indicators nobody scored.
TEST_F(ProvenanceOutputsTest, ReportWarnsOfDoubleCountsAndNamesTheIndicatorsNotScored)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    const QString words = reportWords(QStringLiteral("510000"));
    EXPECT_TRUE(words.contains(QStringLiteral("Warning: Sichuan, Advantage triangle: “milestone:sc-duty-standards-283” is counted in "
                                              "political (Provincial legislation) and operational")))
        << qPrintable(words);
    EXPECT_TRUE(words.contains(QStringLiteral("Public support and public scrutiny"))) << qPrintable(words);
    EXPECT_TRUE(words.contains(QStringLiteral("not scored: it does not count in the dimension's score"))) << qPrintable(words);
}
