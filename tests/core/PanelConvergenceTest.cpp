#include "analysis/ChiSquare.h"
#include "analysis/PanelConvergence.h"

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

// Rows are raters, columns items; every score present.
ScoresByRater raters(const QList<QList<double>> &rows)
{
    ScoresByRater scores;
    for (const QList<double> &row : rows) {
        QList<std::optional<double>> r;
        for (double v : row)
            r.append(v);
        scores.append(r);
    }
    return scores;
}

// Siegel (1956), "Nonparametric Statistics for the Behavioral Sciences",
// ch. 9, the Kendall coefficient of concordance example with tied
// observations: 3 sets of ranks of 10 objects, the mid-ranks as printed
// (transcribed by C. Evans, s-news list, 25 March 2001, "Kendall's W").
// Published: s = 591, W = .828 corrected for ties, W = .796 without.
ScoresByRater siegelTiedExample()
{
    return raters({
        {1, 4.5, 2, 4.5, 3, 7.5, 6, 9, 7.5, 10},
        {2.5, 1, 2.5, 4.5, 4.5, 8, 9, 6.5, 10, 6.5},
        {2, 1, 4.5, 4.5, 4.5, 4.5, 8, 8, 8, 10},
    });
}

// influentialpoints.com, "Kendall coefficient of concordance", worked
// example I: raters A–D rank the strawberries of farms 1–8, no ties.
// Published: rank sums 31 12 12 15 22 5 22 25, sum of squares 500,
// W = 0.744, k(N − 1)W = 20.83, P = 0.004.
ScoresByRater strawberryExample()
{
    return raters({
        {8, 4, 2, 3, 5, 1, 6, 7},
        {7, 3, 1, 4, 5, 2, 6, 8},
        {8, 2, 5, 6, 7, 1, 4, 3},
        {8, 3, 4, 2, 5, 1, 6, 7},
    });
}

ConcordanceResult withW(double w, double p)
{
    ConcordanceResult c;
    c.w = w;
    c.pValue = p;
    c.raters = 5;
    c.items = 10;
    return c;
}

ItemSpread withCv(double mean, double cv)
{
    ItemSpread s;
    s.answers = 5;
    s.mean = mean;
    s.standardDeviation = mean * cv;
    s.coefficientOfVariation = cv;
    return s;
}
} // namespace

// --- Item spread -----------------------------------------------------------

// Quartiles as Excel's QUARTILE.INC: sorted x_1..x_n, position h = (n − 1) p
// counted from 0, x at floor(h) plus the fraction of h times the step to the
// next value. Each expectation below is worked by hand that way.
TEST(PanelConvergenceTest, QuartilesMatchExcelQuartileInc)
{
    // Microsoft's QUARTILE.INC help page: QUARTILE.INC({1,2,4,7,8,9,10,12}, 1)
    // = 3.5. By hand, n = 8: Q1 h = 1.75 → 2 + 0.75·(4 − 2) = 3.5; median
    // h = 3.5 → 7 + 0.5·1 = 7.5; Q3 h = 5.25 → 9 + 0.25·1 = 9.25.
    ItemSpread s = itemSpread({1, 2, 4, 7, 8, 9, 10, 12});
    EXPECT_EQ(s.answers, 8);
    EXPECT_DOUBLE_EQ(s.lowerQuartile, 3.5);
    EXPECT_DOUBLE_EQ(s.median, 7.5);
    EXPECT_DOUBLE_EQ(s.upperQuartile, 9.25);

    // n = 4: Q1 h = 0.75 → 1.75; median h = 1.5 → 2.5; Q3 h = 2.25 → 3.25.
    s = itemSpread({4, 1, 3, 2});
    EXPECT_DOUBLE_EQ(s.lowerQuartile, 1.75);
    EXPECT_DOUBLE_EQ(s.median, 2.5);
    EXPECT_DOUBLE_EQ(s.upperQuartile, 3.25);

    // Sorted 2 3 5 5 8 9, n = 6: Q1 h = 1.25 → 3 + 0.25·2 = 3.5; median
    // h = 2.5 → 5; Q3 h = 3.75 → 5 + 0.75·3 = 7.25.
    s = itemSpread({9, 5, 2, 8, 5, 3});
    EXPECT_DOUBLE_EQ(s.lowerQuartile, 3.5);
    EXPECT_DOUBLE_EQ(s.median, 5.0);
    EXPECT_DOUBLE_EQ(s.upperQuartile, 7.25);

    // n = 5 lands on the scores themselves: 7, 8, 9.
    s = itemSpread({10, 6, 8, 9, 7});
    EXPECT_DOUBLE_EQ(s.lowerQuartile, 7.0);
    EXPECT_DOUBLE_EQ(s.median, 8.0);
    EXPECT_DOUBLE_EQ(s.upperQuartile, 9.0);
}

