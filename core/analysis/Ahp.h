#pragma once

// Indicator weights from an expert's pairwise judgments: the analytic
// hierarchy process (Saaty 1980). The expert says, for each pair of
// indicators, how many times more important one is than the other (1–9 and
// their reciprocals); the weights are the principal eigenvector of that
// matrix, and the consistency ratio says whether the judgments hang together
// well enough to be used (CR ≤ 0.10). When they do not, the judgment that
// breaks them most is named with the value that would mend it, so that the
// expert can reconsider one comparison instead of starting over. A panel's
// judgments are combined either before (AIJ) or after (AIP) the weights are
// derived (Forman & Peniwati 1998).

#include <QList>
#include <QString>

#include <optional>

namespace triangle {

// A square matrix of judgments, row-major: values[i * size + j] = how many
// times more important item i is than item j. A valid one is positive and
// reciprocal (a_ji = 1 / a_ij) with 1 on the diagonal.
struct PairwiseMatrix
{
    int size = 0;
    QList<double> values;

    // n × n, all items judged equal.
    static PairwiseMatrix identity(int n);
    // Sets a_ij = v and a_ji = 1 / v.
    void set(int i, int j, double v);
    double at(int i, int j) const;
};

// Saaty's fundamental scale: 1/9, 1/8, …, 1/2, 1, 2, …, 9 (17 values, ascending).
QList<double> saatyScale();
// v is within 1e-6 of a value of the scale.
bool isOnSaatyScale(double v);

// Saaty's random index RI(n): the mean consistency index of random
// reciprocal matrices of order n. nullopt for n < 1 or n > 15 (no value in
// the table).
std::optional<double> saatyRandomIndex(int n);

// The comparison that most breaks consistency and the value that would mend it.
struct AhpRepair
{
    int row = 0;                 // i
    int column = 0;              // j, with i < j
    double currentValue = 0.0;   // a_ij as judged
    double deviation = 0.0;      // max(ε_ij, 1/ε_ij), ε_ij = a_ij · w_j / w_i; 1 = in line with the weights
    double suggestedValue = 0.0; // the Saaty-scale value for a_ij that gives the lowest CR
    double ratioAfter = 0.0;     // the CR with suggestedValue in place (and its reciprocal)
};

struct AhpResult
{
    // Empty when the matrix is invalid; `reason` then says why.
    QList<double> weights;    // principal right eigenvector, sums to 1
    QString reason;           // translated; empty when the weights are set
    double lambdaMax = 0.0;   // λmax = mean_i (A w)_i / w_i
    double consistencyIndex = 0.0; // CI = (λmax − n) / (n − 1); 0 for n ≤ 2
    std::optional<double> randomIndex;      // RI(n); nullopt beyond the table (n > 15)
    std::optional<double> consistencyRatio; // CR = CI / RI; 0 for n ≤ 2; nullopt when RI is unknown
    // CR ≤ 0.10. False when CR cannot be computed (n > 15): consistency
    // cannot then be judged by this rule.
    bool consistent = false;
    int iterations = 0; // power iterations used
    // Set when the judgments are not consistent and CR is known (n ≥ 3).
    std::optional<AhpRepair> repair;
};

// The consistency ratio below which judgments are accepted (Saaty 1980).
inline constexpr double AhpConsistencyLimit = 0.10;

// Weights by power iteration (start 1/n, A·w renormalised to sum 1, until the
// largest change is below 1e-12 or after 1000 iterations), with λmax, CI,
// RI, CR and, when inconsistent, the repair. An invalid matrix (n < 1, not
// n × n values, a value not finite and positive, diagonal not 1, or
// a_ij · a_ji not 1, each within 1e-9) gives no weights and a reason.
AhpResult ahpWeights(const PairwiseMatrix &m);

// Aggregation of individual judgments (AIJ): the element-wise geometric mean
// of the experts' matrices, the only mean that keeps the result reciprocal
// (Aczél & Saaty 1983; Forman & Peniwati 1998). For a group that judges as
// one unit. An empty list or matrices of different sizes give an empty
// matrix (size 0).
PairwiseMatrix aggregateJudgments(const QList<PairwiseMatrix> &experts);

// How aggregatePriorities() averages.
enum class PriorityMean {
    Arithmetic, // mean of the weights
    Geometric,  // geometric mean of the weights, then renormalised
};

// Aggregation of individual priorities (AIP): each expert's weights are
// normalised to sum 1, averaged item by item, and the result renormalised.
// For experts who act as separate individuals (Forman & Peniwati 1998).
// Forman & Peniwati relate "the use of arithmetic or geometric means in
// aggregation" to the choice between AIJ and AIP (their abstract; the full
// text could not be read while writing this); for AIP both means are in
// use. The reciprocity argument that forces the geometric mean on judgments
// does not arise for priority vectors, which are renormalised anyway. The
// arithmetic mean is the default: it is the plain reading of "the panel's
// average weight" and stays defined when an expert gives an item weight 0
// (the geometric mean then gives that item 0 whatever the others say). The
// geometric mean is offered because it is also in common use. Experts with
// different numbers of weights, a negative or non-finite weight, or no
// positive weight give an empty result.
QList<double> aggregatePriorities(const QList<QList<double>> &expertWeights,
                                  PriorityMean mean = PriorityMean::Arithmetic);

} // namespace triangle
