// Verdicts under redrawn weights and resampled raters, on cases whose shares
// are known: the comment beside each expectation works the share out.

#include "analysis/FindingsUncertainty.h"

#include <gtest/gtest.h>

using namespace triangle;

namespace {
Indicator indicator(Id id, Dimension d, double weight = 1.0)
{
    Indicator i;
    i.id = id;
    i.key = QStringLiteral("i%1").arg(id);
    i.dimension = d;
    i.weight = weight;
    return i;
}

IndicatorValue value(Id indicatorId, Id raterId, double score)
{
    IndicatorValue v;
    v.indicatorId = indicatorId;
    v.raterId = raterId;
    v.score = score;
    return v;
}

StageScoring handScored(DimensionScores scores)
{
    StageScoring s;
    s.reported = scores;
    s.origin = {ScoreOrigin::Hand, ScoreOrigin::Hand, ScoreOrigin::Hand};
    return s;
}

// Mission holds at 5.0 from the initial to the advantage stage only because
// its two advantage indicators (8 and 2) are weighed equally: 2 + 6w with w
// the first one's weight share, below 4.95 (a fall) for w < 0.4917 and above
// 5.05 for w > 0.5083. The other dimensions rise throughout, the target's
// mission (9) is above anything the advantage stage can reach and the target
// is observed, so continuous evolution turns on that weight alone.
FindingsUncertaintyInput knifeEdge(QList<IndicatorValue> advantageValues, DimensionScores advantage)
{
    FindingsUncertaintyInput in;
    in.indicators = {indicator(1, Dimension::Mission), indicator(2, Dimension::Mission), indicator(3, Dimension::Political)};
    in.initial = handScored(makeScores(5, 3, 3));
    StageScoring adv = handScored(advantage);
    adv.origin[Dimension::Mission] = ScoreOrigin::Derived;
    adv.values = advantageValues;
    in.advantage = adv;
    in.target = handScored(makeScores(9, 6, 6)); // above any advantage mission score: no fall after it
    in.findings.initial = in.initial->reported;
    in.findings.advantage = advantage;
    in.findings.target = in.target->reported;
    return in;
}

FindingsUncertaintyInput oneRaterKnifeEdge() { return knifeEdge({value(1, 1, 8), value(2, 1, 2)}, makeScores(5, 5, 5)); }
} // namespace

TEST(FindingsUncertaintyTest, TheReportedVerdictIsTheOneTheChosenWeightsGive)
{
    const FindingsUncertainty u = findingsUncertainty(oneRaterKnifeEdge(), {1e9, 200, 0, 1});
    ASSERT_EQ(u.claims.size(), qsizetype(AllClaims.size()));
    EXPECT_EQ(u.of(Claim::ContinuousEvolution).reported, Verdict::Supported);
    // At κ = 1e9 the drawn weights are the chosen ones to 1e-4: every draw agrees.
    for (const ClaimUncertainty &c : u.claims) {
        ASSERT_TRUE(c.weights) << qPrintable(claimKey(c.claim));
        EXPECT_EQ(c.weights->share(c.reported), 1.0) << qPrintable(claimKey(c.claim));
    }
}

TEST(FindingsUncertaintyTest, AVerdictOnAKnifeEdgeHoldsInAboutHalfTheWeightDraws)
{
    const FindingsUncertainty u = findingsUncertainty(oneRaterKnifeEdge(), {50, 2000, 0, 7});
    const ClaimUncertainty &c = u.of(Claim::ContinuousEvolution);
    ASSERT_TRUE(c.weights);
    EXPECT_EQ(c.weights->draws, 2000);
    // w ~ Beta(25, 25), SD 0.07: P(0.4917 < w < 0.5083) ≈ 0.09 holds at 5.0,
    // and w above 0.5083 rises, ≈ 0.45: supported in ≈ 0.55 of the draws.
    EXPECT_NEAR(c.weights->share(Verdict::Supported), 0.55, 0.05);
    EXPECT_NEAR(c.weights->share(Verdict::NotSupported), 0.45, 0.05);
    EXPECT_FALSE(c.raters) << "one rater: nothing to resample";
    EXPECT_EQ(u.raterCount, 1);
    EXPECT_TRUE(uncertaintyText(c).contains(QStringLiteral("weight draws"))) << qPrintable(uncertaintyText(c));
}

