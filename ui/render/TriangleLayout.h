#pragma once

#include "TriangleGeometry.h"

#include <QList>
#include <QRectF>

#include <optional>

namespace triangle {

// Where a TriangleRenderer put things: for hit tests in the views, and for
// drawings of the same figure by other means (the web page's ECharts option).
struct TriangleLayout
{
    TriangleGeometry geometry;
    QList<QRectF> legendEntries; // one per series, in figure order; empty without a legend, an empty rect for a series the legend's limit left out
    QList<PerDimension<QPointF>> vertices; // one per series, hidden ones included
    int dpi = 0; // what sizes in points were drawn at: the options' DPI, or lower where the figure had to shrink
    QRectF title, subtitle, footnote; // empty when there is none
    // Every legend entry as drawn, its label elided to fit: the series' in
    // figure order (up to the figure's legend limit, then the "+N more"
    // entry), then the keys to the leading-dimension ring and the band.
    struct LegendItem
    {
        QRectF rect;
        QString label;
    };
    QList<LegendItem> legend;
    PerDimension<QRectF> axisTitles{};
    // Per series (hidden ones included), where each value label went;
    // nullopt where none was drawn.
    QList<PerDimension<std::optional<QRectF>>> valueLabels;
};

} // namespace triangle
