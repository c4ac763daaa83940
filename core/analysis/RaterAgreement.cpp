#include "RaterAgreement.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <vector>

namespace triangle {

namespace {
// δ²(c, k): the metric's squared difference between two values.
double squaredDifference(double c, double k, AlphaMetric metric)
{
    if (metric == AlphaMetric::Nominal)
        return c == k ? 0.0 : 1.0;
    const double d = c - k;
    return d * d;
}

// The marginals n_c of the coincidence matrix: how often each distinct value
// occurs among the pairable values.
struct ValueCount
{
    double value = 0.0;
    double count = 0.0;
};
} // namespace

AlphaResult krippendorffAlpha(const QList<ReliabilityUnit> &units, AlphaMetric metric)
{
    AlphaResult result;

    // Σ_c Σ_k o_ck δ²_ck, accumulated unit by unit: every ordered pair of
    // values from different raters in a unit of m_u values adds 1/(m_u − 1)
    // to o_ck. Keeping only the sum spares a matrix of every distinct value.
    double observedSum = 0.0;
    std::vector<double> pairable;
    std::vector<double> values;
    for (const ReliabilityUnit &unit : units) {
        values.clear();
        for (const std::optional<double> &value : unit) {
            if (value && std::isfinite(*value))
                values.push_back(*value);
        }
        const auto m = values.size();
        if (m < 2)
            continue; // a lone value has nothing to agree with
        ++result.pairableUnits;
        double unitSum = 0.0;
        for (std::size_t i = 0; i < m; ++i) {
            for (std::size_t j = 0; j < m; ++j) {
                if (i != j)
                    unitSum += squaredDifference(values[i], values[j], metric);
            }
        }
        observedSum += unitSum / double(m - 1);
        pairable.insert(pairable.end(), values.begin(), values.end());
    }
    result.pairableValues = int(pairable.size());

    if (pairable.size() < 2) {
        result.reason = QCoreApplication::translate(
            "triangle::RaterAgreement",
            "Agreement needs at least two raters scoring the same item; no item has two scores.");
        return result;
    }

    // n_c: each unit's row of the coincidence matrix sums to its m_u values,
    // so the marginals are plain counts of the pairable values.
    std::sort(pairable.begin(), pairable.end());
    std::vector<ValueCount> marginals;
    for (double value : pairable) {
        if (marginals.empty() || marginals.back().value != value)
            marginals.push_back({value, 0.0});
        marginals.back().count += 1.0;
    }

    const double n = double(pairable.size());
    double expectedSum = 0.0; // Σ_c Σ_k n_c n_k δ²_ck
    for (const ValueCount &c : marginals) {
        for (const ValueCount &k : marginals)
            expectedSum += c.count * k.count * squaredDifference(c.value, k.value, metric);
    }
    result.observedDisagreement = observedSum / n;
    result.expectedDisagreement = expectedSum / (n * (n - 1.0));

    if (result.expectedDisagreement <= 0.0) {
        // Every value is the same: agreement is perfect but says nothing,
        // since no disagreement was possible by chance either.
        result.reason = QCoreApplication::translate(
            "triangle::RaterAgreement",
            "Every score is the same, so agreement cannot be told apart from chance.");
        return result;
    }
    result.alpha = 1.0 - result.observedDisagreement / result.expectedDisagreement;
    return result;
}

} // namespace triangle
