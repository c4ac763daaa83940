#include "TriangleHit.h"

#include "analysis/TriangleMetrics.h"

#include <QLineF>

namespace triangle {

TriangleHit TriangleHit::at(const TriangleFigure &figure, const TriangleLayout &layout, QPointF pos, double tolerancePx,
                            int onTop)
{
    for (int i = 0; i < layout.legendEntries.size(); ++i) {
        if (layout.legendEntries[i].contains(pos))
            return {Kind::Legend, i};
    }
    // In drawing order: a later series lies on top, `onTop` topmost.
    const int count = int(std::min(figure.series.size(), layout.vertices.size()));
    QList<int> order;
    for (int i = 0; i < count; ++i) {
        if (figure.series[i].visible && i != onTop)
            order << i;
    }
    if (onTop >= 0 && onTop < count && figure.series[onTop].visible)
        order << onTop;

    TriangleHit hit;
    double nearest = tolerancePx;
    for (int i : order) {
        for (Dimension d : AllDimensions) {
            const double distance = QLineF(layout.vertices[i][d], pos).length();
            if (distance <= nearest) {
                nearest = distance;
                hit = {Kind::Vertex, i, d};
            }
        }
    }
    if (hit.kind != Kind::None)
        return hit;
    double smallest = 0.0;
    for (int i : order) {
        const double area = triangleArea(figure.series[i].scores);
        if (layout.geometry.polygon(figure.series[i].scores).containsPoint(pos, Qt::OddEvenFill)
            && (hit.kind == Kind::None || area < smallest)) {
            hit = {Kind::Series, i};
            smallest = area;
        }
    }
    return hit;
}

} // namespace triangle
