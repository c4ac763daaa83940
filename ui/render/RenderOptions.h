#pragma once

#include "FigureStyle.h"
#include "model/Dimension.h"

#include <optional>

namespace triangle {

// How to draw a figure, as opposed to what it shows.
struct RenderOptions
{
    int dpi = 96;
    // Exporting or printing: hover and selection highlights never reach the
    // file (as LabPlot's exportPaint does).
    bool printing = false;
    int highlightedSeries = -1; // a series (or balance-map path) index, -1 for none
    std::optional<Dimension> highlightedVertex; // of the highlighted series
    FigureStyle style;
};

} // namespace triangle
