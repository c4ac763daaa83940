// `triangle-studio figure`: the real executable, with a private home folder
// and no display, as a script would run it: traction figures, and the
// evolution and compare views as web pages.

#include "support/CliRunner.h"
#include "support/FileChecks.h"
#include "support/TestData.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QUrl>

#include <cstdlib>

using namespace triangle;
using namespace triangle::test;

namespace {
class FigureCommandTest : public ::testing::Test
{
protected:
    ProcessResult run(const QStringList &arguments)
    {
        return runTriangleStudio(QStringLiteral(TRIANGLE_EXECUTABLE), m_home.path(), arguments);
    }
    ProcessResult figure(const QStringList &extra) { return run(QStringList{QStringLiteral("figure"), QStringLiteral("--view"), QStringLiteral("traction")} + extra); }
    QString file(const char *name) const { return m_home.filePath(QLatin1StringView(name)); }

    QTemporaryDir m_home;
};
} // namespace

TEST_F(FigureCommandTest, TractionWritesPngSvgAndPdf)
{
    const ProcessResult png = figure({QStringLiteral("--regions"), QStringLiteral("330000"), QStringLiteral("--dpi"), QStringLiteral("100"),
                                      QStringLiteral("--size"), QStringLiteral("6x4in"), QStringLiteral("-o"), file("zhejiang.png")});
    ASSERT_EQ(png.exitCode, 0) << qPrintable(png.err);
    EXPECT_TRUE(png.out.contains(QStringLiteral("zhejiang.png"))) << qPrintable(png.out);
    EXPECT_EQ(QImage(file("zhejiang.png")).size(), QSize(600, 400));

    const ProcessResult svg = figure({QStringLiteral("--regions"), QStringLiteral("140000,510000"), QStringLiteral("-o"), file("two.svg")});
    ASSERT_EQ(svg.exitCode, 0) << qPrintable(svg.err);
    QFile f(file("two.svg"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("Shanxi: cumulative evidence")));
    EXPECT_TRUE(text.contains(QStringLiteral("Sichuan: cumulative evidence"))); // the panels are narrow: the title wraps

    const ProcessResult pdf = figure({QStringLiteral("--regions"), QStringLiteral("510000"), QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                                      QStringLiteral("-o"), file("sichuan.pdf")});
    ASSERT_EQ(pdf.exitCode, 0) << qPrintable(pdf.err);
    QFile p(file("sichuan.pdf"));
    ASSERT_TRUE(p.open(QIODevice::ReadOnly));
    EXPECT_EQ(p.read(5), QByteArray("%PDF-"));
    EXPECT_GT(QFileInfo(file("sichuan.pdf")).size(), 1000);
}

TEST_F(FigureCommandTest, TractionRefusalsSayWhy)
{
    // A region without dated records of its own: exit 1, one line saying so.
    const ProcessResult none = figure({QStringLiteral("--regions"), QStringLiteral("110000"), QStringLiteral("-o"), file("beijing.png")});
    EXPECT_EQ(none.exitCode, 1);
    EXPECT_EQ(none.err.count(QLatin1Char('\n')), 1) << qPrintable(none.err);
    EXPECT_FALSE(QFile::exists(file("beijing.png")));
    const ProcessResult unknown = figure({QStringLiteral("--regions"), QStringLiteral("999999"), QStringLiteral("-o"), file("x.png")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("999999")));
    // The view is listed where the command describes itself and in a wrong --view's message.
    const ProcessResult help = run({QStringLiteral("figure"), QStringLiteral("--help")});
    EXPECT_TRUE(help.out.contains(QStringLiteral("traction"))) << qPrintable(help.out);
    const ProcessResult wrong = run({QStringLiteral("figure"), QStringLiteral("--view"), QStringLiteral("pie"), QStringLiteral("--regions"),
                                     QStringLiteral("330000"), QStringLiteral("-o"), file("x.png")});
    EXPECT_EQ(wrong.exitCode, 2);
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("traction"))) << qPrintable(wrong.err);
}

// ---- A file per region: `figure --each-region -o 'out/{code}-{view}.svg'` ----

namespace {
QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}
} // namespace

