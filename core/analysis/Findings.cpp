#include "Findings.h"

#include "MetricsText.h"
#include "TriangleMetrics.h"
#include "model/DomainNames.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>
#include <array>
#include <cmath>

namespace triangle {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(triangle::Findings)
};

QString signedScore(double v) { return QStringLiteral("%1%2").arg(v >= 0 ? QStringLiteral("+") : QString()).arg(v, 0, 'f', 1); }

// A score or a change of scores in whole tenths: compared there, equal gains
// are equal (as doubles 6.5 − 5.8 beats 8.7 − 8.0).
int tenths(double scoreOrChange) { return int(std::lround(scoreOrChange * 10.0)); }

bool isBalanced(TriangleForm form) { return form == TriangleForm::BalancedLow || form == TriangleForm::BalancedHigh; }

double spreadOf(const DimensionScores &s)
{
    const auto [low, high] = std::minmax({s[Dimension::Mission], s[Dimension::Political], s[Dimension::Operational]});
    return high - low;
}

QString stageListMissing(const FindingsInput &in, QStringList &missing)
{
    if (!in.initial)
        missing << Tr::tr("an assessment at the initial stage");
    if (!in.advantage)
        missing << Tr::tr("an assessment at the advantage stage");
    if (!in.target)
        missing << Tr::tr("an assessment at the target stage");
    return missing.join(Tr::tr(", "));
}

ClaimFinding notEnough(Claim claim, const QStringList &missing)
{
    ClaimFinding f;
    f.claim = claim;
    f.verdict = Verdict::NotEnoughData;
    f.missing = missing;
    f.explanation = Tr::tr("Not enough data: %1 missing.").arg(missing.join(Tr::tr(", ")));
    f.summary = Tr::tr("missing %1").arg(missing.join(Tr::tr(", ")));
    return f;
}

// The decisions apart from their words: the findings in full and the
// verdicts alone (verdictsFor, for the thousands of draws) both take them
// from here, so the two cannot drift apart.
bool allStages(const FindingsInput &in) { return in.initial && in.advantage && in.target; }

std::optional<Dimension> advantageLeader(const FindingsInput &in)
{
    return in.advantage ? leadingDimension(*in.advantage, in.thresholds.leadTie) : std::nullopt;
}

// Needs all three stages.
bool noScoreFalls(const FindingsInput &in)
{
    return std::none_of(AllDimensions.begin(), AllDimensions.end(), [&](Dimension d) {
        return tenths((*in.advantage)[d] - (*in.initial)[d]) < 0 || tenths((*in.target)[d] - (*in.advantage)[d]) < 0;
    });
}

// Needs all three stages: the leader gained more than each other first, and each other more than it after.
Verdict tractionScoresVerdict(const FindingsInput &in, std::optional<Dimension> leader)
{
    if (!leader)
        return Verdict::NotSupported;
    const auto first = [&](Dimension d) { return tenths((*in.advantage)[d] - (*in.initial)[d]); };
    const auto second = [&](Dimension d) { return tenths((*in.target)[d] - (*in.advantage)[d]); };
    const bool pulled = std::all_of(AllDimensions.begin(), AllDimensions.end(), [&](Dimension d) {
        return d == *leader || (first(*leader) > first(d) && second(d) > second(*leader));
    });
    return pulled ? Verdict::Supported : Verdict::NotSupported;
}

// Needs all three stages.
std::array<FormResult, 3> stageForms(const FindingsInput &in)
{
    return {classifyForm(*in.initial, in.thresholds), classifyForm(*in.advantage, in.thresholds),
            classifyForm(*in.target, in.thresholds)};
}

bool balancedUnbalancedBalanced(const std::array<FormResult, 3> &forms)
{
    return isBalanced(forms[0].form) && !isBalanced(forms[1].form) && isBalanced(forms[2].form);
}

// The records the dated-evidence reading counts: dated, up to the advantage
// stage's end; and of those, the ones whose dates the source gives.
struct CountedRecords
{
    QList<DatedRecord> counted;
    QList<DatedRecord> dated;
    int later = 0; // dated after the advantage stage's end
};

