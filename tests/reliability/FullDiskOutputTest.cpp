// Every kind of output on a real full disk (tests/support/FullDisk), over an
// earlier file of the same name: the command fails (exit 1) with one line
// saying the disk is full, and the earlier file is left byte for byte, with
// nothing new beside it. Before, a small JSON export or sensitivity table
// replaced the earlier file with an empty one and said "Wrote".

#include "support/CliRunner.h"
#include "support/FileChecks.h"
#include "support/FullDisk.h"
#include "store/Store.h"

#include <QFile>
#include <QTemporaryDir>

using namespace triangle;
using namespace triangle::test;

namespace {
struct OutputKind
{
    const char *name;   // the test's name
    const char *output; // -o, on the full disk
    const char *earlier; // the earlier file that must survive, on the full disk
    QStringList arguments;
    bool emptyDatabase = false; // for an output of a few hundred bytes
};

const QString Zhejiang = QStringLiteral("330000");
const QString Regions = QStringLiteral("--regions");

QStringList figure(const QString &view) { return {QStringLiteral("figure"), QStringLiteral("--view"), view, Regions, Zhejiang}; }

const QList<OutputKind> &outputKinds()
{
    static const QList<OutputKind> kinds = {
        {"Json", "data.json", "data.json", {QStringLiteral("export")}},
        {"SmallJson", "data.json", "data.json", {QStringLiteral("export")}, true},
        {"Workbook", "data.xlsx", "data.xlsx", {QStringLiteral("export")}},
        {"CsvFolder", "tables.csv", "tables/regions.csv", {QStringLiteral("export")}},
        {"Png", "figure.png", "figure.png", figure(QStringLiteral("evolution"))},
        {"Svg", "figure.svg", "figure.svg", figure(QStringLiteral("compare"))},
        {"Pdf", "figure.pdf", "figure.pdf", figure(QStringLiteral("timeline"))},
        {"Html", "figure.html", "figure.html", figure(QStringLiteral("evolution"))},
        {"EChartsJson", "figure.echarts.json", "figure.echarts.json", figure(QStringLiteral("evolution"))},
        {"EachRegion", "figures/{code}.svg", "figures/330000.svg",
         {QStringLiteral("figure"), QStringLiteral("--view"), QStringLiteral("balance"), QStringLiteral("--each-region"), Regions, Zhejiang}},
        {"Report", "report.pdf", "report.pdf", {QStringLiteral("report"), Regions, Zhejiang}},
        {"ReportOdt", "report.odt", "report.odt", {QStringLiteral("report"), Regions, Zhejiang}},
        {"SensitivityCsv", "sensitivity.csv", "sensitivity.csv",
         {QStringLiteral("sensitivity"), Regions, Zhejiang, QStringLiteral("--stage"), QStringLiteral("advantage")}},
        {"SensitivityJson", "sensitivity.json", "sensitivity.json",
         {QStringLiteral("sensitivity"), Regions, Zhejiang, QStringLiteral("--stage"), QStringLiteral("advantage")}},
        {"FindingsCsv", "findings.csv", "findings.csv", {QStringLiteral("findings"), Regions, Zhejiang}},
        {"FindingsJson", "findings.json", "findings.json", {QStringLiteral("findings"), Regions, Zhejiang}},
        {"FindingsMarkdown", "findings.md", "findings.md", {QStringLiteral("findings"), Regions, Zhejiang}},
        // The expert panel (issue 22): the packet written in its expert's language, the failure said in the user's.
        {"ScoringPacket", "packet.xlsx", "packet.xlsx",
         {QStringLiteral("packet"), QStringLiteral("--rater"), QStringLiteral("article-reading"), Regions, Zhejiang,
          QStringLiteral("--stage"), QStringLiteral("advantage")}},
        // Into a folder the run makes: taken back when nothing could be written in it.
        {"ScoringPacketFolder", "made/packets", "packet.xlsx",
         {QStringLiteral("packet"), QStringLiteral("--rater"), QStringLiteral("article-reading"), Regions, Zhejiang,
          QStringLiteral("--stage"), QStringLiteral("advantage")}},
        {"PanelJson", "panel.json", "panel.json", {QStringLiteral("panel")}},
        {"PanelCsv", "panel.csv", "panel.csv", {QStringLiteral("panel")}},
        {"PanelMarkdown", "panel.md", "panel.md", {QStringLiteral("panel")}},
    };
    return kinds;
}

class FullDiskOutputTest : public ::testing::TestWithParam<int>
{
protected:
    ProcessResult run(const QStringList &arguments) { return runTriangleStudio(QStringLiteral(TRIANGLE_EXECUTABLE), m_home.path(), arguments); }

    QTemporaryDir m_home;
};
} // namespace

TEST_P(FullDiskOutputTest, FailsSayingTheDiskIsFullAndKeepsTheEarlierFile)
{
    const OutputKind &kind = outputKinds().at(GetParam());
    FullDisk disk;
    if (!disk.ok())
        GTEST_SKIP() << "mounting a small file system (a tmpfs) needs root here";
    // The database is elsewhere: only the output is on the full disk.
    ASSERT_EQ(run({QStringLiteral("check")}).exitCode, 0);
    const QString earlier = disk.filePath(QLatin1StringView(kind.earlier));
    ASSERT_TRUE(QDir().mkpath(QFileInfo(earlier).absolutePath()));
    {
        QFile file(earlier);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("an earlier output that must survive\n");
    }
    const QByteArray before = fileHash(earlier);
    ASSERT_TRUE(disk.fill());
    const QStringList entries = folderListing(disk.filePath(QStringLiteral(".")));

    QStringList arguments = kind.arguments + QStringList{QStringLiteral("-o"), disk.filePath(QLatin1StringView(kind.output))};
    if (kind.emptyDatabase) {
        const QString empty = m_home.filePath(QStringLiteral("empty.tsdb"));
        OpenOptions create;
        create.createIfMissing = true;
        ASSERT_TRUE(Store::open(empty, create).ok());
        arguments << QStringLiteral("--db") << empty;
    }
    const ProcessResult r = run(arguments);
    EXPECT_EQ(r.exitCode, 1) << qPrintable(r.out);
    EXPECT_FALSE(r.out.contains(QStringLiteral("Wrote"))) << qPrintable(r.out);
    EXPECT_EQ(r.err.trimmed().count(QLatin1Char('\n')), 0) << qPrintable(r.err);
    EXPECT_TRUE(r.err.contains(QStringLiteral("the disk holding it is full"))) << qPrintable(r.err);
    EXPECT_TRUE(r.err.contains(disk.filePath(QString()))) << qPrintable(r.err); // names the file
    EXPECT_EQ(fileHash(earlier), before);
    EXPECT_EQ(folderListing(disk.filePath(QStringLiteral("."))), entries);
}

INSTANTIATE_TEST_SUITE_P(EveryOutput, FullDiskOutputTest, ::testing::Range(0, int(outputKinds().size())),
                         [](const ::testing::TestParamInfo<int> &info) { return std::string(outputKinds().at(info.param).name); });
