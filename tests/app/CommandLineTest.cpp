// Runs the real triangle-studio executable with a private home folder and
// checks what it prints and how it exits.

#include "support/CliRunner.h"
#include "support/TestData.h"

#include "analysis/Findings.h"

#include "data/XlsxReader.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QProcessEnvironment>
#include <QThread>

using namespace triangle;
using namespace triangle::test;

namespace {
class CommandLineTest : public ::testing::Test
{
protected:
    ProcessResult run(const QStringList &arguments, const QString &locale = QStringLiteral("en_US.UTF-8"))
    {
        return runTriangleStudio(QStringLiteral(TRIANGLE_EXECUTABLE), m_home.path(), arguments, locale);
    }

    QString defaultDatabase() const
    {
        return m_home.filePath(QStringLiteral("data/TriangleStudio/triangle-studio/default.tsdb"));
    }

    QTemporaryDir m_home;
};
} // namespace

TEST_F(CommandLineTest, VersionAndHelp)
{
    const ProcessResult version = run({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith(QStringLiteral("triangle-studio "))) << qPrintable(version.out);

    const ProcessResult help = run({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("check"))) << qPrintable(help.out);
    EXPECT_TRUE(help.out.contains(QStringLiteral("summary")));

    const ProcessResult helpCheck = run({QStringLiteral("help"), QStringLiteral("check")});
    EXPECT_EQ(helpCheck.exitCode, 0);
    EXPECT_TRUE(helpCheck.out.contains(QStringLiteral("--db")));

    const ProcessResult helpUnknown = run({QStringLiteral("help"), QStringLiteral("nothing")});
    EXPECT_EQ(helpUnknown.exitCode, 2);
    EXPECT_TRUE(helpUnknown.err.contains(QStringLiteral("nothing")));
}

TEST_F(CommandLineTest, CheckCreatesAndSeedsTheDefaultDatabase)
{
    ASSERT_FALSE(QFile::exists(defaultDatabase()));
    const ProcessResult check = run({QStringLiteral("check")});
    EXPECT_EQ(check.exitCode, 0) << qPrintable(check.err);
    EXPECT_TRUE(QFile::exists(defaultDatabase()));
    EXPECT_TRUE(check.out.contains(QStringLiteral("Created the default database")));
    EXPECT_TRUE(check.out.contains(QStringLiteral("Schema version: %1").arg(latestSchemaVersion())));
    EXPECT_TRUE(check.out.contains(QStringLiteral("Integrity:      ok")));
    EXPECT_TRUE(check.out.contains(QStringLiteral("Regions:        32")));
    EXPECT_TRUE(check.out.contains(QStringLiteral("Assessments:    9")));
    EXPECT_TRUE(check.out.contains(QStringLiteral("Indicators:     16"))) << qPrintable(check.out);
    EXPECT_TRUE(check.out.contains(QStringLiteral("Raters:         1"))) << qPrintable(check.out);

    const ProcessResult again = run({QStringLiteral("check")});
    EXPECT_EQ(again.exitCode, 0);
    EXPECT_FALSE(again.out.contains(QStringLiteral("Created")));
}

// The window's saved language does not decide a script's: the command line
// follows the system's (LANG), and every command takes --lang.
TEST_F(CommandLineTest, TheCommandLineFollowsTheSystemLanguageAndEveryCommandTakesLang)
{
    const QString settings = m_home.filePath(QStringLiteral("config/TriangleStudio/triangle-studio.conf"));
    ASSERT_TRUE(QDir().mkpath(QFileInfo(settings).absolutePath()));
    QFile file(settings);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("[ui]\nlanguage=zh_CN\n"); // as the window saves a choice of Chinese
    file.close();

    const ProcessResult english = run({QStringLiteral("check")}, QStringLiteral("en_US.UTF-8"));
    ASSERT_EQ(english.exitCode, 0) << qPrintable(english.err);
    EXPECT_TRUE(english.out.contains(QStringLiteral("Integrity:"))) << qPrintable(english.out);
    const ProcessResult chinese = run({QStringLiteral("check"), QStringLiteral("--lang"), QStringLiteral("zh_CN")}, QStringLiteral("en_US.UTF-8"));
    ASSERT_EQ(chinese.exitCode, 0) << qPrintable(chinese.err);
    EXPECT_TRUE(chinese.out.contains(QStringLiteral("完整性"))) << qPrintable(chinese.out);
    for (const QString &command : {QStringLiteral("summary"), QStringLiteral("groups")}) {
        const ProcessResult result = run({command, QStringLiteral("--lang"), QStringLiteral("en")}, QStringLiteral("zh_CN.UTF-8"));
        EXPECT_NE(result.exitCode, 2) << qPrintable(command) << " takes --lang: " << qPrintable(result.err);
    }
    EXPECT_EQ(run({QStringLiteral("check"), QStringLiteral("--lang"), QStringLiteral("fr")}).exitCode, 2) << "an unknown language is a usage error";
}

TEST_F(CommandLineTest, CheckOfABadFileFailsWithOneClearLine)
{
    const QString text = m_home.filePath(QStringLiteral("notes.txt"));
    QFile f(text);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("hello\n");
    f.close();

    const ProcessResult notDb = run({QStringLiteral("check"), QStringLiteral("--db"), text});
    EXPECT_EQ(notDb.exitCode, 1);
    EXPECT_EQ(notDb.err.count(QLatin1Char('\n')), 1) << qPrintable(notDb.err);
    EXPECT_TRUE(notDb.err.contains(QStringLiteral("notes.txt")));
    EXPECT_TRUE(notDb.err.contains(QStringLiteral("not a SQLite database")));

    const ProcessResult missing = run({QStringLiteral("check"), QStringLiteral("--db"), m_home.filePath(QStringLiteral("none.tsdb"))});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("does not exist")));
    EXPECT_FALSE(QFile::exists(m_home.filePath(QStringLiteral("none.tsdb")))); // --db never creates
}

