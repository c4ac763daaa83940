#pragma once

// How robust each region's leading dimension, form and rank are to the
// indicator weights: the weights are drawn many times around the chosen ones
// (Dirichlet), the dimension scores recomputed, and the share of draws that
// change the reading is counted.

#include "analysis/TriangleMetrics.h"
#include "model/Dimension.h"
#include "model/Scorecard.h"

#include <QList>

#include <optional>

namespace triangle {

// One region's scores as the sensitivity run sees them: per dimension and
// rater, that rater's indicator scores (one per indicator of the dimension,
// in the same order as the weights; nullopt where the rater gave none). A
// draw derives the scores as the app does (analysis/ScoreDerivation.h): each
// rater's weighted mean over the indicators that rater scored, the raters'
// mean or median, rounded to the 0.1 grid, so that the run starts from
// exactly the scores the app reports. A dimension with no scores keeps
// `fixedScores[d]` (a score set by hand: weights do not apply).
struct SensitivityRegion
{
    qint64 regionId = 0;
    PerDimension<QList<QList<std::optional<double>>>> raterScores;
    DimensionScores fixedScores;
};

struct SensitivityInput
{
    // The chosen weights per dimension (need not be normalised; > 0).
    PerDimension<QList<double>> weights;
    QList<SensitivityRegion> regions;
    // Dirichlet concentration κ (> 0): draws are Dirichlet(κ · normalised
    // weights); larger = closer to the chosen weights.
    double concentration = 50.0;
    int draws = 10000;
    quint64 seed = 1;
    RaterAggregate aggregate = RaterAggregate::Mean; // how the raters' scores are combined, as the database is set
    // Scores on the 0.1 grid, as the app stores and reports them. Off only
    // to test the sampler against closed forms, which assume continuous scores.
    bool onScoreGrid = true;
};

struct SensitivityRegionResult
{
    qint64 regionId = 0;
    DimensionScores baselineScores; // with the chosen weights: the scores the app reports
    std::optional<Dimension> baselineLeading;
    FormResult baselineForm;
    // Rank 1 = largest triangle area among the regions; ties share the better rank.
    int baselineRank = 0;
    double leadingChangeRate = 0.0; // share of draws where leadingDimension() differs from the baseline (nullopt counts as a value)
    double formChangeRate = 0.0;    // share of draws where classifyForm() differs (form or its dimension)
    double rankChangeRate = 0.0;    // share of draws where the rank differs
    int rankMin = 0, rankMax = 0;   // range of ranks over the draws
    PerDimension<double> leadingShare; // share of draws in which each dimension is the single leader
    double noLeaderShare = 0.0;        // share of draws with a shared lead
    bool weightsApply = false;         // false when no dimension of this region has indicator scores
};

struct SensitivityResult
{
    QList<SensitivityRegionResult> regions; // in the order of the input
    int draws = 0;
    double concentration = 0;
    quint64 seed = 0;
};

// The same input and seed give the same result. The sampler is the
// project's own on std::mt19937_64, not the standard library's
// distributions, whose output differs between implementations.
// With no draws, every rate and share is 0 and the rank range is the
// baseline rank.
SensitivityResult runWeightSensitivity(const SensitivityInput &input);

} // namespace triangle
