#include "PanelConvergence.h"

#include "ChiSquare.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

namespace triangle {

namespace {
struct PanelText
{
    Q_DECLARE_TR_FUNCTIONS(triangle::PanelConvergence)
};

// Hyndman & Fan's definition 7 on sorted values: the value at position
// h = (n − 1) p, interpolated linearly between its neighbours.
double quantileType7(const std::vector<double> &sorted, double p)
{
    const double h = double(sorted.size() - 1) * p;
    const auto below = std::size_t(std::floor(h));
    if (below + 1 >= sorted.size())
        return sorted.back();
    return sorted[below] + (h - double(below)) * (sorted[below + 1] - sorted[below]);
}

// Mid-ranks (1-based) of one rater's scores, and Σ (t³ − t) over its groups
// of t tied scores.
struct Ranking
{
    std::vector<double> ranks;
    double ties = 0.0;
};

Ranking rank(const std::vector<double> &scores)
{
    const std::size_t n = scores.size();
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return scores[a] < scores[b]; });

    Ranking result;
    result.ranks.resize(n);
    for (std::size_t first = 0; first < n;) {
        std::size_t last = first + 1;
        while (last < n && scores[order[last]] == scores[order[first]])
            ++last;
        // Places first+1 … last share their mean rank.
        const double midRank = (double(first + 1) + double(last)) / 2.0;
        for (std::size_t k = first; k < last; ++k)
            result.ranks[order[k]] = midRank;
        const double t = double(last - first);
        result.ties += t * t * t - t;
        first = last;
    }
    return result;
}

QString number(double value)
{
    return QString::number(value, 'f', 2);
}

// A value compared with a limit, with enough decimals (2 to 4) that the
// sentence never reads "0.25, above 0.25".
QString numberBeside(double value, double limit)
{
    int decimals = 2;
    while (decimals < 4 && QString::number(value, 'f', decimals).toDouble() == limit)
        ++decimals;
    return QString::number(value, 'f', decimals);
}

// The threshold as the analyst typed it: 0.25, not 0.250000.
QString threshold(double value)
{
    return QString::number(value, 'g', 6);
}
} // namespace

ItemSpread itemSpread(const QList<double> &scores)
{
    std::vector<double> sorted;
    sorted.reserve(std::size_t(scores.size()));
    for (double score : scores) {
        if (std::isfinite(score))
            sorted.push_back(score);
    }
    ItemSpread spread;
    spread.answers = int(sorted.size());
    if (sorted.empty())
        return spread;

    std::sort(sorted.begin(), sorted.end());
    const double n = double(sorted.size());
    spread.mean = std::accumulate(sorted.begin(), sorted.end(), 0.0) / n;
    spread.median = quantileType7(sorted, 0.5);
    spread.lowerQuartile = quantileType7(sorted, 0.25);
    spread.upperQuartile = quantileType7(sorted, 0.75);

    if (sorted.size() < 2)
        return spread;
    double squares = 0.0;
    for (double score : sorted)
        squares += (score - spread.mean) * (score - spread.mean);
    spread.standardDeviation = std::sqrt(squares / (n - 1.0));
    if (spread.mean != 0.0)
        spread.coefficientOfVariation = *spread.standardDeviation / spread.mean;
    return spread;
}

bool outsideQuartiles(double score, const ItemSpread &spread)
{
    if (spread.answers == 0)
        return false;
    return score < spread.lowerQuartile || score > spread.upperQuartile;
}

