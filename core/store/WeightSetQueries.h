#pragma once

// Weight sets made from the store's data, and what the regions look like
// under several sets: for the window and the command line alike.

#include "Result.h"
#include "WeightSetRepository.h"
#include "analysis/DataWeights.h"
#include "analysis/WeightSetComparison.h"

#include <QList>

namespace triangle {

class Store;

// A set of weights from the indicator values at `stageId` (not yet added):
// per region, each indicator's value combined over the raters as the
// database is set (RaterRepository::aggregate, mean or median); the weights
// computed per dimension, each dimension's indicators on their own, since
// weights are relative within a dimension. A region missing a value of the
// dimension is left out of that dimension's computation (the detail says how
// many). A dimension with one indicator gives it weight 1. Lower-is-better
// indicators are reversed by the min–max normalisation. `method` is Entropy
// or Critic. Fails, saying why, when a dimension's weights cannot be
// computed (fewer than two regions, every indicator constant).
Result<WeightSet> deriveDataWeightSet(const Store &store, Id stageId, WeightSetMethod method, const QString &name);

// `subjective` and `objective` combined per dimension by combinedWeights
// (analysis/DataWeights.h); not yet added. Each dimension's combined weights
// sum to 1.
Result<WeightSet> combineWeightSets(const Store &store, const WeightSet &subjective, const WeightSet &objective,
                                    CombineRule rule, double alpha, const QString &name);

// The expert panel's AHP weights of `round` (the latest with comparisons
// when nullopt) as a set (not yet added): each dimension the experts compared
// takes the group's weights, from the experts whose CR passes unless
// `includeInconsistent` (PanelStatistics.h); a dimension they did not
// compare keeps the weights in force, and the detail says which, with the
// aggregation and the experts used and left out. Fails when no dimension
// has the group's weights.
Result<WeightSet> ahpWeightSet(const Store &store, std::optional<int> round, bool includeInconsistent, const QString &name);

struct WeightSetComparisonAt
{
    QList<Region> regions;  // in the comparison's order, by code
    QList<WeightSet> sets;  // as given
    WeightSetComparison comparison;
};

// Every region with indicator values at `stageId` and an assessment there,
// under each of `sets` (at least two).
Result<WeightSetComparisonAt> compareWeightSetsAt(const Store &store, Id stageId, const QList<WeightSet> &sets);

} // namespace triangle