CountedRecords countedRecords(const FindingsInput &in)
{
    CountedRecords out;
    for (const DatedRecord &r : in.records) {
        if (!r.date.isValid())
            continue;
        if (in.advantageEndYear && r.date.year() > *in.advantageEndYear) {
            ++out.later;
            continue;
        }
        out.counted << r;
        if (!r.dateImputed)
            out.dated << r;
    }
    return out;
}

// Whether each dimension's timing can be read at all: the reasons it cannot,
// as the words give them, are in readEvidence.
bool evidenceTestable(const PerDimension<DimensionTiming> &t, qsizetype counted, Dimension leader)
{
    const bool anyOther = std::any_of(AllDimensions.begin(), AllDimensions.end(),
                                      [&](Dimension d) { return d != leader && t[d].halfwayEarliest; });
    return counted >= MinTimedRecords && t[leader].halfwayEarliest && anyOther;
}

Verdict evidenceVerdict(const PerDimension<DimensionTiming> &t, qsizetype counted, Dimension leader)
{
    if (!evidenceTestable(t, counted, leader))
        return Verdict::NotEnoughData;
    bool after = false, overlap = false;
    for (Dimension d : AllDimensions) {
        if (d == leader || !t[d].halfwayEarliest)
            continue;
        const Order order = halfwayOrder(t[leader], t[d]);
        after = after || order == Order::After;
        overlap = overlap || order == Order::Overlap;
    }
    return after ? Verdict::NotSupported : overlap ? Verdict::CannotTell : Verdict::Supported;
}

ClaimFinding continuousEvolution(const FindingsInput &in)
{
    QStringList missing;
    stageListMissing(in, missing);
    if (!missing.isEmpty())
        return notEnough(Claim::ContinuousEvolution, missing);
    ClaimFinding f;
    f.claim = Claim::ContinuousEvolution;
    f.thresholds = Tr::tr("a fall of less than %1 counts as holding (the %2)").arg(EvolutionFallTolerance, 0, 'f', 2).arg(evolutionFallToleranceLabel());
    QStringList falls, changes;
    for (Dimension d : AllDimensions) {
        const double first = (*in.advantage)[d] - (*in.initial)[d];
        const double second = (*in.target)[d] - (*in.advantage)[d];
        f.numbers << FindingNumber{dimensionKey(d) + QStringLiteral(".initial-advantage"), first}
                  << FindingNumber{dimensionKey(d) + QStringLiteral(".advantage-target"), second};
        changes << Tr::tr("%1 %2 then %3").arg(dimensionShortName(d), signedScore(first), signedScore(second));
        if (tenths(first) < 0)
            falls << Tr::tr("%1 falls %2 to the advantage stage").arg(dimensionShortName(d), signedScore(first));
        if (tenths(second) < 0)
            falls << Tr::tr("%1 falls %2 to the target stage").arg(dimensionShortName(d), signedScore(second));
    }
    f.verdict = noScoreFalls(in) ? Verdict::Supported : Verdict::NotSupported;
    f.summary = falls.isEmpty() ? Tr::tr("every score rises or holds") : falls.join(Tr::tr("; "));
    f.explanation = falls.isEmpty() ? Tr::tr("Every score rises or holds: %1.").arg(changes.join(Tr::tr("; ")))
                                    : Tr::tr("Not every score rises: %1.").arg(falls.join(Tr::tr("; ")));
    return f;
}

