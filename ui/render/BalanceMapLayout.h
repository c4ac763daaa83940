#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>

namespace triangle {

// Where a BalanceMapRenderer put things, for hit tests in the views: pass
// triangleBox and minimumShare to TriangleGeometry::ternaryShares.
struct BalanceMapLayout
{
    QRectF triangleBox;
    double minimumShare = 0.0;
    QList<QRectF> legendEntries;    // one per path; empty without a legend, an empty rect for a path the legend's limit left out
    QList<QList<QPointF>> points;   // per path, per point; hidden paths included
};

} // namespace triangle
