// Strategic triangles as an Apache ECharts option and as a web page: the
// option says what the QPainter renderer draws, in its colours, dashes,
// markers and words, and the page carries the library and the option inline.

#include "export/EChartsOption.h"
#include "export/WebFigure.h"
#include "render/Palette.h"
#include "render/TriangleRenderer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace triangle;

namespace {
TriangleSeries makeSeries(const QString &label, double m, double p, double o, int index)
{
    TriangleSeries series;
    series.label = label;
    series.scores[Dimension::Mission] = m;
    series.scores[Dimension::Political] = p;
    series.scores[Dimension::Operational] = o;
    series.colorIndex = index;
    series.styleIndex = index;
    return series;
}

// Zhejiang's three stages as the default data scores them.
TriangleFigure evolution()
{
    TriangleFigure figure;
    figure.title = QStringLiteral("Zhejiang: the strategic triangle across stages");
    figure.subtitle = QStringLiteral("330000");
    figure.footnote = QStringLiteral("Scores: an analyst's reading.");
    figure.arrowsBetweenSeries = true;
    figure.series = {makeSeries(QStringLiteral("Initial (2011)"), 3.2, 2.9, 3.1, 0),
                     makeSeries(QStringLiteral("Advantage (2016–2020)"), 8.0, 5.8, 6.3, 1),
                     makeSeries(QStringLiteral("Target (2025)"), 8.7, 8.3, 8.5, 2)};
    return figure;
}

const QSizeF DefaultSize(160 / 25.4 * 72, 120 / 25.4 * 72);

QList<QJsonObject> seriesOfType(const QJsonObject &option, const QString &type)
{
    QList<QJsonObject> found;
    for (const QJsonValue &s : option.value(QStringLiteral("series")).toArray()) {
        if (s[QStringLiteral("type")].toString() == type)
            found << s.toObject();
    }
    return found;
}

QList<QJsonObject> seriesNamed(const QJsonObject &option, const QString &type, const QString &name)
{
    QList<QJsonObject> found;
    for (const QJsonObject &s : seriesOfType(option, type)) {
        if (s[QStringLiteral("name")].toString() == name)
            found << s;
    }
    return found;
}

// The legend entry (one legend each, where the renderer put its entry) of `name`.
QJsonObject legendOf(const QJsonObject &option, const QString &name)
{
    for (const QJsonValue &legend : option[QStringLiteral("legend")].toArray()) {
        if (legend[QStringLiteral("data")][0][QStringLiteral("name")].toString() == name)
            return legend.toObject();
    }
    return {};
}

double px(double points)
{
    return points * CssDpi / 72.0;
}
} // namespace

TEST(WebFigureTest, TrianglesTakeTheRenderersColoursDashesAndMarkers)
{
    const QJsonObject option = echartsOption({evolution()}, DefaultSize);
    const QList<QJsonObject> radars = seriesOfType(option, QStringLiteral("radar"));
    ASSERT_EQ(radars.size(), 1);
    const QJsonArray data = radars.first()[QStringLiteral("data")].toArray();
    ASSERT_EQ(data.size(), 3);
    const QStringList symbols = {QStringLiteral("circle"), QStringLiteral("rect"), QStringLiteral("diamond")};
    for (int i = 0; i < 3; ++i) {
        const QJsonObject item = data[i].toObject();
        EXPECT_EQ(item[QStringLiteral("name")].toString(), evolution().series[i].label);
        EXPECT_EQ(item[QStringLiteral("lineStyle")][QStringLiteral("color")].toString(), seriesColor(i).name());
        EXPECT_EQ(item[QStringLiteral("itemStyle")][QStringLiteral("color")].toString(), seriesColor(i).name());
        EXPECT_NEAR(item[QStringLiteral("lineStyle")][QStringLiteral("width")].toDouble(), px(1.8), 0.01);
        EXPECT_EQ(item[QStringLiteral("symbol")].toString(), symbols[i]);
        EXPECT_NEAR(item[QStringLiteral("areaStyle")][QStringLiteral("opacity")].toDouble(), FigureStyle().fillOpacity, 1e-9);
    }
    EXPECT_EQ(data[1][QStringLiteral("value")].toArray(), (QJsonArray{8.0, 5.8, 6.3}));
    // Qt's dash patterns in line widths, as pixels: solid, dashed (4, 2), dotted (1, 2).
    const double w = std::round(px(1.8) * 100) / 100;
    EXPECT_EQ(data[0][QStringLiteral("lineStyle")][QStringLiteral("type")].toString(), QStringLiteral("solid"));
    const QJsonArray dashed = data[1][QStringLiteral("lineStyle")][QStringLiteral("type")].toArray();
    ASSERT_EQ(dashed.size(), 2);
    EXPECT_NEAR(dashed[0].toDouble(), 4 * w, 0.02);
    EXPECT_NEAR(dashed[1].toDouble(), 2 * w, 0.02);
    const QJsonArray dotted = data[2][QStringLiteral("lineStyle")][QStringLiteral("type")].toArray();
    ASSERT_EQ(dotted.size(), 2);
    EXPECT_NEAR(dotted[0].toDouble(), 1 * w, 0.02);
    EXPECT_NEAR(dotted[1].toDouble(), 2 * w, 0.02);
}