TEST_F(CommandLineTest, UsageErrorsExitWithTwo)
{
    const ProcessResult bogus = run({QStringLiteral("check"), QStringLiteral("--bogus")});
    EXPECT_EQ(bogus.exitCode, 2);
    EXPECT_TRUE(bogus.err.contains(QStringLiteral("bogus")));
}

TEST_F(CommandLineTest, SummaryListsTheArticlesCases)
{
    ASSERT_EQ(run({QStringLiteral("check")}).exitCode, 0);
    const ProcessResult summary = run({QStringLiteral("summary"), QStringLiteral("--db"), defaultDatabase()});
    EXPECT_EQ(summary.exitCode, 0) << qPrintable(summary.err);
    EXPECT_TRUE(summary.out.contains(QStringLiteral("浙江省 Zhejiang (330000)")));
    EXPECT_TRUE(summary.out.contains(QStringLiteral("Advantage-led by Political")));
    EXPECT_TRUE(summary.out.contains(QStringLiteral("Advantage-led by Operational")));
    // Zhejiang's advantage triangle, 8.0 / 5.8 / 6.3: the balance and, beside it, the area ratio.
    EXPECT_TRUE(summary.out.contains(QStringLiteral("8.0 / 5.8 / 6.3; area 57.7, balance 0.725 (area ratio 0.990)")))
        << qPrintable(summary.out);
}

TEST_F(CommandLineTest, SensitivityTableNamesTheCasesAndRepeatsWithTheSameSeed)
{
    ASSERT_EQ(run({QStringLiteral("check")}).exitCode, 0);
    const QStringList arguments{QStringLiteral("sensitivity"), QStringLiteral("--regions"), QStringLiteral("all")};
    const ProcessResult first = run(arguments);
    EXPECT_EQ(first.exitCode, 0) << qPrintable(first.err);
    EXPECT_TRUE(first.err.isEmpty()) << qPrintable(first.err);
    EXPECT_TRUE(first.out.contains(QStringLiteral("Zhejiang"))) << qPrintable(first.out);
    EXPECT_TRUE(first.out.contains(QStringLiteral("浙江")));
    EXPECT_TRUE(first.out.contains(QStringLiteral("mission")));
    EXPECT_TRUE(first.out.contains(QStringLiteral("10000"))) << "the parameters are stated";
    // The three article cases, and no region without indicator values.
    EXPECT_TRUE(first.out.contains(QStringLiteral("Shanxi")));
    EXPECT_TRUE(first.out.contains(QStringLiteral("Sichuan")));
    EXPECT_FALSE(first.out.contains(QStringLiteral("Beijing")));

    const ProcessResult again = run(arguments);
    EXPECT_EQ(again.exitCode, 0);
    EXPECT_EQ(again.out, first.out);
    // Named regions, another seed and fewer, wider draws: it still runs.
    const ProcessResult other = run({QStringLiteral("sensitivity"), QStringLiteral("--regions"), QStringLiteral("330000,510000"),
                                     QStringLiteral("--stage"), QStringLiteral("target"), QStringLiteral("--draws"), QStringLiteral("500"),
                                     QStringLiteral("--concentration"), QStringLiteral("2.5"), QStringLiteral("--seed"), QStringLiteral("7")});
    EXPECT_EQ(other.exitCode, 0) << qPrintable(other.err);
    EXPECT_TRUE(other.out.contains(QStringLiteral("500"))) << qPrintable(other.out);
    EXPECT_FALSE(other.out.contains(QStringLiteral("Shanxi")));
}

