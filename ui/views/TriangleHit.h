#pragma once

#include "render/TriangleFigure.h"
#include "render/TriangleLayout.h"

namespace triangle {

// What lies under a point of a drawn triangle figure: a legend entry, a
// vertex of a visible series, or the inside of a visible series' triangle.
struct TriangleHit
{
    enum class Kind { None, Legend, Vertex, Series } kind = Kind::None;
    int series = -1;
    Dimension dimension = Dimension::Mission; // of a Vertex hit

    // The nearest vertex within tolerancePx, the series drawn on top (`onTop`,
    // the highlighted one, else the later) winning a tie; failing that, the
    // innermost triangle around `pos`, since nested triangles are the rule.
    static TriangleHit at(const TriangleFigure &figure, const TriangleLayout &layout, QPointF pos, double tolerancePx,
                          int onTop = -1);

    friend bool operator==(const TriangleHit &, const TriangleHit &) = default;
};

} // namespace triangle
