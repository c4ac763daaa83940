#include "analysis/WeightSensitivity.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

using namespace triangle;

namespace {
using Scores = QList<std::optional<double>>;

SensitivityRegion region(qint64 id, Scores mission, Scores political, Scores operational,
                         DimensionScores fixed = makeScores(0, 0, 0))
{
    SensitivityRegion r;
    r.regionId = id;
    // One rater, as a database with a single analyst has.
    r.raterScores[Dimension::Mission] = {std::move(mission)};
    r.raterScores[Dimension::Political] = {std::move(political)};
    r.raterScores[Dimension::Operational] = {std::move(operational)};
    r.fixedScores = fixed;
    return r;
}

PerDimension<QList<double>> weights(QList<double> mission, QList<double> political, QList<double> operational)
{
    PerDimension<QList<double>> w;
    w[Dimension::Mission] = std::move(mission);
    w[Dimension::Political] = std::move(political);
    w[Dimension::Operational] = std::move(operational);
    return w;
}

// Mission from two equally weighted indicators 9 and 5, Political and
// Operational set by hand at 5.8 and 2. With the chosen weights Mission is 7
// and leads by 1.2. A draw gives Mission weights (W, 1 − W), W ~ Beta(κ/2, κ/2),
// so Mission = 5 + 4·W: the lead is shared once Mission ≤ 6.3 (W ≤ 0.325) and
// passes to Political once Mission < 5.3 (W < 0.075).
SensitivityInput flipInput(double concentration, int draws = 20000)
{
    SensitivityInput input;
    input.weights = weights({1, 1}, {1}, {1});
    input.regions = {region(1, {9.0, 5.0}, {std::nullopt}, {}, makeScores(0, 5.8, 2))};
    input.onScoreGrid = false; // the closed forms below assume continuous scores
    input.concentration = concentration;
    input.draws = draws;
    return input;
}

void expectSameResult(const SensitivityResult &a, const SensitivityResult &b)
{
    ASSERT_EQ(a.regions.size(), b.regions.size());
    EXPECT_EQ(a.draws, b.draws);
    EXPECT_EQ(a.seed, b.seed);
    for (qsizetype i = 0; i < a.regions.size(); ++i) {
        const SensitivityRegionResult &x = a.regions[i];
        const SensitivityRegionResult &y = b.regions[i];
        EXPECT_EQ(x.regionId, y.regionId);
        EXPECT_EQ(x.baselineScores, y.baselineScores);
        EXPECT_EQ(x.baselineRank, y.baselineRank);
        EXPECT_EQ(x.leadingChangeRate, y.leadingChangeRate);
        EXPECT_EQ(x.formChangeRate, y.formChangeRate);
        EXPECT_EQ(x.rankChangeRate, y.rankChangeRate);
        EXPECT_EQ(x.rankMin, y.rankMin);
        EXPECT_EQ(x.rankMax, y.rankMax);
        EXPECT_EQ(x.leadingShare, y.leadingShare);
        EXPECT_EQ(x.noLeaderShare, y.noLeaderShare);
    }
}
} // namespace

