// The bootstrap interval of Krippendorff's alpha and the verdict against
// Krippendorff's conventions.

#include "analysis/AlphaBootstrap.h"
#include "analysis/AlphaConventions.h"

#include <gtest/gtest.h>

using namespace triangle;

namespace {
constexpr std::nullopt_t _ = std::nullopt;

// Krippendorff (2011), the example with missing data: a unit per column of
// observers A–D (as in RaterAgreementTest).
QList<ReliabilityUnit> krippendorffExample()
{
    return {{1, 1, _, 1}, {2, 2, 3, 2}, {3, 3, 3, 3}, {3, 3, 3, 3}, {2, 2, 2, 2}, {1, 2, 3, 4},
            {4, 4, 4, 4}, {1, 1, 2, 1}, {2, 2, 2, 2}, {_, 5, 5, 5}, {_, _, 1, 1}, {_, 3, _, _}};
}

// Twenty items three raters scored, each rater off the item's value by a
// fixed pattern of up to a point.
QList<ReliabilityUnit> noisyItems(int copies)
{
    QList<ReliabilityUnit> units;
    for (int c = 0; c < copies; ++c) {
        for (int i = 0; i < 20; ++i) {
            const double value = 2.0 + 0.3 * i;
            const double off = ((i * 7) % 5 - 2) * 0.5;
            units.append({value + off, value - off / 2.0, value + ((i % 3) - 1) * 0.8});
        }
    }
    return units;
}

double width(const AlphaInterval &interval) { return *interval.high - *interval.low; }
} // namespace

TEST(AlphaBootstrapTest, TheIntervalHoldsAlpha)
{
    const double alpha = *krippendorffAlpha(krippendorffExample()).alpha;
    const AlphaInterval interval = bootstrapAlphaInterval(krippendorffExample());
    ASSERT_TRUE(interval.low && interval.high) << qPrintable(interval.reason);
    EXPECT_LT(*interval.low, alpha);
    EXPECT_GT(*interval.high, alpha);
    EXPECT_LE(*interval.high, 1.0);
    EXPECT_TRUE(interval.reason.isEmpty());
    EXPECT_EQ(interval.resamples, AlphaBootstrapResamples);
    EXPECT_EQ(interval.seed, AlphaBootstrapSeed);
}

// Every unit alike: every resample is the data itself, so both bounds are the
// data's alpha, which checks the resamples' sums against the coincidence matrix.
TEST(AlphaBootstrapTest, IdenticalUnitsGiveEveryResampleTheDatasAlpha)
{
    const QList<ReliabilityUnit> units(6, ReliabilityUnit{1.0, 2.5, _, 4.0});
    const double alpha = *krippendorffAlpha(units).alpha;
    const AlphaInterval interval = bootstrapAlphaInterval(units);
    ASSERT_TRUE(interval.low && interval.high) << qPrintable(interval.reason);
    EXPECT_NEAR(*interval.low, alpha, 1e-12);
    EXPECT_NEAR(*interval.high, alpha, 1e-12);
    EXPECT_EQ(interval.usable, interval.resamples);
}

TEST(AlphaBootstrapTest, ShrinksWithMoreUnits)
{
    const AlphaInterval few = bootstrapAlphaInterval(noisyItems(1));
    const AlphaInterval many = bootstrapAlphaInterval(noisyItems(16));
    ASSERT_TRUE(few.low && many.low) << qPrintable(few.reason + many.reason);
    // Sixteen times the units: about a quarter of the width.
    EXPECT_LT(width(many), width(few) / 2.0) << width(many) << " against " << width(few);
    EXPECT_GT(width(many), 0.0);
}

TEST(AlphaBootstrapTest, TheSameSeedGivesTheSameInterval)
{
    const AlphaInterval first = bootstrapAlphaInterval(noisyItems(1), 500, 7);
    const AlphaInterval again = bootstrapAlphaInterval(noisyItems(1), 500, 7);
    const AlphaInterval other = bootstrapAlphaInterval(noisyItems(1), 500, 8);
    ASSERT_TRUE(first.low && other.low);
    EXPECT_EQ(*first.low, *again.low);
    EXPECT_EQ(*first.high, *again.high);
    EXPECT_NE(*first.low, *other.low);
    EXPECT_EQ(first.resamples, 500);
    EXPECT_EQ(first.seed, 7u);
}

// The same scores listed in another order, units or raters (by database ids,
// by a file's order) give the same interval: the workbook, the command line
// and the report agree.
TEST(AlphaBootstrapTest, TheIntervalDoesNotDependOnTheOrderOfUnitsOrRaters)
{
    const QList<ReliabilityUnit> units = noisyItems(1);
    QList<ReliabilityUnit> shuffled;
    for (auto unit = units.crbegin(); unit != units.crend(); ++unit)
        shuffled.append({(*unit)[2], (*unit)[0], (*unit)[1]});
    const AlphaInterval first = bootstrapAlphaInterval(units);
    const AlphaInterval other = bootstrapAlphaInterval(shuffled);
    ASSERT_TRUE(first.low && other.low);
    EXPECT_DOUBLE_EQ(*first.low, *other.low);
    EXPECT_DOUBLE_EQ(*first.high, *other.high);
}