TEST_F(CommandLineTest, SensitivityWritesJsonAndCsv)
{
    ASSERT_EQ(run({QStringLiteral("check")}).exitCode, 0);
    const QString json = m_home.filePath(QStringLiteral("x.json"));
    const ProcessResult written = run({QStringLiteral("sensitivity"), QStringLiteral("--regions"), QStringLiteral("all"),
                                       QStringLiteral("-o"), json});
    ASSERT_EQ(written.exitCode, 0) << qPrintable(written.err);
    QFile f(json);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(f.readAll(), &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << qPrintable(error.errorString());
    EXPECT_EQ(root.value(QStringLiteral("stage")).toString(), QStringLiteral("advantage"));
    EXPECT_EQ(root.value(QStringLiteral("draws")).toInt(), 10000);
    EXPECT_EQ(root.value(QStringLiteral("concentration")).toDouble(), 50.0);
    EXPECT_EQ(root.value(QStringLiteral("seed")).toInt(), 1);
    const QJsonArray regions = root.value(QStringLiteral("regions")).toArray();
    ASSERT_EQ(regions.size(), 3);
    QHash<QString, QString> leading;
    for (const QJsonValue &v : regions) {
        const QJsonObject region = v.toObject();
        leading.insert(region.value(QStringLiteral("code")).toString(), region.value(QStringLiteral("leading")).toString());
        for (const char *key : {"leading_change_rate", "form_change_rate", "rank_change_rate", "no_leader_share"}) {
            const double rate = region.value(QLatin1StringView(key)).toDouble(-1);
            EXPECT_GE(rate, 0.0) << key;
            EXPECT_LE(rate, 1.0) << key;
        }
        EXPECT_GE(region.value(QStringLiteral("rank")).toInt(), 1);
        EXPECT_TRUE(region.value(QStringLiteral("leading_share")).toObject().contains(QStringLiteral("mission")));
    }
    EXPECT_EQ(leading.value(QStringLiteral("330000")), QStringLiteral("mission"));
    EXPECT_EQ(leading.value(QStringLiteral("140000")), QStringLiteral("political"));
    EXPECT_EQ(leading.value(QStringLiteral("510000")), QStringLiteral("operational"));

    const QString csv = m_home.filePath(QStringLiteral("x.csv"));
    ASSERT_EQ(run({QStringLiteral("sensitivity"), QStringLiteral("--regions"), QStringLiteral("all"), QStringLiteral("-o"), csv}).exitCode, 0);
    QFile c(csv);
    ASSERT_TRUE(c.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(c.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 4);
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("region,name_zh,name_en,stage,draws,concentration,seed,"))) << qPrintable(lines[0]);
    EXPECT_TRUE(lines[0].contains(QStringLiteral(",leading,leading_change_rate,form,")));
    EXPECT_TRUE(lines[2].startsWith(QStringLiteral("330000,浙江省,Zhejiang,advantage,10000,50,1,true,"))) << qPrintable(lines[2]);
}

TEST_F(CommandLineTest, SensitivityRefusesBadRequestsWithOneLine)
{
    ASSERT_EQ(run({QStringLiteral("check")}).exitCode, 0);
    auto sensitivity = [&](const QStringList &extra) {
        return run(QStringList{QStringLiteral("sensitivity")} + extra);
    };
    const QString all = QStringLiteral("all");
    struct Case
    {
        QStringList arguments;
        int exitCode;
        QString named; // what the message must name
    };
    const QList<Case> cases{
        {{QStringLiteral("--regions"), all, QStringLiteral("--draws"), QStringLiteral("abc")}, 2, QStringLiteral("--draws")},
        {{QStringLiteral("--regions"), all, QStringLiteral("--draws"), QStringLiteral("0")}, 2, QStringLiteral("--draws")},
        {{QStringLiteral("--regions"), all, QStringLiteral("--concentration"), QStringLiteral("-1")}, 2, QStringLiteral("--concentration")},
        {{QStringLiteral("--regions"), all, QStringLiteral("--seed"), QStringLiteral("x")}, 2, QStringLiteral("--seed")},
        {{QStringLiteral("--regions"), all, QStringLiteral("-o"), m_home.filePath(QStringLiteral("x.txt"))}, 2, QStringLiteral("x.txt")},
        {{}, 2, QStringLiteral("--regions")},
        {{QStringLiteral("--regions"), QStringLiteral("330000,999999")}, 1, QStringLiteral("999999")},
        {{QStringLiteral("--regions"), all, QStringLiteral("--stage"), QStringLiteral("later")}, 1, QStringLiteral("later")},
    };
    for (const Case &c : cases) {
        const ProcessResult r = sensitivity(c.arguments);
        EXPECT_EQ(r.exitCode, c.exitCode) << qPrintable(c.arguments.join(QLatin1Char(' ')));
        EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1) << qPrintable(r.err);
        EXPECT_TRUE(r.err.contains(c.named)) << qPrintable(r.err);
        EXPECT_TRUE(r.out.isEmpty()) << qPrintable(r.out);
    }
    EXPECT_FALSE(QFile::exists(m_home.filePath(QStringLiteral("x.txt"))));
    const ProcessResult help = run({QStringLiteral("help"), QStringLiteral("sensitivity")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("--concentration"))) << qPrintable(help.out);
}

// With a second rater, Zhejiang's derived mission score has a range, and the
// figure command draws it: the figure is no longer the one-rater figure.
TEST_F(CommandLineTest, FigureDrawsTheRatersRangeWhenThereAreSeveral)
{
    ASSERT_EQ(run({QStringLiteral("check")}).exitCode, 0);
    auto figure = [&](const QString &name) {
        const QString png = m_home.filePath(name);
        const ProcessResult r = run({QStringLiteral("figure"), QStringLiteral("--view"), QStringLiteral("compare"), QStringLiteral("--regions"),
                                     QStringLiteral("330000"), QStringLiteral("--stages"), QStringLiteral("advantage"), QStringLiteral("--dpi"),
                                     QStringLiteral("100"), QStringLiteral("--size"), QStringLiteral("6x4in"), QStringLiteral("-o"), png});
        EXPECT_EQ(r.exitCode, 0) << qPrintable(r.err);
        return QImage(png).convertToFormat(QImage::Format_ARGB32);
    };
    const QImage one = figure(QStringLiteral("one-rater.png"));

    const QString input = m_home.filePath(QStringLiteral("second-rater.json"));
    QFile f(input);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(R"json({"format": "triangle-studio", "version": 2,
        "raters": [{"key": "second-reading", "name": "Second reading (test)"}],
        "indicator_values": [
          {"region": "330000", "stage": "advantage", "indicator": "mission-vision", "rater": "second-reading", "score": 7.0},
          {"region": "330000", "stage": "advantage", "indicator": "mission-strategy", "rater": "second-reading", "score": 6.5},
          {"region": "330000", "stage": "advantage", "indicator": "mission-programme", "rater": "second-reading", "score": 7.0},
          {"region": "330000", "stage": "advantage", "indicator": "mission-public-value", "rater": "second-reading", "score": 6.0}]})json");
    f.close();
    const ProcessResult imported = run({QStringLiteral("import"), input});
    ASSERT_EQ(imported.exitCode, 0) << qPrintable(imported.err);

    const QImage two = figure(QStringLiteral("two-raters.png"));
    ASSERT_EQ(two.size(), one.size());
    int differing = 0;
    for (int y = 0; y < one.height(); ++y) {
        for (int x = 0; x < one.width(); ++x)
            differing += one.pixel(x, y) != two.pixel(x, y) ? 1 : 0;
    }
    EXPECT_GT(differing, 100);

    const ProcessResult table = run({QStringLiteral("sensitivity"), QStringLiteral("--regions"), QStringLiteral("330000")});
    EXPECT_EQ(table.exitCode, 0) << qPrintable(table.err);
    EXPECT_TRUE(table.out.contains(QStringLiteral("mission"))) << qPrintable(table.out);
}

