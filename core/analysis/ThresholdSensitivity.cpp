#include "ThresholdSensitivity.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace triangle {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ThresholdSensitivity)
};

ClaimOutcome outcomeOf(const ClaimVerdicts &v, Claim claim)
{
    return {v.of(claim), v.planReadingOf(claim)};
}

QString valueText(const ThresholdSweep &sweep, double value)
{
    return QString::number(value, 'f', sweep.decimals);
}

// The reported value's index on the sweep: it lies on the grid by construction.
int indexOf(const ThresholdSweep &sweep, double value)
{
    return int(std::lround((value - sweep.first) / sweep.step));
}
} // namespace

double ThresholdSweep::valueAt(int i) const
{
    // Whole steps on the grid, rounded there: 0.5 + 0.01·30 is 0.8, not 0.8000000000000003.
    const double scale = std::pow(10.0, decimals);
    return std::round((first + step * i) * scale) / scale;
}

ThresholdSweep sweepOf(FormThreshold threshold)
{
    // Wide enough to reach every value a reader might defend, on the grid the
    // scores give the constant (tenths of a point, hundredths of a ratio).
    switch (threshold) {
    case FormThreshold::LeadTie: return {0.0, 0.1, 20, 1};           // 0.0–2.0 points
    case FormThreshold::BalancedMinRatio: return {0.50, 0.01, 45, 2}; // 0.50–0.95
    case FormThreshold::AdvantageMargin: return {0.0, 0.1, 30, 1};   // 0.0–3.0 points
    case FormThreshold::BalancedHighMean: return {4.0, 0.1, 40, 1};  // 4.0–8.0
    }
    return {};
}

double thresholdValue(const FormThresholds &thresholds, FormThreshold threshold)
{
    switch (threshold) {
    case FormThreshold::LeadTie: return thresholds.leadTie;
    case FormThreshold::BalancedMinRatio: return thresholds.balancedMinRatio;
    case FormThreshold::AdvantageMargin: return thresholds.advantageMargin;
    case FormThreshold::BalancedHighMean: return thresholds.balancedHighMean;
    }
    return 0.0;
}

void setThresholdValue(FormThresholds &thresholds, FormThreshold threshold, double value)
{
    switch (threshold) {
    case FormThreshold::LeadTie: thresholds.leadTie = value; break;
    case FormThreshold::BalancedMinRatio: thresholds.balancedMinRatio = value; break;
    case FormThreshold::AdvantageMargin: thresholds.advantageMargin = value; break;
    case FormThreshold::BalancedHighMean: thresholds.balancedHighMean = value; break;
    }
}

QString thresholdKey(FormThreshold threshold)
{
    switch (threshold) {
    case FormThreshold::LeadTie: return QStringLiteral("lead-tie-tolerance");
    case FormThreshold::BalancedMinRatio: return QStringLiteral("balanced-min-ratio");
    case FormThreshold::AdvantageMargin: return QStringLiteral("advantage-margin");
    case FormThreshold::BalancedHighMean: return QStringLiteral("balanced-high-mean");
    }
    return {};
}

QString thresholdName(FormThreshold threshold)
{
    switch (threshold) {
    case FormThreshold::LeadTie: return Tr::tr("shared lead within (points)");
    case FormThreshold::BalancedMinRatio: return Tr::tr("balanced from a lowest / highest of");
    case FormThreshold::AdvantageMargin: return Tr::tr("balanced within a spread of (points)");
    case FormThreshold::BalancedHighMean: return Tr::tr("“balanced high” from a mean of");
    }
    return {};
}

ThresholdSensitivity thresholdSensitivity(const FindingsInput &input)
{
    FindingsInput probe = input;
    const ClaimVerdicts reported = verdictsFor(probe);

    ThresholdSensitivity out;
    for (Claim c : AllClaims)
        out.claims.append({c, outcomeOf(reported, c), {}});

    for (FormThreshold threshold : AllFormThresholds) {
        const ThresholdSweep sweep = sweepOf(threshold);
        const double value = thresholdValue(input.thresholds, threshold);
        const int at = indexOf(sweep, value);
        // Every value tried, once for all claims: steps + 1 runs of the rules.
        QList<ClaimVerdicts> tried;
        tried.reserve(sweep.steps + 1);
        for (int i = 0; i <= sweep.steps; ++i) {
            setThresholdValue(probe.thresholds, threshold, i == at ? value : sweep.valueAt(i));
            tried.append(verdictsFor(probe));
        }
        probe.thresholds = input.thresholds;

        for (ClaimThresholdSensitivity &claim : out.claims) {
            ThresholdReading reading;
            reading.threshold = threshold;
            reading.value = value;
            reading.sweep = sweep;
            const auto outcomeAt = [&](int i) { return outcomeOf(tried[i], claim.claim); };
            // A reported value off the sweep (a caller's own) holds only at itself.
            int low = std::clamp(at, 0, int(sweep.steps)), high = low;
            if (at >= 0 && at <= sweep.steps) {
                while (low > 0 && outcomeAt(low - 1) == claim.reported)
                    --low;
                while (high < sweep.steps && outcomeAt(high + 1) == claim.reported)
                    ++high;
                reading.holdsFrom = sweep.valueAt(low);
                reading.holdsTo = sweep.valueAt(high);
                if (low > 0)
                    reading.below = OutcomeAt{sweep.valueAt(low - 1), outcomeAt(low - 1)};
                if (high < sweep.steps)
                    reading.above = OutcomeAt{sweep.valueAt(high + 1), outcomeAt(high + 1)};
            } else {
                reading.holdsFrom = reading.holdsTo = value;
            }
            claim.readings.append(reading);
        }
    }
    return out;
}

QString outcomeText(const ClaimOutcome &outcome)
{
    if (outcome.verdict == Verdict::Planned && outcome.planReading)
        return Tr::tr("planned (would be %1)").arg(verdictName(*outcome.planReading));
    return verdictName(outcome.verdict);
}

QString thresholdReadingText(const ThresholdReading &reading)
{
    const ThresholdSweep &sweep = reading.sweep;
    if (reading.holdsOverSweep())
        return Tr::tr("holds over every value tried (%1–%2)")
            .arg(valueText(sweep, sweep.valueAt(0)), valueText(sweep, sweep.valueAt(sweep.steps)));
    const QString holds = reading.holdsFrom == reading.holdsTo
                              ? Tr::tr("holds at %1 only").arg(valueText(sweep, reading.holdsFrom))
                              : Tr::tr("holds for %1–%2").arg(valueText(sweep, reading.holdsFrom), valueText(sweep, reading.holdsTo));
    QStringList beyond;
    if (reading.below)
        beyond << Tr::tr("%1 at %2").arg(outcomeText(reading.below->outcome), valueText(sweep, reading.below->value));
    if (reading.above)
        beyond << Tr::tr("%1 at %2").arg(outcomeText(reading.above->outcome), valueText(sweep, reading.above->value));
    return Tr::tr("%1; %2").arg(holds, beyond.join(Tr::tr("; ")));
}

} // namespace triangle
