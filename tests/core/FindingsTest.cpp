// The article's claims on hand-made cases: each rule, its ties and its
// missing stages. Every expected number is worked out in the comment beside it.

#include "analysis/Findings.h"

#include <gtest/gtest.h>

#include <random>

using namespace triangle;

namespace {
FindingsInput threeStages(DimensionScores initial, DimensionScores advantage, DimensionScores target)
{
    FindingsInput in;
    in.initial = initial;
    in.advantage = advantage;
    in.target = target;
    return in;
}

DatedRecord record(int year, DimensionSet dims) { return {PartialDate::ofYear(year), dims, std::nullopt, false}; }
} // namespace

TEST(FindingsTest, ContinuousEvolutionHoldsWhenEveryScoreRisesOrHolds)
{
    const auto f = findingsFor(threeStages(makeScores(3, 3, 3), makeScores(8, 5, 3), makeScores(8.5, 8, 8))).of(Claim::ContinuousEvolution);
    EXPECT_EQ(f.verdict, Verdict::Supported);
    EXPECT_DOUBLE_EQ(*f.number(QStringLiteral("mission.initial-advantage")), 5.0);
    EXPECT_DOUBLE_EQ(*f.number(QStringLiteral("operational.initial-advantage")), 0.0); // holding counts
    EXPECT_DOUBLE_EQ(*f.number(QStringLiteral("political.advantage-target")), 3.0);
}

TEST(FindingsTest, AFallBreaksContinuousEvolutionAndIsNamed)
{
    const auto f = findingsFor(threeStages(makeScores(3, 3, 3), makeScores(8, 5, 4), makeScores(7.5, 8, 8))).of(Claim::ContinuousEvolution);
    EXPECT_EQ(f.verdict, Verdict::NotSupported);
    EXPECT_DOUBLE_EQ(*f.number(QStringLiteral("mission.advantage-target")), -0.5);
    EXPECT_TRUE(f.explanation.contains(QStringLiteral("-0.5"))) << qPrintable(f.explanation);
}

TEST(FindingsTest, OneStageOnlyIsNotEnoughDataAndSaysWhatIsMissing)
{
    FindingsInput in;
    in.advantage = makeScores(8, 5, 5);
    const RegionFindings findings = findingsFor(in);
    for (Claim c : {Claim::ContinuousEvolution, Claim::TractionFromScores, Claim::DynamicBalance}) {
        const ClaimFinding &f = findings.of(c);
        EXPECT_EQ(f.verdict, Verdict::NotEnoughData) << qPrintable(claimKey(c));
        ASSERT_EQ(f.missing.size(), 2);
        EXPECT_TRUE(f.missing[0].contains(QStringLiteral("initial")));
        EXPECT_TRUE(f.missing[1].contains(QStringLiteral("target")));
    }
    // No records either: the evidence reading names that.
    EXPECT_EQ(findings.of(Claim::TractionFromEvidence).verdict, Verdict::NotEnoughData);
    EXPECT_TRUE(findings.of(Claim::TractionFromEvidence).missing.first().contains(QStringLiteral("dated")));
}

TEST(FindingsTest, TractionFromScoresNeedsTheLeaderToGainMostAndTheOthersToCatchUp)
{
    // Mission +5 first (political +2, operational +2.5); then the others +3 and +2.5 against mission's +0.5.
    const auto yes = findingsFor(threeStages(makeScores(3, 3, 3), makeScores(8, 5, 5.5), makeScores(8.5, 8, 8))).of(Claim::TractionFromScores);
    EXPECT_EQ(yes.verdict, Verdict::Supported) << qPrintable(yes.explanation);
    EXPECT_DOUBLE_EQ(*yes.number(QStringLiteral("mission.initial-advantage")), 5.0);
    EXPECT_DOUBLE_EQ(*yes.number(QStringLiteral("operational.advantage-target")), 2.5);

    // Operational does not catch up: +0.5 later, the same as mission's +0.5.
    const auto no = findingsFor(threeStages(makeScores(3, 3, 3), makeScores(8, 5, 5.5), makeScores(8.5, 8, 6))).of(Claim::TractionFromScores);
    EXPECT_EQ(no.verdict, Verdict::NotSupported);
    EXPECT_TRUE(no.explanation.contains(QStringLiteral("catch up"))) << qPrintable(no.explanation);
}