ClaimFinding tractionFromScores(const FindingsInput &in)
{
    QStringList missing;
    stageListMissing(in, missing);
    if (!missing.isEmpty())
        return notEnough(Claim::TractionFromScores, missing);
    ClaimFinding f;
    f.claim = Claim::TractionFromScores;
    f.thresholds = Tr::tr("one dimension leads at the advantage stage (scores within %1 of the highest share the lead); it gained "
                          "more than each other dimension to the advantage stage, and each other gained more than it to the "
                          "target stage; gains compared on the 0.1 grid, an equal gain is not more")
                       .arg(in.thresholds.leadTie, 0, 'f', 1);
    PerDimension<double> first, second;
    for (Dimension d : AllDimensions) {
        first[d] = (*in.advantage)[d] - (*in.initial)[d];
        second[d] = (*in.target)[d] - (*in.advantage)[d];
        f.numbers << FindingNumber{dimensionKey(d) + QStringLiteral(".initial-advantage"), first[d]}
                  << FindingNumber{dimensionKey(d) + QStringLiteral(".advantage-target"), second[d]};
    }
    const auto leader = advantageLeader(in);
    f.verdict = tractionScoresVerdict(in, leader);
    if (!leader) {
        f.explanation = Tr::tr("No single dimension leads at the advantage stage (%1), so none can pull the others along.")
                            .arg(leadersText(leadingDimensions(*in.advantage, in.thresholds.leadTie), in.thresholds.leadTie));
        f.summary = Tr::tr("no single leading dimension");
        return f;
    }
    QStringList failures;
    for (Dimension d : AllDimensions) {
        if (d == *leader)
            continue;
        if (!(tenths(first[*leader]) > tenths(first[d])))
            failures << Tr::tr("%1 gained %2 to the advantage stage, not less than %3's %4")
                            .arg(dimensionShortName(d), signedScore(first[d]), dimensionShortName(*leader), signedScore(first[*leader]));
        if (!(tenths(second[d]) > tenths(second[*leader])))
            failures << Tr::tr("%1 gained %2 to the target stage, not more than %3's %4, so it does not catch up")
                            .arg(dimensionShortName(d), signedScore(second[d]), dimensionShortName(*leader), signedScore(second[*leader]));
    }
    QStringList later;
    for (Dimension d : AllDimensions) {
        if (d != *leader)
            later << Tr::tr("%1 %2").arg(dimensionShortName(d), signedScore(second[d]));
    }
    f.summary = Tr::tr("%1 %2 first, then the others %3 against %4")
                    .arg(dimensionShortName(*leader), signedScore(first[*leader]), later.join(Tr::tr(", ")), signedScore(second[*leader]));
    if (f.verdict == Verdict::Supported) {
        f.explanation = Tr::tr("%1 led the rise to the advantage stage (%2, more than either other) and the others then caught up "
                               "(%3, against %4 for %1).")
                            .arg(dimensionShortName(*leader), signedScore(first[*leader]), later.join(Tr::tr(", ")),
                                 signedScore(second[*leader]));
    } else {
        f.explanation = Tr::tr("%1 leads at the advantage stage, but %2.").arg(dimensionShortName(*leader), failures.join(Tr::tr("; ")));
    }
    return f;
}

// A dimension's half-way point as its dates allow: "2018-10", "2018", or "2018–2019".
QString halfwayText(const DimensionTiming &t)
{
    if (*t.halfwayEarliest == *t.halfwayLatest)
        return monthText(*t.halfwayEarliest);
    if (yearOf(*t.halfwayEarliest) == yearOf(*t.halfwayLatest))
        return QString::number(yearOf(*t.halfwayEarliest));
    return Tr::tr("%1–%2").arg(monthText(*t.halfwayEarliest), monthText(*t.halfwayLatest));
}

// The dated-evidence reading of `counted` records for `leader`: its verdict,
// in words, and what is missing when it cannot be tested.
struct EvidenceReading
{
    Verdict verdict = Verdict::NotEnoughData;
    QString explanation;
    QStringList missing;
    QStringList timings; // per dimension: onset, half-way point, records
    PerDimension<DimensionTiming> timing;
};

