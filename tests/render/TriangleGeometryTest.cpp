#include "render/TriangleGeometry.h"

#include <QLineF>

#include <gtest/gtest.h>

#include <cmath>

using namespace triangle;

namespace {
const QPointF Centre(200, 150);
constexpr double Radius = 100;
const TriangleGeometry Geometry(Centre, Radius);
const double Sqrt3 = std::sqrt(3.0);

void expectNear(QPointF actual, QPointF expected, double tolerance = 1e-9)
{
    EXPECT_NEAR(actual.x(), expected.x(), tolerance);
    EXPECT_NEAR(actual.y(), expected.y(), tolerance);
}
} // namespace

TEST(TriangleGeometryTest, ScoreTenLiesAtTheRadiusWithMissionStraightUp)
{
    expectNear(Geometry.vertex(Dimension::Mission, 10), Centre + QPointF(0, -Radius));
    expectNear(Geometry.vertex(Dimension::Political, 10), Centre + QPointF(-Radius * Sqrt3 / 2, Radius / 2));
    expectNear(Geometry.vertex(Dimension::Operational, 10), Centre + QPointF(Radius * Sqrt3 / 2, Radius / 2));
    expectNear(Geometry.vertex(Dimension::Political, 0), Centre);
    expectNear(Geometry.vertex(Dimension::Mission, 4.5), Centre + QPointF(0, -45));
}

TEST(TriangleGeometryTest, AxesAre120DegreesApart)
{
    for (Dimension a : AllDimensions) {
        const QPointF u = TriangleGeometry::axisDirection(a);
        EXPECT_NEAR(QLineF(QPointF(), u).length(), 1.0, 1e-12);
        for (Dimension b : AllDimensions) {
            if (a != b) {
                EXPECT_NEAR(QPointF::dotProduct(u, TriangleGeometry::axisDirection(b)), -0.5, 1e-12); // cos 120°
            }
        }
    }
}

TEST(TriangleGeometryTest, EqualScoresMakeAnEquilateralTriangle)
{
    const QPolygonF p = Geometry.polygon(makeScores(5, 5, 5));
    ASSERT_EQ(p.size(), 3);
    const double side = 50 * Sqrt3; // chord of 120° at radius 50
    EXPECT_NEAR(QLineF(p[0], p[1]).length(), side, 1e-9);
    EXPECT_NEAR(QLineF(p[1], p[2]).length(), side, 1e-9);
    EXPECT_NEAR(QLineF(p[2], p[0]).length(), side, 1e-9);
    EXPECT_EQ(Geometry.gridRing(5), p);
}

TEST(TriangleGeometryTest, GridRingsAtEveryEvenScore)
{
    EXPECT_EQ(TriangleGeometry::gridTicks(), (QList<double>{0, 2, 4, 6, 8, 10}));
    expectNear(Geometry.gridRing(10).at(0), Centre + QPointF(0, -Radius));
}

TEST(TriangleGeometryTest, HitVertexFindsTheNearestWithinTolerance)
{
    const DimensionScores s = makeScores(8, 6, 4);
    const QPointF mission = Geometry.vertex(Dimension::Mission, 8);
    EXPECT_EQ(Geometry.hitVertex(s, mission + QPointF(3, 2), 5), Dimension::Mission);
    EXPECT_EQ(Geometry.hitVertex(s, mission + QPointF(6, 0), 5), std::nullopt);
    EXPECT_EQ(Geometry.hitVertex(s, Geometry.vertex(Dimension::Operational, 4.1), 5), Dimension::Operational);
    // Two vertices in reach: the nearer one wins.
    const DimensionScores small = makeScores(0.2, 0.1, 0);
    EXPECT_EQ(Geometry.hitVertex(small, Geometry.vertex(Dimension::Political, 0.1), 5), Dimension::Political);
    EXPECT_EQ(Geometry.hitVertex(small, Geometry.vertex(Dimension::Mission, 0.2), 5), Dimension::Mission);
}

TEST(TriangleGeometryTest, ScoreAtRoundTripsVertex)
{
    for (Dimension d : AllDimensions) {
        for (int tenths = 0; tenths <= 100; ++tenths)
            EXPECT_DOUBLE_EQ(Geometry.scoreAt(d, Geometry.vertex(d, tenths / 10.0)), tenths / 10.0);
    }
}

