#pragma once

#include "model/Dimension.h"

#include <QList>
#include <QString>

namespace triangle {

struct BalancePoint
{
    QString stageLabel;
    DimensionScores scores;
};

// One region's way across the stages, in stage order.
struct BalancePath
{
    QString label;
    QList<BalancePoint> points;
    int colorIndex = 0; // into seriesColor()
    bool visible = true;
};

// A ternary plot of each dimension's share of the total score: how balanced
// each region's triangle is and how that changed.
struct BalanceMapFigure
{
    QString title;
    QString subtitle;
    QString footnote; // where the scores come from
    QList<BalancePath> paths;
    // At most this many legend entries for paths, the last counting the
    // rest ("+289 more"); 0 lists every path.
    int legendLimit = 0;
};

} // namespace triangle