EvidenceReading readEvidence(const QList<DatedRecord> &counted, Dimension leader)
{
    EvidenceReading out;
    out.timing = evidenceTiming(counted);
    const PerDimension<DimensionTiming> &t = out.timing;
    for (Dimension d : AllDimensions) {
        if (t[d].records == 0)
            out.timings << Tr::tr("%1 no records").arg(dimensionShortName(d));
        else if (!t[d].halfwayEarliest) // its records count for their primary dimensions
            out.timings << Tr::tr("%1 %n record(s), each counting for another dimension", nullptr, t[d].records).arg(dimensionShortName(d));
        else
            out.timings << Tr::tr("%1 from %2, half by %3 (%n record(s), counting %4)", nullptr, t[d].records)
                               .arg(dimensionShortName(d), QString::number(yearOf(*t[d].onset)), halfwayText(t[d]))
                               .arg(t[d].weight, 0, 'f', 1);
    }
    out.verdict = evidenceVerdict(t, counted.size(), leader);
    if (out.verdict == Verdict::NotEnoughData) {
        if (counted.size() < MinTimedRecords)
            out.missing << Tr::tr("at least %1 dated records (there are %2)").arg(MinTimedRecords).arg(counted.size());
        if (!t[leader].halfwayEarliest)
            out.missing << Tr::tr("dated records counting for %1").arg(dimensionName(leader));
        if (!std::any_of(AllDimensions.begin(), AllDimensions.end(), [&](Dimension d) { return d != leader && t[d].halfwayEarliest; }))
            out.missing << Tr::tr("dated records counting for the other dimensions");
        return out;
    }
    QStringList failures, ties;
    for (Dimension d : AllDimensions) {
        if (d == leader || !t[d].halfwayEarliest)
            continue;
        switch (halfwayOrder(t[leader], t[d])) {
        case Order::After: failures << Tr::tr("%1 reaches half by %2").arg(dimensionShortName(d), halfwayText(t[d])); break;
        case Order::Overlap: ties << Tr::tr("%1 reaches half by %2").arg(dimensionShortName(d), halfwayText(t[d])); break;
        case Order::Before: break;
        }
    }
    if (out.verdict == Verdict::NotSupported) {
        out.explanation = Tr::tr("%1's evidence does not reach half its total first (%2).")
                              .arg(dimensionShortName(leader), failures.join(Tr::tr("; ")));
    } else if (out.verdict == Verdict::CannotTell) {
        // Dates whose spans overlap say nothing about which came first.
        out.explanation = Tr::tr("Cannot tell: %1 reaches half by %2, and %3; their dates cannot order them.")
                              .arg(dimensionShortName(leader), halfwayText(t[leader]), ties.join(Tr::tr("; ")));
    } else {
        out.explanation = Tr::tr("%1's evidence reaches half its total first, by %2.").arg(dimensionShortName(leader), halfwayText(t[leader]));
    }
    return out;
}