TEST_F(CommandLineTest, WithoutADisplayTheAppSaysSoAndChecks)
{
    const ProcessResult app = run({});
    EXPECT_EQ(app.exitCode, 0) << qPrintable(app.err);
    EXPECT_TRUE(app.out.contains(QStringLiteral("No display found")));
    EXPECT_TRUE(app.out.contains(QStringLiteral("Regions:        32")));
    EXPECT_TRUE(app.out.contains(QStringLiteral("Advantage-led by Mission")));
}

TEST_F(CommandLineTest, SpeaksChineseInAChineseLocale)
{
    const ProcessResult summary = run({QStringLiteral("summary")}, QStringLiteral("zh_CN.UTF-8"));
    EXPECT_EQ(summary.exitCode, 0) << qPrintable(summary.err);
    EXPECT_TRUE(summary.out.contains(QStringLiteral("优势"))) << qPrintable(summary.out);
    EXPECT_FALSE(summary.out.contains(QStringLiteral("Advantage-led"))) << qPrintable(summary.out);
}

TEST_F(CommandLineTest, FigureWritesEachFormatWithoutADisplay)
{
    ASSERT_EQ(run({QStringLiteral("check")}).exitCode, 0);
    const QString png = m_home.filePath(QStringLiteral("evolution.png"));
    const ProcessResult ok = run({QStringLiteral("figure"), QStringLiteral("--view"), QStringLiteral("evolution"), QStringLiteral("--regions"),
                                  QStringLiteral("330000"), QStringLiteral("--dpi"), QStringLiteral("100"), QStringLiteral("--size"),
                                  QStringLiteral("4x3in"), QStringLiteral("-o"), png});
    EXPECT_EQ(ok.exitCode, 0) << qPrintable(ok.err);
    EXPECT_EQ(QImage(png).size(), QSize(400, 300));
    for (const char *name : {"compare.svg", "balance.pdf"}) {
        const QString out = m_home.filePath(QLatin1StringView(name));
        const QString view = QString::fromLatin1(name).section(QLatin1Char('.'), 0, 0);
        const ProcessResult r = run({QStringLiteral("figure"), QStringLiteral("--view"), view, QStringLiteral("--regions"),
                                     QStringLiteral("330000,140000,510000"), QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                                     QStringLiteral("-o"), out});
        EXPECT_EQ(r.exitCode, 0) << name << qPrintable(r.err);
        EXPECT_GT(QFileInfo(out).size(), 1000) << name;
    }
}

TEST_F(CommandLineTest, FigureExitCodesForBadRequests)
{
    ASSERT_EQ(run({QStringLiteral("check")}).exitCode, 0);
    const QString out = m_home.filePath(QStringLiteral("x.png"));
    auto figure = [&](const QStringList &extra) {
        return run(QStringList{QStringLiteral("figure"), QStringLiteral("-o"), out} + extra);
    };
    const ProcessResult view = figure({QStringLiteral("--view"), QStringLiteral("pie"), QStringLiteral("--regions"), QStringLiteral("330000")});
    EXPECT_EQ(view.exitCode, 2);
    EXPECT_TRUE(view.err.contains(QStringLiteral("pie")));
    const ProcessResult region = figure({QStringLiteral("--view"), QStringLiteral("evolution"), QStringLiteral("--regions"), QStringLiteral("999999")});
    EXPECT_EQ(region.exitCode, 1);
    EXPECT_TRUE(region.err.contains(QStringLiteral("999999")));
    EXPECT_EQ(region.err.count(QLatin1Char('\n')), 1);
    const ProcessResult dpi = figure({QStringLiteral("--view"), QStringLiteral("evolution"), QStringLiteral("--regions"), QStringLiteral("330000"),
                                      QStringLiteral("--dpi"), QStringLiteral("5000")});
    EXPECT_EQ(dpi.exitCode, 2);
    const ProcessResult unwritable = run({QStringLiteral("figure"), QStringLiteral("--view"), QStringLiteral("evolution"), QStringLiteral("--regions"),
                                          QStringLiteral("330000"), QStringLiteral("-o"), QStringLiteral("/nonexistent-dir/x.png")});
    EXPECT_EQ(unwritable.exitCode, 1);
    EXPECT_TRUE(unwritable.err.contains(QStringLiteral("cannot be written")));
    EXPECT_FALSE(QFile::exists(out));
}

