#include "analysis/DataWeights.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace triangle;

namespace {
constexpr std::nullopt_t _ = std::nullopt;

double roundTo(double x, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(x * scale) / scale;
}

QList<RegionScores> table(const QList<QList<double>> &rows)
{
    QList<RegionScores> out;
    for (const QList<double> &row : rows) {
        RegionScores r;
        for (double v : row)
            r.append(v);
        out.append(r);
    }
    return out;
}

void expectWeights(const DataWeightsResult &r, const QList<double> &expected, int decimals)
{
    ASSERT_TRUE(r.reason.isEmpty()) << r.reason.toStdString();
    ASSERT_EQ(r.weights.size(), expected.size());
    for (qsizetype j = 0; j < expected.size(); ++j)
        EXPECT_EQ(roundTo(r.weights[j], decimals), expected[j]) << "indicator " << j;
}

void expectNear(const QList<double> &actual, const QList<double> &expected)
{
    ASSERT_EQ(actual.size(), expected.size());
    for (qsizetype j = 0; j < expected.size(); ++j)
        EXPECT_NEAR(actual[j], expected[j], 1e-12) << "indicator " << j;
}
} // namespace

// ---- Entropy --------------------------------------------------------------

TEST(DataWeightsTest, EntropyReproducesXu2004)
{
    // Xu (2004), "A note on the subjective and objective integrated approach
    // to determine attribute weights", European Journal of Operational
    // Research 156(2):530–532: four alternatives, four attributes, shares
    // of the column total (no min–max). Published entropy weights 0.4630,
    // 0.3992, 0.1378, 0.0000 (as transcribed in the tests of the
    // objective_weights_mcda package). The fourth attribute is nearly
    // constant (29, 29, 28.9, 29): weight 0 to four decimals, but not
    // constant, so not listed as such.
    const auto r = entropyWeights(table({{30, 30, 38, 29}, {19, 54, 86, 29}, {19, 15, 85, 28.9}, {68, 70, 60, 29}}),
                                  {true, true, true, true}, EntropyNormalisation::Proportion);
    expectWeights(r, {0.4630, 0.3992, 0.1378, 0.0000}, 4);
    EXPECT_TRUE(r.constantIndicators.isEmpty());
    EXPECT_GT(r.weights[3], 0.0);
}

TEST(DataWeightsTest, EntropyReproducesZavadskasPodvezko2016)
{
    // Zavadskas & Podvezko (2016), "Integrated determination of objective
    // criteria weights in MCDM", Int. J. Information Technology & Decision
    // Making 15(2):267–283: four alternatives, four criteria (the first and
    // third to be minimised), entropy on shares of the raw column totals,
    // whatever the direction. Published weights 0.1146, 0.1981, 0.4185,
    // 0.2689 (as transcribed in the tests of objective_weights_mcda).
    // Proportion ignores the direction: the flags here change nothing.
    const auto rows = table({{3.0, 100, 10, 7}, {2.5, 80, 8, 5}, {1.8, 50, 20, 11}, {2.2, 70, 12, 9}});
    const QList<double> published = {0.1146, 0.1981, 0.4185, 0.2689};
    expectWeights(entropyWeights(rows, {false, true, false, true}, EntropyNormalisation::Proportion), published, 4);
    expectWeights(entropyWeights(rows, {true, true, true, true}, EntropyNormalisation::Proportion), published, 4);
}

TEST(DataWeightsTest, EntropyHandWorkedThreeRegions)
{
    // Min–max shares by hand:
    //   A = 0, 5, 10  → x' = 0, ½, 1 → p = 0, ⅓, ⅔ → e = ⅓ + ⅔ ln(3/2) / ln 3
    //   B = 0, 0, 10  → x' = 0, 0, 1 → p = 0, 0, 1 → e = 0
    //   C = 2, 8, 8   → x' = 0, 1, 1 → p = 0, ½, ½ → e = ln 2 / ln 3
    const double eA = 1.0 / 3 + (2.0 / 3) * std::log(1.5) / std::log(3.0);
    const double eB = 0.0;
    const double eC = std::log(2.0) / std::log(3.0);
    const double total = (1 - eA) + (1 - eB) + (1 - eC);

    const auto r = entropyWeights(table({{0, 0, 2}, {5, 0, 8}, {10, 10, 8}}), {true, true, true});
    ASSERT_TRUE(r.reason.isEmpty());
    expectNear(r.weights, {(1 - eA) / total, (1 - eB) / total, (1 - eC) / total});
    expectNear(r.information, {1 - eA, 1 - eB, 1 - eC});
    EXPECT_EQ(r.regionsUsed, 3);
    EXPECT_EQ(r.regionsLeftOut, 0);
}