TEST(PanelConvergenceTest, StandardDeviationIsTheSampleOne)
{
    // 6 7 8 9 10: mean 8, squared deviations 4 + 1 + 0 + 1 + 4 = 10;
    // sample SD √(10/4) = 1.58114 (the population one would be √2 = 1.41421);
    // CV = 1.58114 / 8 = 0.19764.
    const ItemSpread s = itemSpread({6, 7, 8, 9, 10});
    EXPECT_DOUBLE_EQ(s.mean, 8.0);
    ASSERT_TRUE(s.standardDeviation);
    EXPECT_NEAR(*s.standardDeviation, 1.58114, 5e-6);
    ASSERT_TRUE(s.coefficientOfVariation);
    EXPECT_NEAR(*s.coefficientOfVariation, 0.19764, 5e-6);
}

TEST(PanelConvergenceTest, SpreadWithoutEnoughAnswersHasNoDeviation)
{
    const ItemSpread one = itemSpread({5});
    EXPECT_EQ(one.answers, 1);
    EXPECT_DOUBLE_EQ(one.median, 5.0);
    EXPECT_DOUBLE_EQ(one.lowerQuartile, 5.0);
    EXPECT_DOUBLE_EQ(one.upperQuartile, 5.0);
    EXPECT_FALSE(one.standardDeviation);
    EXPECT_FALSE(one.coefficientOfVariation);

    const ItemSpread zeros = itemSpread({0, 0, 0});
    ASSERT_TRUE(zeros.standardDeviation);
    EXPECT_DOUBLE_EQ(*zeros.standardDeviation, 0.0);
    EXPECT_FALSE(zeros.coefficientOfVariation); // mean 0

    const ItemSpread none = itemSpread({std::nan(""), INFINITY});
    EXPECT_EQ(none.answers, 0);
    EXPECT_FALSE(none.standardDeviation);
}

TEST(PanelConvergenceTest, OutsideQuartilesIsStrictlyBeyondQ1OrQ3)
{
    const ItemSpread s = itemSpread({4, 1, 3, 2}); // Q1 1.75, Q3 3.25
    EXPECT_TRUE(outsideQuartiles(1.0, s));
    EXPECT_TRUE(outsideQuartiles(4.0, s));
    EXPECT_FALSE(outsideQuartiles(1.75, s));
    EXPECT_FALSE(outsideQuartiles(3.25, s));
    EXPECT_FALSE(outsideQuartiles(2.0, s));
    EXPECT_FALSE(outsideQuartiles(9.0, itemSpread({})));
}

// --- Chi-square tail ---------------------------------------------------------

// Upper critical values from NIST/SEMATECH e-Handbook of Statistical Methods,
// §1.3.6.7.4 "Critical Values of the Chi-Square Distribution" (printed to 3
// decimals): the probability of exceeding each is the column heading.
TEST(PanelConvergenceTest, ChiSquareTailMatchesThePrintedTable)
{
    struct Row
    {
        double x;
        int df;
        double p;
    };
    const Row table[] = {
        {3.841, 1, 0.05},  {6.635, 1, 0.01},   {10.828, 1, 0.001}, {2.706, 1, 0.10},
        {5.991, 2, 0.05},  {9.210, 2, 0.01},   {7.815, 3, 0.05},   {11.070, 5, 0.05},
        {15.086, 5, 0.01}, {14.067, 7, 0.05},  {18.307, 10, 0.05}, {23.209, 10, 0.01},
        {31.410, 20, 0.05}, {43.773, 30, 0.05},
        // Lower-tail table: probability of exceeding 0.95 / 0.99.
        {1.145, 5, 0.95},  {2.558, 10, 0.99},  {18.493, 30, 0.95},
    };
    for (const Row &row : table)
        EXPECT_NEAR(chiSquareUpperTail(row.x, row.df), row.p, 5e-5) << "chi2 " << row.x << " df " << row.df;
}

