#include "RenderTestSupport.h"

#include "render/FigureFrame.h"
#include "render/FigureStyle.h"
#include "render/Palette.h"
#include "render/TriangleRenderer.h"

#include <QCoreApplication>
#include <QHash>
#include <QLineF>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace triangle;
using namespace triangle::test;

namespace {
const QSize Size(800, 600);
const QRectF Whole(QPointF(), Size);
constexpr int Tolerance = 12; // antialiasing leaves the colour exact only inside strokes

// The pixel of `color` farthest from `centre`.
QPointF farthest(const QList<QPoint> &points, QPointF centre)
{
    QPointF best = centre;
    for (const QPoint &p : points) {
        if (QLineF(centre, p).length() > QLineF(centre, best).length())
            best = p;
    }
    return best;
}

// Chinese names for the dimensions, as a catalogue would give them.
class DimensionNamesTranslator : public QTranslator
{
public:
    explicit DimensionNamesTranslator(QHash<QString, QString> names)
        : m_names(std::move(names))
    {
    }
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, "triangle::DomainNames") != 0)
            return {};
        return m_names.value(QString::fromUtf8(source));
    }

private:
    QHash<QString, QString> m_names;
};
} // namespace

TEST(TriangleRendererTest, LeadingVertexIsTheFarthestPointOfItsColour)
{
    TriangleFigure figure;
    figure.series = {{QStringLiteral("Zhejiang"), makeScores(8.0, 5.8, 6.3), 4, 0, true},
                     {QStringLiteral("Shanxi"), makeScores(5.7, 8.5, 6.0), 5, 1, true},
                     {QStringLiteral("Sichuan"), makeScores(5.9, 5.6, 8.5), 6, 2, true}};
    const auto [image, layout] = renderTriangle(figure, Size, Whole);
    const std::array<Dimension, 3> leads{Dimension::Mission, Dimension::Political, Dimension::Operational};
    const double ring = FigureStyle::pixels(FigureStyle().leadRingPt, 96) / 2 + 2;
    for (int i = 0; i < 3; ++i) {
        const QList<QPoint> points = pixelsNear(image, seriesColor(figure.series[i].colorIndex), Tolerance, layout.legendEntries);
        ASSERT_FALSE(points.isEmpty());
        const QPointF lead = layout.vertices[i][leads[std::size_t(i)]];
        EXPECT_LE(QLineF(farthest(points, layout.geometry.centre()), lead).length(), ring) << "series " << i;
    }
}

TEST(TriangleRendererTest, HiddenSeriesLeavesNoPixelsOfItsColour)
{
    TriangleFigure figure = zhejiangFigure();
    const QColor advantage = seriesColor(figure.series[1].colorIndex);
    EXPECT_GT(pixelsNear(renderTriangle(figure, Size, Whole).image, advantage, 30).size(), 100);

    figure.series[1].visible = false;
    const auto [image, layout] = renderTriangle(figure, Size, Whole);
    EXPECT_TRUE(pixelsNear(image, advantage, 30).isEmpty());
    // Still listed in the legend, so that it can be switched back on.
    EXPECT_EQ(layout.legendEntries.size(), 3);
}

TEST(TriangleRendererTest, LayoutScalesWithTheDpi)
{
    const TriangleFigure figure = zhejiangFigure();
    RenderOptions screen;
    RenderOptions print;
    print.dpi = 300;
    const double scale = 300.0 / 96.0;
    const QSize big(qRound(Size.width() * scale), qRound(Size.height() * scale));
    const auto small = renderTriangle(figure, Size, Whole, screen).layout;
    const auto large = renderTriangle(figure, big, QRectF(QPointF(), big), print).layout;

    // Font sizes are whole pixels, so proportions agree to within a few percent.
    EXPECT_NEAR(large.geometry.radius() / small.geometry.radius(), scale, scale * 0.03);
    EXPECT_NEAR(large.geometry.centre().x() / small.geometry.centre().x(), scale, scale * 0.03);
    EXPECT_NEAR(large.geometry.centre().y() / small.geometry.centre().y(), scale, scale * 0.03);
    ASSERT_EQ(large.legendEntries.size(), small.legendEntries.size());
    for (qsizetype i = 0; i < small.legendEntries.size(); ++i) {
        EXPECT_NEAR(large.legendEntries[i].left() / small.legendEntries[i].left(), scale, scale * 0.03);
        EXPECT_NEAR(large.legendEntries[i].top() / small.legendEntries[i].top(), scale, scale * 0.03);
    }
}

