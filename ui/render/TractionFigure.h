#pragma once

#include "model/Dimension.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <optional>

namespace triangle {

// Advantage traction read from the dated evidence: per dimension, how many
// of a region's policies and milestones bear on it by each year, and the year
// by which each reaches half its total. Plain data in the UI language;
// TractionRenderer draws it.
struct TractionFigure
{
    struct Curve
    {
        QString label;             // for the legend: the dimension, and whether it leads
        QList<int> cumulative;     // aligned with `years`: records by the end of each year
        int total = 0;
        std::optional<int> halfwayYear;
        bool leading = false;      // the single leader at the advantage stage: drawn emphasised
    };

    struct StageBand
    {
        QString label;
        int startYear = 0;
        int endYear = 0; // inclusive
    };

    QString title;
    QString subtitle;
    QString footnote;
    QString halfwayFormat;   // "half by %1": the label at each half-way marker
    QString countAxisTitle;  // the vertical axis
    QList<int> years;        // ascending, consecutive
    PerDimension<Curve> curves;
    QList<StageBand> stages; // shaded behind where they meet the years
    // The region's causal links along their chains, one line each under the
    // chart, a heading first: the check, then both records (shortened to fit
    // so that the check and the source always show), then where the source says so.
    struct CausalLink
    {
        QString check; // "after", "before: the link contradicts the dates"
        QString from;  // "2018 · title"
        QString to;
        QString source; // "§4.2.1", or empty
    };
    QString causalLinksHeading;
    QList<CausalLink> causalLinks;
};

// Where a TractionRenderer put things, for tests and hit tests in the views.
struct TractionLayout
{
    QRectF plot;      // inside the axes
    double fromYear = 0.0; // the left edge: a year before the first, where every count is 0
    double toYear = 0.0;   // the right edge: the end of the last year, where the last count holds
    int maxCount = 0;      // the top of the count axis

    // Each dimension's count at each year of the figure, where its step rises.
    PerDimension<QList<QPointF>> points;
    PerDimension<std::optional<QPointF>> halfway; // the half-way marker's centre
    PerDimension<QRectF> halfwayLabels;            // null where the label found no room
    PerDimension<double> lineWidth{};              // in pixels
    QList<QRectF> stageBands;                      // null when outside the years
    QList<QRectF> causalLinkLines;                 // the heading's and each link's line, under the chart

    double xOf(double year) const
    {
        return toYear > fromYear ? plot.left() + (year - fromYear) / (toYear - fromYear) * plot.width() : plot.left();
    }
    double yOf(double count) const { return maxCount > 0 ? plot.bottom() - count / maxCount * plot.height() : plot.bottom(); }
    // The year whose count holds at `x`: a step rises at its year and holds
    // until the next; nullopt off the plot and before the first year.
    std::optional<int> yearAt(double x) const
    {
        if (plot.width() <= 0 || x < plot.left() || x > plot.right())
            return std::nullopt;
        const int year = int(std::floor(fromYear + (x - plot.left()) / plot.width() * (toYear - fromYear)));
        return year > int(fromYear) ? std::optional<int>(std::min(year, int(toYear) - 1)) : std::nullopt;
    }
};

} // namespace triangle
