#include "DataWeights.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace triangle {

namespace {
// The used regions' scores by indicator: columns[j][i] = region i's score on
// indicator j.
struct Table
{
    QList<QList<double>> columns;
    int regionsUsed = 0;
    int regionsLeftOut = 0;
    QList<int> constant; // indicators with max == min
};

// Keeps the regions with every score present and finite. Sets `reason` and
// returns false when the input cannot be used at all.
bool readTable(const QList<RegionScores> &regions, const QList<bool> &higherIsBetter, Table &table,
               DataWeightsResult &result)
{
    const qsizetype n = higherIsBetter.size();
    if (n == 0) {
        result.reason = QCoreApplication::translate("triangle::DataWeights", "There are no indicators to weight.");
        return false;
    }
    table.columns = QList<QList<double>>(n);
    for (const RegionScores &region : regions) {
        if (region.size() != n) {
            result.reason = QCoreApplication::translate(
                "triangle::DataWeights",
                "Every region needs one score per indicator.");
            return false;
        }
        bool complete = true;
        for (const std::optional<double> &score : region)
            complete = complete && score && std::isfinite(*score);
        if (!complete) {
            ++table.regionsLeftOut;
            continue;
        }
        for (qsizetype j = 0; j < n; ++j)
            table.columns[j].append(*region[j]);
        ++table.regionsUsed;
    }
    result.regionsUsed = table.regionsUsed;
    result.regionsLeftOut = table.regionsLeftOut;
    if (table.regionsUsed < 2) {
        result.reason = QCoreApplication::translate(
            "triangle::DataWeights",
            "Weights from the data need at least two regions with a score for every indicator.");
        return false;
    }
    for (qsizetype j = 0; j < n; ++j) {
        const auto [lo, hi] = std::minmax_element(table.columns[j].cbegin(), table.columns[j].cend());
        if (*lo == *hi)
            table.constant.append(int(j));
    }
    result.constantIndicators = table.constant;
    if (table.constant.size() == n) {
        result.reason = QCoreApplication::translate(
            "triangle::DataWeights",
            "Every region scores the same on every indicator: the data give no indicator more weight than another.");
        return false;
    }
    return true;
}

// (x − min) / (max − min), or (max − x) / (max − min) when lower is better.
// Only for a column that is not constant.
QList<double> minMax(const QList<double> &column, bool higherIsBetter)
{
    const auto [lo, hi] = std::minmax_element(column.cbegin(), column.cend());
    const double min = *lo, max = *hi, range = max - min;
    QList<double> out;
    out.reserve(column.size());
    for (double x : column)
        out.append(higherIsBetter ? (x - min) / range : (max - x) / range);
    return out;
}

double mean(const QList<double> &v)
{
    double sum = 0.0;
    for (double x : v)
        sum += x;
    return sum / double(v.size());
}

double sampleStandardDeviation(const QList<double> &v)
{
    const double mu = mean(v);
    double squares = 0.0;
    for (double x : v)
        squares += (x - mu) * (x - mu);
    return std::sqrt(squares / double(v.size() - 1));
}

double pearson(const QList<double> &a, const QList<double> &b)
{
    const double ma = mean(a), mb = mean(b);
    double ab = 0.0, aa = 0.0, bb = 0.0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        ab += (a[i] - ma) * (b[i] - mb);
        aa += (a[i] - ma) * (a[i] - ma);
        bb += (b[i] - mb) * (b[i] - mb);
    }
    return ab / std::sqrt(aa * bb);
}

// w = information / Σ information, or a reason when the sum is 0.
void normaliseInto(DataWeightsResult &result, const QList<double> &information, const QString &zeroReason)
{
    double total = 0.0;
    for (double v : information)
        total += v;
    if (!(total > 0.0)) {
        result.reason = zeroReason;
        return;
    }
    result.information = information;
    for (double v : information)
        result.weights.append(v / total);
}
} // namespace