TEST(FindingsTest, ASharedLeadAtTheAdvantageStageIsNoTraction)
{
    // 8.0 and 7.6 are within the 0.5 tie tolerance.
    const auto f = findingsFor(threeStages(makeScores(3, 3, 3), makeScores(8, 7.6, 4), makeScores(8.5, 8, 8))).of(Claim::TractionFromScores);
    EXPECT_EQ(f.verdict, Verdict::NotSupported);
}

TEST(FindingsTest, DynamicBalanceFallsThenRises)
{
    // 3/3.2 = 0.9375 → 5/8 = 0.625 → 8/8.5 = 0.941.
    const auto f = findingsFor(threeStages(makeScores(3.2, 3, 3), makeScores(8, 5, 5.5), makeScores(8.5, 8, 8))).of(Claim::DynamicBalance);
    EXPECT_EQ(f.verdict, Verdict::Supported);
    EXPECT_NEAR(*f.number(QStringLiteral("balance.initial")), 3.0 / 3.2, 1e-12);
    EXPECT_NEAR(*f.number(QStringLiteral("balance.advantage")), 0.625, 1e-12);
    EXPECT_NEAR(*f.number(QStringLiteral("balance.target")), 8.0 / 8.5, 1e-12);
    // Balanced all along: 1.0 → 1.0 → 1.0 does not fall.
    const auto flat = findingsFor(threeStages(makeScores(3, 3, 3), makeScores(6, 6, 6), makeScores(8, 8, 8))).of(Claim::DynamicBalance);
    EXPECT_EQ(flat.verdict, Verdict::NotSupported);
}

TEST(FindingsTest, CumulativeEvidenceCountsARecordForEachDimensionItBearsOn)
{
    const CumulativeEvidence e = cumulativeEvidence({record(2016, {Dimension::Mission, Dimension::Operational}),
                                                     record(2018, {Dimension::Mission}), record(2018, {Dimension::Political})});
    EXPECT_EQ(e.years, (QList<int>{2016, 2017, 2018}));
    EXPECT_EQ(e.cumulative[Dimension::Mission], (QList<int>{1, 1, 2}));
    EXPECT_EQ(e.totals[Dimension::Operational], 1);
    // Mission reaches half (1 of 2) in 2016; political (1 of 1) in 2018.
    EXPECT_EQ(e.halfwayYear[Dimension::Mission], 2016);
    EXPECT_EQ(e.halfwayYear[Dimension::Political], 2018);
}

TEST(FindingsTest, TractionFromEvidenceComparesHalfwayYearsAndATieCannotTell)
{
    FindingsInput in = threeStages(makeScores(3, 3, 3), makeScores(8, 5, 5), makeScores(8.5, 8, 8));
    in.records = {record(2016, {Dimension::Mission}), record(2017, {Dimension::Mission}), record(2019, {Dimension::Political}),
                  record(2020, {Dimension::Operational})};
    const auto yes = findingsFor(in).of(Claim::TractionFromEvidence);
    EXPECT_EQ(yes.verdict, Verdict::Supported) << qPrintable(yes.explanation);
    EXPECT_DOUBLE_EQ(*yes.number(QStringLiteral("mission.halfway-year")), 2016.0);
    EXPECT_DOUBLE_EQ(*yes.number(QStringLiteral("political.halfway-year")), 2019.0);

    // Political's one record in 2016 ties with mission's half-way year.
    in.records << record(2016, {Dimension::Political}) << record(2015, {Dimension::Political});
    const auto tie = findingsFor(in).of(Claim::TractionFromEvidence);
    EXPECT_EQ(tie.verdict, Verdict::CannotTell) << qPrintable(tie.explanation);
    // Earlier than the leader is a contradiction, not a tie.
    in.records << record(2014, {Dimension::Political}) << record(2014, {Dimension::Political});
    EXPECT_EQ(findingsFor(in).of(Claim::TractionFromEvidence).verdict, Verdict::NotSupported);
}

