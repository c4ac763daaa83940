#pragma once

#include "BalanceMapFigure.h"
#include "BalanceMapLayout.h"
#include "RenderOptions.h"

#include <QCoreApplication>

class QPainter;

namespace triangle {

// Draws the balance map, a ternary plot of each dimension's share of the
// total score: the centre is perfect balance, a corner all one dimension.
// When every point lies well inside, the plot zooms in by whole 10% steps.
class BalanceMapRenderer
{
    Q_DECLARE_TR_FUNCTIONS(triangle::BalanceMapRenderer)

public:
    // Draws within `area` and nowhere else.
    static BalanceMapLayout render(QPainter &painter, const QRectF &area, const BalanceMapFigure &figure,
                                   const RenderOptions &options);
};

} // namespace triangle