TEST(AlphaBootstrapTest, OneItemGivesAReasonNotAnInterval)
{
    const QList<ReliabilityUnit> one{{2.0, 3.0, 5.0}, {4.0, _, _}};
    ASSERT_TRUE(krippendorffAlpha(one).alpha.has_value()) << "alpha itself is defined";
    const AlphaInterval interval = bootstrapAlphaInterval(one);
    EXPECT_FALSE(interval.low || interval.high);
    EXPECT_FALSE(interval.reason.isEmpty());
}

TEST(AlphaBootstrapTest, NoVarianceGivesAlphasReason)
{
    const QList<ReliabilityUnit> alike(5, ReliabilityUnit{6.0, 6.0});
    const AlphaInterval interval = bootstrapAlphaInterval(alike);
    EXPECT_FALSE(interval.low || interval.high);
    EXPECT_EQ(interval.reason, krippendorffAlpha(alike).reason);
    EXPECT_FALSE(interval.reason.isEmpty());

    const AlphaInterval oneRater = bootstrapAlphaInterval({{1.0}, {2.0}, {3.0}});
    EXPECT_FALSE(oneRater.low.has_value());
    EXPECT_FALSE(oneRater.reason.isEmpty());
}

// One item in thirty-one holds all the disagreement: many resamples leave it
// out and have nothing to compute alpha from, so no interval is given.
TEST(AlphaBootstrapTest, TooManyResamplesWithoutVarianceGiveAReason)
{
    QList<ReliabilityUnit> units(30, ReliabilityUnit{5.0, 5.0});
    units.append({5.0, 6.0});
    ASSERT_TRUE(krippendorffAlpha(units).alpha.has_value());
    const AlphaInterval interval = bootstrapAlphaInterval(units);
    EXPECT_FALSE(interval.low.has_value());
    EXPECT_LT(interval.usable, interval.resamples);
    EXPECT_TRUE(interval.reason.contains(QString::number(interval.resamples - interval.usable))) << qPrintable(interval.reason);
}

TEST(AlphaConventionsTest, KrippendorffsThresholds)
{
    // Krippendorff (2004, §11.4.4): .800 to rely on, .667 for tentative conclusions.
    EXPECT_DOUBLE_EQ(AlphaReliableMin, 0.800);
    EXPECT_DOUBLE_EQ(AlphaTentativeMin, 0.667);
}

TEST(AlphaConventionsTest, ClassifiesAtTheBoundaries)
{
    EXPECT_EQ(classifyAlpha(1.0), AlphaVerdict::Reliable);
    EXPECT_EQ(classifyAlpha(AlphaReliableMin), AlphaVerdict::Reliable);
    EXPECT_EQ(classifyAlpha(AlphaReliableMin - 0.001), AlphaVerdict::Tentative);
    EXPECT_EQ(classifyAlpha(AlphaTentativeMin), AlphaVerdict::Tentative);
    EXPECT_EQ(classifyAlpha(AlphaTentativeMin - 0.001), AlphaVerdict::Unreliable);
    EXPECT_EQ(classifyAlpha(0.0), AlphaVerdict::Unreliable);
    EXPECT_EQ(classifyAlpha(-0.4), AlphaVerdict::Unreliable);
}

// The verdict goes with the figure shown: 0.7996 prints as 0.800.
TEST(AlphaConventionsTest, ClassifiesTheValueAsShownToThreeDecimals)
{
    EXPECT_EQ(classifyAlpha(AlphaReliableMin - 0.0004), AlphaVerdict::Reliable);
    EXPECT_EQ(classifyAlpha(AlphaReliableMin - 0.0006), AlphaVerdict::Tentative);
    EXPECT_EQ(classifyAlpha(AlphaTentativeMin - 0.0004), AlphaVerdict::Tentative);
    EXPECT_EQ(classifyAlpha(AlphaTentativeMin - 0.0006), AlphaVerdict::Unreliable);
}

TEST(AlphaConventionsTest, KeysAndNamesDiffer)
{
    EXPECT_EQ(alphaVerdictKey(AlphaVerdict::Reliable), QStringLiteral("reliable"));
    EXPECT_EQ(alphaVerdictKey(AlphaVerdict::Tentative), QStringLiteral("tentative"));
    EXPECT_EQ(alphaVerdictKey(AlphaVerdict::Unreliable), QStringLiteral("unreliable"));
    EXPECT_NE(alphaVerdictName(AlphaVerdict::Tentative), alphaVerdictName(AlphaVerdict::Reliable));
    EXPECT_FALSE(alphaVerdictName(AlphaVerdict::Unreliable).isEmpty());
}
