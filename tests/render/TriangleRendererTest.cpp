#include "RenderTestSupport.h"

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