namespace {
// "Evidence links: 67" as `check` prints it, the number read from the output.
QString evidenceLine(const QString &checkOutput)
{
    static const QRegularExpression line(QStringLiteral("Evidence links: +\\d+"));
    return line.match(checkOutput).captured(0);
}
} // namespace

TEST_F(CommandLineTest, ExportThenImportIntoANewDatabase)
{
    const ProcessResult original = run({QStringLiteral("check")});
    ASSERT_EQ(original.exitCode, 0);
    ASSERT_FALSE(evidenceLine(original.out).isEmpty()) << qPrintable(original.out);
    const QString json = m_home.filePath(QStringLiteral("all.json"));
    EXPECT_EQ(run({QStringLiteral("export"), QStringLiteral("-o"), json}).exitCode, 0);
    const QString copy = m_home.filePath(QStringLiteral("copy.tsdb"));
    const ProcessResult imported = run({QStringLiteral("import"), QStringLiteral("--db"), copy, json});
    EXPECT_EQ(imported.exitCode, 0) << qPrintable(imported.err);
    const ProcessResult again = run({QStringLiteral("import"), QStringLiteral("--db"), copy, json});
    EXPECT_EQ(again.exitCode, 1); // every record is already there
    EXPECT_TRUE(again.err.contains(QStringLiteral("already in the database")));
    const ProcessResult check = run({QStringLiteral("check"), QStringLiteral("--db"), copy});
    EXPECT_EQ(evidenceLine(check.out), evidenceLine(original.out)) << qPrintable(check.out);
}

TEST_F(CommandLineTest, ExportToAWorkbookAndImportItIntoANewDatabase)
{
    const ProcessResult original = run({QStringLiteral("check")});
    ASSERT_EQ(original.exitCode, 0);
    ASSERT_FALSE(evidenceLine(original.out).isEmpty()) << qPrintable(original.out);
    const QString workbook = m_home.filePath(QStringLiteral("all.xlsx"));
    const ProcessResult exported = run({QStringLiteral("export"), QStringLiteral("-o"), workbook});
    EXPECT_EQ(exported.exitCode, 0) << qPrintable(exported.err);
    EXPECT_TRUE(exported.out.contains(QStringLiteral("all.xlsx"))) << qPrintable(exported.out);
    const QString copy = m_home.filePath(QStringLiteral("copy.tsdb"));
    const ProcessResult imported = run({QStringLiteral("import"), QStringLiteral("--db"), copy, workbook});
    EXPECT_EQ(imported.exitCode, 0) << qPrintable(imported.err);
    const ProcessResult check = run({QStringLiteral("check"), QStringLiteral("--db"), copy});
    EXPECT_EQ(evidenceLine(check.out), evidenceLine(original.out)) << qPrintable(check.out);

    // In a Chinese locale the headers are Chinese; the keys under them are the same.
    const QString chinese = m_home.filePath(QStringLiteral("中文.xlsx"));
    ASSERT_EQ(run({QStringLiteral("export"), QStringLiteral("-o"), chinese}, QStringLiteral("zh_CN.UTF-8")).exitCode, 0);
    QString error;
    const auto sheets = XlsxWorkbook::read(chinese, &error);
    ASSERT_TRUE(sheets) << qPrintable(error);
    const auto assessments = std::find_if(sheets->sheets.cbegin(), sheets->sheets.cend(),
                                          [](const XlsxSheet &s) { return s.name == QStringLiteral("assessments"); });
    ASSERT_NE(assessments, sheets->sheets.cend());
    EXPECT_EQ(assessments->rows.value(1).value(2).text, QStringLiteral("使命得分"));
    EXPECT_EQ(assessments->rows.value(2).value(2).text, QStringLiteral("mission"));
    // The derived sheets, named in Chinese too, come last.
    ASSERT_GE(sheets->sheets.size(), 3);
    EXPECT_EQ(sheets->sheets[sheets->sheets.size() - 3].name, QStringLiteral("三角形"));
    EXPECT_EQ(sheets->sheets[sheets->sheets.size() - 2].name, QStringLiteral("一致性"));
    EXPECT_EQ(sheets->sheets.last().name, QStringLiteral("关于")); // what wrote it, and the data's fingerprint
    const ProcessResult again = run({QStringLiteral("import"), QStringLiteral("--db"), m_home.filePath(QStringLiteral("zh.tsdb")), chinese});
    EXPECT_EQ(again.exitCode, 0) << qPrintable(again.err);
}

TEST_F(CommandLineTest, ImportOfABrokenWorkbookNamesItsSheetRowAndColumn)
{
    ASSERT_EQ(run({QStringLiteral("check")}).exitCode, 0);
    const QString fake = m_home.filePath(QStringLiteral("fake.xlsx"));
    QFile f(fake);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("not a workbook");
    f.close();
    const ProcessResult notZip = run({QStringLiteral("import"), QStringLiteral("--db"), m_home.filePath(QStringLiteral("a.tsdb")), fake});
    EXPECT_EQ(notZip.exitCode, 1);
    EXPECT_TRUE(notZip.err.contains(QStringLiteral("not an Excel workbook"))) << qPrintable(notZip.err);
    EXPECT_FALSE(QFileInfo::exists(m_home.filePath(QStringLiteral("a.tsdb"))));
}