// Issue 21, defect 1: on the 0.1 grid 6.5 − 5.8 (0.7000000000000002) beat
// 8.7 − 8.0 (0.6999999999999993), and equal gains read as catching up.
TEST(FindingsTest, EqualGainsOnTheGridAreNotCatchingUp)
{
    const auto f = findingsFor(threeStages(makeScores(3, 3, 3), makeScores(8.0, 5.8, 6.3), makeScores(8.7, 6.5, 7.0)))
                       .of(Claim::TractionFromScores);
    EXPECT_EQ(f.verdict, Verdict::NotSupported) << qPrintable(f.explanation);
    EXPECT_TRUE(f.explanation.contains(QStringLiteral("catch up"))) << qPrintable(f.explanation);
    // Written on the grid it lives on, not with the float's noise.
    const FindingNumber political{QStringLiteral("political.advantage-target"), *f.number(QStringLiteral("political.advantage-target"))};
    EXPECT_NE(political.value, 0.7);
    EXPECT_EQ(political.rounded(), 0.7);
}

// Issue 21, defect 2: dynamic balance only asked the balance index to fall and
// rise, so a triangle led by mission at every stage, or a flat rise, passed.
TEST(FindingsTest, DynamicBalanceAsksForTheArticlesSequenceOfForms)
{
    // Beijing: advantage-led by mission at all three stages.
    const auto beijing = findingsFor(threeStages(makeScores(4, 2, 3), makeScores(6, 2.7, 4), makeScores(7, 3.3, 5))).of(Claim::DynamicBalance);
    EXPECT_EQ(beijing.verdict, Verdict::NotSupported) << qPrintable(beijing.explanation);
    EXPECT_TRUE(beijing.explanation.contains(QStringLiteral("initial triangle is not balanced"))) << qPrintable(beijing.explanation);
    // A flat +0.7 on every dimension: balanced throughout, its spread unchanged.
    const auto flat = findingsFor(threeStages(makeScores(3, 3, 3), makeScores(3.7, 3.7, 3.7), makeScores(4.4, 4.4, 4.4))).of(Claim::DynamicBalance);
    EXPECT_EQ(flat.verdict, Verdict::NotSupported);
    EXPECT_EQ(*flat.number(QStringLiteral("spread.advantage")), 0.0);
    // The article's shape, with the states named.
    const auto yes = findingsFor(threeStages(makeScores(3.2, 2.9, 3.1), makeScores(8, 5.8, 6.3), makeScores(8.7, 8.3, 8.5))).of(Claim::DynamicBalance);
    EXPECT_EQ(yes.verdict, Verdict::Supported) << qPrintable(yes.explanation);
    EXPECT_TRUE(yes.summary.contains(QStringLiteral("Advantage-led"))) << qPrintable(yes.summary);
    EXPECT_NEAR(*yes.number(QStringLiteral("spread.advantage")), 2.2, 1e-9);
}

// Issue 21, defect 3: the others catching up is what returns the balance, so
// traction from the scores and dynamic balance are nearly one test.
TEST(FindingsTest, TractionFromScoresAndDynamicBalanceCountAsOneSupport)
{
    const RegionFindings both = findingsFor(threeStages(makeScores(3.2, 2.9, 3.1), makeScores(8, 5.8, 6.3), makeScores(8.7, 8.3, 8.5)));
    ASSERT_EQ(both.of(Claim::TractionFromScores).verdict, Verdict::Supported);
    ASSERT_EQ(both.of(Claim::DynamicBalance).verdict, Verdict::Supported);
    const VerdictTally tally = tallyVerdicts(both);
    EXPECT_EQ(tally.supported, 2); // continuous evolution, and the pair once
    EXPECT_TRUE(tally.tractionAndBalanceCountedOnce);
    EXPECT_TRUE(verdictTallyText(tally).contains(QStringLiteral("counted once"))) << qPrintable(verdictTallyText(tally));
}

