#pragma once

#include "RenderOptions.h"
#include "TractionFigure.h"

#include <QCoreApplication>

class QPainter;

namespace triangle {

// Draws the advantage-traction chart with QPainter: a step line per
// dimension of its cumulative count of dated records over the years, a
// marker with a dashed drop line at the year each reaches half its total,
// the advantage stage's leader drawn thicker, stages shaded behind.
class TractionRenderer
{
    Q_DECLARE_TR_FUNCTIONS(triangle::TractionRenderer)

public:
    // Draws within `area` and nowhere else.
    static TractionLayout render(QPainter &painter, const QRectF &area, const TractionFigure &figure,
                                 const RenderOptions &options);
};

} // namespace triangle