TEST(DataWeightsTest, EntropyLowerIsBetterReversesTheIndicator)
{
    // B = 0, 0, 10 read lower-is-better: x' = 1, 1, 0 → p = ½, ½, 0 →
    // e = ln 2 / ln 3 instead of 0, so B loses weight. A = 0, 5, 10 is
    // symmetric: reversed it has the same entropy.
    const double eA = 1.0 / 3 + (2.0 / 3) * std::log(1.5) / std::log(3.0);
    const double eB = std::log(2.0) / std::log(3.0);
    const double total = (1 - eA) + (1 - eB);
    const auto r = entropyWeights(table({{0, 0}, {5, 0}, {10, 10}}), {true, false});
    expectNear(r.weights, {(1 - eA) / total, (1 - eB) / total});

    const auto higher = entropyWeights(table({{0, 0}, {5, 0}, {10, 10}}), {true, true});
    EXPECT_GT(higher.weights[1], r.weights[1]);
}

TEST(DataWeightsTest, EntropyTwoRegionsWeighEveryDifferingIndicatorAlike)
{
    // With two regions min–max gives shares 0 and 1 on every indicator
    // that differs: e = 0 for each. The third indicator is constant.
    const auto r = entropyWeights(table({{1, 9, 5}, {3, 2, 5}}), {true, false, true});
    expectNear(r.weights, {0.5, 0.5, 0.0});
    EXPECT_EQ(r.constantIndicators, QList<int>({2}));
}

TEST(DataWeightsTest, ConstantIndicatorGetsNoWeightAndChangesNoOther)
{
    const auto without = entropyWeights(table({{0, 2}, {5, 8}, {10, 8}}), {true, true});
    const auto with = entropyWeights(table({{0, 7, 2}, {5, 7, 8}, {10, 7, 8}}), {true, true, true});
    ASSERT_EQ(with.weights.size(), 3);
    EXPECT_EQ(with.constantIndicators, QList<int>({1}));
    EXPECT_EQ(with.weights[1], 0.0);
    EXPECT_NEAR(with.weights[0], without.weights[0], 1e-12);
    EXPECT_NEAR(with.weights[2], without.weights[1], 1e-12);

    // CRITIC needs three other indicators to show it: with two, counting
    // the constant one as r = 0 would add the same 1 to both conflict sums.
    const auto critic =
        criticWeights(table({{1, 7, 7, 3}, {4, 7, 2, 9}, {6, 7, 5, 4}, {9, 7, 1, 6}}), {true, true, true, true});
    const auto criticWithout = criticWeights(table({{1, 7, 3}, {4, 2, 9}, {6, 5, 4}, {9, 1, 6}}), {true, true, true});
    EXPECT_EQ(critic.constantIndicators, QList<int>({1}));
    ASSERT_EQ(critic.weights.size(), 4);
    EXPECT_EQ(critic.weights[1], 0.0);
    EXPECT_NEAR(critic.weights[0], criticWithout.weights[0], 1e-12);
    EXPECT_NEAR(critic.weights[2], criticWithout.weights[1], 1e-12);
    EXPECT_NEAR(critic.weights[3], criticWithout.weights[2], 1e-12);
}

TEST(DataWeightsTest, AllConstantGivesAReason)
{
    const auto rows = table({{3, 4}, {3, 4}, {3, 4}});
    for (const DataWeightsResult &r : {entropyWeights(rows, {true, true}), criticWeights(rows, {true, true})}) {
        EXPECT_TRUE(r.weights.isEmpty());
        EXPECT_FALSE(r.reason.isEmpty());
        EXPECT_EQ(r.constantIndicators, QList<int>({0, 1}));
    }
}

