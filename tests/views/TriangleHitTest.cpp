#include "ViewTestSupport.h"

#include "views/TriangleHit.h"

#include <gtest/gtest.h>

using namespace triangle;
using namespace triangle::test;

namespace {
// Zhejiang's stages laid out around (200, 200) at radius 100, without drawing.
TriangleLayout layoutOf(const TriangleFigure &figure)
{
    TriangleLayout layout;
    layout.geometry = TriangleGeometry(QPointF(200, 200), 100);
    for (const TriangleSeries &series : figure.series) {
        PerDimension<QPointF> v;
        for (Dimension d : AllDimensions)
            v[d] = layout.geometry.vertex(d, series.scores[d]);
        layout.vertices << v;
    }
    layout.legendEntries = {QRectF(400, 0, 50, 10), QRectF(400, 20, 50, 10), QRectF(400, 40, 50, 10)};
    return layout;
}

TEST(TriangleHitTest, FindsTheNearestVertexWithinTheTolerance)
{
    const TriangleFigure figure = zhejiangFigure();
    const TriangleLayout layout = layoutOf(figure);
    const QPointF vertex = layout.vertices[1][Dimension::Operational];
    EXPECT_EQ(TriangleHit::at(figure, layout, vertex + QPointF(3, 3), 8),
              (TriangleHit{TriangleHit::Kind::Vertex, 1, Dimension::Operational}));
    EXPECT_NE(TriangleHit::at(figure, layout, vertex + QPointF(9, 0), 8).kind, TriangleHit::Kind::Vertex);
}

TEST(TriangleHitTest, InsideNestedTrianglesFindsTheInnermost)
{
    const TriangleFigure figure = zhejiangFigure();
    EXPECT_EQ(TriangleHit::at(figure, layoutOf(figure), QPointF(200, 200), 8), (TriangleHit{TriangleHit::Kind::Series, 0}));
}

TEST(TriangleHitTest, HiddenSeriesAreNotHitButTheirLegendEntriesAre)
{
    TriangleFigure figure = zhejiangFigure();
    figure.series[0].visible = false;
    const TriangleLayout layout = layoutOf(figure);
    EXPECT_EQ(TriangleHit::at(figure, layout, layout.vertices[0][Dimension::Mission], 8).kind, TriangleHit::Kind::Series);
    EXPECT_EQ(TriangleHit::at(figure, layout, QPointF(200, 200), 8), (TriangleHit{TriangleHit::Kind::Series, 1}));
    EXPECT_EQ(TriangleHit::at(figure, layout, QPointF(410, 5), 8), (TriangleHit{TriangleHit::Kind::Legend, 0}));
}

TEST(TriangleHitTest, ASharedVertexGoesToTheSeriesOnTop)
{
    TriangleFigure figure = zhejiangFigure();
    figure.series[2].scores[Dimension::Mission] = figure.series[1].scores[Dimension::Mission];
    const TriangleLayout layout = layoutOf(figure);
    const QPointF shared = layout.vertices[1][Dimension::Mission];
    EXPECT_EQ(TriangleHit::at(figure, layout, shared, 8).series, 2);            // drawn later
    EXPECT_EQ(TriangleHit::at(figure, layout, shared, 8, /*onTop=*/1).series, 1); // highlighted
}
} // namespace