// Issue 21, defect 5: what is dated after the advantage stage cannot have made
// its advantage.
TEST(FindingsTest, RecordsAfterTheAdvantageStageDoNotCount)
{
    FindingsInput in = threeStages(makeScores(3, 3, 3), makeScores(8, 5, 5), makeScores(8.5, 8, 8));
    in.advantageEndYear = 2020;
    in.records = {record(2016, {Dimension::Mission}), record(2019, {Dimension::Political}), record(2020, {Dimension::Operational}),
                  record(2022, {Dimension::Mission}), record(2023, {Dimension::Mission}), record(2024, {Dimension::Mission})};
    const auto f = findingsFor(in).of(Claim::TractionFromEvidence);
    // Counting 2022–2024, mission would reach half only in 2022, after the others.
    EXPECT_EQ(f.verdict, Verdict::Supported) << qPrintable(f.explanation);
    EXPECT_EQ(*f.number(QStringLiteral("records.after-advantage")), 3.0);
    EXPECT_EQ(*f.number(QStringLiteral("mission.records")), 1.0);
    EXPECT_TRUE(f.explanation.contains(QStringLiteral("not counted"))) << qPrintable(f.explanation);
}

TEST(FindingsTest, TheSentenceGivesEveryVerdictWithItsDecidingNumbers)
{
    FindingsInput in = threeStages(makeScores(3.2, 3, 3), makeScores(8, 5, 5.5), makeScores(8.5, 8, 8));
    in.records = {record(2016, {Dimension::Mission}), record(2017, {Dimension::Mission}), record(2019, {Dimension::Political, Dimension::Operational})};
    const QString sentence = findingsSentence(findingsFor(in));
    EXPECT_TRUE(sentence.contains(QStringLiteral("Continuous evolution: supported (every score rises or holds)"))) << qPrintable(sentence);
    EXPECT_TRUE(sentence.contains(QStringLiteral("Mission +4.8 first"))) << qPrintable(sentence);
    EXPECT_TRUE(sentence.contains(QStringLiteral("Balanced, low → Advantage-led by Mission → Balanced, high"))) << qPrintable(sentence);
    EXPECT_TRUE(sentence.endsWith(QLatin1Char('.')));
}

// The report's summary sentence opens with the verdicts counted apart.
TEST(FindingsTest, TheSentenceOpensWithTheTally)
{
    FindingsInput in;
    in.advantage = makeScores(8, 5, 5.5);
    in.records = {record(2016, {Dimension::Mission}), record(2017, {Dimension::Mission}), record(2019, {Dimension::Political, Dimension::Operational})};
    const QString sentence = findingsSentence(findingsFor(in));
    EXPECT_TRUE(sentence.startsWith(QStringLiteral("1 supported, 0 not supported, 3 not enough data. "))) << qPrintable(sentence);
}

// A user reads "Mission: dated records", not the stable key "mission.records".
TEST(FindingsTest, ANumberHasAHumanNameBesideItsKey)
{
    EXPECT_EQ(findingNumberName(QStringLiteral("mission.records")), QStringLiteral("Mission: dated policies and milestones"));
    EXPECT_EQ(findingNumberName(QStringLiteral("political.halfway-year")), QStringLiteral("Political: year half the records are reached"));
    EXPECT_EQ(findingNumberName(QStringLiteral("operational.initial-advantage")),
              QStringLiteral("Operational: change from the initial to the advantage stage"));
    EXPECT_EQ(findingNumberName(QStringLiteral("mission.advantage-target")),
              QStringLiteral("Mission: change from the advantage to the target stage"));
    EXPECT_EQ(findingNumberName(QStringLiteral("balance.advantage")), QStringLiteral("Balance at the advantage stage"));
    EXPECT_EQ(findingNumberName(QStringLiteral("unknown.key")), QStringLiteral("unknown.key")) << "an unknown key shows as it is";
}

