#pragma once

// The article's three claims tested on one region's data (docs/method.md,
// "Findings"): continuous evolution, advantage traction (read from the
// scores and, separately, from the dated evidence) and dynamic balance. Each
// gets a verdict with the numbers that decided it and the thresholds used.

#include "analysis/EvidenceTiming.h"
#include "analysis/TriangleMetrics.h"
#include "model/Dimension.h"
#include "model/Kinds.h"
#include "model/PartialDate.h"

#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace triangle {

// The rules' version, printed beside every verdict: a change to a rule, a
// threshold or what a verdict means bumps it (docs/method.md, "Findings",
// lists each version's rules). Version 2: gains compared on the 0.1 grid,
// dynamic balance read from the forms, a tie in dated evidence "cannot tell",
// records after the advantage stage not counted, a claim on a planned target
// stage "planned, not observed". Version 3: in the dated evidence a record
// counts once (its primary dimension, or shared), dates are spans compared by
// month, a permutation p beside, the verdict also without imputed dates, and
// too few records "cannot be tested".
inline constexpr int FindingsRuleVersion = 3;

// Fewer dated records than this (up to the advantage stage's end) cannot
// order three dimensions: the dated-evidence reading says it cannot be tested.
inline constexpr int MinTimedRecords = 3;
// Shuffles of the dimension labels for the dated-evidence reading's p.
inline constexpr int EvidenceShuffles = 2000;
QString findingsRuleText(); // "rules v2", in the UI language

// A fall smaller than this is "holding": scores live on a 0.1 grid, so
// changes are compared there, in whole tenths, never as raw differences
// (6.5 − 5.8 is 0.7000000000000002, 8.7 − 8.0 is 0.6999999999999993).
inline constexpr double EvolutionFallTolerance = 0.05;

enum class Claim : std::uint8_t {
    ContinuousEvolution, // every score rises or holds from stage to stage
    TractionFromScores,  // the advantage leader gained most first; the others catch up after
    TractionFromEvidence, // the leader's dated evidence reaches half its total first
    DynamicBalance,      // balanced, then unbalanced at the advantage stage, then balanced again (by form)
};
inline constexpr std::array<Claim, 4> AllClaims{Claim::ContinuousEvolution, Claim::TractionFromScores,
                                                Claim::TractionFromEvidence, Claim::DynamicBalance};

QString claimKey(Claim claim); // "continuous-evolution", "traction-scores", "traction-evidence", "dynamic-balance"
QString claimName(Claim claim); // in the UI language

// CannotTell: the data are there but tie where the claim asks for an order
// (two dimensions' evidence reaching half in the same year). Planned: the
// claim reads the target stage, whose scores are planned values (a stage's
// status), so it is neither supported nor not: what the plan would give is
// said in the explanation.
enum class Verdict : std::uint8_t { Supported, NotSupported, NotEnoughData, CannotTell, Planned };

QString verdictKey(Verdict verdict); // "supported", "not-supported", "not-enough-data", "cannot-tell", "planned"
QString verdictName(Verdict verdict);

// One number behind a verdict: a stable key ("mission.initial-advantage")
// and its value.
struct FindingNumber
{
    QString key;
    double value = 0.0;
    int decimals = 1; // the grid it lives on: 1 for scores and changes, 3 for a ratio, 0 for a count or year

    // The value on its grid, as written to files: 0.7, never 0.7000000000000002.
    double rounded() const;

    friend bool operator==(const FindingNumber &, const FindingNumber &) = default;
};

struct ClaimFinding
{
    Claim claim = Claim::ContinuousEvolution;
    Verdict verdict = Verdict::NotEnoughData;
    QString explanation;    // a sentence with the numbers, in the UI language
    QString summary;        // the deciding numbers in a few words, for a sentence about the region
    QStringList missing;    // for NotEnoughData: what is missing
    QList<FindingNumber> numbers;
    QString thresholds;     // the named constants applied, with their values
    // Traction from the dated evidence only: the verdict with the records
    // whose dates the source does not give left out, where there are any.
    std::optional<Verdict> verdictWithoutImputedDates;
    // A claim "planned, not observed": the verdict the plan's values give read as observed.
    std::optional<Verdict> planReading;
    std::optional<double> number(const QString &key) const;
};