TEST_F(FigureCommandTest, EachRegionWritesAFilePerRegionNamedByThePattern)
{
    const QString out = file("out");
    const ProcessResult r = run({QStringLiteral("figure"), QStringLiteral("--view"), QStringLiteral("evolution"), QStringLiteral("--each-region"),
                                 QStringLiteral("--regions"), QStringLiteral("330000,140000"), QStringLiteral("-o"),
                                 out + QStringLiteral("/{code}-{name}-{view}.svg")});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    EXPECT_EQ(filesIn(out), (QStringList{QStringLiteral("140000-Shanxi-evolution.svg"), QStringLiteral("330000-Zhejiang-evolution.svg")}));
    QFile f(out + QStringLiteral("/330000-Zhejiang-evolution.svg"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(f.readAll());
    EXPECT_TRUE(svg.contains(QStringLiteral("Zhejiang")));
    EXPECT_FALSE(svg.contains(QStringLiteral("Shanxi")));
    EXPECT_EQ(r.out.count(QStringLiteral("Wrote ")), 2) << qPrintable(r.out);
}

TEST_F(FigureCommandTest, EachRegionWithoutRegionsDrawsEveryAssessedRegionAndStage)
{
    const QString out = file("stages");
    const ProcessResult r = run({QStringLiteral("figure"), QStringLiteral("--view"), QStringLiteral("compare"), QStringLiteral("--each-region"),
                                 QStringLiteral("--dpi"), QStringLiteral("72"), QStringLiteral("-o"), out + QStringLiteral("/{stage}/{code}.png")});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    // The default data assess Shanxi, Zhejiang and Sichuan at three stages each.
    for (const char *stage : {"initial", "advantage", "target"})
        EXPECT_EQ(filesIn(out + QLatin1Char('/') + QLatin1StringView(stage)),
                  (QStringList{QStringLiteral("140000.png"), QStringLiteral("330000.png"), QStringLiteral("510000.png")}))
            << stage;
    EXPECT_FALSE(QImage(out + QStringLiteral("/advantage/330000.png")).isNull());
}

TEST_F(FigureCommandTest, TheLegendOfAnOverlayListsAsManyEntriesAsAsked)
{
    auto svgOf = [this](const QStringList &legend) {
        const QString out = file("compare.svg");
        const ProcessResult r = run(QStringList{QStringLiteral("figure"), QStringLiteral("--view"), QStringLiteral("compare"), QStringLiteral("--regions"),
                                                QStringLiteral("330000,140000,510000"), QStringLiteral("--stages"), QStringLiteral("advantage"),
                                                QStringLiteral("-o"), out}
                                    + legend);
        EXPECT_EQ(r.exitCode, 0) << qPrintable(r.err);
        QFile f(out);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    };
    const QString two = svgOf({QStringLiteral("--legend"), QStringLiteral("2")});
    EXPECT_TRUE(two.contains(QStringLiteral("+2 more"))) << "one region listed, the other two counted";
    const QString all = svgOf({});
    EXPECT_FALSE(all.contains(QStringLiteral("more")));
    EXPECT_TRUE(all.contains(QStringLiteral("Sichuan")));

    const ProcessResult bad = run({QStringLiteral("figure"), QStringLiteral("--view"), QStringLiteral("compare"), QStringLiteral("--regions"),
                                   QStringLiteral("330000"), QStringLiteral("--legend"), QStringLiteral("-1"), QStringLiteral("-o"), file("x.svg")});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("--legend"))) << qPrintable(bad.err);
    EXPECT_FALSE(QFile::exists(file("x.svg")));
}

