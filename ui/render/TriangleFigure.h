#pragma once

#include "model/Dimension.h"

#include <QList>
#include <QString>

namespace triangle {

// One triangle in a figure: a region at a stage, or a stage of one region.
struct TriangleSeries
{
    QString label;
    DimensionScores scores;
    int colorIndex = 0; // into seriesColor()
    int styleIndex = 0; // into stageLineStyle()
    bool visible = true;
};

// What a strategic-triangle figure shows, however the data are stored.
struct TriangleFigure
{
    QString title;
    QString subtitle;
    QString footnote; // where the scores come from
    QList<TriangleSeries> series;
    bool showValueLabels = true;
    bool markLeadingDimension = true;
    bool showLegend = true;
    // One region's evolution: arrows show how each vertex moved from one
    // visible series to the next.
    bool arrowsBetweenSeries = false;
};

} // namespace triangle