TEST(WebFigureTest, AxesRunAsTheRendererDrawsThem)
{
    const QJsonObject option = echartsOption({evolution()}, DefaultSize);
    const QJsonObject radar = option[QStringLiteral("radar")].toArray().first().toObject();
    EXPECT_NEAR(radar[QStringLiteral("startAngle")].toDouble(), 90.0, 1e-6); // mission at the top
    const QJsonArray indicators = radar[QStringLiteral("indicator")].toArray();
    ASSERT_EQ(indicators.size(), 3);
    EXPECT_EQ(indicators[0][QStringLiteral("name")].toString(), QStringLiteral("Mission management"));
    EXPECT_EQ(indicators[2][QStringLiteral("max")].toDouble(), 10.0);
    EXPECT_EQ(radar[QStringLiteral("splitNumber")].toInt(), 5); // rings at 2, 4, …, 10
    // ECharts colours the rings from the centre out, the centre's too: the outermost as dark as the axes.
    const QJsonArray rings = radar[QStringLiteral("splitLine")][QStringLiteral("lineStyle")][QStringLiteral("color")].toArray();
    ASSERT_EQ(rings.size(), 6);
    EXPECT_EQ(rings[5].toString(), FigureStyle().axis.name());
    EXPECT_EQ(rings[4].toString(), FigureStyle().grid.name());
    // The axis titles are placed by the option itself, the political one under its corner.
    QStringList titles;
    for (const QJsonValue &g : option[QStringLiteral("graphic")].toArray())
        titles << g[QStringLiteral("style")][QStringLiteral("text")].toString();
    EXPECT_EQ(titles, (QStringList{QStringLiteral("Mission management"), QStringLiteral("Political management"),
                                   QStringLiteral("Operational management")}));
}

TEST(WebFigureTest, ValueLabelsHaveOneDecimalAndTheLeaderARing)
{
    const QJsonObject option = echartsOption({evolution()}, DefaultSize);
    const QList<QJsonObject> labels = seriesNamed(option, QStringLiteral("line"), QStringLiteral("Advantage (2016–2020)"));
    ASSERT_EQ(labels.size(), 1);
    QStringList texts;
    for (const QJsonValue &point : labels.first()[QStringLiteral("data")].toArray()) {
        texts << point[QStringLiteral("label")][QStringLiteral("formatter")].toString();
        EXPECT_TRUE(point[QStringLiteral("label")][QStringLiteral("show")].toBool()); // the renderer found room for each
        EXPECT_EQ(point[QStringLiteral("label")][QStringLiteral("position")].toArray().size(), 2); // where it put them
    }
    EXPECT_EQ(texts, (QStringList{QStringLiteral("8.0"), QStringLiteral("5.8"), QStringLiteral("6.3")}));
    EXPECT_EQ(labels.first()[QStringLiteral("label")][QStringLiteral("color")].toString(), valueLabelColor(1).name());

    // Only the advantage stage has a leader (mission, 8.0 over 6.3): one ring, in its colour, on the mission axis.
    const QList<QJsonObject> rings = seriesNamed(option, QStringLiteral("scatter"), TriangleRenderer::leadingDimensionLabel());
    ASSERT_EQ(rings.size(), 1);
    const QJsonArray ringData = rings.first()[QStringLiteral("data")].toArray();
    ASSERT_EQ(ringData.size(), 1);
    EXPECT_EQ(ringData[0][QStringLiteral("value")].toArray(), (QJsonArray{8.0, 90.0}));
    EXPECT_EQ(ringData[0][QStringLiteral("itemStyle")][QStringLiteral("borderColor")].toString(), seriesColor(1).name());
    EXPECT_FALSE(legendOf(option, TriangleRenderer::leadingDimensionLabel()).isEmpty());
    // Each stage's legend entry shows its line and marker in its colour and dashes.
    const QJsonObject advantage = legendOf(option, QStringLiteral("Advantage (2016–2020)"));
    EXPECT_EQ(advantage[QStringLiteral("data")][0][QStringLiteral("lineStyle")][QStringLiteral("color")].toString(), seriesColor(1).name());
    EXPECT_TRUE(advantage[QStringLiteral("data")][0][QStringLiteral("lineStyle")][QStringLiteral("type")].isArray());
}