ClaimFinding tractionFromEvidence(const FindingsInput &in)
{
    QStringList missing;
    if (!in.advantage)
        missing << Tr::tr("an assessment at the advantage stage");
    // What came after the advantage stage cannot have made its advantage.
    const CountedRecords records = countedRecords(in);
    const QList<DatedRecord> &counted = records.counted;
    const QList<DatedRecord> &dated = records.dated;
    const int later = records.later;
    if (counted.isEmpty())
        missing << (later > 0 ? Tr::tr("dated policies or milestones of the region up to the advantage stage's end")
                              : Tr::tr("dated policies or milestones of the region"));
    if (!missing.isEmpty())
        return notEnough(Claim::TractionFromEvidence, missing);
    ClaimFinding f;
    f.claim = Claim::TractionFromEvidence;
    f.thresholds = Tr::tr("each record counts once, for its primary dimension or shared equally among its dimensions; a "
                          "date is the months it allows (a year alone, any month of that year); the leader's half-way "
                          "point must come before every other dimension's, their spans apart, up to the advantage "
                          "stage's end; fewer than %1 records cannot be tested; p from %2 shuffles of the dimension labels")
                       .arg(MinTimedRecords)
                       .arg(EvidenceShuffles);
    const int imputed = int(counted.size() - dated.size());
    f.numbers << FindingNumber{QStringLiteral("records.after-advantage"), double(later), 0}
              << FindingNumber{QStringLiteral("records.imputed"), double(imputed), 0};
    const auto leader = advantageLeader(in);
    if (!leader) {
        f.verdict = Verdict::NotSupported;
        f.explanation = Tr::tr("No single dimension leads at the advantage stage, so no curve can be the leader's.");
        f.summary = Tr::tr("no single leading dimension");
        return f;
    }
    const EvidenceReading reading = readEvidence(counted, *leader);
    for (Dimension d : AllDimensions) {
        const DimensionTiming &t = reading.timing[d];
        f.numbers << FindingNumber{dimensionKey(d) + QStringLiteral(".records"), t.weight, 1};
        if (t.onset)
            f.numbers << FindingNumber{dimensionKey(d) + QStringLiteral(".onset-year"), double(yearOf(*t.onset)), 0};
        if (t.halfwayEarliest)
            f.numbers << FindingNumber{dimensionKey(d) + QStringLiteral(".halfway-year"), double(yearOf(*t.halfwayEarliest)), 0};
    }
    if (reading.verdict == Verdict::NotEnoughData) {
        ClaimFinding none = notEnough(Claim::TractionFromEvidence, reading.missing);
        none.explanation = Tr::tr("Cannot be tested: %1 missing. %2.").arg(reading.missing.join(Tr::tr(", ")), reading.timings.join(Tr::tr("; ")));
        none.numbers = f.numbers;
        none.thresholds = f.thresholds;
        return none;
    }
    f.verdict = reading.verdict;
    f.summary = Tr::tr("half-way points %1").arg(reading.timings.join(Tr::tr(", ")));
    f.explanation = reading.explanation + QLatin1Char(' ') + Tr::tr("Timing: %1.").arg(reading.timings.join(Tr::tr("; ")));
    if (in.evidenceShuffles > 0) {
        const double p = halfwayPermutationP(counted, *leader, in.evidenceShuffles);
        f.numbers << FindingNumber{QStringLiteral("permutation-p"), p, 3};
        f.explanation += QLatin1Char(' ')
                         + Tr::tr("Shuffling the records' dimensions among their dates, %1's half-way point leads by as much "
                                  "or more in %2 of %3 shuffles (p = %4).")
                               .arg(dimensionShortName(*leader))
                               .arg(std::lround(p * (in.evidenceShuffles + 1) - 1))
                               .arg(in.evidenceShuffles)
                               .arg(p, 0, 'f', 3);
    }
    if (imputed > 0) {
        // Dates placed from context can make or break the order: the reading without them, beside.
        const EvidenceReading without = readEvidence(dated, *leader);
        f.verdictWithoutImputedDates = without.verdict;
        f.explanation += QLatin1Char(' ')
                         + (without.verdict == Verdict::NotEnoughData
                                ? Tr::tr("Without the %n record(s) whose dates the source does not give: cannot be tested (%1 missing).",
                                         nullptr, imputed)
                                      .arg(without.missing.join(Tr::tr(", ")))
                                : Tr::tr("Without the %n record(s) whose dates the source does not give: %1.", nullptr, imputed)
                                      .arg(verdictName(without.verdict)));
    }
    if (later > 0)
        f.explanation += QLatin1Char(' ')
                         + Tr::tr("%n record(s) dated after the advantage stage's end (%1) not counted.", nullptr, later).arg(*in.advantageEndYear);
    return f;
}

// Whether the part of a claim up to the advantage stage, which is observed,
// holds: where it fails, the claim fails whatever the plan says.
bool observedPartHolds(Claim claim, const FindingsInput &in)
{
    switch (claim) {
    case Claim::ContinuousEvolution:
        return std::none_of(AllDimensions.begin(), AllDimensions.end(),
                            [&](Dimension d) { return tenths((*in.advantage)[d] - (*in.initial)[d]) < 0; });
    case Claim::TractionFromScores: {
        const auto leader = advantageLeader(in);
        return leader && std::all_of(AllDimensions.begin(), AllDimensions.end(), [&](Dimension d) {
                   return d == *leader
                       || tenths((*in.advantage)[*leader] - (*in.initial)[*leader]) > tenths((*in.advantage)[d] - (*in.initial)[d]);
               });
    }
    case Claim::DynamicBalance:
        return isBalanced(classifyForm(*in.initial, in.thresholds).form) && !isBalanced(classifyForm(*in.advantage, in.thresholds).form);
    case Claim::TractionFromEvidence: break;
    }
    return true;
}

// A claim that reads the target stage when its scores are planned values:
// what the plan would give is kept in the words, not in the verdict. A claim
// already failed by the observed stages stays not supported.
bool readsAsPlanned(Claim claim, Verdict verdict, const FindingsInput &in)
{
    if (verdict != Verdict::Supported && verdict != Verdict::NotSupported)
        return false;
    return verdict == Verdict::Supported || observedPartHolds(claim, in);
}