TEST_F(CommandLineTest, FigureDrawsTheTimelineAndTheDimensionChartWithoutADisplay)
{
    ASSERT_EQ(run({QStringLiteral("check")}).exitCode, 0);
    for (const char *name : {"timeline.png", "dimensions.png", "timeline.svg", "dimensions.pdf"}) {
        const QString out = m_home.filePath(QLatin1StringView(name));
        const QString view = QString::fromLatin1(name).section(QLatin1Char('.'), 0, 0);
        const ProcessResult r = run({QStringLiteral("figure"), QStringLiteral("--view"), view, QStringLiteral("--regions"),
                                     QStringLiteral("330000,140000,510000"), QStringLiteral("--dpi"), QStringLiteral("100"),
                                     QStringLiteral("--size"), QStringLiteral("6x4in"), QStringLiteral("-o"), out});
        EXPECT_EQ(r.exitCode, 0) << name << qPrintable(r.err);
        EXPECT_GT(QFileInfo(out).size(), 1000) << name;
    }
    EXPECT_EQ(QImage(m_home.filePath(QStringLiteral("dimensions.png"))).size(), QSize(600, 400));
    const ProcessResult help = run({QStringLiteral("figure"), QStringLiteral("--help")});
    EXPECT_TRUE(help.out.contains(QStringLiteral("timeline"))) << qPrintable(help.out);
    EXPECT_TRUE(help.out.contains(QStringLiteral("dimensions"))) << qPrintable(help.out);
}

// An import killed half-way (a crash, a kill -9) leaves the database exactly
// as it was and sound: the write is one transaction.
// An import killed while it runs leaves the database sound and as it was
// before, or, where the kill came after its one commit, as it is after:
// never part of it. (Since the store's page cache grew to 32 MiB the import
// no longer spills into the log before it commits, so the test cannot always
// catch it before the commit.)
TEST_F(CommandLineTest, KilledImportLeavesTheDatabaseBeforeOrAfterItNeverBetween)
{
    ASSERT_EQ(run({QStringLiteral("check")}).exitCode, 0);
    const QString db = defaultDatabase();
    // Enough milestones that the import is still running when it is killed.
    QString json = QStringLiteral(R"({"format": "triangle-studio", "milestones": [)");
    for (int i = 0; i < 60000; ++i)
        json += QStringLiteral(R"(%1{"uid": "m%2", "region": "330000", "date": "2019", "title_zh": "里程碑 %2", "dimensions": ["operational"]})")
                    .arg(i == 0 ? QString() : QStringLiteral(","))
                    .arg(i);
    json += QStringLiteral("]}");
    const QString input = m_home.filePath(QStringLiteral("big.json"));
    QFile f(input);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(json.toUtf8());
    f.close();

    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TRIANGLE_EXECUTABLE), {QStringLiteral("import"), QStringLiteral("--db"), db, input});
    ASSERT_TRUE(process.waitForStarted());
    // Kill once the uncommitted write has begun to spill into the WAL (or
    // after three seconds at the most).
    const QString wal = db + QStringLiteral("-wal");
    for (int waited = 0; waited < 3000 && QFileInfo(wal).size() < 256 * 1024 && process.state() == QProcess::Running; waited += 20)
        QThread::msleep(20);
    if (process.state() != QProcess::Running)
        GTEST_SKIP() << "the import finished before it could be killed on this machine";
    process.kill();
    process.waitForFinished();

    const ProcessResult check = run({QStringLiteral("check"), QStringLiteral("--db"), db});
    EXPECT_EQ(check.exitCode, 0) << qPrintable(check.err);
    EXPECT_TRUE(check.out.contains(QStringLiteral("Integrity:      ok"))) << qPrintable(check.out);
    static const QRegularExpression milestones(QStringLiteral("Milestones: +(\\d+)"));
    const QString count = milestones.match(check.out).captured(1);
    EXPECT_TRUE(count.toInt() == shippedMilestones() || count.toInt() == shippedMilestones() + 60000) << qPrintable(check.out);
}

