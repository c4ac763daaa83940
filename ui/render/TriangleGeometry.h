#pragma once

#include "model/Dimension.h"

#include <QList>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>

#include <optional>

namespace triangle {

// Where scores fall on the page. The three axes are 120° apart as in Moore's
// figure: mission straight up (90°), political lower left (210°), operational
// lower right (330°). Device coordinates, y pointing down.
//
// The ternary functions place shares (which sum to 1) in the largest
// equilateral triangle that fits a box: mission at the top corner, political
// bottom left, operational bottom right, perfect balance at the centroid.
// A `minimumShare` m zooms in: the triangle then shows shares from m to 1 − 2m.
class TriangleGeometry
{
public:
    TriangleGeometry() = default;
    TriangleGeometry(QPointF centre, double radius); // radius: pixels from the centre to score 10

    QPointF centre() const { return m_centre; }
    double radius() const { return m_radius; }

    static QPointF axisDirection(Dimension d); // unit vector
    QPointF vertex(Dimension d, double score) const;
    QPolygonF polygon(const DimensionScores &scores) const;

    static QList<double> gridTicks(); // 0, 2, …, 10
    QPolygonF gridRing(double score) const;

    // The vertex of `scores` nearest to `point`, if within tolerancePx of it.
    std::optional<Dimension> hitVertex(const DimensionScores &scores, QPointF point, double tolerancePx) const;
    // The score on axis d nearest to `point`, clamped to the scale and on its
    // 0.1 grid: where a dragged vertex lands.
    double scoreAt(Dimension d, QPointF point) const;

    static QPointF ternaryCorner(Dimension d, const QRectF &box);
    static QPointF ternaryPoint(const PerDimension<double> &shares, const QRectF &box, double minimumShare = 0.0);
    // The inverse of ternaryPoint; shares outside [minimumShare, 1] mean outside the triangle.
    static PerDimension<double> ternaryShares(QPointF point, const QRectF &box, double minimumShare = 0.0);

private:
    QPointF m_centre;
    double m_radius = 0.0;
};

} // namespace triangle