ClaimFinding asPlanned(ClaimFinding f, const FindingsInput &in)
{
    if (!readsAsPlanned(f.claim, f.verdict, in))
        return f;
    const QString reading = verdictName(f.verdict);
    f.planReading = f.verdict;
    f.verdict = Verdict::Planned;
    f.explanation = Tr::tr("Planned, not observed: the target stage's scores are planned values. With them the claim "
                           "would be %1. %2")
                        .arg(reading, f.explanation);
    f.summary = Tr::tr("planned: %1").arg(f.summary);
    return f;
}

ClaimFinding dynamicBalance(const FindingsInput &in)
{
    QStringList missing;
    stageListMissing(in, missing);
    if (!missing.isEmpty())
        return notEnough(Claim::DynamicBalance, missing);
    ClaimFinding f;
    f.claim = Claim::DynamicBalance;
    f.thresholds = Tr::tr("each stage's form by the app's classifier (balanced when lowest / highest ≥ %1 or every score "
                          "within %2 of the others); the claim asks balanced, then unbalanced at the advantage stage, then "
                          "balanced again; the spread (highest − lowest, in points) is shown beside, a measure that a rise of "
                          "every score by the same amount leaves unchanged")
                       .arg(in.thresholds.balancedMinRatio, 0, 'f', 2)
                       .arg(in.thresholds.advantageMargin, 0, 'f', 1);
    const std::array<const DimensionScores *, 3> stages{&*in.initial, &*in.advantage, &*in.target};
    const std::array<QString, 3> keys{QStringLiteral("initial"), QStringLiteral("advantage"), QStringLiteral("target")};
    const std::array<FormResult, 3> forms = stageForms(in);
    QStringList states, spreads;
    for (int i = 0; i < 3; ++i) {
        f.numbers << FindingNumber{QStringLiteral("balance.") + keys[i], balanceIndex(*stages[i]), 3}
                  << FindingNumber{QStringLiteral("spread.") + keys[i], spreadOf(*stages[i]), 1};
        states << formName(forms[i]);
        spreads << QString::number(spreadOf(*stages[i]), 'f', 1);
    }
    const bool asClaimed = balancedUnbalancedBalanced(forms);
    f.verdict = asClaimed ? Verdict::Supported : Verdict::NotSupported;
    const QString seen = Tr::tr("%1 → %2 → %3 (spread %4 → %5 → %6 points)")
                             .arg(states[0], states[1], states[2], spreads[0], spreads[1], spreads[2]);
    f.summary = seen;
    if (asClaimed) {
        f.explanation = Tr::tr("Balanced, then unbalanced, then balanced again: %1. Its return to balance is what the others' "
                               "catching up in advantage traction (scores) brings about: where both hold they count as one support.")
                            .arg(seen);
    } else if (!isBalanced(forms[0].form)) {
        f.explanation = Tr::tr("The initial triangle is not balanced: %1.").arg(seen);
    } else if (isBalanced(forms[1].form)) {
        f.explanation = Tr::tr("The advantage triangle is balanced, not led by one dimension: %1.").arg(seen);
    } else {
        f.explanation = Tr::tr("The target triangle is not balanced again: %1.").arg(seen);
    }
    return f;
}
} // namespace

ClaimVerdicts verdictsFor(const FindingsInput &input)
{
    ClaimVerdicts out;
    auto set = [&](Claim c, Verdict v) { out.verdicts[std::size_t(c)] = v; };
    const std::optional<Dimension> leader = advantageLeader(input);
    if (allStages(input)) {
        set(Claim::ContinuousEvolution, noScoreFalls(input) ? Verdict::Supported : Verdict::NotSupported);
        set(Claim::TractionFromScores, tractionScoresVerdict(input, leader));
        set(Claim::DynamicBalance, balancedUnbalancedBalanced(stageForms(input)) ? Verdict::Supported : Verdict::NotSupported);
    }
    const CountedRecords records = countedRecords(input);
    if (input.advantage && !records.counted.isEmpty())
        set(Claim::TractionFromEvidence, leader ? evidenceVerdict(evidenceTiming(records.counted), records.counted.size(), *leader)
                                                : Verdict::NotSupported);
    if (input.targetPlanned) {
        for (Claim c : {Claim::ContinuousEvolution, Claim::TractionFromScores, Claim::DynamicBalance}) {
            Verdict &v = out.verdicts[std::size_t(c)];
            if (readsAsPlanned(c, v, input)) {
                out.planReadings[std::size_t(c)] = v;
                v = Verdict::Planned;
            }
        }
    }
    return out;
}

