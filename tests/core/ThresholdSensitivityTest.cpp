// The claims tested again under other values of the form classifier's
// constants, on a case whose turning points are worked out by hand beside
// each expectation.

#include "analysis/ThresholdSensitivity.h"

#include <gtest/gtest.h>

using namespace triangle;

namespace {
// 2/2/2 → 3.5/2/2 → 4/4/4. At the advantage stage mission leads by 1.5
// points (lowest / highest 2 / 3.5 = 0.571, spread 1.5); the other two
// stages are even. Mission gains +1.5 first, the others +2.0 after.
FindingsInput pulledByMission()
{
    FindingsInput in;
    in.initial = makeScores(2, 2, 2);
    in.advantage = makeScores(3.5, 2, 2);
    in.target = makeScores(4, 4, 4);
    return in;
}

const ThresholdReading &readingOf(const ThresholdSensitivity &s, Claim claim, FormThreshold threshold)
{
    return s.of(claim).readings[qsizetype(threshold)];
}
} // namespace

TEST(ThresholdSensitivityTest, TheReportedOutcomesAreTheRulesOwnAtTheReportedThresholds)
{
    const ThresholdSensitivity s = thresholdSensitivity(pulledByMission());
    ASSERT_EQ(s.claims.size(), qsizetype(AllClaims.size()));
    EXPECT_EQ(s.of(Claim::TractionFromScores).reported.verdict, Verdict::Supported);
    EXPECT_EQ(s.of(Claim::DynamicBalance).reported.verdict, Verdict::Supported);
    for (const ClaimThresholdSensitivity &c : s.claims) {
        ASSERT_EQ(c.readings.size(), qsizetype(AllFormThresholds.size()));
        for (const ThresholdReading &r : c.readings) {
            EXPECT_LE(r.holdsFrom, r.value) << qPrintable(thresholdKey(r.threshold));
            EXPECT_GE(r.holdsTo, r.value) << qPrintable(thresholdKey(r.threshold));
        }
    }
}

TEST(ThresholdSensitivityTest, TheBalanceRatioTurnsDynamicBalanceWhereTheAdvantageTriangleReadsBalanced)
{
    const ThresholdReading &r = readingOf(thresholdSensitivity(pulledByMission()), Claim::DynamicBalance,
                                          FormThreshold::BalancedMinRatio);
    // 0.571 ≥ 0.57: from a threshold of 0.57 down, the advantage triangle is
    // balanced and the claim's middle state is gone.
    EXPECT_DOUBLE_EQ(r.value, BalancedMinRatio);
    EXPECT_DOUBLE_EQ(r.holdsFrom, 0.58);
    EXPECT_DOUBLE_EQ(r.holdsTo, 0.95);
    ASSERT_TRUE(r.below);
    EXPECT_DOUBLE_EQ(r.below->value, 0.57);
    EXPECT_EQ(r.below->outcome.verdict, Verdict::NotSupported);
    EXPECT_FALSE(r.above);
    EXPECT_EQ(thresholdReadingText(r).toStdString(), "holds for 0.58–0.95; not supported at 0.57");
}

TEST(ThresholdSensitivityTest, TheSpreadMarginTurnsDynamicBalanceAboveTheAdvantageSpread)
{
    const ThresholdReading &r = readingOf(thresholdSensitivity(pulledByMission()), Claim::DynamicBalance,
                                          FormThreshold::AdvantageMargin);
    // Balanced when the spread (1.5) is below the margin: from 1.6 up.
    EXPECT_DOUBLE_EQ(r.holdsFrom, 0.0);
    EXPECT_DOUBLE_EQ(r.holdsTo, 1.5);
    ASSERT_TRUE(r.above);
    EXPECT_DOUBLE_EQ(r.above->value, 1.6);
    EXPECT_EQ(r.above->outcome.verdict, Verdict::NotSupported);
    EXPECT_FALSE(r.below);
}

TEST(ThresholdSensitivityTest, TheLeadTieTurnsTractionWhereTheLeadIsShared)
{
    const ThresholdSensitivity s = thresholdSensitivity(pulledByMission());
    const ThresholdReading &r = readingOf(s, Claim::TractionFromScores, FormThreshold::LeadTie);
    // 2 is within 1.5 of 3.5: at a tie tolerance of 1.5 no single dimension leads.
    EXPECT_DOUBLE_EQ(r.holdsFrom, 0.0);
    EXPECT_DOUBLE_EQ(r.holdsTo, 1.4);
    ASSERT_TRUE(r.above);
    EXPECT_DOUBLE_EQ(r.above->value, 1.5);
    EXPECT_EQ(r.above->outcome.verdict, Verdict::NotSupported);
    // Dynamic balance reads the forms' balance, which the lead tie does not touch.
    EXPECT_TRUE(readingOf(s, Claim::DynamicBalance, FormThreshold::LeadTie).holdsOverSweep());
}

TEST(ThresholdSensitivityTest, TheHighMeanOnlyNamesABalancedTriangleAndTurnsNoVerdict)
{
    const ThresholdSensitivity s = thresholdSensitivity(pulledByMission());
    for (Claim c : AllClaims) {
        const ThresholdReading &r = readingOf(s, c, FormThreshold::BalancedHighMean);
        EXPECT_TRUE(r.holdsOverSweep()) << qPrintable(claimKey(c));
        EXPECT_EQ(thresholdReadingText(r).toStdString(), "holds over every value tried (4.0–8.0)");
    }
}

TEST(ThresholdSensitivityTest, APlannedClaimTurnsWhenItsPlanReadingDoes)
{
    FindingsInput in = pulledByMission();
    in.targetPlanned = true;
    const ThresholdSensitivity s = thresholdSensitivity(in);
    const ClaimThresholdSensitivity &balance = s.of(Claim::DynamicBalance);
    EXPECT_EQ(balance.reported.verdict, Verdict::Planned);
    ASSERT_TRUE(balance.reported.planReading);
    EXPECT_EQ(*balance.reported.planReading, Verdict::Supported);
    // Below 0.58 the observed advantage triangle is balanced: the claim fails
    // whatever the plan says.
    const ThresholdReading &r = balance.readings[qsizetype(FormThreshold::BalancedMinRatio)];
    ASSERT_TRUE(r.below);
    EXPECT_EQ(r.below->outcome.verdict, Verdict::NotSupported);
    EXPECT_EQ(outcomeText(balance.reported).toStdString(), "planned (would be supported)");
}

TEST(ThresholdSensitivityTest, TheSweepsValuesLieOnTheirGrid)
{
    const ThresholdSweep ratio = sweepOf(FormThreshold::BalancedMinRatio);
    EXPECT_EQ(ratio.valueAt(30), 0.8); // 0.5 + 30 × 0.01, not 0.8000000000000003
    EXPECT_EQ(ratio.valueAt(ratio.steps), 0.95);
    for (FormThreshold t : AllFormThresholds) {
        const ThresholdSweep sweep = sweepOf(t);
        const double reported = thresholdValue(FormThresholds{}, t);
        bool onGrid = false;
        for (int i = 0; i <= sweep.steps; ++i)
            onGrid = onGrid || sweep.valueAt(i) == reported;
        EXPECT_TRUE(onGrid) << qPrintable(thresholdKey(t)) << " is one of the values tried";
    }
}