TEST(TriangleRendererTest, NothingIsDrawnOutsideTheAreaOrIntoItsMargin)
{
    TriangleFigure figure = zhejiangFigure();
    figure.title = QStringLiteral("A title long enough that it has to wrap onto a second line in a figure this narrow");
    figure.footnote = QStringLiteral("A footnote that is long as well, naming its source at length, so that it wraps too");
    figure.series[2].label = QStringLiteral("A legend label far too long to fit the legend column without being elided");
    figure.series[2].scores = makeScores(10, 10, 10); // value labels at the very ends of the axes
    const int margin = qRound(FigureStyle::pixels(FigureStyle().marginPt, 96)) - 1;
    const QColor background = FigureStyle().background;
    for (const QRectF &area : {QRectF(150, 120, 600, 450), QRectF(100, 50, 360, 560)}) {
        const QImage image = renderTriangle(figure, QSize(1000, 800), area).image;
        EXPECT_EQ(paintedOutside(image, area), 0) << "area " << area.width() << "×" << area.height();
        const QRect inner = area.toRect();
        for (const QRect &band : {QRect(inner.left(), inner.top(), inner.width(), margin),
                                  QRect(inner.left(), inner.bottom() - margin + 1, inner.width(), margin),
                                  QRect(inner.left(), inner.top(), margin, inner.height()),
                                  QRect(inner.right() - margin + 1, inner.top(), margin, inner.height())})
            EXPECT_EQ(pixelsOtherThan(image, band, background), 0) << "margin of " << area.width() << "×" << area.height();
    }
}

TEST(TriangleRendererTest, TooSmallAnAreaShrinksTheFigureRatherThanSpill)
{
    const QRectF thumbnail(40, 40, 260, 200);
    const auto [image, layout] = renderTriangle(zhejiangFigure(), QSize(400, 300), thumbnail);
    EXPECT_EQ(paintedOutside(image, thumbnail), 0);
    EXPECT_GT(layout.geometry.radius(), 20);
    EXPECT_TRUE(thumbnail.contains(layout.geometry.gridRing(MaxScore).boundingRect()));
}

TEST(TriangleRendererTest, ChineseAxisTitlesRender)
{
    auto titlePixels = [](const QHash<QString, QString> &names) {
        DimensionNamesTranslator translator(names);
        QCoreApplication::installTranslator(&translator);
        const auto [image, layout] = renderTriangle(zhejiangFigure(), Size, Whole);
        QCoreApplication::removeTranslator(&translator);
        // The band above the top of the mission axis, where its title goes.
        const QPointF top = layout.geometry.vertex(Dimension::Mission, MaxScore);
        return image.copy(QRect(qRound(top.x()) - 80, qRound(top.y()) - 45, 160, 40));
    };
    const QImage mission = titlePixels({{QStringLiteral("Mission management"), QStringLiteral("使命管理")}});
    const QImage other = titlePixels({{QStringLiteral("Mission management"), QStringLiteral("运作管理")}});
    const QColor text = FigureStyle().text;
    EXPECT_GT(pixelsNear(mission, text, 40).size(), 40);
    // Real glyphs, not the same missing-glyph box for every character.
    EXPECT_NE(mission, other);
}

TEST(TriangleRendererTest, LegendHasOneEntryPerSeriesInsideTheFigure)
{
    const TriangleFigure figure = zhejiangFigure();
    const auto layout = renderTriangle(figure, Size, Whole).layout;
    ASSERT_EQ(layout.legendEntries.size(), figure.series.size());
    for (qsizetype i = 0; i < layout.legendEntries.size(); ++i) {
        EXPECT_TRUE(Whole.contains(layout.legendEntries[i]));
        EXPECT_FALSE(layout.legendEntries[i].intersects(layout.geometry.gridRing(MaxScore).boundingRect()));
        for (qsizetype j = 0; j < i; ++j)
            EXPECT_FALSE(layout.legendEntries[i].intersects(layout.legendEntries[j]));
    }

    TriangleFigure bare = figure;
    bare.showLegend = false;
    EXPECT_TRUE(renderTriangle(bare, Size, Whole).layout.legendEntries.isEmpty());
}

