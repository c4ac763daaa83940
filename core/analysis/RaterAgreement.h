#pragma once

// How far raters who scored the same things agree: Krippendorff's alpha,
// which copes with any number of raters, missing values and a choice of
// metric. 1 is perfect agreement, 0 is agreement no better than chance,
// below 0 is systematic disagreement.

#include <QList>
#include <QString>

#include <optional>

namespace triangle {

enum class AlphaMetric {
    Nominal,  // values are categories: any two different values disagree equally
    Interval, // values are on a scale: disagreement is the squared difference
};

// One unit (a thing several raters scored): one optional value per rater,
// same rater order in every unit.
using ReliabilityUnit = QList<std::optional<double>>;

struct AlphaResult
{
    // nullopt when it cannot be computed (fewer than 2 pairable values, or
    // no expected disagreement); `reason` then says why.
    std::optional<double> alpha;
    QString reason;                    // empty when alpha is set; translated
    int pairableUnits = 0;             // units with at least two values
    int pairableValues = 0;            // n: values in those units
    double observedDisagreement = 0.0; // D_o
    double expectedDisagreement = 0.0; // D_e
};

// Krippendorff's alpha by the coincidence matrix (Krippendorff 2011,
// "Computing Krippendorff's Alpha-Reliability"): alpha = 1 − D_o / D_e.
// Units with fewer than two values are dropped; a value that is not a finite
// number counts as missing.
AlphaResult krippendorffAlpha(const QList<ReliabilityUnit> &units, AlphaMetric metric = AlphaMetric::Interval);

} // namespace triangle