TEST(PanelConvergenceTest, UpperGammaMatchesClosedForms)
{
    // Q(1, x) = e^{−x}; Q(1/2, x) = erfc(√x). Both branches: x < a + 1 uses
    // the series, the rest the continued fraction.
    for (double x : {0.1, 0.5, 1.5, 3.0, 10.0, 40.0}) {
        EXPECT_NEAR(regularizedUpperGamma(1.0, x), std::exp(-x), 1e-13 + 1e-12 * std::exp(-x)) << x;
        EXPECT_NEAR(regularizedUpperGamma(0.5, x), std::erfc(std::sqrt(x)), 1e-13) << x;
    }
    EXPECT_DOUBLE_EQ(regularizedUpperGamma(3.0, 0.0), 1.0);
    EXPECT_TRUE(std::isnan(regularizedUpperGamma(0.0, 1.0)));
}

// --- Kendall's W -------------------------------------------------------------

TEST(PanelConvergenceTest, KendallWWithTiesReproducesSiegel)
{
    const ConcordanceResult r = kendallW(siegelTiedExample());
    ASSERT_TRUE(r.w) << r.reason.toStdString();
    EXPECT_EQ(r.raters, 3);
    EXPECT_EQ(r.items, 10);
    EXPECT_EQ(r.itemsDropped, 0);
    EXPECT_DOUBLE_EQ(r.s, 591.0);
    EXPECT_DOUBLE_EQ(roundTo(*r.w, 3), 0.828);
    // Ties: two pairs (6 + 6), three pairs (18), a four and a three (60 + 24).
    EXPECT_DOUBLE_EQ(r.tieCorrection, 114.0);
    // Without the correction the same s gives Siegel's .796.
    const double uncorrected = 12.0 * r.s / (9.0 * (1000.0 - 10.0));
    EXPECT_DOUBLE_EQ(roundTo(uncorrected, 3), 0.796);
    EXPECT_EQ(r.degreesOfFreedom, 9);
    ASSERT_TRUE(r.chiSquare);
    EXPECT_NEAR(*r.chiSquare, 3.0 * 9.0 * *r.w, 1e-12);
}

TEST(PanelConvergenceTest, KendallWWithoutTiesReproducesSiegelSmallExample)
{
    // Siegel (1956), ch. 9, the first example: 3 sets of ranks of 6 objects
    // (same transcription). Published: s = 25.5, W = .16.
    const ConcordanceResult r = kendallW(raters({
        {1, 6, 3, 2, 5, 4},
        {1, 5, 6, 4, 2, 3},
        {6, 3, 2, 5, 4, 1},
    }));
    ASSERT_TRUE(r.w);
    EXPECT_DOUBLE_EQ(r.s, 25.5);
    EXPECT_DOUBLE_EQ(roundTo(*r.w, 2), 0.16);
    EXPECT_DOUBLE_EQ(r.tieCorrection, 0.0);
}

TEST(PanelConvergenceTest, KendallWWithoutTiesReproducesStrawberryExample)
{
    const ConcordanceResult r = kendallW(strawberryExample());
    ASSERT_TRUE(r.w);
    EXPECT_DOUBLE_EQ(r.s, 500.0);
    EXPECT_DOUBLE_EQ(roundTo(*r.w, 3), 0.744);
    ASSERT_TRUE(r.chiSquare);
    EXPECT_DOUBLE_EQ(roundTo(*r.chiSquare, 2), 20.83);
    EXPECT_EQ(r.degreesOfFreedom, 7);
    ASSERT_TRUE(r.pValue);
    EXPECT_DOUBLE_EQ(roundTo(*r.pValue, 3), 0.004);
}