TEST(TriangleRendererTest, VerticesInTheLayoutMatchTheGeometry)
{
    const TriangleFigure figure = zhejiangFigure();
    const auto layout = renderTriangle(figure, Size, Whole).layout;
    ASSERT_EQ(layout.vertices.size(), figure.series.size());
    for (qsizetype i = 0; i < figure.series.size(); ++i) {
        for (Dimension d : AllDimensions) {
            EXPECT_EQ(layout.vertices[i][d], layout.geometry.vertex(d, figure.series[i].scores[d]));
            EXPECT_EQ(layout.geometry.hitVertex(figure.series[i].scores, layout.vertices[i][d], 1), d);
        }
    }
}

TEST(TriangleRendererTest, PrintingDrawsNoHighlight)
{
    const TriangleFigure figure = zhejiangFigure();
    RenderOptions plain;
    plain.printing = true;
    RenderOptions highlighted = plain;
    highlighted.highlightedSeries = 1;
    highlighted.highlightedVertex = Dimension::Mission;
    // A font's first outlines are antialiased a shade differently: compare with a little tolerance.
    EXPECT_EQ(differingPixels(renderTriangle(figure, Size, Whole, plain).image,
                              renderTriangle(figure, Size, Whole, highlighted).image, 8),
              0);

    highlighted.printing = false;
    EXPECT_GT(differingPixels(renderTriangle(figure, Size, Whole, plain).image,
                              renderTriangle(figure, Size, Whole, highlighted).image, 8),
              1000);
}

namespace {
// One series whose legend label is long enough to set the legend column's
// width alone, so that a band's legend key leaves the plot where it was.
TriangleFigure bandFigure()
{
    TriangleFigure figure;
    figure.title = QStringLiteral("Zhejiang at the advantage stage");
    figure.footnote = QStringLiteral("Scores: three raters' readings of the article.");
    figure.series = {{QStringLiteral("Zhejiang, advantage stage (2016–2020), as three raters read the article"),
                      makeScores(8.0, 5.8, 6.3), 1, 0, true}};
    return figure;
}

double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double length2 = QPointF::dotProduct(ab, ab);
    const double t = length2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / length2, 0.0, 1.0) : 0.0;
    return QLineF(p, a + ab * t).length();
}
} // namespace