TEST(WebFigureTest, ArrowsGoWhereAScoreMovedFarEnough)
{
    TriangleFigure figure = evolution();
    figure.series[2].scores[Dimension::Mission] = 8.05; // barely moves from the advantage stage
    const QJsonObject option = echartsOption({figure}, DefaultSize);
    int arrows = 0;
    for (const QJsonObject &line : seriesOfType(option, QStringLiteral("line"))) {
        if (line.contains(QStringLiteral("name")))
            continue; // a triangle's value labels
        const QJsonArray points = line[QStringLiteral("data")].toArray();
        ASSERT_EQ(points.size(), 2);
        // From the earlier score outwards to the later one, along one axis.
        EXPECT_EQ(points[0][QStringLiteral("value")][1], points[1][QStringLiteral("value")][1]);
        ++arrows;
    }
    EXPECT_EQ(arrows, 5); // three from initial to advantage, two from advantage to target
    figure.arrowsBetweenSeries = false;
    EXPECT_EQ(seriesOfType(echartsOption({figure}, DefaultSize), QStringLiteral("line")).size(), 3); // the labels only
}

TEST(WebFigureTest, RatersBandsAndHiddenSeriesFollowTheFigure)
{
    TriangleFigure figure = evolution();
    figure.arrowsBetweenSeries = false;
    figure.series[1].spread[Dimension::Political] = ScoreBand{5.2, 6.4};
    figure.series[1].raterCount = 2;
    figure.series[2].visible = false;
    const QJsonObject option = echartsOption({figure}, DefaultSize);

    const QList<QJsonObject> bands = seriesNamed(option, QStringLiteral("line"), TriangleRenderer::ratersRangeLabel());
    ASSERT_EQ(bands.size(), 1);
    const QJsonArray ends = bands.first()[QStringLiteral("data")].toArray();
    EXPECT_EQ(ends[0][QStringLiteral("value")].toArray(), (QJsonArray{5.2, 210.0}));
    EXPECT_EQ(ends[1][QStringLiteral("value")].toArray(), (QJsonArray{6.4, 210.0}));
    // The footnote says what the band means, as the renderer's does.
    const QJsonArray titles = option[QStringLiteral("title")].toArray();
    EXPECT_EQ(titles.last()[QStringLiteral("text")].toString(), TriangleRenderer::footnoteText(figure));
    EXPECT_TRUE(TriangleRenderer::footnoteText(figure).contains(QStringLiteral("2 raters")));
    EXPECT_FALSE(legendOf(option, TriangleRenderer::ratersRangeLabel()).isEmpty());
    // A series the user hid starts hidden, and can be shown from the legend.
    EXPECT_EQ(legendOf(option, QStringLiteral("Target (2025)"))[QStringLiteral("selected")][QStringLiteral("Target (2025)")], QJsonValue(false));
    EXPECT_FALSE(legendOf(option, QStringLiteral("Advantage (2016–2020)")).contains(QStringLiteral("selected")));
}