TEST_F(CommandLineTest, FindingsTableGivesEachCaseItsVerdictsWithTheNumbers)
{
    const ProcessResult table = run({QStringLiteral("findings")});
    ASSERT_EQ(table.exitCode, 0) << qPrintable(table.err);
    EXPECT_TRUE(table.out.contains(QStringLiteral("Zhejiang"))) << qPrintable(table.out);
    EXPECT_TRUE(table.out.contains(QStringLiteral("Dynamic balance: PLANNED, NOT OBSERVED"))) << qPrintable(table.out);
    // Zhejiang's forms, as the summary classifies them, and the rules' version.
    EXPECT_TRUE(table.out.contains(QStringLiteral("Balanced, low → Advantage-led by Mission → Balanced, high"))) << qPrintable(table.out);
    // The provenance line first (issue 21 §10): the app's and the rules' versions, the data's fingerprint.
    EXPECT_TRUE(table.out.startsWith(QStringLiteral("Triangle Studio %1 · rules v%2 · data ").arg(QStringLiteral(TRIANGLE_VERSION)).arg(FindingsRuleVersion)))
        << qPrintable(table.out);
    EXPECT_FALSE(table.out.contains(QStringLiteral("Beijing"))) << "only assessed regions";

    const QString json = m_home.filePath(QStringLiteral("findings.json"));
    ASSERT_EQ(run({QStringLiteral("findings"), QStringLiteral("--regions"), QStringLiteral("330000,140000"), QStringLiteral("-o"), json}).exitCode, 0);
    QFile f(json);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    EXPECT_EQ(root.value(QStringLiteral("rule_version")).toInt(), FindingsRuleVersion);
    const QJsonArray regions = root.value(QStringLiteral("regions")).toArray();
    ASSERT_EQ(regions.size(), 2);
    const QJsonArray claims = regions[0].toObject().value(QStringLiteral("claims")).toArray();
    ASSERT_EQ(claims.size(), 4);
    EXPECT_EQ(claims[0].toObject().value(QStringLiteral("claim")).toString(), QStringLiteral("continuous-evolution"));
    EXPECT_EQ(claims[0].toObject().value(QStringLiteral("verdict")).toString(), QStringLiteral("planned"));
    EXPECT_NEAR(claims[0].toObject().value(QStringLiteral("numbers")).toObject().value(QStringLiteral("mission.initial-advantage")).toDouble(), 4.8, 1e-9);

    const QString md = m_home.filePath(QStringLiteral("findings.md"));
    ASSERT_EQ(run({QStringLiteral("findings"), QStringLiteral("-o"), md}).exitCode, 0);
    QFile m(md);
    ASSERT_TRUE(m.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(m.readAll());
    EXPECT_TRUE(text.startsWith(QStringLiteral("# Findings"))) << qPrintable(text.left(200));
    EXPECT_TRUE(text.contains(QStringLiteral("| Region |")));
}

// Issue 21 §4 and §8: every verdict in every format carries its data basis
// and its share under redrawn weights; the draws are the command line's to
// choose, the same seed gives the same shares, and JSON has the curve over κ.
TEST_F(CommandLineTest, FindingsCarryTheDataBasisAndTheSharesUnderUncertainty)
{
    const ProcessResult table = run({QStringLiteral("findings"), QStringLiteral("--regions"), QStringLiteral("140000")});
    ASSERT_EQ(table.exitCode, 0) << qPrintable(table.err);
    EXPECT_TRUE(table.out.contains(QStringLiteral("Advantage traction (dated evidence): SUPPORTED [illustrative]"))) << qPrintable(table.out);
    EXPECT_TRUE(table.out.contains(QStringLiteral("supported in 100 % of 1000 weight draws"))) << qPrintable(table.out);
    EXPECT_TRUE(table.out.contains(QStringLiteral("the plan's values read as observed give supported"))) << qPrintable(table.out);

    // κ = 1 lets the weights stray: Shanxi's dated-evidence verdict, which
    // rests on Political leading at the advantage stage, no longer always holds.
    const QString json = m_home.filePath(QStringLiteral("loose.json"));
    ASSERT_EQ(run({QStringLiteral("findings"), QStringLiteral("--regions"), QStringLiteral("140000"), QStringLiteral("--concentration"),
                   QStringLiteral("1"), QStringLiteral("--draws"), QStringLiteral("500"), QStringLiteral("-o"), json})
                  .exitCode,
              0);
    QFile f(json);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    EXPECT_EQ(root.value(QStringLiteral("uncertainty")).toObject().value(QStringLiteral("draws")).toInt(), 500);
    const QJsonObject shanxi = root.value(QStringLiteral("regions")).toArray().at(0).toObject();
    EXPECT_EQ(shanxi.value(QStringLiteral("data_basis")).toString(), QStringLiteral("illustrative"));
    const QJsonObject evidence = shanxi.value(QStringLiteral("claims")).toArray().at(2).toObject();
    EXPECT_EQ(evidence.value(QStringLiteral("rule_version")).toInt(), FindingsRuleVersion);
    EXPECT_EQ(evidence.value(QStringLiteral("data_basis")).toString(), QStringLiteral("illustrative"));
    const QJsonObject u = evidence.value(QStringLiteral("uncertainty")).toObject();
    EXPECT_EQ(u.value(QStringLiteral("weight_draws")).toInt(), 500);
    const double share = u.value(QStringLiteral("weight_share")).toDouble();
    EXPECT_GT(share, 0.5);
    EXPECT_LT(share, 1.0);
    EXPECT_EQ(u.value(QStringLiteral("weight_verdicts")).toObject().value(QStringLiteral("supported")).toInt(), qRound(share * 500));
    const QJsonArray curve = shanxi.value(QStringLiteral("concentration_curve")).toArray();
    ASSERT_EQ(curve.size(), 8);
    EXPECT_EQ(curve.first().toObject().value(QStringLiteral("concentration")).toDouble(), 1.0);
    EXPECT_GT(curve.first().toObject().value(QStringLiteral("advantage_form_change")).toDouble(),
              curve.last().toObject().value(QStringLiteral("advantage_form_change")).toDouble());

    const QString csv = m_home.filePath(QStringLiteral("findings.csv"));
    ASSERT_EQ(run({QStringLiteral("findings"), QStringLiteral("--regions"), QStringLiteral("140000"), QStringLiteral("-o"), csv}).exitCode, 0);
    QFile c(csv);
    ASSERT_TRUE(c.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(c.readAll()).split(QLatin1Char('\n'));
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("region,name,claim,verdict,rule_version,data_basis,weight_draws,weight_share,"))) << qPrintable(lines[0]);
    EXPECT_TRUE(lines[3].startsWith(QStringLiteral("140000,Shanxi,traction-evidence,supported,%1,illustrative,1000,1.000,,,").arg(FindingsRuleVersion)))
        << qPrintable(lines[3]);

    const ProcessResult bad = run({QStringLiteral("findings"), QStringLiteral("--draws"), QStringLiteral("0")});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("--draws must be a whole number from 1"))) << qPrintable(bad.err);
}