QString claimKey(Claim claim)
{
    switch (claim) {
    case Claim::ContinuousEvolution: return QStringLiteral("continuous-evolution");
    case Claim::TractionFromScores: return QStringLiteral("traction-scores");
    case Claim::TractionFromEvidence: return QStringLiteral("traction-evidence");
    case Claim::DynamicBalance: return QStringLiteral("dynamic-balance");
    }
    return {};
}

QString claimName(Claim claim)
{
    switch (claim) {
    case Claim::ContinuousEvolution: return Tr::tr("Continuous evolution");
    case Claim::TractionFromScores: return Tr::tr("Advantage traction (scores)");
    case Claim::TractionFromEvidence: return Tr::tr("Advantage traction (dated evidence)");
    case Claim::DynamicBalance: return Tr::tr("Dynamic balance");
    }
    return {};
}

QString verdictKey(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Supported: return QStringLiteral("supported");
    case Verdict::NotSupported: return QStringLiteral("not-supported");
    case Verdict::NotEnoughData: return QStringLiteral("not-enough-data");
    case Verdict::CannotTell: return QStringLiteral("cannot-tell");
    case Verdict::Planned: return QStringLiteral("planned");
    }
    return {};
}

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Supported: return Tr::tr("supported");
    case Verdict::NotSupported: return Tr::tr("not supported");
    case Verdict::NotEnoughData: return Tr::tr("not enough data");
    case Verdict::CannotTell: return Tr::tr("cannot tell");
    case Verdict::Planned: return Tr::tr("planned, not observed");
    }
    return {};
}

QString findingsRuleText() { return Tr::tr("rules v%1").arg(FindingsRuleVersion); }

double FindingNumber::rounded() const
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

std::optional<double> ClaimFinding::number(const QString &key) const
{
    for (const FindingNumber &n : numbers) {
        if (n.key == key)
            return n.value;
    }
    return std::nullopt;
}

const ClaimFinding &RegionFindings::of(Claim claim) const
{
    return claims[qsizetype(claim)];
}

CumulativeEvidence cumulativeEvidence(const QList<DatedRecord> &records)
{
    CumulativeEvidence out;
    QMap<int, PerDimension<int>> perYear;
    for (const DatedRecord &r : records) {
        if (!r.date.isValid())
            continue;
        PerDimension<int> &year = perYear[r.date.year()];
        for (Dimension d : AllDimensions) {
            if (r.dimensions.contains(d)) {
                ++year[d];
                ++out.totals[d];
            }
        }
    }
    if (perYear.isEmpty())
        return out;
    PerDimension<int> running;
    for (int y = perYear.firstKey(); y <= perYear.lastKey(); ++y) {
        out.years << y;
        const PerDimension<int> here = perYear.value(y);
        for (Dimension d : AllDimensions) {
            running[d] += here[d];
            out.cumulative[d] << running[d];
            // Reaching half: 2·count ≥ total, so one record of two is half.
            if (!out.halfwayYear[d] && out.totals[d] > 0 && 2 * running[d] >= out.totals[d])
                out.halfwayYear[d] = y;
        }
    }
    return out;
}

RegionFindings findingsFor(const FindingsInput &input)
{
    RegionFindings out;
    out.basis = input.basis;
    out.claims << continuousEvolution(input) << tractionFromScores(input) << tractionFromEvidence(input) << dynamicBalance(input);
    if (input.targetPlanned) {
        // The three claims that read the target stage.
        for (Claim c : {Claim::ContinuousEvolution, Claim::TractionFromScores, Claim::DynamicBalance})
            out.claims[qsizetype(c)] = asPlanned(out.claims[qsizetype(c)], input);
    }
    return out;
}