TEST_F(FigureCommandTest, EachRegionRefusesAPatternThatCannotNameEveryFile)
{
    auto each = [&](const char *view, const QString &pattern, bool eachRegion = true) {
        QStringList args{QStringLiteral("figure"), QStringLiteral("--view"), QLatin1StringView(view), QStringLiteral("--regions"),
                         QStringLiteral("330000"), QStringLiteral("-o"), pattern};
        if (eachRegion)
            args << QStringLiteral("--each-region");
        return run(args);
    };
    const ProcessResult noCode = each("evolution", file("out/{name}.svg"));
    EXPECT_EQ(noCode.exitCode, 2);
    EXPECT_TRUE(noCode.err.contains(QStringLiteral("{code}"))) << qPrintable(noCode.err);
    const ProcessResult unknown = each("evolution", file("out/{code}-{region}.svg"));
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("{region}"))) << qPrintable(unknown.err);
    const ProcessResult stageless = each("timeline", file("out/{code}-{stage}.svg"));
    EXPECT_EQ(stageless.exitCode, 2);
    EXPECT_TRUE(stageless.err.contains(QStringLiteral("timeline"))) << qPrintable(stageless.err);
    const ProcessResult forgotten = each("evolution", file("out/{code}.svg"), false);
    EXPECT_EQ(forgotten.exitCode, 2);
    EXPECT_TRUE(forgotten.err.contains(QStringLiteral("--each-region"))) << qPrintable(forgotten.err);
    for (const ProcessResult &r : {noCode, unknown, stageless, forgotten})
        EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1) << qPrintable(r.err);
    EXPECT_FALSE(QFileInfo::exists(file("out")));
}

TEST_F(FigureCommandTest, EachRegionWritesNothingWhenOneRegionCannotBeDrawn)
{
    // Beijing has no assessment: its evolution cannot be drawn, so neither file is written.
    const QString out = file("partial");
    const ProcessResult r = run({QStringLiteral("figure"), QStringLiteral("--view"), QStringLiteral("evolution"), QStringLiteral("--each-region"),
                                 QStringLiteral("--regions"), QStringLiteral("330000,110000"), QStringLiteral("-o"),
                                 out + QStringLiteral("/{code}.svg")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("110000.svg"))) << qPrintable(r.err);
    EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1) << qPrintable(r.err);
    EXPECT_TRUE(filesIn(out).isEmpty()) << qPrintable(filesIn(out).join(QLatin1Char(' ')));
}

TEST_F(FigureCommandTest, EachRegionIntoAnUnwritableFolderFailsWithNothingHalfWritten)
{
    const QString out = file("locked");
    ASSERT_TRUE(QDir().mkpath(out));
    ReadOnlyPath locked(out);
    if (!locked.ok())
        GTEST_SKIP() << "cannot make a folder read-only here";
    const ProcessResult r = run({QStringLiteral("figure"), QStringLiteral("--view"), QStringLiteral("evolution"), QStringLiteral("--each-region"),
                                 QStringLiteral("--regions"), QStringLiteral("330000,140000"), QStringLiteral("-o"),
                                 out + QStringLiteral("/{code}.svg")});
    locked.release();
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("locked"))) << qPrintable(r.err);
    EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1) << qPrintable(r.err);
    EXPECT_TRUE(filesIn(out).isEmpty()) << qPrintable(filesIn(out).join(QLatin1Char(' ')));
}

// ---- Web pages: `figure -o OUT.html` and `-o OUT.echarts.json` ----

namespace {
class WebFigureCommandTest : public FigureCommandTest
{
protected:
    ProcessResult web(const char *view, const char *regions, const QString &out, const QStringList &extra = {})
    {
        return run(QStringList{QStringLiteral("figure"), QStringLiteral("--view"), QLatin1StringView(view), QStringLiteral("--regions"),
                               QLatin1StringView(regions), QStringLiteral("-o"), out}
                   + extra);
    }
    QJsonObject readOption(const QString &path)
    {
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << qPrintable(path);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << qPrintable(error.errorString());
        return doc.object();
    }
    static QJsonArray radarData(const QJsonObject &option, int panel = 0)
    {
        int seen = 0;
        for (const QJsonValue &s : option[QStringLiteral("series")].toArray()) {
            if (s[QStringLiteral("type")].toString() == QStringLiteral("radar") && seen++ == panel)
                return s[QStringLiteral("data")].toArray();
        }
        return {};
    }
};

// Headless Chromium, as Debian names it, or an empty string.
QString chromium()
{
    for (const char *name : {"chromium", "chromium-browser", "google-chrome"}) {
        const QString found = QStandardPaths::findExecutable(QLatin1StringView(name));
        if (!found.isEmpty())
            return found;
    }
    return {};
}

ProcessResult runChromium(const QStringList &arguments)
{
    QProcess process;
    process.start(chromium(), QStringList{QStringLiteral("--headless"), QStringLiteral("--no-sandbox"), QStringLiteral("--disable-gpu"),
                                          QStringLiteral("--hide-scrollbars"), QStringLiteral("--force-device-scale-factor=1")}
                                  + arguments);
    EXPECT_TRUE(process.waitForFinished(90000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

// How many pixels are within a few levels of `color`.
int pixelsNear(const QImage &image, QRgb color)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb p = image.pixel(x, y);
            if (std::abs(qRed(p) - qRed(color)) + std::abs(qGreen(p) - qGreen(color)) + std::abs(qBlue(p) - qBlue(color)) < 24)
                ++count;
        }
    }
    return count;
}
} // namespace