// The rule names its parameters by their labels, not by the constants' names in the code.
TEST(FindingsTest, TheRuleNamesItsParametersByTheirLabels)
{
    const RegionFindings all = findingsFor(threeStages(makeScores(3, 3, 3), makeScores(8, 5, 3), makeScores(8.5, 8, 8)));
    const QString balance = all.of(Claim::DynamicBalance).thresholds;
    EXPECT_TRUE(balance.contains(QStringLiteral("0.80"))) << qPrintable(balance);
    EXPECT_FALSE(balance.contains(QStringLiteral("BalancedMinRatio"))) << qPrintable(balance);
    const QString evolution = all.of(Claim::ContinuousEvolution).thresholds;
    EXPECT_TRUE(evolution.contains(QStringLiteral("tolerance for a fall in score"))) << qPrintable(evolution);
    EXPECT_FALSE(evolution.contains(QStringLiteral("EvolutionFallTolerance"))) << qPrintable(evolution);
}

// "0 of 4 claims supported" read as failure when three lacked data: the three verdicts are counted apart.
TEST(FindingsTest, TheTallyCountsSupportedNotSupportedAndNotEnoughDataApart)
{
    FindingsInput in;
    in.advantage = makeScores(8, 5, 5.5);
    in.records = {record(2016, {Dimension::Mission}), record(2017, {Dimension::Mission}), record(2019, {Dimension::Political, Dimension::Operational})};
    const RegionFindings findings = findingsFor(in);
    const VerdictTally tally = tallyVerdicts(findings);
    EXPECT_EQ(tally.supported, 1);
    EXPECT_EQ(tally.notSupported, 0);
    EXPECT_EQ(tally.notEnoughData, 3);
    EXPECT_EQ(verdictTallyText(tally), QStringLiteral("1 supported, 0 not supported, 3 not enough data"));
}

// Issue 21, defect 4: the target triangle's scores are planned values; a claim
// that reads them is neither supported nor not, and says what the plan gives.
TEST(FindingsTest, AClaimOnAPlannedTargetStageReadsPlannedNotObserved)
{
    FindingsInput in = threeStages(makeScores(3.2, 2.9, 3.1), makeScores(8, 5.8, 6.3), makeScores(8.7, 8.3, 8.5));
    in.targetPlanned = true;
    in.records = {record(2016, {Dimension::Mission}), record(2017, {Dimension::Mission}), record(2019, {Dimension::Political, Dimension::Operational})};
    const RegionFindings findings = findingsFor(in);
    for (Claim c : {Claim::ContinuousEvolution, Claim::TractionFromScores, Claim::DynamicBalance}) {
        EXPECT_EQ(findings.of(c).verdict, Verdict::Planned) << qPrintable(claimKey(c));
        EXPECT_TRUE(findings.of(c).explanation.contains(QStringLiteral("would be supported"))) << qPrintable(findings.of(c).explanation);
    }
    // The dated evidence reads the stages up to the advantage one: observed.
    EXPECT_EQ(findings.of(Claim::TractionFromEvidence).verdict, Verdict::Supported);
    const VerdictTally tally = tallyVerdicts(findings);
    EXPECT_EQ(tally.supported, 1);
    EXPECT_EQ(tally.planned, 3);
    EXPECT_FALSE(tally.tractionAndBalanceCountedOnce);
    EXPECT_TRUE(verdictTallyText(tally).contains(QStringLiteral("3 planned, not observed"))) << qPrintable(verdictTallyText(tally));
}