TEST(DataWeightsTest, MissingScoreLeavesTheRegionOut)
{
    const QList<RegionScores> rows = {{0, 0, 2}, {5, 0, 8}, {4, _, 1}, {10, 10, 8}, {std::nan(""), 3, 3}};
    const auto r = entropyWeights(rows, {true, true, true});
    const auto complete = entropyWeights(table({{0, 0, 2}, {5, 0, 8}, {10, 10, 8}}), {true, true, true});
    EXPECT_EQ(r.regionsUsed, 3);
    EXPECT_EQ(r.regionsLeftOut, 2);
    expectNear(r.weights, complete.weights);

    const auto c = criticWeights(rows, {true, true, true});
    EXPECT_EQ(c.regionsLeftOut, 2);
    expectNear(c.weights, criticWeights(table({{0, 0, 2}, {5, 0, 8}, {10, 10, 8}}), {true, true, true}).weights);
}

TEST(DataWeightsTest, TooFewRegionsOrMismatchedRowsGiveAReason)
{
    const QList<RegionScores> oneComplete = {{1, 2}, {3, _}};
    for (const DataWeightsResult &r :
         {entropyWeights(oneComplete, {true, true}), criticWeights(oneComplete, {true, true})}) {
        EXPECT_TRUE(r.weights.isEmpty());
        EXPECT_FALSE(r.reason.isEmpty());
        EXPECT_EQ(r.regionsUsed, 1);
        EXPECT_EQ(r.regionsLeftOut, 1);
    }
    EXPECT_FALSE(entropyWeights(table({{1, 2}, {3}}), {true, true}).reason.isEmpty());
    EXPECT_FALSE(criticWeights(table({{1, 2}, {3, 4}}), {}).reason.isEmpty());
    EXPECT_FALSE(
        entropyWeights(table({{-1, 2}, {3, 4}}), {true, true}, EntropyNormalisation::Proportion).reason.isEmpty());
}

// ---- CRITIC ---------------------------------------------------------------

TEST(DataWeightsTest, CriticReproducesDiakoulakiEtAl1995)
{
    // Diakoulaki, Mavrotas & Papayannakis (1995), Computers & Operations
    // Research 22(7):763–770, the illustrative example: eight alternatives,
    // three criteria, all to be maximised (data as transcribed in
    // scikit-criteria's tests). Weights 0.202, 0.481, 0.317: the values
    // scikit-criteria's independent implementation gets (0.20222554,
    // 0.48090173, 0.31687273); we could not read the paper's printed table
    // in this session.
    const auto r = criticWeights(table({{61, 1.08, 4.33},
                                        {20.7, 0.26, 4.34},
                                        {16.3, 1.98, 2.53},
                                        {9, 3.29, 1.65},
                                        {5.4, 2.77, 2.33},
                                        {4, 4.12, 1.21},
                                        {-6.1, 3.52, 2.10},
                                        {-34.6, 3.31, 0.98}}),
                                 {true, true, true});
    expectWeights(r, {0.202, 0.481, 0.317}, 3);
}

TEST(DataWeightsTest, CriticReproducesTusAytacAdali2019)
{
    // Tuş & Aytaç Adalı (2019), "The new combination with CRITIC and WASPAS
    // methods for the time and attendance software selection problem",
    // Opsearch 56(2):528–538: five packages, six criteria. Published CRITIC
    // weights 0.157, 0.249, 0.168, 0.121, 0.154, 0.151 (as transcribed in
    // the tests of objective_weights_mcda). They come out with every column
    // min–max normalised as higher-is-better, the first (price) included;
    // read as a cost (max − x), the price column's correlations change sign
    // and the weights become 0.184, 0.213, 0.142, 0.158, 0.168, 0.134 (our
    // own figures, from a separate script, not the paper's).
    const auto rows = table({{5000, 3, 3, 4, 3, 2},
                             {680, 5, 3, 2, 2, 1},
                             {2000, 3, 2, 3, 4, 3},
                             {600, 4, 3, 1, 2, 2},
                             {800, 2, 4, 3, 3, 4}});
    expectWeights(criticWeights(rows, {true, true, true, true, true, true}),
                  {0.157, 0.249, 0.168, 0.121, 0.154, 0.151}, 3);
    expectWeights(criticWeights(rows, {false, true, true, true, true, true}),
                  {0.184, 0.213, 0.142, 0.158, 0.168, 0.134}, 3);
}