struct FindingsInput
{
    std::optional<DimensionScores> initial;
    std::optional<DimensionScores> advantage;
    std::optional<DimensionScores> target;
    QList<DatedRecord> records; // the region's own policies and milestones
    // The advantage stage's last year: records dated after it cannot have
    // made its advantage, and do not count for traction.
    std::optional<int> advantageEndYear;
    // The target stage's scores are planned values, not observed ones.
    bool targetPlanned = false;
    // What the region's data rest on: every verdict is shown with it.
    DataBasis basis = DataBasis::Observed;
    // The form classifier's constants: the defaults are the reported ones;
    // the threshold sensitivity tests the claims under others.
    FormThresholds thresholds;
    // Shuffles for the dated-evidence reading's permutation p; 0 leaves it out.
    int evidenceShuffles = EvidenceShuffles;
};

struct RegionFindings
{
    QList<ClaimFinding> claims; // in AllClaims order
    DataBasis basis = DataBasis::Observed; // the input's, shown beside every verdict
    const ClaimFinding &of(Claim claim) const;
};

RegionFindings findingsFor(const FindingsInput &input);

// The verdicts alone, without their words or numbers: what findingsFor
// decides, by the same rules, at a fraction of the cost, for the draws of
// the uncertainty and the threshold sweeps.
struct ClaimVerdicts
{
    std::array<Verdict, AllClaims.size()> verdicts{Verdict::NotEnoughData, Verdict::NotEnoughData, Verdict::NotEnoughData,
                                                   Verdict::NotEnoughData};
    // A claim "planned, not observed": what the plan's values give read as observed.
    std::array<std::optional<Verdict>, AllClaims.size()> planReadings;

    Verdict of(Claim claim) const { return verdicts[std::size_t(claim)]; }
    std::optional<Verdict> planReadingOf(Claim claim) const { return planReadings[std::size_t(claim)]; }
};

ClaimVerdicts verdictsFor(const FindingsInput &input);

// Per dimension and year, how many records (cumulative) bear on it; a record
// bearing on several dimensions counts for each.
struct CumulativeEvidence
{
    QList<int> years; // ascending, every year from the first record's to the last's
    PerDimension<QList<int>> cumulative; // aligned with years
    PerDimension<int> totals;
    // The first year by which a dimension's count reaches half its total.
    PerDimension<std::optional<int>> halfwayYear;
};

CumulativeEvidence cumulativeEvidence(const QList<DatedRecord> &records);

// A finding number's name for readers, in the UI language: "mission.records"
// reads "Mission: dated policies and milestones". An unknown key is returned as it is.
QString findingNumberName(const QString &key);

// The thresholds' labels, as the rules name them for readers (the constants'
// names stay in the code and in docs/method.md).
QString evolutionFallToleranceLabel(); // "tolerance for a fall in score"

// How many claims got each verdict: counted apart, because "0 of 4 supported"
// reads as failure when three of them only lack data.
// Advantage traction read from the scores and dynamic balance's return to
// balance are nearly one test (the others' catching up is what restores the
// balance): both supported count as one support.
struct VerdictTally
{
    int supported = 0;
    int notSupported = 0;
    int notEnoughData = 0;
    int cannotTell = 0;
    int planned = 0;
    bool tractionAndBalanceCountedOnce = false;
};

VerdictTally tallyVerdicts(const RegionFindings &findings);
// "1 supported, 0 not supported, 3 not enough data" (and "1 cannot tell"
// when one does; a note when traction and balance count once): the one wording of the
// tally for the Findings tab, the overview, the report and the command line.
QString verdictTallyText(const VerdictTally &tally);
// The same, a count with its verdict per item, for a layout of one per line.
QStringList verdictTallyParts(const VerdictTally &tally);

// The tally, then all the verdicts with their deciding numbers, for a report page:
// "3 supported, 1 not supported, 0 not enough data. Continuous evolution: supported (every score rises or holds); …".
QString findingsSentence(const RegionFindings &findings);

} // namespace triangle
