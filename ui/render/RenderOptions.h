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
    // The smallest type, in points at `dpi`, that a figure may shrink to when
    // its area is too small (see FigureFrame::shrunkToFit); 0: no limit.
    // A printed report asks for 7 pt, legible on paper.
    double minTypePt = 0;
    int highlightedSeries = -1; // a series (or balance-map path) index, -1 for none
    std::optional<Dimension> highlightedVertex; // of the highlighted series
    FigureStyle style;
};

} // namespace triangle