TEST_F(WebFigureCommandTest, EvolutionOptionHoldsZhejiangsThreeStagesInTheFiguresColours)
{
    const ProcessResult r = web("evolution", "330000", file("zhejiang.echarts.json"));
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    const QJsonObject option = readOption(file("zhejiang.echarts.json"));
    const QJsonArray data = radarData(option);
    ASSERT_EQ(data.size(), 3);
    const QList<QJsonArray> scores = {{3.2, 2.9, 3.1}, {8.0, 5.8, 6.3}, {8.7, 8.3, 8.5}}; // docs/method.md
    const QStringList names = {QStringLiteral("Initial triangle (2011)"), QStringLiteral("Advantage triangle (2016–2020)"),
                               QStringLiteral("Target triangle (2025)")};
    const QStringList colours = {QStringLiteral("#e69f00"), QStringLiteral("#56b4e9"), QStringLiteral("#009e73")}; // Okabe–Ito
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(data[i][QStringLiteral("name")].toString(), names[i]);
        EXPECT_EQ(data[i][QStringLiteral("value")].toArray(), scores[i]) << i;
        EXPECT_EQ(data[i][QStringLiteral("lineStyle")][QStringLiteral("color")].toString(), colours[i]);
    }
    const QJsonArray titles = option[QStringLiteral("title")].toArray();
    ASSERT_GE(titles.size(), 2);
    EXPECT_EQ(titles[0][QStringLiteral("text")].toString(), QStringLiteral("Zhejiang: the strategic triangle across stages"));
    EXPECT_EQ(titles[1][QStringLiteral("text")].toString(), QStringLiteral("330000"));
    // The footnote ends with the provenance and the file (issue 21 §10).
    EXPECT_TRUE(titles.last()[QStringLiteral("text")].toString().contains(QStringLiteral("Triangle Studio " TRIANGLE_VERSION " · ")))
        << qPrintable(titles.last()[QStringLiteral("text")].toString());
    EXPECT_TRUE(titles.last()[QStringLiteral("text")].toString().contains(QStringLiteral(" (default.tsdb).")))
        << qPrintable(titles.last()[QStringLiteral("text")].toString());
    // The same figure in Chinese: the words follow --lang, the numbers stay.
    ASSERT_EQ(web("evolution", "330000", file("zh.echarts.json"), {QStringLiteral("--lang"), QStringLiteral("zh_CN")}).exitCode, 0);
    const QJsonObject zh = readOption(file("zh.echarts.json"));
    EXPECT_EQ(radarData(zh)[1][QStringLiteral("name")].toString(), QStringLiteral("优势三角 (2016–2020)"));
    EXPECT_EQ(radarData(zh)[1][QStringLiteral("value")].toArray(), scores[1]);
}

TEST_F(WebFigureCommandTest, CompareDrawsAPanelPerStageWithTheRegionsOverlaid)
{
    const ProcessResult r = web("compare", "330000,140000,510000", file("three.echarts.json"));
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    const QJsonObject option = readOption(file("three.echarts.json"));
    EXPECT_EQ(option[QStringLiteral("radar")].toArray().size(), 3);
    const QJsonArray advantage = radarData(option, 1);
    ASSERT_EQ(advantage.size(), 3);
    EXPECT_EQ(advantage[1][QStringLiteral("name")].toString(), QStringLiteral("Shanxi"));
    EXPECT_EQ(advantage[1][QStringLiteral("value")].toArray(), (QJsonArray{5.7, 8.5, 6.0}));
    EXPECT_EQ(advantage[2][QStringLiteral("lineStyle")][QStringLiteral("color")].toString(), QStringLiteral("#009e73"));
    // A legend per panel, as the renderer draws each: the regions, and the ring where one leads.
    const QJsonArray legends = option[QStringLiteral("legend")].toArray();
    ASSERT_EQ(legends.size(), 3 + 4 + 3);
    EXPECT_EQ(legends[0][QStringLiteral("data")][0][QStringLiteral("name")].toString(), QStringLiteral("Zhejiang"));
}