// What the observed stages already contradict is not supported, planned target or not.
TEST(FindingsTest, AClaimFailedBeforeThePlannedStageIsNotSupported)
{
    // Beijing-like: led by mission from the initial stage, observed.
    FindingsInput in = threeStages(makeScores(4, 2, 3), makeScores(6, 2.7, 4), makeScores(7, 3.3, 5));
    in.targetPlanned = true;
    EXPECT_EQ(findingsFor(in).of(Claim::DynamicBalance).verdict, Verdict::NotSupported);
    // A fall to the advantage stage, observed.
    in = threeStages(makeScores(5, 3, 3), makeScores(4.5, 8, 4), makeScores(8, 8.5, 8));
    in.targetPlanned = true;
    EXPECT_EQ(findingsFor(in).of(Claim::ContinuousEvolution).verdict, Verdict::NotSupported);
    // A fall only to the planned target: planned.
    in = threeStages(makeScores(3, 3, 3), makeScores(8, 5, 4), makeScores(7.5, 8, 8));
    in.targetPlanned = true;
    EXPECT_EQ(findingsFor(in).of(Claim::ContinuousEvolution).verdict, Verdict::Planned);
    EXPECT_TRUE(findingsFor(in).of(Claim::ContinuousEvolution).explanation.contains(QStringLiteral("would be not supported")));
}

// Rules v3 (issue 21 §5): the dated-evidence reading counts each record once,
// reads dates as the months they allow, gives a permutation p and the verdict
// without imputed dates, and says when too few records cannot be tested.
namespace {
DatedRecord dated(PartialDate date, DimensionSet dims, std::optional<Dimension> primary = std::nullopt, bool imputed = false)
{
    return {date, dims, primary, imputed};
}

// Political leads at the advantage stage.
FindingsInput politicalLeads() { return threeStages(makeScores(3, 3, 3), makeScores(4, 7, 4), makeScores(7, 8, 7)); }
} // namespace

TEST(FindingsEvidenceTest, ARecordCountsOnceForItsPrimaryDimensionOrIsShared)
{
    const DatedRecord both = dated(PartialDate::ofYear(2018), {Dimension::Mission, Dimension::Operational});
    EXPECT_DOUBLE_EQ(recordWeights(both)[Dimension::Mission], 0.5);
    EXPECT_DOUBLE_EQ(recordWeights(both)[Dimension::Operational], 0.5);
    const DatedRecord primary = dated(PartialDate::ofYear(2018), {Dimension::Mission, Dimension::Operational}, Dimension::Operational);
    EXPECT_DOUBLE_EQ(recordWeights(primary)[Dimension::Mission], 0.0);
    EXPECT_DOUBLE_EQ(recordWeights(primary)[Dimension::Operational], 1.0);

    // Counted for each dimension (rules v2), three operational-and-mission
    // records of 2017 put mission's half-way point before political's 2018
    // pair; counted for their primary, operational, they leave political first.
    FindingsInput in = politicalLeads();
    in.records = {dated(PartialDate::ofYear(2016), {Dimension::Political}), dated(PartialDate::ofYear(2017), {Dimension::Political})};
    for (int i = 0; i < 3; ++i)
        in.records << dated(PartialDate::ofYear(2019), {Dimension::Mission, Dimension::Operational}, Dimension::Operational);
    in.records << dated(PartialDate::ofYear(2015), {Dimension::Mission, Dimension::Political}, Dimension::Political);
    const ClaimFinding f = findingsFor(in).of(Claim::TractionFromEvidence);
    EXPECT_EQ(f.verdict, Verdict::Supported) << qPrintable(f.explanation);
    EXPECT_DOUBLE_EQ(*f.number(QStringLiteral("operational.records")), 3.0);
    EXPECT_DOUBLE_EQ(*f.number(QStringLiteral("mission.records")), 0.0);
    EXPECT_TRUE(f.explanation.contains(QStringLiteral("Mission 4 record"))) << qPrintable(f.explanation);
}