TEST(WeightSensitivityTest, AgreeingIndicatorsNeverChange)
{
    SensitivityInput input;
    input.weights = weights({1, 2, 3}, {1, 1}, {4});
    // Two identical regions share rank 1; the third comes after both, at 3.
    input.regions = {region(1, {7.0, 7.0, 7.0}, {4.0, 4.0}, {2.0}), region(2, {7.0, 7.0, 7.0}, {4.0, 4.0}, {2.0}),
                     region(3, {3.0, 3.0, 3.0}, {3.0, 3.0}, {3.0})};
    input.concentration = 0.5; // weights all over the place: still no effect
    input.draws = 2000;
    const SensitivityResult result = runWeightSensitivity(input);

    ASSERT_EQ(result.regions.size(), 3);
    EXPECT_EQ(result.draws, 2000);
    const SensitivityRegionResult &r = result.regions[0];
    EXPECT_EQ(r.regionId, 1);
    EXPECT_TRUE(r.weightsApply);
    EXPECT_NEAR(r.baselineScores[Dimension::Mission], 7.0, 1e-12);
    EXPECT_NEAR(r.baselineScores[Dimension::Political], 4.0, 1e-12);
    EXPECT_NEAR(r.baselineScores[Dimension::Operational], 2.0, 1e-12);
    EXPECT_EQ(r.baselineLeading, Dimension::Mission);
    EXPECT_EQ(r.baselineForm, classifyForm(makeScores(7, 4, 2)));
    for (const SensitivityRegionResult &each : result.regions) {
        EXPECT_DOUBLE_EQ(each.leadingChangeRate, 0.0);
        EXPECT_DOUBLE_EQ(each.formChangeRate, 0.0);
        EXPECT_DOUBLE_EQ(each.rankChangeRate, 0.0);
    }
    EXPECT_DOUBLE_EQ(r.leadingShare[Dimension::Mission], 1.0);
    EXPECT_DOUBLE_EQ(r.noLeaderShare, 0.0);
    EXPECT_DOUBLE_EQ(result.regions[2].noLeaderShare, 1.0); // 3, 3, 3: a three-way lead

    EXPECT_EQ(result.regions[0].baselineRank, 1);
    EXPECT_EQ(result.regions[1].baselineRank, 1);
    EXPECT_EQ(result.regions[2].baselineRank, 3);
    EXPECT_EQ(result.regions[2].rankMin, 3);
    EXPECT_EQ(result.regions[2].rankMax, 3);
}

TEST(WeightSensitivityTest, LeadFlipsInThePredictedShare)
{
    // κ = 2: W ~ Beta(1, 1), uniform, so the shares are the interval lengths.
    const SensitivityResult uniform = runWeightSensitivity(flipInput(2.0));
    const SensitivityRegionResult &u = uniform.regions[0];
    EXPECT_NEAR(u.baselineScores[Dimension::Mission], 7.0, 1e-12);
    EXPECT_EQ(u.baselineLeading, Dimension::Mission);
    // 20,000 draws: a share's standard error is at most 0.0035.
    EXPECT_NEAR(u.leadingChangeRate, 0.325, 0.015);
    EXPECT_NEAR(u.leadingShare[Dimension::Political], 0.075, 0.015);
    EXPECT_NEAR(u.noLeaderShare, 0.25, 0.015);
    EXPECT_NEAR(u.leadingShare[Dimension::Mission], 0.675, 0.015);
    EXPECT_DOUBLE_EQ(u.leadingShare[Dimension::Operational], 0.0);
    EXPECT_NEAR(u.leadingShare[Dimension::Mission] + u.leadingShare[Dimension::Political] + u.noLeaderShare, 1.0,
                1e-12);

    // κ = 1: W ~ Beta(½, ½), the arcsine law, P(W ≤ x) = (2/π)·asin(√x);
    // shapes below 1 take the sampler's other branch.
    const SensitivityRegionResult a = runWeightSensitivity(flipInput(1.0)).regions[0]; // a copy: the result is a temporary
    const auto arcsine = [](double x) { return 2.0 / std::numbers::pi * std::asin(std::sqrt(x)); };
    EXPECT_NEAR(a.leadingChangeRate, arcsine(0.325), 0.015);
    EXPECT_NEAR(a.leadingShare[Dimension::Political], arcsine(0.075), 0.015);

    // A huge concentration keeps W within about 0.0005 of ½: no flips.
    const SensitivityRegionResult tight = runWeightSensitivity(flipInput(1e6)).regions[0];
    EXPECT_LT(tight.leadingChangeRate, 0.001);
    EXPECT_GT(u.leadingChangeRate, 0.2);
}