TEST(TriangleGeometryTest, ScoreAtProjectsClampsAndSnaps)
{
    // 42.6 px up the mission axis, and off it sideways, is 4.3 to one decimal.
    EXPECT_DOUBLE_EQ(Geometry.scoreAt(Dimension::Mission, Centre + QPointF(30, -42.6)), 4.3);
    EXPECT_DOUBLE_EQ(Geometry.scoreAt(Dimension::Mission, Centre + QPointF(0, -250)), 10.0);
    EXPECT_DOUBLE_EQ(Geometry.scoreAt(Dimension::Mission, Centre + QPointF(0, 40)), 0.0);
    EXPECT_DOUBLE_EQ(Geometry.scoreAt(Dimension::Operational, Geometry.vertex(Dimension::Operational, 6.04)), 6.0);
    EXPECT_DOUBLE_EQ(TriangleGeometry().scoreAt(Dimension::Mission, Centre), 0.0); // nothing laid out yet
}

TEST(TriangleGeometryTest, TernaryCornersFormTheLargestEquilateralTriangleInTheBox)
{
    const QRectF box(0, 0, 400, 400);
    const QPointF top = TriangleGeometry::ternaryCorner(Dimension::Mission, box);
    const QPointF left = TriangleGeometry::ternaryCorner(Dimension::Political, box);
    const QPointF right = TriangleGeometry::ternaryCorner(Dimension::Operational, box);
    EXPECT_NEAR(QLineF(left, right).length(), 400, 1e-9);
    EXPECT_NEAR(QLineF(top, left).length(), 400, 1e-9);
    EXPECT_NEAR(QLineF(top, right).length(), 400, 1e-9);
    EXPECT_DOUBLE_EQ(top.x(), 200);
    EXPECT_LT(left.x(), right.x());
    EXPECT_DOUBLE_EQ(left.y(), right.y());
    EXPECT_LT(top.y(), left.y());
    EXPECT_TRUE(box.adjusted(-1e-9, -1e-9, 1e-9, 1e-9).contains(QPolygonF{top, left, right}.boundingRect()));
}

TEST(TriangleGeometryTest, TernaryPointPutsPureSharesAtCornersAndBalanceAtTheCentroid)
{
    const QRectF box(10, 20, 300, 200);
    for (Dimension d : AllDimensions) {
        PerDimension<double> pure;
        pure[d] = 1.0;
        expectNear(TriangleGeometry::ternaryPoint(pure, box), TriangleGeometry::ternaryCorner(d, box));
    }
    QPointF centroid;
    for (Dimension d : AllDimensions)
        centroid += TriangleGeometry::ternaryCorner(d, box) / 3.0;
    expectNear(TriangleGeometry::ternaryPoint({{1.0 / 3, 1.0 / 3, 1.0 / 3}}, box), centroid);
    // Half mission, half political: halfway along the left edge.
    expectNear(TriangleGeometry::ternaryPoint({{0.5, 0.5, 0.0}}, box),
               (TriangleGeometry::ternaryCorner(Dimension::Mission, box) + TriangleGeometry::ternaryCorner(Dimension::Political, box)) / 2);
}

TEST(TriangleGeometryTest, TernarySharesInvertsTernaryPoint)
{
    const QRectF box(0, 0, 500, 400);
    for (double zoom : {0.0, 0.1, 0.2}) {
        const PerDimension<double> shares{{0.42, 0.27, 0.31}};
        const PerDimension<double> back = TriangleGeometry::ternaryShares(TriangleGeometry::ternaryPoint(shares, box, zoom), box, zoom);
        for (Dimension d : AllDimensions)
            EXPECT_NEAR(back[d], shares[d], 1e-12) << "zoom " << zoom;
    }
    // Outside the triangle one share goes below zero.
    EXPECT_LT(TriangleGeometry::ternaryShares(QPointF(0, 0), box)[Dimension::Operational], 0.0);
}

TEST(TriangleGeometryTest, ZoomMakesTheMinimumShareTheEdge)
{
    const QRectF box(0, 0, 300, 300);
    // With 20% the least any share shows, (60%, 20%, 20%) is the mission corner.
    expectNear(TriangleGeometry::ternaryPoint({{0.6, 0.2, 0.2}}, box, 0.2), TriangleGeometry::ternaryCorner(Dimension::Mission, box));
    expectNear(TriangleGeometry::ternaryPoint({{1.0 / 3, 1.0 / 3, 1.0 / 3}}, box, 0.2),
               TriangleGeometry::ternaryPoint({{1.0 / 3, 1.0 / 3, 1.0 / 3}}, box));
}