ConcordanceResult kendallW(const ScoresByRater &scores)
{
    ConcordanceResult result;
    result.raters = int(scores.size());

    qsizetype itemCount = 0;
    for (const auto &row : scores)
        itemCount = std::max(itemCount, row.size());

    // The items every rater scored with a finite number.
    std::vector<qsizetype> kept;
    for (qsizetype item = 0; item < itemCount; ++item) {
        const bool complete = std::all_of(scores.begin(), scores.end(), [item](const auto &row) {
            return item < row.size() && row[item] && std::isfinite(*row[item]);
        });
        if (complete)
            kept.push_back(item);
    }
    result.items = int(kept.size());
    result.itemsDropped = int(itemCount) - result.items;

    if (result.raters < 2) {
        result.reason = PanelText::tr("Concordance needs at least two raters; this panel has %1.").arg(result.raters);
        return result;
    }
    if (result.items < 2) {
        result.reason = PanelText::tr("Concordance needs at least two items that every rater scored; "
                                      "there are %1 (items left empty by some rater: %2).")
                            .arg(result.items)
                            .arg(result.itemsDropped);
        return result;
    }

    const double m = result.raters;
    const double n = result.items;
    std::vector<double> rankSums(kept.size(), 0.0);
    std::vector<double> row(kept.size());
    for (const auto &raterScores : scores) {
        for (std::size_t k = 0; k < kept.size(); ++k)
            row[k] = *raterScores[kept[k]];
        const Ranking ranking = rank(row);
        for (std::size_t k = 0; k < kept.size(); ++k)
            rankSums[k] += ranking.ranks[k];
        result.tieCorrection += ranking.ties;
    }

    // Every rater's ranks sum to n (n + 1) / 2, so the mean rank sum is known.
    const double meanRankSum = m * (n + 1.0) / 2.0;
    for (double r : rankSums)
        result.s += (r - meanRankSum) * (r - meanRankSum);

    const double denominator = m * m * (n * n * n - n) - m * result.tieCorrection;
    // Zero only when every rater tied all items: then nothing is ranked.
    if (denominator <= 0.0) {
        result.reason = PanelText::tr("Concordance is undefined: every rater gave all items the same score.");
        return result;
    }
    result.w = 12.0 * result.s / denominator;
    result.degreesOfFreedom = result.items - 1;
    result.chiSquare = m * (n - 1.0) * *result.w;
    result.pValue = chiSquareUpperTail(*result.chiSquare, result.degreesOfFreedom);
    return result;
}

DelphiStopVerdict delphiStopVerdict(const QList<LabelledSpread> &items,
                                    const QList<LabelledConcordance> &dimensions,
                                    const DelphiStopRule &rule)
{
    DelphiStopVerdict verdict;
    if (items.isEmpty() && dimensions.isEmpty()) {
        verdict.unmet << PanelText::tr("There are no items and no dimensions to judge convergence on.");
        return verdict;
    }

    for (const LabelledSpread &item : items) {
        const ItemSpread &spread = item.spread;
        if (spread.standardDeviation && *spread.standardDeviation == 0.0)
            continue; // all answers equal: no spread, whatever the mean
        if (!spread.standardDeviation) {
            verdict.unmet << PanelText::tr("CV of %1 needs at least two answers; it has %2.")
                                 .arg(item.label, QString::number(spread.answers));
        } else if (!spread.coefficientOfVariation) {
            verdict.unmet << PanelText::tr("CV of %1 cannot be computed: its mean is 0 and its SD is %2.")
                                 .arg(item.label, number(*spread.standardDeviation));
        } else if (*spread.coefficientOfVariation > rule.maxCoefficientOfVariation) {
            verdict.unmet << PanelText::tr("CV of %1 is %2, above %3.")
                                 .arg(item.label,
                                      numberBeside(*spread.coefficientOfVariation, rule.maxCoefficientOfVariation),
                                      threshold(rule.maxCoefficientOfVariation));
        }
    }

    for (const LabelledConcordance &dimension : dimensions) {
        const ConcordanceResult &c = dimension.concordance;
        if (!c.w || !c.pValue) {
            verdict.unmet << PanelText::tr("Kendall's W of %1 cannot be computed: %2").arg(dimension.label, c.reason);
            continue;
        }
        if (!(*c.pValue < rule.significance)) {
            verdict.unmet << PanelText::tr("Kendall's W of %1 is %2 with p = %3, not below %4.")
                                 .arg(dimension.label, number(*c.w), numberBeside(*c.pValue, rule.significance),
                                      threshold(rule.significance));
        }
        if (rule.minimumW && *c.w < *rule.minimumW) {
            verdict.unmet << PanelText::tr("Kendall's W of %1 is %2, below %3.")
                                 .arg(dimension.label, numberBeside(*c.w, *rule.minimumW), threshold(*rule.minimumW));
        }
    }

    verdict.met = verdict.unmet.isEmpty();
    return verdict;
}

} // namespace triangle