TEST(PanelConvergenceTest, KendallWRanksScoresNotJustRanks)
{
    // Scores 0–10 instead of ranks: the same orderings as the strawberry
    // raters (any increasing map of a rater's ranks), so the same W.
    ScoresByRater scores = strawberryExample();
    for (auto &row : scores) {
        for (auto &v : row)
            v = 10.0 - 9.0 / (*v); // increasing in the rank, within 0–10
    }
    const ConcordanceResult r = kendallW(scores);
    ASSERT_TRUE(r.w);
    EXPECT_DOUBLE_EQ(r.s, 500.0);
}

TEST(PanelConvergenceTest, KendallWDropsItemsARaterLeftEmpty)
{
    ScoresByRater scores = strawberryExample();
    scores[1].append(9.0); // a ninth item only rater 2 scored; the others' lists end before it
    scores[3].append({_, 4.0}); // a tenth only rater 4 scored
    scores[0].append({_, _, 5.0}); // an eleventh every rater scored, rater 3 with no number
    scores[1].append({_, 5.0});
    scores[2].append({_, _, std::nan("")});
    scores[3].append(5.0);
    const ConcordanceResult r = kendallW(scores);
    ASSERT_TRUE(r.w);
    EXPECT_EQ(r.items, 8);
    EXPECT_EQ(r.itemsDropped, 3);
    EXPECT_DOUBLE_EQ(roundTo(*r.w, 3), 0.744);
}

TEST(PanelConvergenceTest, KendallWIsOneForIdenticalAndZeroForReversedRankings)
{
    const ConcordanceResult same = kendallW(raters({{3, 7, 5, 9}, {3, 7, 5, 9}, {1, 6, 2, 10}}));
    ASSERT_TRUE(same.w);
    EXPECT_DOUBLE_EQ(*same.w, 1.0);

    // Two raters, exactly reversed: every rank sum is n + 1, so S = 0.
    const ConcordanceResult reversed = kendallW(raters({{1, 2, 3, 4, 5}, {5, 4, 3, 2, 1}}));
    ASSERT_TRUE(reversed.w);
    EXPECT_DOUBLE_EQ(*reversed.w, 0.0);
    ASSERT_TRUE(reversed.pValue);
    EXPECT_DOUBLE_EQ(*reversed.pValue, 1.0);
}

TEST(PanelConvergenceTest, KendallWSaysWhyItCannotBeComputed)
{
    const ConcordanceResult oneRater = kendallW(raters({{1, 2, 3}}));
    EXPECT_FALSE(oneRater.w);
    EXPECT_FALSE(oneRater.reason.isEmpty());

    const ConcordanceResult oneItem = kendallW({{1.0, _}, {2.0, 3.0}});
    EXPECT_FALSE(oneItem.w);
    EXPECT_EQ(oneItem.itemsDropped, 1);
    EXPECT_FALSE(oneItem.reason.isEmpty());

    const ConcordanceResult constant = kendallW(raters({{5, 5, 5}, {7, 7, 7}}));
    EXPECT_FALSE(constant.w);
    EXPECT_FALSE(constant.pValue);
    EXPECT_FALSE(constant.reason.isEmpty());

    // One constant rater among others still leaves something ranked.
    const ConcordanceResult partly = kendallW(raters({{5, 5, 5}, {1, 2, 3}, {1, 2, 3}}));
    ASSERT_TRUE(partly.w);
    EXPECT_TRUE(partly.reason.isEmpty());
}

// --- Delphi stop rule ----------------------------------------------------------

