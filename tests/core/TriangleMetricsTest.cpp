#include "analysis/TriangleMetrics.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace triangle;

namespace {
const double Sqrt3 = std::sqrt(3.0);
}

TEST(TriangleMetricsTest, AreaOfEquilateralTriangle)
{
    // Three sides of 120° wedges, each ½·5·5·sin120°.
    EXPECT_NEAR(triangleArea(makeScores(5, 5, 5)), 3 * 0.5 * 25 * Sqrt3 / 2, 1e-12);
    EXPECT_NEAR(equilateralArea(10), 75 * Sqrt3, 1e-12);
}

TEST(TriangleMetricsTest, AreaOfUnevenTriangleByHand)
{
    // m·p + p·o + o·m = 8·6 + 6·4 + 4·8 = 104; area = √3/4 · 104 = 26√3.
    EXPECT_NEAR(triangleArea(makeScores(8, 6, 4)), 26 * Sqrt3, 1e-12);
}

TEST(TriangleMetricsTest, DegenerateTrianglesHaveNoArea)
{
    EXPECT_DOUBLE_EQ(triangleArea(makeScores(0, 0, 0)), 0.0);
    EXPECT_DOUBLE_EQ(triangleArea(makeScores(7, 0, 0)), 0.0);
    // One zero leaves a single wedge: √3/4 · 3·4.
    EXPECT_NEAR(triangleArea(makeScores(3, 4, 0)), Sqrt3 / 4 * 12, 1e-12);
}

TEST(TriangleMetricsTest, BalanceIsLowestOverHighest)
{
    EXPECT_DOUBLE_EQ(balanceIndex(makeScores(5, 5, 5)), 1.0);
    EXPECT_DOUBLE_EQ(balanceIndex(makeScores(0, 0, 0)), 1.0);
    EXPECT_DOUBLE_EQ(balanceIndex(makeScores(8, 6, 4)), 0.5);
    EXPECT_LT(balanceIndex(makeScores(9, 3, 3)), balanceIndex(makeScores(8, 6, 4)));
    EXPECT_DOUBLE_EQ(balanceIndex(makeScores(7, 0, 0)), 0.0);
    EXPECT_DOUBLE_EQ(balanceIndex(makeScores(7, 7, 0)), 0.0);
}

TEST(TriangleMetricsTest, BalanceDiscriminatesWhereTheAreaRatioDoesNot)
{
    // Zhejiang's advantage triangle: 5.8 / 8.0 = 0.725, while the area ratio
    // (8·5.8 + 5.8·6.3 + 6.3·8) / (3·6.7²) = 133.34 / 134.67 stays at 0.990.
    const DimensionScores s = makeScores(8.0, 5.8, 6.3);
    EXPECT_NEAR(balanceIndex(s), 0.725, 1e-12);
    EXPECT_NEAR(areaRatio(s), 133.34 / 134.67, 1e-12);
}

TEST(TriangleMetricsTest, AreaRatioIsAreaOverEquilateralOfSameMean)
{
    const DimensionScores s = makeScores(8.5, 5.5, 6.0);
    EXPECT_NEAR(areaRatio(s), triangleArea(s) / equilateralArea(meanScore(s)), 1e-12);
    // (8·6 + 6·4 + 4·8) / (3·6²) = 104 / 108.
    EXPECT_NEAR(areaRatio(makeScores(8, 6, 4)), 104.0 / 108.0, 1e-12);
    EXPECT_DOUBLE_EQ(areaRatio(makeScores(0, 0, 0)), 1.0);
}

TEST(TriangleMetricsTest, LeadingDimensionWithTieTolerance)
{
    EXPECT_EQ(leadingDimension(makeScores(8, 6, 6)), Dimension::Mission);
    EXPECT_EQ(leadingDimension(makeScores(5, 8.5, 6)), Dimension::Political);
    EXPECT_EQ(leadingDimension(makeScores(5, 6, 8.5)), Dimension::Operational);
    // 8.0 and 7.5 are within the 0.5 tolerance: a shared lead.
    EXPECT_FALSE(leadingDimension(makeScores(8, 7.5, 3)));
    EXPECT_EQ(leadingDimensions(makeScores(8, 7.5, 3)), (DimensionSet{Dimension::Mission, Dimension::Political}));
    EXPECT_EQ(leadingDimensions(makeScores(8, 7.4, 3)), DimensionSet{Dimension::Mission});
    EXPECT_EQ(leadingDimensions(makeScores(0, 0, 0)).size(), 3);
}

