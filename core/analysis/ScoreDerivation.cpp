#include "ScoreDerivation.h"

#include <QMap>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace triangle {

ScoreSpread spreadOf(QList<double> values)
{
    ScoreSpread s;
    s.count = int(values.size());
    if (values.isEmpty())
        return s;
    std::sort(values.begin(), values.end());
    s.minimum = values.first();
    s.maximum = values.last();
    double sum = 0.0;
    for (double v : values)
        sum += v;
    s.mean = sum / double(values.size());
    const qsizetype middle = values.size() / 2;
    s.median = values.size() % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2.0;
    if (values.size() > 1) {
        double squares = 0.0;
        for (double v : values)
            squares += (v - s.mean) * (v - s.mean);
        s.standardDeviation = std::sqrt(squares / double(values.size() - 1));
    }
    return s;
}

double aggregateOf(const QList<double> &values, RaterAggregate aggregate)
{
    const ScoreSpread s = spreadOf(values);
    return aggregate == RaterAggregate::Median ? s.median : s.mean;
}

double roundToScoreGrid(double score)
{
    return std::clamp(std::round(score * 10.0) / 10.0, MinScore, MaxScore);
}

std::optional<double> DimensionDerivation::storedValue() const
{
    if (!value)
        return std::nullopt;
    return roundToScoreGrid(*value);
}

int DimensionDerivation::ratedIndicatorCount() const
{
    int rated = 0;
    for (const RaterDimensionScore &r : raters)
        rated = std::max(rated, r.indicatorsRated);
    return rated;
}

QHash<Id, double> normalisedWeights(const QList<Indicator> &indicators)
{
    PerDimension<double> sums;
    for (const Indicator &i : indicators)
        sums[i.dimension] += i.weight;
    QHash<Id, double> out;
    for (const Indicator &i : indicators)
        out.insert(i.id, sums[i.dimension] > 0.0 ? i.weight / sums[i.dimension] : 0.0);
    return out;
}

ScoreDerivation deriveScores(const QList<Indicator> &indicators, const QList<IndicatorValue> &values,
                             RaterAggregate aggregate)
{
    QHash<Id, const Indicator *> byId;
    ScoreDerivation out;
    for (const Indicator &i : indicators) {
        byId.insert(i.id, &i);
        ++out[i.dimension].indicatorCount;
    }

    // Per rater and dimension: Σ w·s and Σ w over the indicators rated.
    struct Sums
    {
        double weighted = 0.0;
        double weights = 0.0;
        int rated = 0;
    };
    QMap<Id, PerDimension<Sums>> perRater; // ordered by rater id
    for (const IndicatorValue &v : values) {
        const Indicator *indicator = byId.value(v.indicatorId);
        if (!indicator)
            continue;
        Sums &sums = perRater[v.raterId][indicator->dimension];
        sums.weighted += indicator->weight * v.score;
        sums.weights += indicator->weight;
        ++sums.rated;
    }

    for (Dimension d : AllDimensions) {
        DimensionDerivation &derivation = out[d];
        QList<double> scores;
        for (auto it = perRater.cbegin(); it != perRater.cend(); ++it) {
            const Sums &sums = it.value()[d];
            if (sums.rated == 0 || sums.weights <= 0.0)
                continue;
            const double score = sums.weighted / sums.weights;
            derivation.raters.append({it.key(), score, sums.rated});
            scores.append(score);
        }
        derivation.spread = spreadOf(scores);
        if (!scores.isEmpty())
            derivation.value = aggregateOf(scores, aggregate);
    }
    return out;
}

QList<QList<std::optional<double>>> reliabilityUnits(const QList<Indicator> &indicators,
                                                     const QList<IndicatorValue> &values, const QList<Id> &raterOrder,
                                                     std::optional<Dimension> dimension)
{
    QHash<Id, Dimension> dimensionOf;
    for (const Indicator &i : indicators)
        dimensionOf.insert(i.id, i.dimension);
    QHash<Id, qsizetype> column;
    for (qsizetype c = 0; c < raterOrder.size(); ++c)
        column.insert(raterOrder[c], c);

    using UnitKey = std::tuple<Id, Id, Id>; // region, stage, indicator
    QMap<UnitKey, QList<std::optional<double>>> units;
    for (const IndicatorValue &v : values) {
        const auto d = dimensionOf.constFind(v.indicatorId);
        if (d == dimensionOf.cend() || (dimension && *d != *dimension) || !column.contains(v.raterId))
            continue;
        auto &unit = units[UnitKey{v.regionId, v.stageId, v.indicatorId}];
        if (unit.isEmpty())
            unit.resize(raterOrder.size());
        unit[column.value(v.raterId)] = v.score;
    }
    return units.values();
}

} // namespace triangle
