#pragma once

#include "model/Dimension.h"

#include <QList>
#include <QString>

#include <optional>

namespace triangle {

// Where several raters' scores of one dimension lie: the lowest and the highest.
struct ScoreBand
{
    double low = 0.0;
    double high = 0.0;
};

// Per dimension, the raters' range where more than one rater derived the score.
using RaterBands = PerDimension<std::optional<ScoreBand>>;

// One triangle in a figure: a region at a stage, or a stage of one region.
struct TriangleSeries
{
    QString label;
    DimensionScores scores;
    int colorIndex = 0; // into seriesColor()
    int styleIndex = 0; // into stageLineStyle()
    bool visible = true;
    // Per dimension derived from more than one rater, the range of their
    // scores, drawn as a band along the axis; nullopt elsewhere.
    RaterBands spread{};
    int raterCount = 0; // the most raters behind any band; 0 without a band
    // A region group's (or a parent's roll-up) triangle: the band is the
    // range of its assessed members' scores, drawn the same way.
    bool spreadOfMembers = false;
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
    bool showFootnote = true; // the footnote, with what a band means
    // At most this many legend entries for series, the last saying how many
    // more there are ("+289 more"); 0 lists every series. The screen sets it
    // so that an overlay of hundreds keeps a legend that can be read.
    int legendLimit = 0;
    // One region's evolution: arrows show how each vertex moved from one
    // visible series to the next.
    bool arrowsBetweenSeries = false;
};

} // namespace triangle
