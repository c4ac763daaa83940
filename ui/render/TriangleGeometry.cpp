#include "TriangleGeometry.h"

#include <QLineF>

#include <algorithm>
#include <cmath>

namespace triangle {

namespace {
constexpr double Sqrt3 = 1.7320508075688772;
} // namespace

TriangleGeometry::TriangleGeometry(QPointF centre, double radius)
    : m_centre(centre)
    , m_radius(radius)
{
}

QPointF TriangleGeometry::axisDirection(Dimension d)
{
    switch (d) {
    case Dimension::Mission: return {0.0, -1.0};
    case Dimension::Political: return {-Sqrt3 / 2.0, 0.5};
    case Dimension::Operational: return {Sqrt3 / 2.0, 0.5};
    }
    return {};
}

QPointF TriangleGeometry::vertex(Dimension d, double score) const
{
    return m_centre + axisDirection(d) * (m_radius * score / MaxScore);
}

QPolygonF TriangleGeometry::polygon(const DimensionScores &scores) const
{
    QPolygonF polygon;
    for (Dimension d : AllDimensions)
        polygon << vertex(d, scores[d]);
    return polygon;
}

QList<double> TriangleGeometry::gridTicks()
{
    return {0.0, 2.0, 4.0, 6.0, 8.0, 10.0};
}

QPolygonF TriangleGeometry::gridRing(double score) const
{
    return polygon(makeScores(score, score, score));
}

std::optional<Dimension> TriangleGeometry::hitVertex(const DimensionScores &scores, QPointF point,
                                                     double tolerancePx) const
{
    std::optional<Dimension> nearest;
    double nearestDistance = tolerancePx;
    for (Dimension d : AllDimensions) {
        const double distance = QLineF(vertex(d, scores[d]), point).length();
        if (distance <= nearestDistance) {
            nearest = d;
            nearestDistance = distance;
        }
    }
    return nearest;
}

double TriangleGeometry::scoreAt(Dimension d, QPointF point) const
{
    if (m_radius <= 0.0)
        return MinScore;
    const double score = QPointF::dotProduct(point - m_centre, axisDirection(d)) / m_radius * MaxScore;
    return std::round(std::clamp(score, MinScore, MaxScore) * 10.0) / 10.0;
}

QPointF TriangleGeometry::ternaryCorner(Dimension d, const QRectF &box)
{
    const double side = std::min(box.width(), box.height() * 2.0 / Sqrt3);
    const double height = side * Sqrt3 / 2.0;
    const QPointF c = box.center();
    switch (d) {
    case Dimension::Mission: return {c.x(), c.y() - height / 2.0};
    case Dimension::Political: return {c.x() - side / 2.0, c.y() + height / 2.0};
    case Dimension::Operational: return {c.x() + side / 2.0, c.y() + height / 2.0};
    }
    return {};
}

QPointF TriangleGeometry::ternaryPoint(const PerDimension<double> &shares, const QRectF &box, double minimumShare)
{
    QPointF point;
    for (Dimension d : AllDimensions)
        point += ternaryCorner(d, box) * ((shares[d] - minimumShare) / (1.0 - 3.0 * minimumShare));
    return point;
}

PerDimension<double> TriangleGeometry::ternaryShares(QPointF point, const QRectF &box, double minimumShare)
{
    // Barycentric coordinates of the point in the displayed triangle.
    const QPointF a = ternaryCorner(Dimension::Mission, box);
    const QPointF b = ternaryCorner(Dimension::Political, box);
    const QPointF c = ternaryCorner(Dimension::Operational, box);
    PerDimension<double> shares;
    const double denominator = (b.y() - c.y()) * (a.x() - c.x()) + (c.x() - b.x()) * (a.y() - c.y());
    if (denominator == 0.0)
        return {{1.0 / 3.0, 1.0 / 3.0, 1.0 / 3.0}};
    shares[Dimension::Mission] = ((b.y() - c.y()) * (point.x() - c.x()) + (c.x() - b.x()) * (point.y() - c.y())) / denominator;
    shares[Dimension::Political] = ((c.y() - a.y()) * (point.x() - c.x()) + (a.x() - c.x()) * (point.y() - c.y())) / denominator;
    shares[Dimension::Operational] = 1.0 - shares[Dimension::Mission] - shares[Dimension::Political];
    for (double &share : shares.values)
        share = minimumShare + share * (1.0 - 3.0 * minimumShare);
    return shares;
}

} // namespace triangle