TEST_F(WebFigureCommandTest, PageEmbedsTheLibraryAndTheOption)
{
    const ProcessResult r = web("evolution", "330000", file("zhejiang.html"));
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    EXPECT_TRUE(r.out.contains(QStringLiteral("zhejiang.html")));
    QFile page(file("zhejiang.html"));
    ASSERT_TRUE(page.open(QIODevice::ReadOnly));
    const QByteArray html = page.readAll();
    EXPECT_TRUE(html.startsWith("<!DOCTYPE html>"));
    EXPECT_TRUE(html.contains("Apache License, Version 2.0")); // the library's own header, inline
    EXPECT_TRUE(html.contains("echarts.init("));
    EXPECT_GT(html.size(), 1000000);
    EXPECT_TRUE(html.contains("\"Advantage triangle (2016–2020)\""));
    EXPECT_FALSE(html.contains("<script src")) << "the page must load nothing from elsewhere";
}

TEST_F(WebFigureCommandTest, OtherViewsAreRefusedAsUsageErrors)
{
    for (const char *view : {"timeline", "traction", "balance", "dimensions"}) {
        const ProcessResult r = web(view, "330000", file("x.html"));
        EXPECT_EQ(r.exitCode, 2) << view;
        EXPECT_TRUE(r.err.contains(QStringLiteral("html output supports the evolution and compare views"))) << qPrintable(r.err);
        EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1);
    }
    const ProcessResult json = web("timeline", "330000", file("x.echarts.json"));
    EXPECT_EQ(json.exitCode, 2);
    EXPECT_FALSE(QFile::exists(file("x.html")));
    EXPECT_FALSE(QFile::exists(file("x.echarts.json")));
    const ProcessResult wrong = web("evolution", "330000", file("x.gif"));
    EXPECT_EQ(wrong.exitCode, 2);
    EXPECT_TRUE(wrong.err.contains(QStringLiteral(".html"))) << qPrintable(wrong.err);
}

// The page as a browser draws it, offline: ECharts runs, and the figure's
// words and colours reach the screen.
TEST_F(WebFigureCommandTest, ChromiumDrawsThePage)
{
    if (chromium().isEmpty())
        GTEST_SKIP() << "chromium is not installed";
    ASSERT_EQ(web("evolution", "330000", file("zhejiang.html")).exitCode, 0);
    const QString url = QUrl::fromLocalFile(file("zhejiang.html")).toString();

    // ECharts draws with SVG: its text is in the document once the scripts ran.
    const ProcessResult dom = runChromium({QStringLiteral("--dump-dom"), url});
    ASSERT_EQ(dom.exitCode, 0) << qPrintable(dom.err);
    EXPECT_TRUE(dom.out.contains(QStringLiteral("<svg"))) << "ECharts drew nothing";
    EXPECT_TRUE(dom.out.contains(QStringLiteral("Zhejiang: the strategic triangle"))); // the title may wrap
    EXPECT_TRUE(dom.out.contains(QStringLiteral(">8.0<"))) << "value labels with one decimal";
    EXPECT_TRUE(dom.out.contains(QStringLiteral("Operational management")));

    const QString shot = file("zhejiang-web.png");
    const ProcessResult screenshot = runChromium({QStringLiteral("--screenshot=") + shot, QStringLiteral("--window-size=1280,800"), url});
    ASSERT_EQ(screenshot.exitCode, 0) << qPrintable(screenshot.err);
    const QImage image(shot);
    ASSERT_EQ(image.size(), QSize(1280, 800));
    // Each stage's outline in its colour: orange, sky blue, bluish green.
    EXPECT_GT(pixelsNear(image, 0xE69F00), 200);
    EXPECT_GT(pixelsNear(image, 0x56B4E9), 200);
    EXPECT_GT(pixelsNear(image, 0x009E73), 200);
}
