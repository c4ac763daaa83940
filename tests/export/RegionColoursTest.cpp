// A region keeps one colour in every output: the window's compare page, the
// SVG that Export Figure writes of it, the command line's SVG (whatever the
// order of --regions) and its ECharts option, and the balance map. The same
// comparison (Zhejiang, Shanxi, Sichuan at the advantage stage) is drawn
// through each, and each region's colour read back from what each output
// holds; a region group's aggregate likewise.

#include "support/CliRunner.h"
#include "support/TestData.h"

#include "export/FigureExporter.h"
#include "export/ViewFigures.h"
#include "render/Palette.h"
#include "views/BalanceMapView.h"
#include "views/TriangleView.h"
#include "widgets/MainWindow.h"
#include "widgets/diagrams/DiagramsPanel.h"

#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <memory>

using namespace triangle;
using namespace triangle::test;

// GoogleTest prints a region → colour map as such (found by argument-dependent
// lookup, so in QMap's namespace, the global one).
static void PrintTo(const QMap<QString, QString> &colours, std::ostream *out)
{
    for (auto it = colours.cbegin(); it != colours.cend(); ++it)
        *out << it.key().toStdString() << '=' << it.value().toStdString() << ' ';
}

namespace {
using Colours = QMap<QString, QString>; // region label → "#rrggbb"

const QStringList Cases = {QStringLiteral("Zhejiang"), QStringLiteral("Shanxi"), QStringLiteral("Sichuan")};

// Each legend entry's colour in an SVG written by QSvgGenerator: the stroke
// of the short horizontal line drawn left of the entry's text, at its height.
Colours legendColoursInSvg(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(path);
    struct Swatch
    {
        QString stroke;
        double right, y;
    };
    struct Text
    {
        QString text;
        double x, y;
    };
    QList<Swatch> swatches;
    QList<Text> texts;
    QList<QString> strokes{QString()}; // the enclosing groups' strokes
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1StringView("g"))
            strokes.removeLast();
        if (!xml.isStartElement())
            continue;
        const auto attributes = xml.attributes();
        if (xml.name() == QLatin1StringView("g")) {
            strokes << (attributes.hasAttribute(QStringLiteral("stroke")) ? attributes.value(QStringLiteral("stroke")).toString() : strokes.last());
        } else if (xml.name() == QLatin1StringView("polyline")) {
            const QStringList points = attributes.value(QStringLiteral("points")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (points.size() != 2)
                continue;
            const QStringList a = points[0].split(QLatin1Char(',')), b = points[1].split(QLatin1Char(','));
            if (a.size() == 2 && b.size() == 2 && a[1] == b[1]) // horizontal: a legend's line
                swatches << Swatch{strokes.last().toLower(), std::max(a[0].toDouble(), b[0].toDouble()), a[1].toDouble()};
        } else if (xml.name() == QLatin1StringView("text")) {
            const double x = attributes.value(QStringLiteral("x")).toDouble(), y = attributes.value(QStringLiteral("y")).toDouble();
            texts << Text{xml.readElementText().trimmed(), x, y};
        }
    }
    EXPECT_FALSE(xml.hasError()) << qPrintable(xml.errorString());
    Colours colours;
    for (const Text &t : std::as_const(texts)) {
        double nearest = std::numeric_limits<double>::max();
        for (const Swatch &s : std::as_const(swatches)) {
            // The line ending just left of the text, a few points above its baseline.
            const double distance = std::abs(s.y - t.y) + std::abs(t.x - s.right);
            if (s.right <= t.x && distance < nearest && distance < 20) {
                nearest = distance;
                colours[t.text] = s.stroke;
            }
        }
    }
    return colours;
}

// Each radar series' line colour, by name, over every panel of an ECharts option.
Colours seriesColoursInOption(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(path);
    const QJsonObject option = QJsonDocument::fromJson(file.readAll()).object();
    Colours colours;
    for (const QJsonValue &series : option[QStringLiteral("series")].toArray()) {
        if (series[QStringLiteral("type")].toString() != QStringLiteral("radar"))
            continue;
        for (const QJsonValue &item : series[QStringLiteral("data")].toArray())
            colours[item[QStringLiteral("name")].toString()] = item[QStringLiteral("lineStyle")][QStringLiteral("color")].toString().toLower();
    }
    return colours;
}

Colours only(const Colours &all, const QStringList &labels)
{
    Colours chosen;
    for (const QString &label : labels)
        chosen[label] = all.value(label);
    return chosen;
}