TEST(TriangleRendererTest, SpreadBandLiesAlongItsAxisBetweenLowAndHigh)
{
    const TriangleFigure plain = bandFigure();
    TriangleFigure banded = plain;
    banded.series[0].spread[Dimension::Mission] = ScoreBand{7.2, 8.8};
    banded.series[0].raterCount = 3;
    const auto without = renderTriangle(plain, Size, Whole);
    const auto with = renderTriangle(banded, Size, Whole);
    // The band and its legend key change nothing else about the layout.
    ASSERT_EQ(with.layout.geometry.centre(), without.layout.geometry.centre());
    ASSERT_EQ(with.layout.geometry.radius(), without.layout.geometry.radius());
    ASSERT_EQ(with.layout.legendEntries, without.layout.legendEntries);

    const TriangleGeometry &g = with.layout.geometry;
    const QPointF low = g.vertex(Dimension::Mission, 7.2);
    const QPointF high = g.vertex(Dimension::Mission, 8.8);
    const FigureStyle style;
    // Half the band's width, the caps' overhang and a pixel of antialiasing.
    const double reach = FigureStyle::pixels(style.spreadBandPt, 96) / 2 + FigureStyle::pixels(1.5, 96)
        + FigureStyle::pixels(style.spreadCapPt, 96) / 2 + 1.5;
    // Around the triangle, left of the legend and above the footnote, which
    // both gain the band's key.
    const QRect around = g.gridRing(MaxScore).boundingRect().adjusted(-12, -12, 12, 12).toAlignedRect().intersected(
        QRect(0, 0, qFloor(with.layout.legendEntries.first().left()) - 1, Size.height()));

    // Every pixel the band changed there lies along the mission axis between the two scores.
    int changed = 0;
    for (int y = around.top(); y <= around.bottom(); ++y) {
        for (int x = around.left(); x <= around.right(); ++x) {
            const QRgb a = without.image.pixel(x, y);
            const QRgb b = with.image.pixel(x, y);
            if (std::abs(qRed(a) - qRed(b)) <= 8 && std::abs(qGreen(a) - qGreen(b)) <= 8 && std::abs(qBlue(a) - qBlue(b)) <= 8)
                continue;
            ++changed;
            EXPECT_LE(distanceToSegment(QPointF(x + 0.5, y + 0.5), low, high), reach) << "at " << x << "," << y;
        }
    }
    EXPECT_GT(changed, 60);

    // On the axis, clear of the caps and of the vertex's marker and ring, it
    // is the series colour laid at the band's opacity over what was there.
    const QColor colour = seriesColor(banded.series[0].colorIndex);
    const double alpha = style.spreadOpacity;
    const QPointF vertex = g.vertex(Dimension::Mission, 8.0);
    const double clear = FigureStyle::pixels(style.leadRingPt, 96) / 2 + 3;
    int sampled = 0;
    for (double t = 0.1; t < 0.91; t += 0.02) { // clear of the caps
        const QPointF p = low + (high - low) * t;
        if (QLineF(p, vertex).length() < clear)
            continue;
        const QPoint pixel = p.toPoint();
        const QColor before = without.image.pixelColor(pixel);
        const QColor after = with.image.pixelColor(pixel);
        EXPECT_NEAR(after.red(), alpha * colour.red() + (1 - alpha) * before.red(), 4) << "t " << t;
        EXPECT_NEAR(after.green(), alpha * colour.green() + (1 - alpha) * before.green(), 4) << "t " << t;
        EXPECT_NEAR(after.blue(), alpha * colour.blue() + (1 - alpha) * before.blue(), 4) << "t " << t;
        ++sampled;
    }
    EXPECT_GE(sampled, 10);
    // Nothing beyond the two scores, on either side.
    for (double score : {6.0, 6.4, 6.8, 9.2, 9.6}) {
        const QPoint pixel = g.vertex(Dimension::Mission, score).toPoint();
        EXPECT_EQ(with.image.pixel(pixel), without.image.pixel(pixel)) << "score " << score;
    }
    // Nor along the other axes, which have no band.
    for (Dimension d : {Dimension::Political, Dimension::Operational}) {
        for (double score = 0.5; score < 10; score += 0.5) {
            const QPoint pixel = g.vertex(d, score).toPoint();
            EXPECT_EQ(with.image.pixel(pixel), without.image.pixel(pixel)) << dimensionKey(d).toStdString() << " " << score;
        }
    }
}

TEST(TriangleRendererTest, WithoutASpreadNoBandIsDrawn)
{
    const TriangleFigure plain = bandFigure();
    // A rater count alone draws nothing: only a range does. (A font's first
    // outlines are antialiased a shade differently: a little tolerance; a
    // band would change its pixels by far more.)
    TriangleFigure counted = plain;
    counted.series[0].raterCount = 3;
    EXPECT_EQ(differingPixels(renderTriangle(plain, Size, Whole).image, renderTriangle(counted, Size, Whole).image, 8), 0);

    // Nor does the range of a hidden series, nor its legend key.
    TriangleFigure hidden = plain;
    hidden.series[0].visible = false;
    TriangleFigure hiddenBanded = hidden;
    hiddenBanded.series[0].spread[Dimension::Operational] = ScoreBand{5.0, 7.5};
    hiddenBanded.series[0].raterCount = 2;
    EXPECT_EQ(differingPixels(renderTriangle(hidden, Size, Whole).image, renderTriangle(hiddenBanded, Size, Whole).image, 8), 0);
}