TEST(PanelConvergenceTest, StopRuleIsMetWhenEveryConditionHolds)
{
    const DelphiStopVerdict v = delphiStopVerdict({{QStringLiteral("'mission-vision' for Zhejiang"), withCv(8.0, 0.10)},
                                                   {QStringLiteral("'budget' for Jiangsu"), withCv(6.0, 0.25)}, // at the bound
                                                   {QStringLiteral("'pilots' for Anhui"), itemSpread({0, 0, 0})}},
                                                  {{QStringLiteral("policy"), withW(0.62, 0.001)}});
    EXPECT_TRUE(v.met);
    EXPECT_TRUE(v.unmet.isEmpty()) << v.unmet.join(u'\n').toStdString();
}

TEST(PanelConvergenceTest, StopRuleNamesEachUnmetCondition)
{
    DelphiStopRule rule;
    rule.minimumW = 0.5;
    const DelphiStopVerdict v = delphiStopVerdict({{QStringLiteral("'mission-vision' for Zhejiang"), withCv(6.0, 0.31)},
                                                   {QStringLiteral("'budget' for Jiangsu"), withCv(6.0, 0.2)},
                                                   {QStringLiteral("'pilots' for Anhui"), itemSpread({7})}},
                                                  {{QStringLiteral("policy"), withW(0.62, 0.001)},
                                                   {QStringLiteral("practice"), withW(0.21, 0.20)},
                                                   {QStringLiteral("people"), kendallW(raters({{5, 5}, {6, 6}}))}},
                                                  rule);
    EXPECT_FALSE(v.met);
    ASSERT_EQ(v.unmet.size(), 5) << v.unmet.join(u'\n').toStdString();
    EXPECT_EQ(v.unmet[0], QStringLiteral("CV of 'mission-vision' for Zhejiang is 0.31, above 0.25."));
    EXPECT_TRUE(v.unmet[1].contains(QStringLiteral("'pilots' for Anhui")));
    EXPECT_EQ(v.unmet[2], QStringLiteral("Kendall's W of practice is 0.21 with p = 0.20, not below 0.05."));
    EXPECT_EQ(v.unmet[3], QStringLiteral("Kendall's W of practice is 0.21, below 0.5."));
    EXPECT_TRUE(v.unmet[4].startsWith(QStringLiteral("Kendall's W of people cannot be computed")));
}

TEST(PanelConvergenceTest, StopRuleShowsEnoughDecimalsBesideTheBound)
{
    const DelphiStopVerdict v = delphiStopVerdict({{QStringLiteral("'x'"), withCv(6.0, 0.2512)}}, {});
    EXPECT_FALSE(v.met);
    ASSERT_EQ(v.unmet.size(), 1);
    EXPECT_EQ(v.unmet[0], QStringLiteral("CV of 'x' is 0.251, above 0.25."));
}

TEST(PanelConvergenceTest, StopRuleWithNothingToJudgeIsNotMet)
{
    const DelphiStopVerdict v = delphiStopVerdict({}, {});
    EXPECT_FALSE(v.met);
    EXPECT_EQ(v.unmet.size(), 1);
}

// The NAG Library's published example of Kendall's W with ties (G08DAF
// Example Program Results, NAG Fortran Library Mark 26.2, 2017,
// support.nag.com/numeric/fl/nagdoc_fl26.2/examples/baseresults/g08dafe.r.html):
// three comparisons of ten objects given as scores with ties, printed
// "Kendall's coefficient = 0.828, Significance = 0.008" — the significance
// by the chi-square approximation, as here.
TEST(PanelConvergenceTest, KendallWWithTiesReproducesNagG08dafExample)
{
    const ConcordanceResult r = kendallW(raters({
        {1.0, 4.5, 2.0, 4.5, 3.0, 7.5, 6.0, 9.0, 7.5, 10.0},
        {2.5, 1.0, 2.5, 4.5, 4.5, 8.0, 9.0, 6.5, 10.0, 6.5},
        {2.0, 1.0, 4.5, 4.5, 4.5, 4.5, 8.0, 8.0, 8.0, 10.0},
    }));
    ASSERT_TRUE(r.w) << r.reason.toStdString();
    EXPECT_DOUBLE_EQ(roundTo(*r.w, 3), 0.828);
    ASSERT_TRUE(r.pValue);
    EXPECT_DOUBLE_EQ(roundTo(*r.pValue, 3), 0.008);
}
