#include "AlphaBootstrap.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

namespace triangle {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(triangle::AlphaBootstrap)
};

// What a unit adds to alpha's sums with the interval metric: its count of
// values, their sum and sum of squares, and its share of Σ o_ck δ²_ck. With
// these a resample's alpha costs one pass over its units, not over its values.
struct UnitSums
{
    double count = 0.0;
    double sum = 0.0;
    double squares = 0.0;
    double observed = 0.0;
};

// Σ_i Σ_j (x_i − x_j)² over m values = 2m·Σx² − 2(Σx)².
double pairSquares(double count, double sum, double squares) { return 2.0 * count * squares - 2.0 * sum * sum; }

// An index below `bound`, unbiased, from the generator's raw output: the
// standard distributions may differ between libraries, and the interval must not.
std::size_t drawIndex(std::mt19937_64 &generator, std::size_t bound)
{
    const std::uint64_t limit = std::mt19937_64::max() - std::mt19937_64::max() % bound;
    std::uint64_t x = generator();
    while (x >= limit)
        x = generator();
    return std::size_t(x % bound);
}

// The p-quantile of sorted values, interpolating between neighbours.
double quantile(const std::vector<double> &sorted, double p)
{
    const double at = p * double(sorted.size() - 1);
    const auto below = std::size_t(std::floor(at));
    const std::size_t above = std::min(below + 1, sorted.size() - 1);
    return sorted[below] + (at - double(below)) * (sorted[above] - sorted[below]);
}
} // namespace

AlphaInterval bootstrapAlphaInterval(const QList<ReliabilityUnit> &units, int resamples, quint64 seed)
{
    AlphaInterval out;
    out.resamples = resamples;
    out.seed = seed;
    const AlphaResult whole = krippendorffAlpha(units, AlphaMetric::Interval);
    if (!whole.alpha) {
        out.reason = whole.reason;
        return out;
    }
    if (whole.pairableUnits < 2) {
        out.reason = Tr::tr("An interval needs at least two items scored by more than one rater; resampling one item "
                            "gives it back every time.");
        return out;
    }

    // The pairable units in an order of their own, each unit's values sorted
    // and the units sorted by them: the draws then pick the same units however
    // the units and raters were listed (by database ids, by a file's order), so
    // the interval is the same wherever the same scores are read.
    std::vector<std::vector<double>> canonical;
    for (const ReliabilityUnit &unit : units) {
        std::vector<double> values;
        for (const auto &v : unit) {
            if (v && std::isfinite(*v))
                values.push_back(*v);
        }
        if (values.size() < 2)
            continue;
        std::sort(values.begin(), values.end());
        canonical.push_back(std::move(values));
    }
    std::sort(canonical.begin(), canonical.end(), [](const std::vector<double> &a, const std::vector<double> &b) {
        return a.size() != b.size() ? a.size() < b.size() : a < b;
    });

    // Centred on the mean, which alpha does not depend on, so that the sums of
    // squares do not lose the differences to rounding.
    double total = 0.0, count = 0.0;
    for (const std::vector<double> &values : canonical) {
        for (double v : values)
            total += v;
        count += double(values.size());
    }
    const double mean = total / count;
    std::vector<UnitSums> pairable;
    for (const std::vector<double> &values : canonical) {
        UnitSums sums;
        for (double v : values) {
            const double x = v - mean;
            sums.count += 1.0;
            sums.sum += x;
            sums.squares += x * x;
        }
        sums.observed = pairSquares(sums.count, sums.sum, sums.squares) / (sums.count - 1.0);
        pairable.push_back(sums);
    }

    std::mt19937_64 generator(seed);
    std::vector<double> alphas;
    alphas.reserve(std::size_t(std::max(resamples, 0)));
    for (int r = 0; r < resamples; ++r) {
        UnitSums drawn;
        for (std::size_t i = 0; i < pairable.size(); ++i) {
            const UnitSums &u = pairable[drawIndex(generator, pairable.size())];
            drawn.count += u.count;
            drawn.sum += u.sum;
            drawn.squares += u.squares;
            drawn.observed += u.observed;
        }
        // D_o = Σ observed / n and D_e = Σ_i Σ_j (x_i − x_j)² / (n(n − 1)), as in krippendorffAlpha.
        const double n = drawn.count;
        const double spread = pairSquares(n, drawn.sum, drawn.squares);
        // Every drawn value alike (the difference is then rounding alone): alpha is not defined.
        if (spread <= 1e-9 * 2.0 * n * drawn.squares)
            continue;
        alphas.push_back(1.0 - (drawn.observed / n) / (spread / (n * (n - 1.0))));
    }
    out.usable = int(alphas.size());
    if (out.usable == 0 || double(resamples - out.usable) > AlphaBootstrapMaxUnusableShare * double(resamples)) {
        out.reason = Tr::tr("In %1 of %n resample(s) every score is the same, so the interval would be biased.", nullptr, resamples)
                         .arg(resamples - out.usable);
        return out;
    }
    std::sort(alphas.begin(), alphas.end());
    const double tail = (1.0 - AlphaIntervalLevel) / 2.0;
    out.low = quantile(alphas, tail);
    out.high = quantile(alphas, 1.0 - tail);
    return out;
}

} // namespace triangle