QString findingNumberName(const QString &key)
{
    const qsizetype dot = key.indexOf(QLatin1Char('.'));
    const QString subject = key.left(dot), what = key.mid(dot + 1);
    if (subject == QStringLiteral("spread")) {
        if (what == QStringLiteral("initial"))
            return Tr::tr("Spread at the initial stage (points)");
        if (what == QStringLiteral("advantage"))
            return Tr::tr("Spread at the advantage stage (points)");
        if (what == QStringLiteral("target"))
            return Tr::tr("Spread at the target stage (points)");
        return key;
    }
    if (key == QStringLiteral("records.after-advantage"))
        return Tr::tr("Records dated after the advantage stage (not counted)");
    if (key == QStringLiteral("records.imputed"))
        return Tr::tr("Records whose dates the source does not give");
    if (key == QStringLiteral("permutation-p"))
        return Tr::tr("Shuffles leading by as much (permutation p)");
    if (subject == QStringLiteral("balance")) {
        if (what == QStringLiteral("initial"))
            return Tr::tr("Balance at the initial stage");
        if (what == QStringLiteral("advantage"))
            return Tr::tr("Balance at the advantage stage");
        if (what == QStringLiteral("target"))
            return Tr::tr("Balance at the target stage");
        return key;
    }
    for (Dimension d : AllDimensions) {
        if (dimensionKey(d) != subject)
            continue;
        QString measure;
        if (what == QStringLiteral("initial-advantage"))
            measure = Tr::tr("change from the initial to the advantage stage");
        else if (what == QStringLiteral("advantage-target"))
            measure = Tr::tr("change from the advantage to the target stage");
        else if (what == QStringLiteral("records"))
            measure = Tr::tr("dated policies and milestones");
        else if (what == QStringLiteral("halfway-year"))
            measure = Tr::tr("year half the records are reached");
        else if (what == QStringLiteral("onset-year"))
            measure = Tr::tr("year of the first record");
        else
            return key;
        return Tr::tr("%1: %2").arg(dimensionShortName(d), measure);
    }
    return key;
}

QString evolutionFallToleranceLabel() { return Tr::tr("tolerance for a fall in score"); }

VerdictTally tallyVerdicts(const RegionFindings &findings)
{
    VerdictTally tally;
    for (const ClaimFinding &f : findings.claims) {
        switch (f.verdict) {
        case Verdict::Supported: ++tally.supported; break;
        case Verdict::NotSupported: ++tally.notSupported; break;
        case Verdict::NotEnoughData: ++tally.notEnoughData; break;
        case Verdict::CannotTell: ++tally.cannotTell; break;
        case Verdict::Planned: ++tally.planned; break;
        }
    }
    if (findings.claims.size() == qsizetype(AllClaims.size()) && findings.of(Claim::TractionFromScores).verdict == Verdict::Supported
        && findings.of(Claim::DynamicBalance).verdict == Verdict::Supported) {
        --tally.supported;
        tally.tractionAndBalanceCountedOnce = true;
    }
    return tally;
}

QStringList verdictTallyParts(const VerdictTally &tally)
{
    QStringList parts{Tr::tr("%1 supported").arg(tally.supported), Tr::tr("%1 not supported").arg(tally.notSupported),
                      Tr::tr("%1 not enough data").arg(tally.notEnoughData)};
    if (tally.cannotTell > 0)
        parts << Tr::tr("%1 cannot tell").arg(tally.cannotTell);
    if (tally.planned > 0)
        parts << Tr::tr("%1 planned, not observed").arg(tally.planned);
    if (tally.tractionAndBalanceCountedOnce)
        parts.first() += QLatin1Char(' ') + Tr::tr("(traction and balance counted once)");
    return parts;
}

QString verdictTallyText(const VerdictTally &tally) { return verdictTallyParts(tally).join(Tr::tr(", ")); }

QString findingsSentence(const RegionFindings &findings)
{
    QStringList parts;
    for (const ClaimFinding &f : findings.claims)
        parts << Tr::tr("%1: %2 (%3)").arg(claimName(f.claim), verdictName(f.verdict), f.summary);
    // The tally first: the report's summary reads the verdicts counted apart before each in turn.
    return Tr::tr("%1. %2").arg(verdictTallyText(tallyVerdicts(findings)), parts.join(Tr::tr("; ")) + Tr::tr("."));
}

} // namespace triangle
