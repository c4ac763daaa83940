#include "TriangleMetrics.h"

#include <algorithm>
#include <cmath>

namespace triangle {

namespace {
constexpr double Sqrt3 = 1.7320508075688772;

// Sum of the products of neighbouring scores: m·p + p·o + o·m.
double pairProducts(const DimensionScores &s)
{
    const double m = s[Dimension::Mission];
    const double p = s[Dimension::Political];
    const double o = s[Dimension::Operational];
    return m * p + p * o + o * m;
}

// Scores sorted from highest to lowest, ties in dimension order. An insertion
// sort of three: std::stable_sort would allocate on every call, and the
// sensitivity run classifies millions of triangles.
std::array<Dimension, DimensionCount> byScoreDescending(const DimensionScores &s)
{
    std::array<Dimension, DimensionCount> order = AllDimensions;
    for (std::size_t i = 1; i < order.size(); ++i) {
        for (std::size_t j = i; j > 0 && s[order[j]] > s[order[j - 1]]; --j)
            std::swap(order[j], order[j - 1]);
    }
    return order;
}
} // namespace

double triangleArea(const DimensionScores &s)
{
    // Each pair of neighbouring axes spans 120°: ½·a·b·sin 120° = (√3/4)·a·b.
    return Sqrt3 / 4.0 * pairProducts(s);
}

double equilateralArea(double level)
{
    return Sqrt3 / 4.0 * 3.0 * level * level;
}

double meanScore(const DimensionScores &s)
{
    return (s[Dimension::Mission] + s[Dimension::Political] + s[Dimension::Operational]) / 3.0;
}

double balanceIndex(const DimensionScores &s)
{
    const auto [lowest, highest] = std::minmax_element(s.values.begin(), s.values.end());
    if (*highest <= 0.0)
        return 1.0;
    return *lowest / *highest;
}

double areaRatio(const DimensionScores &s)
{
    const double mean = meanScore(s);
    const auto [lowest, highest] = std::minmax_element(s.values.begin(), s.values.end());
    if (*highest - *lowest == 0.0)
        return 1.0;
    return pairProducts(s) / (3.0 * mean * mean);
}

DimensionSet leadingDimensions(const DimensionScores &s, double tolerance)
{
    const double highest = *std::max_element(s.values.begin(), s.values.end());
    DimensionSet leaders;
    for (Dimension d : AllDimensions) {
        // A little slack so that 8.0 − 7.5 counts as within a 0.5 tolerance.
        if (highest - s[d] <= tolerance + 1e-9)
            leaders.insert(d);
    }
    return leaders;
}

std::optional<Dimension> leadingDimension(const DimensionScores &s, double tolerance)
{
    const DimensionSet leaders = leadingDimensions(s, tolerance);
    if (leaders.size() != 1)
        return std::nullopt;
    for (Dimension d : AllDimensions) {
        if (leaders.contains(d))
            return d;
    }
    return std::nullopt;
}

FormResult classifyForm(const DimensionScores &s, const FormThresholds &thresholds)
{
    const auto order = byScoreDescending(s);
    const double top = s[order[0]];
    const double middle = s[order[1]];
    const double bottom = s[order[2]];
    constexpr double Slack = 1e-9;

    const bool balanced = balanceIndex(s) >= thresholds.balancedMinRatio - Slack || top - bottom < thresholds.advantageMargin - Slack;
    if (balanced) {
        if (meanScore(s) >= thresholds.balancedHighMean - Slack)
            return {TriangleForm::BalancedHigh, std::nullopt};
        return {TriangleForm::BalancedLow, std::nullopt};
    }
    const double lead = top - middle;
    const double lag = middle - bottom;
    if (lead > thresholds.leadTie + Slack && lead >= lag - Slack)
        return {TriangleForm::AdvantageLed, order[0]};
    return {TriangleForm::Lagging, order[2]};
}

DimensionScores scoreChange(const DimensionScores &from, const DimensionScores &to)
{
    DimensionScores delta;
    for (Dimension d : AllDimensions)
        delta[d] = to[d] - from[d];
    return delta;
}

PerDimension<double> shares(const DimensionScores &s)
{
    const double sum = s[Dimension::Mission] + s[Dimension::Political] + s[Dimension::Operational];
    PerDimension<double> out;
    for (Dimension d : AllDimensions)
        out[d] = sum > 0.0 ? s[d] / sum : 1.0 / 3.0;
    return out;
}

TriangleMetrics analyse(const DimensionScores &s)
{
    TriangleMetrics m;
    m.area = triangleArea(s);
    m.balance = balanceIndex(s);
    m.areaRatio = areaRatio(s);
    m.mean = meanScore(s);
    m.leaders = leadingDimensions(s);
    m.form = classifyForm(s);
    m.shares = shares(s);
    return m;
}

} // namespace triangle