DataWeightsResult entropyWeights(const QList<RegionScores> &regions, const QList<bool> &higherIsBetter,
                                 EntropyNormalisation normalisation)
{
    DataWeightsResult result;
    Table table;
    if (!readTable(regions, higherIsBetter, table, result))
        return result;

    const qsizetype n = higherIsBetter.size();
    if (normalisation == EntropyNormalisation::Proportion) {
        for (const QList<double> &column : table.columns) {
            for (double x : column) {
                if (x < 0.0) {
                    result.reason = QCoreApplication::translate(
                        "triangle::DataWeights",
                        "Shares of the column total need scores of 0 or more.");
                    return result;
                }
            }
        }
    }

    const double k = 1.0 / std::log(double(table.regionsUsed));
    QList<double> divergence(n, 0.0);
    for (qsizetype j = 0; j < n; ++j) {
        if (table.constant.contains(int(j)))
            continue; // e = 1 under either normalisation: no information
        const QList<double> x = normalisation == EntropyNormalisation::MinMax
                                    ? minMax(table.columns[j], higherIsBetter[j])
                                    : table.columns[j];
        double sum = 0.0;
        for (double v : x)
            sum += v;
        double entropy = 0.0;
        for (double v : x) {
            const double p = v / sum;
            if (p > 0.0) // 0 · ln 0 = 0
                entropy -= p * std::log(p);
        }
        divergence[j] = 1.0 - k * entropy;
    }
    normaliseInto(result, divergence,
                  QCoreApplication::translate("triangle::DataWeights",
                                              "The scores are spread evenly on every indicator: entropy gives no "
                                              "indicator more weight than another."));
    return result;
}

DataWeightsResult criticWeights(const QList<RegionScores> &regions, const QList<bool> &higherIsBetter)
{
    DataWeightsResult result;
    Table table;
    if (!readTable(regions, higherIsBetter, table, result))
        return result;

    const qsizetype n = higherIsBetter.size();
    QList<QList<double>> normalised(n);
    QList<double> sigma(n, 0.0);
    for (qsizetype j = 0; j < n; ++j) {
        if (table.constant.contains(int(j)))
            continue;
        normalised[j] = minMax(table.columns[j], higherIsBetter[j]);
        sigma[j] = sampleStandardDeviation(normalised[j]);
    }

    QList<double> information(n, 0.0);
    for (qsizetype j = 0; j < n; ++j) {
        if (table.constant.contains(int(j)))
            continue;
        double conflict = 0.0;
        for (qsizetype k = 0; k < n; ++k) {
            if (k != j && !table.constant.contains(int(k)))
                conflict += 1.0 - pearson(normalised[j], normalised[k]);
        }
        information[j] = sigma[j] * conflict;
    }
    normaliseInto(result, information,
                  QCoreApplication::translate("triangle::DataWeights",
                                              "Every indicator moves exactly with the others: CRITIC finds no "
                                              "conflict to weight them by."));
    return result;
}

QString combineRuleLabel(CombineRule rule)
{
    switch (rule) {
    case CombineRule::Multiplicative:
        return QCoreApplication::translate(
            "triangle::DataWeights",
            "Multiplicative: expert weight × data weight, rescaled to sum 1");
    case CombineRule::Linear:
        return QCoreApplication::translate(
            "triangle::DataWeights",
            "Linear: α × expert weight + (1 − α) × data weight");
    }
    return {};
}

QList<double> combinedWeights(const QList<double> &subjective, const QList<double> &objective, CombineRule rule,
                              double alpha)
{
    if (subjective.size() != objective.size() || subjective.isEmpty())
        return {};
    if (rule == CombineRule::Linear && !(alpha >= 0.0 && alpha <= 1.0))
        return {};
    double sumA = 0.0, sumB = 0.0;
    for (qsizetype j = 0; j < subjective.size(); ++j) {
        const double a = subjective[j], b = objective[j];
        if (!std::isfinite(a) || !std::isfinite(b) || a < 0.0 || b < 0.0)
            return {};
        sumA += a;
        sumB += b;
    }
    if (!(sumA > 0.0) || !(sumB > 0.0))
        return {};

    QList<double> combined;
    combined.reserve(subjective.size());
    double total = 0.0;
    for (qsizetype j = 0; j < subjective.size(); ++j) {
        const double a = subjective[j] / sumA, b = objective[j] / sumB;
        const double w = rule == CombineRule::Multiplicative ? a * b : alpha * a + (1.0 - alpha) * b;
        combined.append(w);
        total += w;
    }
    if (!(total > 0.0))
        return {}; // multiplicative: no indicator weighted by both
    for (double &w : combined)
        w /= total;
    return combined;
}

} // namespace triangle
