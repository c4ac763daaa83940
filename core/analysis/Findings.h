#pragma once

// The article's three claims tested on one region's data (docs/method.md,
// "Findings"): continuous evolution, advantage traction (read from the
// scores and, separately, from the dated evidence) and dynamic balance. Each
// gets a verdict with the numbers that decided it and the thresholds used.

#include "model/Dimension.h"
#include "model/PartialDate.h"

#include <QList>
#include <QString>

#include <optional>

namespace triangle {

// A fall smaller than this is "holding": scores are judged on a 0.1 grid.
inline constexpr double EvolutionFallTolerance = 0.05;
// The balance must move by more than this to count as falling or rising.
inline constexpr double BalanceChangeMargin = 0.01;

enum class Claim : std::uint8_t {
    ContinuousEvolution, // every score rises or holds from stage to stage
    TractionFromScores,  // the advantage leader gained most first; the others catch up after
    TractionFromEvidence, // the leader's dated evidence reaches half its total first
    DynamicBalance,      // balance falls to the advantage stage and rises to the target
};
inline constexpr std::array<Claim, 4> AllClaims{Claim::ContinuousEvolution, Claim::TractionFromScores,
                                                Claim::TractionFromEvidence, Claim::DynamicBalance};

QString claimKey(Claim claim); // "continuous-evolution", "traction-scores", "traction-evidence", "dynamic-balance"
QString claimName(Claim claim); // in the UI language

enum class Verdict : std::uint8_t { Supported, NotSupported, NotEnoughData };

QString verdictKey(Verdict verdict); // "supported", "not-supported", "not-enough-data"
QString verdictName(Verdict verdict);

// One number behind a verdict: a stable key ("mission.initial-advantage")
// and its value.
struct FindingNumber
{
    QString key;
    double value = 0.0;

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
    std::optional<double> number(const QString &key) const;
};

// A dated policy or milestone and the dimensions it bears on.
struct DatedRecord
{
    PartialDate date;
    DimensionSet dimensions;
};

struct FindingsInput
{
    std::optional<DimensionScores> initial;
    std::optional<DimensionScores> advantage;
    std::optional<DimensionScores> target;
    QList<DatedRecord> records; // the region's own policies and milestones
};

struct RegionFindings
{
    QList<ClaimFinding> claims; // in AllClaims order
    const ClaimFinding &of(Claim claim) const;
};

RegionFindings findingsFor(const FindingsInput &input);

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
QString balanceChangeMarginLabel();    // "margin for a change in balance"

// How many claims got each verdict: counted apart, because "0 of 4 supported"
// reads as failure when three of them only lack data.
struct VerdictTally
{
    int supported = 0;
    int notSupported = 0;
    int notEnoughData = 0;
};

VerdictTally tallyVerdicts(const RegionFindings &findings);
// "1 supported, 0 not supported, 3 not enough data": the one wording of the
// tally for the Findings tab, the overview, the report and the command line.
QString verdictTallyText(const VerdictTally &tally);
// The same, a count with its verdict per item, for a layout of one per line.
QStringList verdictTallyParts(const VerdictTally &tally);

// The tally, then all the verdicts with their deciding numbers, for a report page:
// "3 supported, 1 not supported, 0 not enough data. Continuous evolution: supported (every score rises or holds); …".
QString findingsSentence(const RegionFindings &findings);

} // namespace triangle