TEST(TriangleRendererTest, BandIsKeyedInTheLegendAndExplainedInTheFootnote)
{
    TriangleFigure banded = bandFigure();
    banded.series[0].spread[Dimension::Political] = ScoreBand{5.0, 6.6};
    banded.series[0].raterCount = 3;
    TriangleFigure plain = bandFigure();
    const QColor background = FigureStyle().background;
    const QRect bottom(0, Size.height() * 7 / 8, Size.width(), Size.height() / 8);
    for (bool legend : {true, false}) {
        banded.showLegend = plain.showLegend = legend;
        const auto with = renderTriangle(banded, Size, Whole);
        const auto without = renderTriangle(plain, Size, Whole);
        // The footnote says what the band is.
        EXPECT_GT(differingPixels(with.image.copy(bottom), without.image.copy(bottom), 8), 50) << "legend " << legend;
        if (!legend)
            continue;
        // The legend shows a sample of it: more ink in the legend column.
        const QRect column = QRectF(QPointF(with.layout.legendEntries.first().left(), 0), QPointF(Size.width(), bottom.top()))
                                 .toAlignedRect()
                                 .intersected(QRect(QPoint(), Size));
        EXPECT_GT(pixelsOtherThan(with.image, column, background), pixelsOtherThan(without.image, column, background) + 50);
    }
}

// Over 24 overlaid triangles only the highlighted one is filled: 300 fills
// would blend into one tint and cost most of the drawing time.
TEST(TriangleRendererTest, ACrowdedOverlayLeavesItsTrianglesUnfilled)
{
    auto overlayOf = [](int count) {
        TriangleFigure figure;
        figure.showValueLabels = false;
        figure.showLegend = false;
        for (int i = 0; i < count; ++i)
            figure.series.append({QStringLiteral("Region %1").arg(i), makeScores(8.0, 8.0, 8.0), i % 8, 1, true});
        return figure;
    };
    const QColor background = RenderOptions{}.style.background;
    // Inside every triangle, between grid rings and off the axes.
    auto insidePixel = [](const Rendering<TriangleLayout> &r) {
        const PerDimension<QPointF> &v = r.layout.vertices.first();
        const QPointF centre = r.layout.geometry.centre();
        const QPointF edge = (v[Dimension::Mission] + v[Dimension::Political]) / 2.0;
        return r.image.pixelColor((centre + (edge - centre) * 0.62).toPoint());
    };
    auto distance = [](const QColor &a, const QColor &b) {
        return std::max({std::abs(a.red() - b.red()), std::abs(a.green() - b.green()), std::abs(a.blue() - b.blue())});
    };
    EXPECT_GT(distance(insidePixel(renderTriangle(overlayOf(24), Size, Whole)), background), Tolerance) << "24 are filled";
    EXPECT_LE(distance(insidePixel(renderTriangle(overlayOf(25), Size, Whole)), background), 2) << "25 are not";

    RenderOptions highlighted;
    highlighted.highlightedSeries = 3;
    EXPECT_GT(distance(insidePixel(renderTriangle(overlayOf(25), Size, Whole, highlighted)), background), Tolerance)
        << "the highlighted one is";
}

// Issue 20 §4, "dates show as 2018-⋯": a legend too narrow for a stage's name
// cut its years ("Advantage triangle (⋯"). The name is shortened instead and
// the years stay whole, in either language.
TEST(TriangleRendererTest, ALegendTooNarrowShortensTheNameAndKeepsTheYears)
{
    QFont font;
    font.setPixelSize(14);
    const QFontMetricsF metrics(font);
    for (const QString &label : {QStringLiteral("Advantage triangle (2016–2020)"), QStringLiteral("优势三角 (2016–2020)"),
                                 QStringLiteral("优势三角（2016–2020）")}) {
        const double room = metrics.horizontalAdvance(label) - metrics.horizontalAdvance(label.left(1)); // a character short
        const QString shown = FigureFrame::elidedKeepingYears(metrics, label, room);
        EXPECT_TRUE(shown.endsWith(label.mid(label.lastIndexOf(label.endsWith(QLatin1Char(')')) ? QLatin1Char('(') : QChar(0xFF08)))))
            << qPrintable(shown);
        EXPECT_TRUE(shown.contains(QChar(0x2026))) << qPrintable(shown);
        EXPECT_LE(metrics.horizontalAdvance(shown), room + 0.5) << qPrintable(shown);
    }
    // A label that fits is left alone; one without years is cut at its end as before.
    EXPECT_EQ(FigureFrame::elidedKeepingYears(metrics, QStringLiteral("Zhejiang"), 500), QStringLiteral("Zhejiang"));
    const QString plain = FigureFrame::elidedKeepingYears(metrics, QStringLiteral("A long name without years at all"), 80);
    EXPECT_TRUE(plain.endsWith(QChar(0x2026))) << qPrintable(plain);
}