TEST(WeightSensitivityTest, RanksOfTwoRegionsSwap)
{
    // Region 1: Mission = 3 + 5·W with W uniform (κ = 2), Political and
    // Operational 5, so its area ∝ 10·Mission + 25. Region 2 is 5, 5, 5
    // (∝ 75). With the chosen weights Mission is 5.5 and region 1 is first;
    // it falls behind once Mission < 5, i.e. W < 0.4.
    SensitivityInput input;
    input.weights = weights({1, 1}, {1}, {1});
    input.regions = {region(1, {8.0, 3.0}, {5.0}, {5.0}), region(2, {5.0, 5.0}, {5.0}, {5.0})};
    input.onScoreGrid = false; // the closed form assumes continuous scores
    input.concentration = 2.0;
    input.draws = 20000;
    const SensitivityResult result = runWeightSensitivity(input);

    const SensitivityRegionResult &first = result.regions[0];
    const SensitivityRegionResult &second = result.regions[1];
    EXPECT_EQ(first.baselineRank, 1);
    EXPECT_EQ(second.baselineRank, 2);
    EXPECT_NEAR(first.rankChangeRate, 0.4, 0.015);
    EXPECT_DOUBLE_EQ(second.rankChangeRate, first.rankChangeRate); // a swap moves both
    EXPECT_EQ(first.rankMin, 1);
    EXPECT_EQ(first.rankMax, 2);
    EXPECT_EQ(second.rankMin, 1);
    EXPECT_EQ(second.rankMax, 2);
    // Region 2's own scores never move.
    EXPECT_DOUBLE_EQ(second.leadingChangeRate, 0.0);
    EXPECT_DOUBLE_EQ(second.formChangeRate, 0.0);
}

TEST(WeightSensitivityTest, HandScoresAreUnaffected)
{
    SensitivityInput input;
    input.weights = weights({1, 1}, {1, 3}, {2, 2});
    // Region 7 has no indicator values at all (lists all nullopt, short or
    // empty): its hand-set scores stand. Region 8 varies but stays far smaller.
    input.regions = {region(7, {std::nullopt, std::nullopt}, {std::nullopt}, {}, makeScores(8, 4, 3)),
                     region(8, {2.0, 1.0}, {1.0, 2.0}, {1.0, 2.0})};
    input.concentration = 1.0;
    input.draws = 2000;
    const SensitivityResult result = runWeightSensitivity(input);

    const SensitivityRegionResult &hand = result.regions[0];
    EXPECT_FALSE(hand.weightsApply);
    EXPECT_EQ(hand.baselineScores, makeScores(8, 4, 3));
    EXPECT_EQ(hand.baselineLeading, Dimension::Mission);
    EXPECT_DOUBLE_EQ(hand.leadingChangeRate, 0.0);
    EXPECT_DOUBLE_EQ(hand.formChangeRate, 0.0);
    EXPECT_DOUBLE_EQ(hand.rankChangeRate, 0.0);
    EXPECT_DOUBLE_EQ(hand.leadingShare[Dimension::Mission], 1.0);
    EXPECT_TRUE(result.regions[1].weightsApply);
}

TEST(WeightSensitivityTest, MissingIndicatorsRenormaliseTheWeights)
{
    // Mission weights 1, 2, 3 with the middle value missing: (1·8 + 3·4) / 4 = 5.
    // One Political value is enough for the weights to apply there: its hand
    // score is ignored. Operational has none and keeps its hand score.
    SensitivityInput input;
    input.weights = weights({1, 2, 3}, {1, 1}, {1});
    input.regions = {region(1, {8.0, std::nullopt, 4.0}, {std::nullopt, 6.0}, {std::nullopt}, makeScores(0, 0, 9))};
    input.draws = 0;
    const SensitivityResult result = runWeightSensitivity(input);
    const SensitivityRegionResult &r = result.regions[0];
    EXPECT_NEAR(r.baselineScores[Dimension::Mission], 5.0, 1e-12);
    EXPECT_NEAR(r.baselineScores[Dimension::Political], 6.0, 1e-12);
    EXPECT_DOUBLE_EQ(r.baselineScores[Dimension::Operational], 9.0);
    EXPECT_TRUE(r.weightsApply);
    // No draws: nothing changes, the rank range is the baseline rank.
    EXPECT_EQ(result.draws, 0);
    EXPECT_DOUBLE_EQ(r.leadingChangeRate, 0.0);
    EXPECT_EQ(r.rankMin, 1);
    EXPECT_EQ(r.rankMax, 1);
}