TEST(DataWeightsTest, CriticHandWorkedThreeRegions)
{
    // A = 0, 5, 10 → A' = 0, ½, 1:  σ_A = ½ (sample)
    // B = 0, 10, 10 → B' = 0, 1, 1: σ_B = 1/√3
    // r_AB = (⅓ + ⅙) / √(½ · ⅔) = √3 / 2
    // C = σ (1 − r) for each, so w_A : w_B = ½ : 1/√3.
    const double r = std::sqrt(3.0) / 2;
    const double cA = 0.5 * (1 - r), cB = (1 / std::sqrt(3.0)) * (1 - r);
    const auto result = criticWeights(table({{0, 0}, {5, 10}, {10, 10}}), {true, true});
    ASSERT_TRUE(result.reason.isEmpty());
    expectNear(result.weights, {cA / (cA + cB), cB / (cA + cB)});
    expectNear(result.information, {cA, cB});
}

TEST(DataWeightsTest, CriticLowerIsBetterReversesTheIndicator)
{
    // Scores x read lower-is-better are the same as 10 − x read
    // higher-is-better: identical weights.
    const auto lower = criticWeights(table({{1, 7, 3}, {4, 2, 9}, {6, 5, 4}, {9, 1, 6}}), {true, false, true});
    const auto flipped = criticWeights(table({{1, 3, 3}, {4, 8, 9}, {6, 5, 4}, {9, 9, 6}}), {true, true, true});
    expectNear(lower.weights, flipped.weights);
    // And the direction matters: read higher-is-better the weights differ.
    const auto higher = criticWeights(table({{1, 7, 3}, {4, 2, 9}, {6, 5, 4}, {9, 1, 6}}), {true, true, true});
    EXPECT_GT(std::abs(higher.weights[1] - lower.weights[1]), 1e-3);
}

TEST(DataWeightsTest, CriticPerfectlyCorrelatedIndicatorsGiveAReason)
{
    // Two regions: every pair of differing indicators has r = ±1; all
    // read in the same direction, r = 1 and every C is 0.
    const auto r = criticWeights(table({{1, 2}, {3, 9}}), {true, true});
    EXPECT_TRUE(r.weights.isEmpty());
    EXPECT_FALSE(r.reason.isEmpty());
}

// ---- Combining ------------------------------------------------------------

TEST(DataWeightsTest, CombinesMultiplicatively)
{
    // .5·.2, .3·.3, .2·.5 = .10, .09, .10, over .29.
    expectNear(combinedWeights({0.5, 0.3, 0.2}, {0.2, 0.3, 0.5}, CombineRule::Multiplicative),
               {0.10 / 0.29, 0.09 / 0.29, 0.10 / 0.29});
    // Unnormalised inputs are normalised first: same result.
    expectNear(combinedWeights({5, 3, 2}, {2, 3, 5}, CombineRule::Multiplicative),
               {0.10 / 0.29, 0.09 / 0.29, 0.10 / 0.29});
    // No indicator weighted by both.
    EXPECT_TRUE(combinedWeights({1, 0}, {0, 1}, CombineRule::Multiplicative).isEmpty());
}

TEST(DataWeightsTest, CombinesLinearly)
{
    // Expert 2, 1, 1 is .5, .25, .25; α = .25.
    expectNear(combinedWeights({2, 1, 1}, {0.2, 0.3, 0.5}, CombineRule::Linear, 0.25),
               {0.25 * 0.5 + 0.75 * 0.2, 0.25 * 0.25 + 0.75 * 0.3, 0.25 * 0.25 + 0.75 * 0.5});
    expectNear(combinedWeights({2, 1, 1}, {0.2, 0.3, 0.5}, CombineRule::Linear, 1.0), {0.5, 0.25, 0.25});
    expectNear(combinedWeights({2, 1, 1}, {0.2, 0.3, 0.5}, CombineRule::Linear, 0.0), {0.2, 0.3, 0.5});
    EXPECT_TRUE(combinedWeights({1, 1}, {1, 1}, CombineRule::Linear, 1.5).isEmpty());
    EXPECT_TRUE(combinedWeights({1, 1}, {1}, CombineRule::Linear).isEmpty());
    EXPECT_TRUE(combinedWeights({1, -1}, {1, 1}, CombineRule::Linear).isEmpty());
    EXPECT_TRUE(combinedWeights({0, 0}, {1, 1}, CombineRule::Linear).isEmpty());
}

TEST(DataWeightsTest, CombineRulesHaveDistinctLabels)
{
    const QString multiplicative = combineRuleLabel(CombineRule::Multiplicative);
    const QString linear = combineRuleLabel(CombineRule::Linear);
    EXPECT_FALSE(multiplicative.isEmpty());
    EXPECT_FALSE(linear.isEmpty());
    EXPECT_NE(multiplicative, linear);
}
