#pragma once

// How a dimension's score is derived from the scorecard (docs/method.md,
// "Scores from indicators"): each rater's score for a dimension is the
// weighted mean of the indicator scores that rater gave, the weights
// renormalised over the indicators rated; the raters' scores are then
// combined by their mean or median, and their spread is reported beside.

#include "model/Scorecard.h"

#include <QHash>
#include <QList>

#include <optional>

namespace triangle {

// How far several raters' scores lie apart.
struct ScoreSpread
{
    int count = 0;
    double minimum = 0.0;
    double maximum = 0.0;
    double mean = 0.0;
    double median = 0.0;
    // Sample standard deviation (n − 1 in the denominator); 0 for fewer than two.
    double standardDeviation = 0.0;

    double range() const { return maximum - minimum; }
};

ScoreSpread spreadOf(QList<double> values);
double aggregateOf(const QList<double> &values, RaterAggregate aggregate); // 0 when empty

struct RaterDimensionScore
{
    Id raterId = NoId;
    double score = 0.0; // full precision
    int indicatorsRated = 0;
};

struct DimensionDerivation
{
    std::optional<double> value; // the raters' aggregate, full precision; nullopt without indicator values
    QList<RaterDimensionScore> raters; // in rater id order
    ScoreSpread spread;
    int indicatorCount = 0; // indicators the dimension has

    // The value as stored in an assessment: on the 0.1 grid.
    std::optional<double> storedValue() const;
    // The most indicators of the dimension any one rater scored: the score
    // may rest on fewer than indicatorCount.
    int ratedIndicatorCount() const;
};

using ScoreDerivation = PerDimension<DimensionDerivation>;

// `values` are those of one region at one stage, by any number of raters;
// values of indicators not in `indicators` are ignored.
ScoreDerivation deriveScores(const QList<Indicator> &indicators, const QList<IndicatorValue> &values,
                             RaterAggregate aggregate);

// Each indicator's weight divided by the sum of its dimension's weights.
QHash<Id, double> normalisedWeights(const QList<Indicator> &indicators);

// Rounds to the 0.1 grid of the score scale.
double roundToScoreGrid(double score);

// The reliability data behind Krippendorff's alpha: one unit per region,
// stage and indicator that any rater scored, holding one value per rater in
// `raterOrder` (nullopt where that rater gave none). `dimension` narrows the
// units to one dimension's indicators.
QList<QList<std::optional<double>>> reliabilityUnits(const QList<Indicator> &indicators,
                                                     const QList<IndicatorValue> &values, const QList<Id> &raterOrder,
                                                     std::optional<Dimension> dimension = std::nullopt);

} // namespace triangle
