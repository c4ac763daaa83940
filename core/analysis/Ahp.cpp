#include "Ahp.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace triangle {

namespace {
constexpr double ConvergenceTolerance = 1e-12;
constexpr int MaxIterations = 1000;
constexpr double ValidityTolerance = 1e-9;
constexpr double ScaleTolerance = 1e-6;

bool closeTo(double a, double b, double tolerance)
{
    return std::abs(a - b) <= tolerance * std::max(1.0, std::abs(b));
}

// Why the matrix cannot be used, or an empty string when it can.
QString invalidReason(const PairwiseMatrix &m)
{
    if (m.size < 1)
        return QCoreApplication::translate("triangle::Ahp", "The comparison matrix has no items.");
    if (m.values.size() != qsizetype(m.size) * m.size)
        return QCoreApplication::translate(
            "triangle::Ahp",
            "The comparison matrix is not square: it needs one judgment for every pair of items.");
    for (double v : m.values) {
        if (!std::isfinite(v) || v <= 0.0)
            return QCoreApplication::translate("triangle::Ahp", "Every judgment must be a positive number.");
    }
    for (int i = 0; i < m.size; ++i) {
        if (!closeTo(m.at(i, i), 1.0, ValidityTolerance))
            return QCoreApplication::translate("triangle::Ahp", "An item compared with itself must be 1.");
        for (int j = i + 1; j < m.size; ++j) {
            if (!closeTo(m.at(i, j) * m.at(j, i), 1.0, ValidityTolerance))
                return QCoreApplication::translate(
                    "triangle::Ahp",
                    "The comparison matrix is not reciprocal: each judgment's mirror must be its reciprocal.");
        }
    }
    return {};
}

struct Eigen
{
    QList<double> weights;
    double lambdaMax = 0.0;
    int iterations = 0;
};

// The principal right eigenvector by power iteration. A positive matrix has
// a simple dominant eigenvalue with a positive eigenvector (Perron), so the
// iteration converges from the uniform start.
Eigen principalEigen(const PairwiseMatrix &m)
{
    const int n = m.size;
    Eigen e;
    e.weights = QList<double>(n, 1.0 / n);
    QList<double> next(n);
    for (e.iterations = 1; e.iterations <= MaxIterations; ++e.iterations) {
        double sum = 0.0;
        for (int i = 0; i < n; ++i) {
            double row = 0.0;
            for (int j = 0; j < n; ++j)
                row += m.at(i, j) * e.weights[j];
            next[i] = row;
            sum += row;
        }
        double change = 0.0;
        for (int i = 0; i < n; ++i) {
            next[i] /= sum;
            change = std::max(change, std::abs(next[i] - e.weights[i]));
        }
        std::swap(e.weights, next);
        if (change < ConvergenceTolerance)
            break;
    }
    e.iterations = std::min(e.iterations, MaxIterations);

    double ratios = 0.0;
    for (int i = 0; i < n; ++i) {
        double row = 0.0;
        for (int j = 0; j < n; ++j)
            row += m.at(i, j) * e.weights[j];
        ratios += row / e.weights[i];
    }
    e.lambdaMax = ratios / n;
    return e;
}

double consistencyIndexOf(double lambdaMax, int n)
{
    // λmax ≥ n for a positive reciprocal matrix; rounding can put it a hair
    // below, which would read as "more than consistent".
    return n <= 2 ? 0.0 : std::max(0.0, (lambdaMax - n) / (n - 1));
}

// The comparison i < j furthest from what the weights imply, and the scale
// value that, put in its place, gives the lowest CR.
AhpRepair findRepair(const PairwiseMatrix &m, const QList<double> &w, double randomIndex)
{
    AhpRepair repair;
    repair.deviation = -1.0;
    for (int i = 0; i < m.size; ++i) {
        for (int j = i + 1; j < m.size; ++j) {
            const double epsilon = m.at(i, j) * w[j] / w[i];
            const double deviation = std::max(epsilon, 1.0 / epsilon);
            if (deviation > repair.deviation) {
                repair.row = i;
                repair.column = j;
                repair.currentValue = m.at(i, j);
                repair.deviation = deviation;
            }
        }
    }

    repair.ratioAfter = std::numeric_limits<double>::infinity();
    PairwiseMatrix trial = m;
    for (double value : saatyScale()) {
        trial.set(repair.row, repair.column, value);
        const double cr = consistencyIndexOf(principalEigen(trial).lambdaMax, m.size) / randomIndex;
        if (cr < repair.ratioAfter) {
            repair.ratioAfter = cr;
            repair.suggestedValue = value;
        }
    }
    return repair;
}
} // namespace

PairwiseMatrix PairwiseMatrix::identity(int n)
{
    PairwiseMatrix m;
    m.size = std::max(0, n);
    m.values = QList<double>(qsizetype(m.size) * m.size, 1.0);
    return m;
}

