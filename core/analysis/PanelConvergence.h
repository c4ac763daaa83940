#pragma once

// Whether an expert panel is converging over Delphi rounds: per item (a
// region × indicator the experts score 0–10) the spread of the answers, the
// quartiles a round-2 packet shows each expert, and per dimension Kendall's
// coefficient of concordance W over all the items; then the stop rule that
// says whether another round is needed.
//
// The standard deviation is the sample one (n − 1). The panel is a sample of
// the experts who could have been asked, and the Delphi literature's
// coefficient of variation, CV = s / mean (one of the consensus measures
// reviewed by von der Gracht 2012, "Consensus measurement in Delphi studies",
// Technological Forecasting & Social Change 79: 1525–1536), describes the
// spread of a panel's answers as an estimate for that wider group; the
// population SD (n) would make a small panel look more agreed than it is,
// by a factor √((n − 1)/n): 0.89 for five experts.

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace triangle {

// The answers to one item in one round.
struct ItemSpread
{
    int answers = 0; // finite scores counted; every field below is 0 when none
    double mean = 0.0;
    double median = 0.0;
    double lowerQuartile = 0.0; // Q1, as Excel's QUARTILE.INC (R's type 7)
    double upperQuartile = 0.0; // Q3, likewise
    std::optional<double> standardDeviation;      // sample (n − 1); nullopt below 2 answers
    std::optional<double> coefficientOfVariation; // SD / mean; nullopt below 2 answers or when the mean is 0
};

// Quartiles interpolate linearly between the sorted scores at position
// (n − 1) p, p = 1/4, 1/2, 3/4 (Hyndman & Fan 1996, definition 7). Scores
// that are not finite numbers are ignored.
ItemSpread itemSpread(const QList<double> &scores);

// True when `score` lies below Q1 or above Q3 of the round's answers: the
// expert is then asked for a reason in the next round. False when the spread
// has no answers.
bool outsideQuartiles(double score, const ItemSpread &spread);

// Kendall's W for one dimension: how far the raters rank the items alike.
struct ConcordanceResult
{
    // nullopt when W cannot be computed; `reason` then says why.
    std::optional<double> w;
    QString reason;               // empty when w is set; translated
    double s = 0.0;               // S = Σ_i (R_i − mean R)², R_i the rank sums
    int raters = 0;               // m
    int items = 0;                // n, the items every rater scored
    double tieCorrection = 0.0;   // Σ_j T_j, T_j = Σ (t³ − t) over rater j's ties
    std::optional<double> chiSquare; // m (n − 1) W
    int degreesOfFreedom = 0;        // n − 1
    std::optional<double> pValue;    // upper tail of chi-square with n − 1 df
    int itemsDropped = 0;            // items some rater left empty
};

// One list of scores per rater (rater-major), one entry per item, the same
// item order for every rater; a shorter list leaves the items after it empty.
using ScoresByRater = QList<QList<std::optional<double>>>;

// W = 12 S / (m² (n³ − n) − m Σ_j T_j), each rater's scores ranked with
// mid-ranks for ties (Kendall & Babington Smith 1939; the tie correction as
// in Siegel 1956, ch. 9, whose example the tests reproduce). An item any rater
// left empty, or scored with a value that is not a finite number, is dropped.
// The chi-square approximation of the p-value is the usual one for n > 7.
ConcordanceResult kendallW(const ScoresByRater &scores);

// When a Delphi study stops: every item's CV at most maxCoefficientOfVariation
// and, in every dimension, W significant (p below `significance`) and, when
// set, at least minimumW.
struct DelphiStopRule
{
    double maxCoefficientOfVariation = 0.25;
    double significance = 0.05;
    std::optional<double> minimumW;
};

// An item named for the sentences, e.g. "'mission-vision' for Zhejiang".
struct LabelledSpread
{
    QString label;
    ItemSpread spread;
};

// A dimension's W named for the sentences.
struct LabelledConcordance
{
    QString label;
    ConcordanceResult concordance;
};

struct DelphiStopVerdict
{
    bool met = false;
    QStringList unmet; // one translated sentence per unmet condition, naming the item or dimension and its value
};

// An item whose answers are all equal has no spread and meets the CV bound
// even when its mean is 0. With no items and no dimensions the rule is not
// met: there is nothing to judge convergence on.
DelphiStopVerdict delphiStopVerdict(const QList<LabelledSpread> &items,
                                    const QList<LabelledConcordance> &dimensions,
                                    const DelphiStopRule &rule = {});

} // namespace triangle