TEST(TriangleMetricsTest, FormsFollowTheArticle)
{
    EXPECT_EQ(classifyForm(makeScores(3, 3, 2.5)), (FormResult{TriangleForm::BalancedLow, std::nullopt}));
    EXPECT_EQ(classifyForm(makeScores(8, 5.5, 6)), (FormResult{TriangleForm::AdvantageLed, Dimension::Mission}));
    EXPECT_EQ(classifyForm(makeScores(5.5, 8.5, 6)), (FormResult{TriangleForm::AdvantageLed, Dimension::Political}));
    EXPECT_EQ(classifyForm(makeScores(8.5, 8, 8.5)), (FormResult{TriangleForm::BalancedHigh, std::nullopt}));
    EXPECT_EQ(classifyForm(makeScores(8, 8, 3)), (FormResult{TriangleForm::Lagging, Dimension::Operational}));
    EXPECT_EQ(classifyForm(makeScores(0, 0, 0)).form, TriangleForm::BalancedLow);
}

TEST(TriangleMetricsTest, FormThresholdsAreInclusive)
{
    // A balance of exactly 0.8 is balanced (8 / 10); 7.9 / 10 is not.
    EXPECT_EQ(classifyForm(makeScores(10, 8, 8)).form, TriangleForm::BalancedHigh);
    EXPECT_EQ(classifyForm(makeScores(10, 7.9, 7.9)), (FormResult{TriangleForm::AdvantageLed, Dimension::Mission}));
    // 7 / 6 / 6 leads by a point but is 0.857 balanced: balanced high.
    EXPECT_EQ(classifyForm(makeScores(7, 6, 6)).form, TriangleForm::BalancedHigh);
    // A mean of exactly 6 is high; 5.9 is low.
    EXPECT_EQ(classifyForm(makeScores(6, 6, 6)).form, TriangleForm::BalancedHigh);
    EXPECT_EQ(classifyForm(makeScores(5.9, 5.9, 5.9)).form, TriangleForm::BalancedLow);
}

TEST(TriangleMetricsTest, SmallDifferencesNearZeroStayBalanced)
{
    // 1.5 / 2.0 = 0.75, but the range 0.5 is within a judgement's noise.
    EXPECT_EQ(classifyForm(makeScores(2.0, 1.5, 1.5)).form, TriangleForm::BalancedLow);
    // A range of exactly one point counts: 1 / 2 = 0.5, mission leads by 1.0.
    EXPECT_EQ(classifyForm(makeScores(2.0, 1.0, 1.0)), (FormResult{TriangleForm::AdvantageLed, Dimension::Mission}));
}

TEST(TriangleMetricsTest, AnUnbalancedTriangleIsNamedByItsWidestGap)
{
    // Leads by 1.5 and lags by 2.5: the lag is wider.
    EXPECT_EQ(classifyForm(makeScores(10, 8.5, 6)), (FormResult{TriangleForm::Lagging, Dimension::Operational}));
    // Equal gaps of 0.5: a lead within LeadTieTolerance is no advantage.
    EXPECT_EQ(classifyForm(makeScores(3, 2.5, 2)), (FormResult{TriangleForm::Lagging, Dimension::Operational}));
    // Equal gaps of 1.0: the lead wins the tie.
    EXPECT_EQ(classifyForm(makeScores(4, 3, 2)), (FormResult{TriangleForm::AdvantageLed, Dimension::Mission}));
}

TEST(TriangleMetricsTest, ChangeBetweenStages)
{
    const DimensionScores change = scoreChange(makeScores(3, 3, 2.5), makeScores(8, 5.5, 6));
    EXPECT_DOUBLE_EQ(change[Dimension::Mission], 5.0);
    EXPECT_DOUBLE_EQ(change[Dimension::Political], 2.5);
    EXPECT_DOUBLE_EQ(change[Dimension::Operational], 3.5);
}

TEST(TriangleMetricsTest, SharesAreTernaryCoordinates)
{
    const auto s = shares(makeScores(8, 6, 6));
    EXPECT_DOUBLE_EQ(s[Dimension::Mission], 0.4);
    EXPECT_DOUBLE_EQ(s[Dimension::Political], 0.3);
    EXPECT_DOUBLE_EQ(s[Dimension::Mission] + s[Dimension::Political] + s[Dimension::Operational], 1.0);
    const auto centre = shares(makeScores(0, 0, 0));
    EXPECT_DOUBLE_EQ(centre[Dimension::Operational], 1.0 / 3.0);
}

TEST(TriangleMetricsTest, AnalyseGathersEverything)
{
    const TriangleMetrics m = analyse(makeScores(5.5, 8.5, 6));
    EXPECT_NEAR(m.area, triangleArea(makeScores(5.5, 8.5, 6)), 1e-12);
    EXPECT_NEAR(m.mean, 20.0 / 3.0, 1e-12);
    EXPECT_EQ(m.leaders, DimensionSet{Dimension::Political});
    EXPECT_EQ(m.form.form, TriangleForm::AdvantageLed);
    EXPECT_NEAR(m.balance, 5.5 / 8.5, 1e-12);
    EXPECT_NEAR(m.areaRatio, areaRatio(makeScores(5.5, 8.5, 6)), 1e-12);
}
