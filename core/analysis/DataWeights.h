#pragma once

// Indicator weights from the data themselves ("objective" weights): an
// indicator on which the regions differ much says more about them than one
// on which they all score alike. Two established methods: the entropy weight
// method and CRITIC (Diakoulaki, Mavrotas & Papayannakis 1995), which also
// discounts an indicator that merely repeats another. Either can be combined
// with the experts' (subjective) weights.

#include <QList>
#include <QString>

#include <optional>

namespace triangle {

// One region's scores, one per indicator in a fixed order; nullopt where the
// score is missing.
using RegionScores = QList<std::optional<double>>;

struct DataWeightsResult
{
    // One weight per indicator, summing to 1; empty when they cannot be
    // computed, and `reason` then says why.
    QList<double> weights;
    QString reason;          // translated; empty when the weights are set
    int regionsUsed = 0;     // regions with a score for every indicator
    int regionsLeftOut = 0;  // regions missing a score (or with a score that is not a finite number)
    // Indicators on which every used region scores the same: they cannot
    // tell the regions apart, get weight 0 and change no other weight.
    QList<int> constantIndicators;
    // Per indicator, what the weight is proportional to: the divergence
    // d_j = 1 − e_j (entropy) or the information C_j (CRITIC); 0 for a
    // constant indicator. Empty when no weights.
    QList<double> information;
};

// How the entropy method turns scores into shares p_ij.
enum class EntropyNormalisation {
    // x'_ij = (x_ij − min_j) / (max_j − min_j), reversed (max_j − x_ij) for a
    // lower-is-better indicator; p_ij = x'_ij / Σ_i x'_ij. The default.
    MinMax,
    // p_ij = x_ij / Σ_i x_ij on the raw scores (Hwang & Yoon 1981; Xu 2004),
    // which need to be ≥ 0. The direction is not used: entropy measures only
    // how evenly the scores are spread. For comparison with publications
    // that normalise so.
    Proportion,
};

// The entropy weight method: e_j = −(1 / ln m) Σ_i p_ij ln p_ij with
// 0 · ln 0 = 0, d_j = 1 − e_j, w_j = d_j / Σ_k d_k, over the m regions with
// a score for every indicator.
//
// Why min–max by default: the scores are on a fixed 0–10 scale, and the
// proportion x / Σx measures spread relative to the scale's zero, so an
// indicator on which regions range from 6 to 8 (a wide difference between
// them) looks almost uniform (e close to 1) and gets little weight. Min–max
// measures spread within the observed range and carries the indicator's
// direction, which the panel's data always have. It is the same [0, 1]
// rescaling by the worst and best region that CRITIC uses (Diakoulaki et al.
// 1995, below), so the two methods read the same normalised table.
// Roszkowska & Wachowicz (2024, "Impact of normalization on entropy-based
// weights in Hellwig's method", Entropy 26(5):365) describe the two
// traditions (normalise first, or take x / Σx directly) and find that
// max–min normalisation changes the weights where sum and vector
// normalisation do not: the choice matters, hence the option. Min–max's
// cost: the worst region's share is 0 on every indicator, and with two
// regions every non-constant indicator has e = 0 and the same weight. Some
// authors shift x' by a small constant (0.0001, 0.002) to avoid the zero;
// that makes the weights depend on an arbitrary constant, so it is not
// offered.
//
// Needs m ≥ 2 used regions, the same number of scores in every region as
// there are directions, and at least one indicator that is not constant.
DataWeightsResult entropyWeights(const QList<RegionScores> &regions, const QList<bool> &higherIsBetter,
                                 EntropyNormalisation normalisation = EntropyNormalisation::MinMax);

// CRITIC (Diakoulaki, Mavrotas & Papayannakis 1995, "Determining objective
// weights in multiple criteria problems: the CRITIC method", Computers &
// Operations Research 22(7):763–770): scores min–max normalised by
// direction as above; σ_j their standard deviation; r_jk Pearson's
// correlation between indicators j and k; C_j = σ_j Σ_k (1 − r_jk);
// w_j = C_j / Σ_k C_k.
//
// σ is the sample standard deviation (m − 1); the population one would give
// the same weights, since the factor √((m − 1) / m) is common to every C_j
// and cancels in w.
//
// A constant indicator has σ = 0, so C = 0 and weight 0, and its correlation
// with the others is undefined. It is left out of the others' sums rather
// than counted as r = 0: r = 0 would add 1 to every other indicator's
// conflict sum, rewarding the others for "disagreeing" with an indicator
// that says nothing. Left out, the other weights are exactly those of the
// set without it.
//
// Needs the same as entropyWeights(), and ΣC > 0 (it is 0 when every
// non-constant indicator is perfectly correlated with all the others).
DataWeightsResult criticWeights(const QList<RegionScores> &regions, const QList<bool> &higherIsBetter);

// How expert (subjective) and data (objective) weights are combined.
enum class CombineRule {
    Multiplicative, // w_j = a_j b_j / Σ_k a_k b_k
    Linear,         // w_j = α a_j + (1 − α) b_j, after normalising a and b to sum 1
};

// The rule's name for the user, translated.
QString combineRuleLabel(CombineRule rule);

// Combines the two weight vectors (each need not sum to 1; ≥ 0). Empty when
// the sizes differ, a weight is negative or not finite, either vector sums
// to 0, α is outside [0, 1], or (multiplicative) no indicator has weight in
// both.
QList<double> combinedWeights(const QList<double> &subjective, const QList<double> &objective, CombineRule rule,
                              double alpha = 0.5);

} // namespace triangle
