#include "analysis/RaterAgreement.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace triangle;

namespace {
// A missing value, "." in the paper.
constexpr std::nullopt_t _ = std::nullopt;

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", the
// example with missing data: rows are observers A–D, columns units 1–12.
QList<ReliabilityUnit> krippendorffExample()
{
    const QList<ReliabilityUnit> observers = {
        {1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _},
        {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3},
        {_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _},
        {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _},
    };
    // A unit is one column: one value per observer.
    QList<ReliabilityUnit> units(12);
    for (const ReliabilityUnit &row : observers) {
        for (qsizetype u = 0; u < units.size(); ++u)
            units[u].append(row[u]);
    }
    return units;
}

double roundTo3(double x)
{
    return std::round(x * 1000.0) / 1000.0;
}
} // namespace

TEST(RaterAgreementTest, ReproducesThePublishedNominalAlpha)
{
    const AlphaResult r = krippendorffAlpha(krippendorffExample(), AlphaMetric::Nominal);
    ASSERT_TRUE(r.alpha);
    EXPECT_DOUBLE_EQ(roundTo3(*r.alpha), 0.743);
    EXPECT_TRUE(r.reason.isEmpty());
    // Unit 12 has a single value and is dropped; the other 11 hold 40 values.
    EXPECT_EQ(r.pairableUnits, 11);
    EXPECT_EQ(r.pairableValues, 40);
}

TEST(RaterAgreementTest, ReproducesThePublishedIntervalAlpha)
{
    const AlphaResult r = krippendorffAlpha(krippendorffExample(), AlphaMetric::Interval);
    ASSERT_TRUE(r.alpha);
    EXPECT_DOUBLE_EQ(roundTo3(*r.alpha), 0.849);
    EXPECT_EQ(r.pairableValues, 40);
    EXPECT_NEAR(*r.alpha, 1.0 - r.observedDisagreement / r.expectedDisagreement, 1e-12);
}

TEST(RaterAgreementTest, IntervalIsTheDefaultMetric)
{
    EXPECT_EQ(krippendorffAlpha(krippendorffExample()).alpha,
              krippendorffAlpha(krippendorffExample(), AlphaMetric::Interval).alpha);
}

TEST(RaterAgreementTest, PerfectAgreementIsOne)
{
    const QList<ReliabilityUnit> units = {{3.0, 3.0, 3.0}, {7.5, 7.5, _}, {1.0, 1.0, 1.0}};
    for (AlphaMetric metric : {AlphaMetric::Nominal, AlphaMetric::Interval}) {
        const AlphaResult r = krippendorffAlpha(units, metric);
        ASSERT_TRUE(r.alpha);
        EXPECT_DOUBLE_EQ(*r.alpha, 1.0);
        EXPECT_DOUBLE_EQ(r.observedDisagreement, 0.0);
    }
}

TEST(RaterAgreementTest, SingleRaterCannotBeComputed)
{
    const QList<ReliabilityUnit> units = {{3.0}, {5.0}, {8.0}};
    const AlphaResult r = krippendorffAlpha(units);
    EXPECT_FALSE(r.alpha);
    EXPECT_FALSE(r.reason.isEmpty());
    EXPECT_EQ(r.pairableUnits, 0);
    EXPECT_EQ(r.pairableValues, 0);
}

TEST(RaterAgreementTest, NoUnitsCannotBeComputed)
{
    const AlphaResult r = krippendorffAlpha({});
    EXPECT_FALSE(r.alpha);
    EXPECT_FALSE(r.reason.isEmpty());
}

TEST(RaterAgreementTest, IdenticalValuesHaveNoExpectedDisagreement)
{
    const QList<ReliabilityUnit> units = {{4.0, 4.0}, {4.0, 4.0, 4.0}, {4.0, _}};
    const AlphaResult r = krippendorffAlpha(units);
    EXPECT_FALSE(r.alpha);
    EXPECT_FALSE(r.reason.isEmpty());
    EXPECT_DOUBLE_EQ(r.expectedDisagreement, 0.0);
    EXPECT_EQ(r.pairableUnits, 2);
    EXPECT_EQ(r.pairableValues, 5);
}

TEST(RaterAgreementTest, TwoRatersThreeUnitsByHand)
{
    // Units (1, 2), (3, 3), (2, 4); a fourth unit with one value is dropped.
    // n = 6 pairable values; every unit has m_u = 2, so each ordered pair
    // adds 1/(m_u − 1) = 1 to the coincidence matrix.
    const QList<ReliabilityUnit> units = {{1.0, 2.0}, {3.0, 3.0}, {2.0, 4.0}, {5.0, _}};

    // Interval. Observed: (1−2)²·2 + 0 + (2−4)²·2 = 10, D_o = 10/6.
    // Expected: n_1 = 1, n_2 = 2, n_3 = 2, n_4 = 1; Σ_{c<k} n_c·n_k·(c−k)²
    // = 1·2·1 + 1·2·4 + 1·1·9 + 2·2·1 + 2·1·4 + 2·1·1 = 33, both orders 66,
    // D_e = 66 / (6·5) = 2.2. alpha = 1 − (10/6)/2.2 = 8/33.
    const AlphaResult interval = krippendorffAlpha(units, AlphaMetric::Interval);
    ASSERT_TRUE(interval.alpha);
    EXPECT_EQ(interval.pairableUnits, 3);
    EXPECT_EQ(interval.pairableValues, 6);
    EXPECT_NEAR(interval.observedDisagreement, 10.0 / 6.0, 1e-12);
    EXPECT_NEAR(interval.expectedDisagreement, 2.2, 1e-12);
    EXPECT_NEAR(*interval.alpha, 8.0 / 33.0, 1e-12);

    // Nominal. Observed: 2 + 0 + 2 = 4 disagreeing ordered pairs, D_o = 4/6.
    // Expected: n² − Σ n_c² = 36 − (1 + 4 + 4 + 1) = 26, D_e = 26/30.
    // alpha = 1 − (4/6)/(26/30) = 3/13.
    const AlphaResult nominal = krippendorffAlpha(units, AlphaMetric::Nominal);
    ASSERT_TRUE(nominal.alpha);
    EXPECT_NEAR(nominal.observedDisagreement, 4.0 / 6.0, 1e-12);
    EXPECT_NEAR(nominal.expectedDisagreement, 26.0 / 30.0, 1e-12);
    EXPECT_NEAR(*nominal.alpha, 3.0 / 13.0, 1e-12);
}

TEST(RaterAgreementTest, SystematicDisagreementIsNegative)
{
    // Each unit's two raters sit at opposite ends: worse than chance.
    const QList<ReliabilityUnit> units = {{0.0, 10.0}, {10.0, 0.0}, {0.0, 10.0}};
    const AlphaResult r = krippendorffAlpha(units);
    ASSERT_TRUE(r.alpha);
    EXPECT_LT(*r.alpha, 0.0);
}