TEST(FindingsEvidenceTest, MonthsOrderWhatYearsCannot)
{
    FindingsInput in = politicalLeads();
    in.records = {dated(PartialDate::ofMonth(2018, 3), {Dimension::Political}), dated(PartialDate::ofMonth(2018, 10), {Dimension::Mission}),
                  dated(PartialDate::ofMonth(2018, 11), {Dimension::Operational})};
    EXPECT_EQ(findingsFor(in).of(Claim::TractionFromEvidence).verdict, Verdict::Supported);
    // Political dated by the year only: any month of 2018, so it may come after October.
    in.records[0] = dated(PartialDate::ofYear(2018), {Dimension::Political});
    const ClaimFinding f = findingsFor(in).of(Claim::TractionFromEvidence);
    EXPECT_EQ(f.verdict, Verdict::CannotTell) << qPrintable(f.explanation);
    EXPECT_TRUE(f.explanation.contains(QStringLiteral("Mission reaches half by 2018-10"))) << qPrintable(f.explanation);
}

TEST(FindingsEvidenceTest, TheVerdictWithoutImputedDatesStandsBesideIt)
{
    // The review's counter-example: the order rests on dates the source does not give.
    FindingsInput in = politicalLeads();
    in.records = {dated(PartialDate::ofYear(2019), {Dimension::Political}, std::nullopt, true),
                  dated(PartialDate::ofYear(2019), {Dimension::Political}, std::nullopt, true),
                  dated(PartialDate::ofMonth(2020, 9), {Dimension::Political}),
                  dated(PartialDate::ofMonth(2018, 5), {Dimension::Mission}), dated(PartialDate::ofYear(2020), {Dimension::Operational})};
    const ClaimFinding f = findingsFor(in).of(Claim::TractionFromEvidence);
    EXPECT_EQ(f.verdict, Verdict::NotSupported) << qPrintable(f.explanation); // mission half by 2018-05, political by 2019
    ASSERT_TRUE(f.verdictWithoutImputedDates);
    EXPECT_EQ(*f.verdictWithoutImputedDates, Verdict::NotSupported);
    EXPECT_DOUBLE_EQ(*f.number(QStringLiteral("records.imputed")), 2.0);
    // Placed a year earlier, the two imputed records would make political first: the verdict moves with them.
    in.records[0].date = in.records[1].date = PartialDate::ofYear(2017);
    const ClaimFinding moved = findingsFor(in).of(Claim::TractionFromEvidence);
    EXPECT_EQ(moved.verdict, Verdict::Supported) << qPrintable(moved.explanation);
    EXPECT_EQ(*moved.verdictWithoutImputedDates, Verdict::NotSupported);
    EXPECT_TRUE(moved.explanation.contains(QStringLiteral("whose dates the source does not give: not supported")))
        << qPrintable(moved.explanation);
}

TEST(FindingsEvidenceTest, TooFewRecordsCannotBeTestedAndSayWhy)
{
    FindingsInput in = politicalLeads();
    in.records = {dated(PartialDate::ofYear(2016), {Dimension::Political}), dated(PartialDate::ofYear(2018), {Dimension::Mission})};
    const ClaimFinding f = findingsFor(in).of(Claim::TractionFromEvidence);
    EXPECT_EQ(f.verdict, Verdict::NotEnoughData);
    EXPECT_TRUE(f.explanation.startsWith(QStringLiteral("Cannot be tested: at least 3 dated records (there are 2)"))) << qPrintable(f.explanation);
}

