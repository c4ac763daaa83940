#pragma once

// How far each verdict rests on the form classifier's four constants
// (docs/method.md, "The thresholds' own sensitivity"). The constants were
// set between the shipped values, so a reviewer asks what other values
// give: each is swept over a range around its value, the other three held,
// and the claims are tested again at every step.

#include "analysis/Findings.h"
#include "analysis/TriangleMetrics.h"

#include <QList>
#include <QString>

#include <array>
#include <cstdint>
#include <optional>

namespace triangle {

enum class FormThreshold : std::uint8_t {
    LeadTie,          // LeadTieTolerance
    BalancedMinRatio, // BalancedMinRatio
    AdvantageMargin,  // AdvantageMargin
    BalancedHighMean, // BalancedHighMean
};
inline constexpr std::array<FormThreshold, 4> AllFormThresholds{FormThreshold::LeadTie, FormThreshold::BalancedMinRatio,
                                                                FormThreshold::AdvantageMargin, FormThreshold::BalancedHighMean};

// The values tried: first + i·step for i in 0..steps, on the grid the
// constant lives on (tenths of a point, hundredths of a ratio), so the
// reported value is one of them exactly.
struct ThresholdSweep
{
    double first = 0.0;
    double step = 0.1;
    int steps = 0;
    int decimals = 1;

    double valueAt(int i) const;
};

ThresholdSweep sweepOf(FormThreshold threshold);
double thresholdValue(const FormThresholds &thresholds, FormThreshold threshold);
void setThresholdValue(FormThresholds &thresholds, FormThreshold threshold, double value);
QString thresholdKey(FormThreshold threshold);  // "lead-tie-tolerance", … as in files
QString thresholdName(FormThreshold threshold); // in the UI language

// A claim's outcome at one set of thresholds: its verdict and, for a claim
// on a planned target stage, what the plan's values would give.
struct ClaimOutcome
{
    Verdict verdict = Verdict::NotEnoughData;
    std::optional<Verdict> planReading;

    friend bool operator==(const ClaimOutcome &, const ClaimOutcome &) = default;
};

struct OutcomeAt
{
    double value = 0.0;
    ClaimOutcome outcome;
};

// One claim under one constant swept.
struct ThresholdReading
{
    FormThreshold threshold = FormThreshold::LeadTie;
    double value = 0.0; // the one reported with
    ThresholdSweep sweep;
    // The run of values around the reported one that give the reported outcome.
    double holdsFrom = 0.0;
    double holdsTo = 0.0;
    // The nearest values tried outside that run, with what they give.
    std::optional<OutcomeAt> below;
    std::optional<OutcomeAt> above;

    bool holdsOverSweep() const { return !below && !above; }
};

struct ClaimThresholdSensitivity
{
    Claim claim = Claim::ContinuousEvolution;
    ClaimOutcome reported;
    QList<ThresholdReading> readings; // in AllFormThresholds order
};

struct ThresholdSensitivity
{
    QList<ClaimThresholdSensitivity> claims; // in AllClaims order
    const ClaimThresholdSensitivity &of(Claim claim) const { return claims[qsizetype(claim)]; }
};

// The input's own thresholds are the reported ones; the verdicts alone are
// read (verdictsFor): no permutation p, which decides no verdict.
ThresholdSensitivity thresholdSensitivity(const FindingsInput &input);

// "planned (would be supported)", or the verdict's name.
QString outcomeText(const ClaimOutcome &outcome);
// "holds over all values tried (0.50–0.95)", or "holds for 0.74–0.86; not
// supported at 0.73 and at 0.87": in the UI language.
QString thresholdReadingText(const ThresholdReading &reading);

} // namespace triangle