class RegionColoursTest : public ::testing::Test
{
protected:
    ProcessResult run(const QStringList &arguments)
    {
        return runTriangleStudio(QStringLiteral(TRIANGLE_EXECUTABLE), m_home.path(), arguments);
    }
    // `figure --view compare` (or `view`) of the three cases at the advantage stage, in the order of `codes`.
    Colours fromCommandLine(const char *codes, const char *name, const char *view = "compare")
    {
        const QString out = m_home.filePath(QLatin1StringView(name));
        const ProcessResult r = run({QStringLiteral("figure"), QStringLiteral("--view"), QLatin1StringView(view), QStringLiteral("--regions"),
                                     QLatin1StringView(codes), QStringLiteral("--stages"), QStringLiteral("advantage"), QStringLiteral("-o"), out});
        EXPECT_EQ(r.exitCode, 0) << qPrintable(r.err);
        return out.endsWith(QStringLiteral(".svg")) ? legendColoursInSvg(out) : seriesColoursInOption(out);
    }

    // The window on the seeded default database, its compare page at the advantage stage.
    void SetUp() override
    {
        window = std::make_unique<MainWindow>();
        window->resize(1280, 800);
        ASSERT_TRUE(window->openDatabase(m_home.filePath(QStringLiteral("window.tsdb")), true));
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        window->tabs()->setCurrentWidget(window->diagramsPanel());
        panel = window->diagramsPanel();
        panel->showPage(DiagramsPanel::ComparePage);
        QApplication::processEvents();
    }
    Colours onScreen() const
    {
        Colours colours;
        for (const TriangleSeries &series : panel->compareView()->figure().series)
            colours[series.label] = seriesColor(series.colorIndex).name();
        return colours;
    }

    QTemporaryDir m_home;
    std::unique_ptr<MainWindow> window;
    DiagramsPanel *panel = nullptr;
};
} // namespace

TEST_F(RegionColoursTest, EachRegionHasOneColourOnScreenInFilesAndFromTheCommandLine)
{
    const Colours screen = onScreen();
    ASSERT_EQ(screen.keys(), (QStringList{QStringLiteral("Shanxi"), QStringLiteral("Sichuan"), QStringLiteral("Zhejiang")}));
    // Three regions overlaid: three colours.
    EXPECT_EQ(QSet<QString>(screen.cbegin(), screen.cend()).size(), 3) << ::testing::PrintToString(screen);

    // Export Figure of what the page shows, as an SVG.
    auto paint = viewFigurePaint(*window->store(), panel->currentRequest());
    ASSERT_TRUE(paint.ok()) << qPrintable(paint.error().message);
    const QString exported = m_home.filePath(QStringLiteral("exported.svg"));
    ASSERT_EQ(exportFigure(*paint, ExportSettings{}, exported), QString());
    EXPECT_EQ(only(legendColoursInSvg(exported), Cases), screen) << "the exported SVG";

    // The command line, in two orders of --regions, as an SVG and as the web page's option.
    EXPECT_EQ(only(fromCommandLine("330000,140000,510000", "cli.svg"), Cases), screen) << "figure --regions 330000,140000,510000";
    EXPECT_EQ(only(fromCommandLine("510000,330000,140000", "reordered.svg"), Cases), screen) << "figure --regions 510000,330000,140000";
    EXPECT_EQ(only(fromCommandLine("330000,140000,510000", "cli.echarts.json"), Cases), screen) << "the ECharts option";

    // The balance map draws each region's path in the same colour.
    panel->showPage(DiagramsPanel::BalancePage);
    QApplication::processEvents();
    Colours balance;
    for (const BalancePath &path : panel->balanceView()->figure().paths)
        balance[path.label] = seriesColor(path.colorIndex).name();
    EXPECT_EQ(balance, screen) << "the balance map on screen";
    EXPECT_EQ(only(fromCommandLine("510000,330000,140000", "balance.svg", "balance"), Cases), screen) << "figure --view balance";
}

// A group's aggregate too: drawn over its members on screen, or alone from
// the command line, in one colour, and not in a member's.
TEST_F(RegionColoursTest, AGroupHasOneColourOverItsMembersAndAlone)
{
    panel->setGroup(window->store()->groups().byKey(QStringLiteral("yrd"))->id);
    QApplication::processEvents();
    const Colours screen = onScreen();
    const QString group = QStringLiteral("Yangtze River Delta (mean of 1/4)"); // Zhejiang is its one assessed member
    ASSERT_EQ(screen.keys(), (QStringList{group, QStringLiteral("Zhejiang")}));
    EXPECT_NE(screen.value(group), screen.value(QStringLiteral("Zhejiang")));

    EXPECT_EQ(fromCommandLine("group:yrd", "yrd.echarts.json").value(group), screen.value(group));
    EXPECT_EQ(fromCommandLine("140000,group:yrd,510000", "mixed.echarts.json").value(group), screen.value(group));
}