TEST(FindingsEvidenceTest, ThePermutationPIsSmallOnlyWhenTheOrderIsClear)
{
    // Political's eight records all precede the others' eight: a shuffle of
    // the labels rarely puts political that far ahead.
    QList<DatedRecord> clear;
    for (int i = 0; i < 8; ++i) {
        clear << dated(PartialDate::ofYear(2010 + i), {Dimension::Political});
        clear << dated(PartialDate::ofYear(2020 + i), {i % 2 ? Dimension::Mission : Dimension::Operational});
    }
    const double p = halfwayPermutationP(clear, Dimension::Political, 2000);
    EXPECT_LT(p, 0.01);
    // Interleaved, political leads by a year: a lead shuffles match often.
    QList<DatedRecord> mixed;
    for (int i = 0; i < 6; ++i)
        mixed << dated(PartialDate::ofYear(2010 + 2 * i), {Dimension::Political})
              << dated(PartialDate::ofYear(2011 + 2 * i), {i % 2 ? Dimension::Mission : Dimension::Operational});
    EXPECT_GT(halfwayPermutationP(mixed, Dimension::Political, 2000), 0.2);
    EXPECT_EQ(halfwayPermutationP(clear, Dimension::Political, 500, 3), halfwayPermutationP(clear, Dimension::Political, 500, 3));
}

// The verdicts alone (verdictsFor, used by the draws) decide as the findings
// in full do: compared over random regions that reach every branch — stages
// missing, planned targets, shared leads, falls, ties and too few dated
// records, other thresholds.
TEST(FindingsTest, TheVerdictsAloneAreTheFindingsVerdicts)
{
    std::mt19937_64 engine(20261208);
    auto chance = [&](double p) { return std::bernoulli_distribution(p)(engine); };
    auto pick = [&](int from, int to) { return std::uniform_int_distribution<int>(from, to)(engine); };
    // Scores near each other, so ties and equal gains are common.
    auto scores = [&](int base) {
        return makeScores((base + pick(-8, 8)) / 10.0, (base + pick(-8, 8)) / 10.0, (base + pick(-8, 8)) / 10.0);
    };
    std::array<int, 5> seen{};
    for (int i = 0; i < 20000; ++i) {
        FindingsInput in;
        if (!chance(0.05))
            in.initial = scores(30);
        if (!chance(0.05))
            in.advantage = scores(pick(30, 70));
        if (!chance(0.05))
            in.target = scores(pick(40, 80));
        in.targetPlanned = chance(0.5);
        in.thresholds.leadTie = pick(0, 15) / 10.0;
        in.thresholds.balancedMinRatio = pick(50, 95) / 100.0;
        in.thresholds.advantageMargin = pick(0, 20) / 10.0;
        if (chance(0.5))
            in.advantageEndYear = pick(2016, 2021);
        in.evidenceShuffles = 0;
        for (int r = pick(0, 8); r > 0; --r) {
            DatedRecord record;
            const int year = pick(2012, 2022);
            record.date = chance(0.5) ? PartialDate::ofYear(year) : PartialDate::ofMonth(year, pick(1, 12));
            record.dimensions = DimensionSet::fromBits(unsigned(pick(1, 7)));
            if (chance(0.3))
                record.primary = AllDimensions[std::size_t(pick(0, 2))];
            record.dateImputed = chance(0.2);
            in.records << record;
        }
        const RegionFindings full = findingsFor(in);
        const ClaimVerdicts alone = verdictsFor(in);
        for (Claim c : AllClaims) {
            ASSERT_EQ(alone.of(c), full.of(c).verdict) << "case " << i << ", " << qPrintable(claimKey(c)) << ": "
                                                       << qPrintable(full.of(c).explanation);
            ASSERT_EQ(alone.planReadingOf(c), full.of(c).planReading) << "case " << i << ", " << qPrintable(claimKey(c));
            ++seen[std::size_t(full.of(c).verdict)];
        }
    }
    for (Verdict v : {Verdict::Supported, Verdict::NotSupported, Verdict::NotEnoughData, Verdict::CannotTell, Verdict::Planned})
        EXPECT_GT(seen[std::size_t(v)], 100) << qPrintable(verdictKey(v)) << " is reached";
}