TEST(WebFigureTest, PanelsGetARadarAndATitleEach)
{
    TriangleFigure second = evolution();
    second.subtitle = QStringLiteral("140000"); // the same layout, told apart
    const QJsonObject option = echartsOption({evolution(), second}, DefaultSize);
    const QJsonArray radars = option[QStringLiteral("radar")].toArray();
    ASSERT_EQ(radars.size(), 2);
    EXPECT_EQ(option[QStringLiteral("polar")].toArray().size(), 2);
    // Side by side in a landscape figure, as paintPanels lays them out.
    const double left = radars[0][QStringLiteral("center")][0].toString().chopped(1).toDouble();
    const double right = radars[1][QStringLiteral("center")][0].toString().chopped(1).toDouble();
    EXPECT_LT(left, 50.0);
    EXPECT_GT(right, 50.0);
    EXPECT_EQ(radars[0][QStringLiteral("center")][1], radars[1][QStringLiteral("center")][1]);
    QStringList titles;
    for (const QJsonValue &t : option[QStringLiteral("title")].toArray())
        titles << t[QStringLiteral("text")].toString();
    EXPECT_TRUE(titles.contains(second.subtitle));
    EXPECT_TRUE(titles.contains(evolution().subtitle));
    EXPECT_EQ(titles.count(evolution().title), 2);
    EXPECT_EQ(titles.count(TriangleRenderer::footnoteText(evolution())), 2); // each panel is a whole figure, as in paintPanels()
    EXPECT_EQ(option[QStringLiteral("legend")].toArray().size(), 2 * 4); // three stages and the ring, twice
}

TEST(WebFigureTest, FormatsFollowTheFileName)
{
    EXPECT_EQ(webFormatForPath(QStringLiteral("a/zhejiang.html")), WebFormat::Page);
    EXPECT_EQ(webFormatForPath(QStringLiteral("Z.HTM")), WebFormat::Page);
    EXPECT_EQ(webFormatForPath(QStringLiteral("zhejiang.echarts.json")), WebFormat::Option);
    EXPECT_FALSE(webFormatForPath(QStringLiteral("zhejiang.json")));
    EXPECT_FALSE(webFormatForPath(QStringLiteral("zhejiang.png")));
}

TEST(WebFigureTest, PageCarriesTheLibraryAndTheOptionInline)
{
    const QByteArray library = echartsLibrary();
    ASSERT_GT(library.size(), 900000);
    EXPECT_TRUE(library.contains("version=\"" + echartsVersion().toUtf8() + "\"")) << "resources/web/echarts.min.js is not ECharts "
                                                                                    << qPrintable(echartsVersion());
    QFile vendored(QStringLiteral(TRIANGLE_SOURCE_DIR "/resources/web/echarts.min.js"));
    ASSERT_TRUE(vendored.open(QIODevice::ReadOnly));
    EXPECT_EQ(library, vendored.readAll()); // compiled in unchanged
    // Inline in a <script> element, it must hold nothing that ends or escapes the element early.
    EXPECT_FALSE(library.contains("</script"));
    EXPECT_FALSE(library.contains("<!--"));

    TriangleFigure figure = evolution();
    figure.title = QStringLiteral("A </script><b>title</b>");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("zhejiang.html"));
    ExportSettings settings;
    settings.sizePt = DefaultSize;
    ASSERT_EQ(exportWebFigure({figure}, settings, path), QString());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray page = file.readAll();
    EXPECT_TRUE(page.contains(library));
    // Besides the library, nothing that would load from elsewhere.
    QByteArray own = page;
    own.replace(library, "");
    for (const char *loads : {"src=", "href=", "http:", "https:", "@import"})
        EXPECT_FALSE(own.contains(loads)) << loads;
    EXPECT_FALSE(page.contains("<b>title")) << "the title must not become markup";
    // The option stands whole in its script element and reads back as written.
    const QRegularExpression element(QStringLiteral("<script type=\"application/json\" id=\"triangle-option\">(.*?)</script>"),
                                     QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = element.match(QString::fromUtf8(page));
    ASSERT_TRUE(match.hasMatch());
    QJsonParseError error;
    const QJsonDocument read = QJsonDocument::fromJson(match.captured(1).toUtf8(), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << qPrintable(error.errorString());
    EXPECT_EQ(read.object(), echartsOption({figure}, DefaultSize));

    // The option alone, as indented JSON.
    const QString json = dir.filePath(QStringLiteral("zhejiang.echarts.json"));
    ASSERT_EQ(exportWebFigure({figure}, settings, json), QString());
    QFile optionFile(json);
    ASSERT_TRUE(optionFile.open(QIODevice::ReadOnly));
    EXPECT_EQ(QJsonDocument::fromJson(optionFile.readAll()).object(), echartsOption({figure}, DefaultSize));
    // Refusals leave no file.
    EXPECT_FALSE(exportWebFigure({}, settings, dir.filePath(QStringLiteral("none.html"))).isEmpty());
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("none.html"))));
}
