#pragma once

#include "RenderOptions.h"
#include "TimelineFigure.h"

#include <QCoreApplication>

class QPainter;

namespace triangle {

// Draws a timeline of policies and milestones with QPainter: one lane per
// region, a marker per record coloured by the dimensions it bears on (a
// circle for a policy, a diamond for a milestone, split when it bears on
// several), stages as shaded bands behind, and labels where they fit.
// A lane with more records than can be marked one by one becomes a density
// lane: a strip of cells per year and dimension with their counts, and
// markers for a few records a year only, the notable ones first.
class TimelineRenderer
{
    Q_DECLARE_TR_FUNCTIONS(triangle::TimelineRenderer)

public:
    static constexpr int DenseLaneItems = 300; // records in one lane, within the years shown
    static constexpr int MarkedPerYear = 3;    // in a density lane

    // Draws within `area` and nowhere else.
    static TimelineLayout render(QPainter &painter, const QRectF &area, const TimelineFigure &figure,
                                 const RenderOptions &options);
};

} // namespace triangle