TEST(FindingsUncertaintyTest, RaterResamplesRedrawTheRatersWithReplacement)
{
    // Rater 1 reads mission 8 at the advantage stage, rater 2 reads 2: their
    // mean, 5, holds. A resample of two raters is {1,1} (8, rises), {2,2}
    // (2, falls) or one of each (5, holds): supported in 3 of 4.
    const FindingsUncertaintyInput in = knifeEdge({value(1, 1, 8), value(1, 2, 2)}, makeScores(5, 5, 5));
    const FindingsUncertainty u = findingsUncertainty(in, {50, 0, 4000, 3});
    const ClaimUncertainty &c = u.of(Claim::ContinuousEvolution);
    EXPECT_EQ(u.raterCount, 2);
    EXPECT_FALSE(c.weights) << "no weight draws asked for";
    ASSERT_TRUE(c.raters);
    EXPECT_NEAR(c.raters->share(Verdict::Supported), 0.75, 0.025);
}

TEST(FindingsUncertaintyTest, TheSameSeedGivesTheSameSharesAndAnotherSeedOthers)
{
    const FindingsUncertaintyInput in = oneRaterKnifeEdge();
    const auto a = findingsUncertainty(in, {50, 300, 0, 11}).of(Claim::ContinuousEvolution).weights->counts;
    const auto b = findingsUncertainty(in, {50, 300, 0, 11}).of(Claim::ContinuousEvolution).weights->counts;
    const auto c = findingsUncertainty(in, {50, 300, 0, 12}).of(Claim::ContinuousEvolution).weights->counts;
    EXPECT_EQ(a, b);
    EXPECT_NE(a, c);
}

TEST(FindingsUncertaintyTest, ScoresTypedByHandAreNotRedrawn)
{
    FindingsUncertaintyInput in = oneRaterKnifeEdge();
    in.advantage->origin[Dimension::Mission] = ScoreOrigin::Hand;
    const FindingsUncertainty u = findingsUncertainty(in, {50, 100, 100, 1});
    EXPECT_FALSE(u.of(Claim::ContinuousEvolution).weights);
    EXPECT_TRUE(uncertaintyText(u.of(Claim::ContinuousEvolution)).contains(QStringLiteral("do not apply")));
    EXPECT_FALSE(concentrationCurve(in, 100).has_value());
}

TEST(FindingsUncertaintyTest, PlannedAndMissingVerdictsSayWhyNothingIsRedrawn)
{
    FindingsUncertaintyInput in = oneRaterKnifeEdge();
    in.findings.targetPlanned = true;
    in.findings.records.clear();
    const FindingsUncertainty u = findingsUncertainty(in, {50, 50, 0, 1});
    EXPECT_EQ(u.of(Claim::ContinuousEvolution).reported, Verdict::Planned);
    EXPECT_TRUE(uncertaintyText(u.of(Claim::ContinuousEvolution)).contains(QStringLiteral("planned")));
    EXPECT_EQ(u.of(Claim::TractionFromEvidence).reported, Verdict::NotEnoughData);
    EXPECT_TRUE(uncertaintyShortText(u.of(Claim::TractionFromEvidence)).isEmpty());
}

TEST(FindingsUncertaintyTest, TheCurveOverKappaChangesMoreVerdictsWhenTheWeightsAreLooser)
{
    const auto curve = concentrationCurve(oneRaterKnifeEdge(), 1000, 5);
    ASSERT_TRUE(curve);
    ASSERT_EQ(curve->size(), qsizetype(CurveConcentrations.size()));
    const std::size_t evolution = std::size_t(Claim::ContinuousEvolution);
    // At κ = 1, w ~ Beta(0.5, 0.5): nearly every draw leaves the knife's
    // edge (0.45 fall); at κ = 200, w has SD 0.035 and holds in ≈ 0.18.
    EXPECT_EQ(curve->first().concentration, 1.0);
    EXPECT_NEAR(curve->first().verdictChange[evolution], 0.49, 0.05);
    EXPECT_NEAR(curve->last().verdictChange[evolution], 0.41, 0.05);
    // The advantage form: 2 + 6w against 5 and 5 moves the lead.
    EXPECT_GT(curve->first().advantageFormChange, curve->last().advantageFormChange);
}