void PairwiseMatrix::set(int i, int j, double v)
{
    values[qsizetype(i) * size + j] = v;
    values[qsizetype(j) * size + i] = 1.0 / v;
}

double PairwiseMatrix::at(int i, int j) const
{
    return values[qsizetype(i) * size + j];
}

QList<double> saatyScale()
{
    QList<double> scale;
    for (int k = 9; k >= 2; --k)
        scale.append(1.0 / k);
    for (int k = 1; k <= 9; ++k)
        scale.append(double(k));
    return scale;
}

bool isOnSaatyScale(double v)
{
    const QList<double> scale = saatyScale();
    return std::any_of(scale.begin(), scale.end(), [v](double s) { return std::abs(v - s) <= ScaleTolerance; });
}

std::optional<double> saatyRandomIndex(int n)
{
    // Saaty's random index, from the average consistency index of 500
    // random reciprocal matrices per order (Saaty 1980, The Analytic
    // Hierarchy Process, McGraw-Hill; Saaty 1990, "How to make a decision:
    // the analytic hierarchy process", EJOR 48:9–26, which prints n = 1–10).
    // n = 1–8 checked against a reprint of the table in an IWA Publishing
    // journal article (iwaponline.com/view-large/3120630, "Random
    // consistency": 0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41). n = 11–15 (1.51, 1.48, 1.56, 1.57, 1.59) are the
    // extension of Saaty's table as reproduced across AHP implementations;
    // the dip at 12 is in that table, kept as published, not smoothed.
    static constexpr double table[] = {0.00, 0.00, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41,
                                       1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59};
    if (n < 1 || n > int(std::size(table)))
        return std::nullopt;
    return table[n - 1];
}

AhpResult ahpWeights(const PairwiseMatrix &m)
{
    AhpResult result;
    result.reason = invalidReason(m);
    if (!result.reason.isEmpty())
        return result;

    const int n = m.size;
    const Eigen e = principalEigen(m);
    result.weights = e.weights;
    result.lambdaMax = e.lambdaMax;
    result.iterations = e.iterations;
    result.consistencyIndex = consistencyIndexOf(e.lambdaMax, n);
    result.randomIndex = saatyRandomIndex(n);

    if (n <= 2) {
        // Two items cannot contradict each other: any reciprocal 2 × 2 is consistent.
        result.consistencyRatio = 0.0;
        result.consistent = true;
        return result;
    }
    if (!result.randomIndex)
        return result; // beyond the table: CR unknown, consistency not judged

    const double cr = result.consistencyIndex / *result.randomIndex;
    result.consistencyRatio = cr;
    result.consistent = cr <= AhpConsistencyLimit;
    if (!result.consistent)
        result.repair = findRepair(m, e.weights, *result.randomIndex);
    return result;
}

PairwiseMatrix aggregateJudgments(const QList<PairwiseMatrix> &experts)
{
    if (experts.isEmpty())
        return {};
    const int n = experts.first().size;
    for (const PairwiseMatrix &e : experts) {
        if (e.size != n || e.values.size() != qsizetype(n) * n)
            return {};
    }
    // The geometric mean by the mean of logarithms: one pass, no overflow
    // from multiplying many 9s.
    PairwiseMatrix group = PairwiseMatrix::identity(n);
    for (qsizetype k = 0; k < group.values.size(); ++k) {
        double logSum = 0.0;
        for (const PairwiseMatrix &e : experts)
            logSum += std::log(e.values[k]);
        group.values[k] = std::exp(logSum / double(experts.size()));
    }
    return group;
}

QList<double> aggregatePriorities(const QList<QList<double>> &expertWeights, PriorityMean mean)
{
    if (expertWeights.isEmpty())
        return {};
    const qsizetype n = expertWeights.first().size();
    QList<double> combined(n, 0.0);
    for (const QList<double> &w : expertWeights) {
        if (w.size() != n)
            return {};
        double sum = 0.0;
        for (double v : w) {
            if (!std::isfinite(v) || v < 0.0)
                return {};
            sum += v;
        }
        if (sum <= 0.0)
            return {};
        for (qsizetype i = 0; i < n; ++i) {
            const double normalised = w[i] / sum;
            combined[i] += mean == PriorityMean::Arithmetic ? normalised : std::log(normalised);
        }
    }
    double total = 0.0;
    for (double &v : combined) {
        v /= double(expertWeights.size());
        if (mean == PriorityMean::Geometric)
            v = std::exp(v); // log 0 = −∞ gives exp 0: a zero weight stays zero
        total += v;
    }
    if (!(total > 0.0))
        return {};
    for (double &v : combined)
        v /= total;
    return combined;
}

} // namespace triangle
