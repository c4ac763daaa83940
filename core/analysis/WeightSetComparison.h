#pragma once

// What the regions look like under each of several weight sets: each
// region's three scores, its form, leading dimension and rank by triangle
// area, and whether any of these differ between the sets. The scores are
// derived exactly as the app derives them, by the weight-sensitivity run's
// own derivation (runWeightSensitivity with no draws gives the scores under
// the chosen weights), so the comparison and the sensitivity run can never
// disagree on what a set gives.

#include "analysis/WeightSensitivity.h"

#include <QList>

#include <optional>

namespace triangle {

// One region under one set.
struct WeightedReading
{
    DimensionScores scores; // on the 0.1 grid, as stored
    FormResult form;
    std::optional<Dimension> leading;
    int rank = 0; // 1 = largest area among the regions; ties share the better rank
    double area = 0.0;
};

struct WeightSetComparisonRegion
{
    qint64 regionId = 0;
    QList<WeightedReading> readings; // one per set, in the sets' order
    bool rankChanges = false;    // the rank differs between some two sets
    bool formChanges = false;    // the form (or its dimension) differs
    bool leadingChanges = false; // the leading dimension differs
    bool weightsApply = false;   // false when every dimension is set by hand
};

struct WeightSetComparison
{
    QList<WeightSetComparisonRegion> regions; // in the input's order
};

// `base` holds the regions' rater scores as sensitivityInputFor gives them
// (its weights are ignored); `weightsPerSet` one weight vector per set, laid
// out as `base.weights` is (per dimension, one weight per indicator slot).
// A weight of 0 keeps its indicator out of the scores, like a missing value.
WeightSetComparison compareWeightSets(const SensitivityInput &base, const QList<PerDimension<QList<double>>> &weightsPerSet);

} // namespace triangle
