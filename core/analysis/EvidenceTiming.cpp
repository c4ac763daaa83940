#include "EvidenceTiming.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>
#include <vector>

namespace triangle {

namespace {
// Shares of a third do not add up to exactly 1 as doubles.
constexpr double WeightSlack = 1e-9;

// The first point by which the weights, taken in the points' order, reach half their total.
template<typename Point>
std::optional<Point> halfway(std::vector<std::pair<Point, double>> points)
{
    double total = 0.0;
    for (const auto &p : points)
        total += p.second;
    if (total <= WeightSlack)
        return std::nullopt;
    std::stable_sort(points.begin(), points.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    double running = 0.0;
    for (const auto &[point, weight] : points) {
        running += weight;
        if (2.0 * running >= total - WeightSlack)
            return point;
    }
    return points.back().first;
}

// The leader's lead over the nearest other dimension, in months between
// half-way points at the middle of each record's span; NaN without another.
double lead(const std::vector<double> &middles, const std::vector<PerDimension<double>> &weights, Dimension leader)
{
    PerDimension<std::optional<double>> halfways;
    for (Dimension d : AllDimensions) {
        std::vector<std::pair<double, double>> points;
        for (std::size_t i = 0; i < middles.size(); ++i) {
            if (weights[i][d] > 0.0)
                points.emplace_back(middles[i], weights[i][d]);
        }
        halfways[d] = halfway(points);
    }
    if (!halfways[leader])
        return std::numeric_limits<double>::quiet_NaN();
    double nearest = std::numeric_limits<double>::infinity();
    for (Dimension d : AllDimensions) {
        if (d != leader && halfways[d])
            nearest = std::min(nearest, *halfways[d] - *halfways[leader]);
    }
    return std::isinf(nearest) ? std::numeric_limits<double>::quiet_NaN() : nearest;
}
} // namespace

MonthIndex monthIndex(int year, int month) { return year * 12 + month - 1; }

MonthSpan monthSpan(const PartialDate &date)
{
    if (date.precision() == PartialDate::Precision::Year)
        return {monthIndex(date.year(), 1), monthIndex(date.year(), 12)};
    return {monthIndex(date.year(), date.month()), monthIndex(date.year(), date.month())};
}

Order spanOrder(const MonthSpan &a, const MonthSpan &b)
{
    if (a.latest < b.earliest)
        return Order::Before;
    if (b.latest < a.earliest)
        return Order::After;
    return Order::Overlap;
}
int yearOf(MonthIndex month) { return month / 12; }
QString monthText(MonthIndex month)
{
    return QStringLiteral("%1-%2").arg(yearOf(month)).arg(month % 12 + 1, 2, 10, QLatin1Char('0'));
}

PerDimension<double> recordWeights(const DatedRecord &record)
{
    PerDimension<double> weights;
    if (record.primary && record.dimensions.contains(*record.primary)) {
        weights[*record.primary] = 1.0;
        return weights;
    }
    const int count = int(std::count_if(AllDimensions.begin(), AllDimensions.end(),
                                         [&](Dimension d) { return record.dimensions.contains(d); }));
    for (Dimension d : AllDimensions) {
        if (record.dimensions.contains(d))
            weights[d] = 1.0 / count;
    }
    return weights;
}

PerDimension<DimensionTiming> evidenceTiming(const QList<DatedRecord> &records)
{
    PerDimension<DimensionTiming> out;
    PerDimension<std::vector<std::pair<MonthIndex, double>>> earliest, latest;
    for (const DatedRecord &r : records) {
        if (!r.date.isValid())
            continue;
        const MonthSpan span = monthSpan(r.date);
        const PerDimension<double> weights = recordWeights(r);
        for (Dimension d : AllDimensions) {
            if (!r.dimensions.contains(d))
                continue;
            DimensionTiming &t = out[d];
            ++t.records;
            t.weight += weights[d];
            t.onset = t.onset ? std::min(*t.onset, span.earliest) : span.earliest;
            if (weights[d] > 0.0) {
                earliest[d].emplace_back(span.earliest, weights[d]);
                latest[d].emplace_back(span.latest, weights[d]);
            }
        }
    }
    for (Dimension d : AllDimensions) {
        out[d].halfwayEarliest = halfway(earliest[d]);
        out[d].halfwayLatest = halfway(latest[d]);
    }
    return out;
}

Order halfwayOrder(const DimensionTiming &leader, const DimensionTiming &other)
{
    return spanOrder({*leader.halfwayEarliest, *leader.halfwayLatest}, {*other.halfwayEarliest, *other.halfwayLatest});
}

double halfwayPermutationP(const QList<DatedRecord> &records, Dimension leader, int shuffles, quint64 seed)
{
    std::vector<double> middles;
    std::vector<PerDimension<double>> weights;
    for (const DatedRecord &r : records) {
        if (!r.date.isValid())
            continue;
        const MonthSpan span = monthSpan(r.date);
        middles.push_back((span.earliest + span.latest) / 2.0);
        weights.push_back(recordWeights(r));
    }
    const double observed = lead(middles, weights, leader);
    if (std::isnan(observed) || shuffles <= 0)
        return 1.0;
    // The standard library's shuffle differs between implementations: a
    // Fisher–Yates of our own on std::mt19937_64 repeats everywhere.
    std::mt19937_64 engine(seed);
    int asClear = 0;
    for (int s = 0; s < shuffles; ++s) {
        for (std::size_t i = weights.size(); i > 1; --i) {
            const double u = double(engine() >> 11) * (1.0 / 9007199254740992.0);
            std::swap(weights[i - 1], weights[std::min(i - 1, std::size_t(u * double(i)))]);
        }
        const double shuffled = lead(middles, weights, leader);
        if (!std::isnan(shuffled) && shuffled >= observed - WeightSlack)
            ++asClear;
    }
    return (1.0 + asClear) / (1.0 + shuffles);
}

} // namespace triangle