// The form classifier's constants tried over their ranges: JSON and Markdown
// give per claim the values that keep the verdict and what lies beyond.
TEST_F(CommandLineTest, FindingsSayOverWhichThresholdsEachVerdictHolds)
{
    // Shanxi's findings, written to `name` (its suffix names the format).
    auto shanxiFindings = [&](const char *name) {
        const QString file = m_home.filePath(QLatin1StringView(name));
        EXPECT_EQ(run({QStringLiteral("findings"), QStringLiteral("--regions"), QStringLiteral("140000"), QStringLiteral("--draws"),
                       QStringLiteral("10"), QStringLiteral("-o"), file})
                      .exitCode,
                  0);
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    const QJsonObject balance = QJsonDocument::fromJson(shanxiFindings("thresholds.json"))
                                    .object()
                                    .value(QStringLiteral("regions")).toArray().at(0).toObject()
                                    .value(QStringLiteral("claims")).toArray().at(3).toObject();
    ASSERT_EQ(balance.value(QStringLiteral("claim")).toString(), QStringLiteral("dynamic-balance"));
    const QJsonArray readings = balance.value(QStringLiteral("threshold_sensitivity")).toArray();
    ASSERT_EQ(readings.size(), 4);
    // Shanxi's advantage triangle: lowest / highest 0.671, spread 2.8 points.
    // From a ratio threshold of 0.67 down, or a spread margin of 2.9 up, it
    // reads balanced and the claim fails though its plan reading holds.
    const QJsonObject ratio = readings.at(1).toObject();
    EXPECT_EQ(ratio.value(QStringLiteral("threshold")).toString(), QStringLiteral("balanced-min-ratio"));
    EXPECT_EQ(ratio.value(QStringLiteral("value")).toDouble(), 0.8);
    EXPECT_EQ(ratio.value(QStringLiteral("holds_from")).toDouble(), 0.68);
    EXPECT_EQ(ratio.value(QStringLiteral("holds_to")).toDouble(), 0.95);
    EXPECT_EQ(ratio.value(QStringLiteral("below")).toObject().value(QStringLiteral("value")).toDouble(), 0.67);
    EXPECT_EQ(ratio.value(QStringLiteral("below")).toObject().value(QStringLiteral("verdict")).toString(), QStringLiteral("not-supported"));
    EXPECT_FALSE(ratio.contains(QStringLiteral("above")));
    const QJsonObject margin = readings.at(2).toObject();
    EXPECT_EQ(margin.value(QStringLiteral("holds_to")).toDouble(), 2.8);
    EXPECT_EQ(margin.value(QStringLiteral("above")).toObject().value(QStringLiteral("value")).toDouble(), 2.9);

    const QString text = QString::fromUtf8(shanxiFindings("thresholds.md"));
    EXPECT_TRUE(text.contains(QStringLiteral("*Under other thresholds: shared lead within (points) 0.5: holds over every value tried "
                                             "(0.0–2.0); balanced from a lowest / highest of 0.80: holds for 0.68–0.95; not "
                                             "supported at 0.67;")))
        << qPrintable(text);
}

// Each region's verdicts counted apart, in the table and the Markdown: a
// count of supported claims alone read as failure when the rest lacked data.
TEST_F(CommandLineTest, FindingsCountEachRegionsVerdictsApart)
{
    const ProcessResult table = run({QStringLiteral("findings"), QStringLiteral("--regions"), QStringLiteral("330000")});
    ASSERT_EQ(table.exitCode, 0) << qPrintable(table.err);
    EXPECT_TRUE(table.out.contains(QStringLiteral("0 supported, 0 not supported, 0 not enough data, 1 cannot tell, 3 planned, not observed"))) << qPrintable(table.out);

    const QString md = m_home.filePath(QStringLiteral("tally.md"));
    ASSERT_EQ(run({QStringLiteral("findings"), QStringLiteral("--regions"), QStringLiteral("330000"), QStringLiteral("-o"), md}).exitCode, 0);
    QFile m(md);
    ASSERT_TRUE(m.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(m.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("0 supported, 0 not supported, 0 not enough data, 1 cannot tell, 3 planned, not observed"))) << qPrintable(text);
}

TEST_F(CommandLineTest, FindingsRefusesAnUnknownFormatAndAnUnknownRegion)
{
    const ProcessResult format = run({QStringLiteral("findings"), QStringLiteral("-o"), m_home.filePath(QStringLiteral("x.txt"))});
    EXPECT_EQ(format.exitCode, 2);
    EXPECT_TRUE(format.err.contains(QStringLiteral(".md"))) << qPrintable(format.err);
    const ProcessResult region = run({QStringLiteral("findings"), QStringLiteral("--regions"), QStringLiteral("999999")});
    EXPECT_EQ(region.exitCode, 1);
    EXPECT_TRUE(region.err.contains(QStringLiteral("999999"))) << qPrintable(region.err);
    EXPECT_EQ(region.err.count(QLatin1Char('\n')), 1);
}