TEST(WeightSensitivityTest, SameSeedRepeatsAndAnotherSeedDiffers)
{
    SensitivityInput input = flipInput(2.0, 3000);
    input.weights = weights({1, 1}, {1, 2, 1}, {1});
    input.regions.append(region(2, {4.0, 6.0}, {3.0, 7.0, 5.0}, {5.0}));
    input.regions.append(region(3, {6.0, 4.0}, {6.0, 2.0, 4.0}, {5.5}));
    input.seed = 42;

    const SensitivityResult once = runWeightSensitivity(input);
    const SensitivityResult again = runWeightSensitivity(input);
    EXPECT_EQ(once.seed, 42u);
    EXPECT_DOUBLE_EQ(once.concentration, 2.0);
    expectSameResult(once, again);

    input.seed = 43;
    const SensitivityResult other = runWeightSensitivity(input);
    EXPECT_EQ(other.regions[0].baselineScores, once.regions[0].baselineScores);
    // Any single share could coincide by chance; all of them together cannot.
    bool anyDiffers = false;
    for (qsizetype i = 0; i < once.regions.size(); ++i) {
        const SensitivityRegionResult &x = once.regions[i];
        const SensitivityRegionResult &y = other.regions[i];
        anyDiffers = anyDiffers || x.leadingChangeRate != y.leadingChangeRate || x.formChangeRate != y.formChangeRate
                     || x.rankChangeRate != y.rankChangeRate || x.leadingShare != y.leadingShare
                     || x.noLeaderShare != y.noLeaderShare;
    }
    EXPECT_TRUE(anyDiffers);
}

// Issue 21, defect 7: the run combined the raters per indicator, the app per
// rater, so with one rating missing it started from a reading shown nowhere
// else. Rater A gives mission 10 and 5 (7.5), rater B only the second (5): the
// app's mean is 6.25, reported 6.3 (half rounds away from zero, as stored);
// per indicator it would be (10 + 5) / 2 = 7.5.
TEST(WeightSensitivityTest, StartsFromTheScoresTheAppReports)
{
    SensitivityInput input;
    input.weights = weights({1, 1}, {1}, {1});
    SensitivityRegion r;
    r.regionId = 1;
    r.raterScores[Dimension::Mission] = {{10.0, 5.0}, {std::nullopt, 5.0}};
    r.raterScores[Dimension::Political] = {{6.0}, {6.0}};
    r.raterScores[Dimension::Operational] = {{5.0}, {5.0}};
    input.regions = {r};
    input.draws = 0;
    const SensitivityResult mean = runWeightSensitivity(input);
    EXPECT_DOUBLE_EQ(mean.regions[0].baselineScores[Dimension::Mission], 6.3);
    EXPECT_EQ(mean.regions[0].baselineLeading, std::nullopt) << "6.3 and 6.0 share the lead";

    input.aggregate = RaterAggregate::Median; // of two raters: their mean
    EXPECT_DOUBLE_EQ(runWeightSensitivity(input).regions[0].baselineScores[Dimension::Mission], 6.3);
    r.raterScores[Dimension::Mission] << QList<std::optional<double>>{4.0, 4.0}; // a third rater: the median is 5
    input.regions = {r};
    EXPECT_DOUBLE_EQ(runWeightSensitivity(input).regions[0].baselineScores[Dimension::Mission], 5.0);
}
