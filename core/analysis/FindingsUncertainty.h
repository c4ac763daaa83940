#pragma once

// How far each verdict holds when what the scores rest on is redrawn
// (docs/method.md, "Uncertainty in the verdicts"): the indicator weights,
// drawn around the chosen ones (Dirichlet, as the weight sensitivity draws
// them), and the raters, resampled with replacement where there are several.
// Each draw derives every stage's scores as the app does and tests the
// claims again; a verdict is shown with the share of draws that give it.

#include "analysis/Findings.h"
#include "model/Entities.h"
#include "model/Scorecard.h"

#include <QList>

#include <array>
#include <atomic>
#include <optional>

namespace triangle {

// One stage's scored assessment and what its scores are derived from.
struct StageScoring
{
    DimensionScores reported;
    PerDimension<ScoreOrigin> origin; // only Derived dimensions are redrawn
    QList<IndicatorValue> values;     // the region's values at this stage, by every rater
};

struct FindingsUncertaintyInput
{
    FindingsInput findings;      // as reported: the scores the app shows, the records, the stages' status
    QList<Indicator> indicators; // with the chosen weights
    RaterAggregate aggregate = RaterAggregate::Mean;
    std::optional<StageScoring> initial;
    std::optional<StageScoring> advantage;
    std::optional<StageScoring> target;
};

// The draws' default concentration κ, as the weight sensitivity's: the
// curve over κ (concentrationCurve) shows what a looser choice does.
inline constexpr double DefaultVerdictConcentration = 50.0;
// Enough draws for a share to be within ±3 points (95 %) of its limit.
inline constexpr int DefaultVerdictDraws = 1000;
// The concentrations of the curve: from weights nearly anywhere (κ = 1) to
// close to the chosen ones (κ = 200).
inline constexpr std::array<double, 8> CurveConcentrations{1, 2, 5, 10, 20, 50, 100, 200};

struct UncertaintySettings
{
    double concentration = DefaultVerdictConcentration;
    int draws = DefaultVerdictDraws;     // weight draws
    int resamples = DefaultVerdictDraws; // rater resamples
    quint64 seed = 1;
};

// How many draws gave each verdict.
struct VerdictShares
{
    int draws = 0;
    std::array<int, 5> counts{}; // by Verdict
    double share(Verdict v) const { return draws > 0 ? double(counts[std::size_t(v)]) / draws : 0.0; }
};

struct ClaimUncertainty
{
    Claim claim = Claim::ContinuousEvolution;
    Verdict reported = Verdict::NotEnoughData;
    // nullopt where nothing is redrawn: no score of the region is derived
    // from indicators (weights), or fewer than two raters scored it (raters).
    std::optional<VerdictShares> weights;
    std::optional<VerdictShares> raters;
    // For a claim reported "planned, not observed": the verdict the plan's
    // values give read as if observed, and how often the draws give it.
    std::optional<Verdict> planVerdict;
    std::optional<VerdictShares> planWeights;
    std::optional<VerdictShares> planRaters;
};

struct FindingsUncertainty
{
    QList<ClaimUncertainty> claims; // in AllClaims order
    UncertaintySettings settings;
    int raterCount = 0; // raters who scored the region at any stage

    const ClaimUncertainty &of(Claim claim) const { return claims[qsizetype(claim)]; }
};

// The same input and seed give the same result. A set `cancel` stops the
// draws between two of them (the result is then incomplete: discard it).
FindingsUncertainty findingsUncertainty(const FindingsUncertaintyInput &input, const UncertaintySettings &settings = {},
                                        const std::atomic_bool *cancel = nullptr);

// One point of the curve over κ: per claim, the share of weight draws whose
// verdict differs from the reported one (for a claim reported "planned, not
// observed", the verdict the plan's values give); and the share whose advantage-stage
// form differs from the reported form.
struct ConcentrationPoint
{
    double concentration = 0.0;
    std::array<double, AllClaims.size()> verdictChange{};
    double advantageFormChange = 0.0;
};

// nullopt where no score of the region is derived from indicators.
std::optional<QList<ConcentrationPoint>> concentrationCurve(const FindingsUncertaintyInput &input, int drawsPerPoint,
                                                            quint64 seed = 1);

// A share as a whole percentage, in the UI language: "87 %".
QString shareText(double share);

// "supported in 87 % of weight draws; in 64 % of rater resamples", or why
// nothing was redrawn: in the UI language, for beside a verdict.
QString uncertaintyText(const ClaimUncertainty &claim);
// The same, in a few words for a table cell: "87 % of draws".
QString uncertaintyShortText(const ClaimUncertainty &claim);

} // namespace triangle
