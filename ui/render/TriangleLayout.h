#pragma once

#include "TriangleGeometry.h"

#include <QList>
#include <QRectF>

namespace triangle {

// Where a TriangleRenderer put things, for hit tests in the views.
struct TriangleLayout
{
    TriangleGeometry geometry;
    QList<QRectF> legendEntries; // one per series, in figure order; empty without a legend
    QList<PerDimension<QPointF>> vertices; // one per series, hidden ones included
};

} // namespace triangle
