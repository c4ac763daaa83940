// A group's triangle and a parent's roll-up: the mean or median of the
// assessed members per dimension, with the lowest and highest as the spread.
// Expected values computed by hand.

#include "analysis/TriangleAggregate.h"

#include <gtest/gtest.h>

using namespace triangle;

namespace {
// Zhejiang, Shanxi and Sichuan at the advantage stage, as an analyst scored them.
const QList<DimensionScores> ThreeProvinces{makeScores(8.0, 5.8, 6.3), makeScores(5.5, 8.0, 5.7), makeScores(5.9, 6.1, 8.2)};
} // namespace

TEST(TriangleAggregateTest, MeanPerDimensionWithTheRangeAsSpread)
{
    const TriangleAggregate a = aggregateTriangles(ThreeProvinces, 4, GroupAggregate::Mean);
    EXPECT_EQ(a.assessed, 3);
    EXPECT_EQ(a.members, 4);
    EXPECT_EQ(a.method, GroupAggregate::Mean);
    // (8.0 + 5.5 + 5.9) / 3 = 19.4 / 3; (5.8 + 8.0 + 6.1) / 3 = 19.9 / 3; (6.3 + 5.7 + 8.2) / 3 = 20.2 / 3
    EXPECT_NEAR(a.scores[Dimension::Mission], 6.466667, 1e-6);
    EXPECT_NEAR(a.scores[Dimension::Political], 6.633333, 1e-6);
    EXPECT_NEAR(a.scores[Dimension::Operational], 6.733333, 1e-6);
    EXPECT_DOUBLE_EQ(a.minimum[Dimension::Mission], 5.5);
    EXPECT_DOUBLE_EQ(a.maximum[Dimension::Mission], 8.0);
    EXPECT_DOUBLE_EQ(a.minimum[Dimension::Political], 5.8);
    EXPECT_DOUBLE_EQ(a.maximum[Dimension::Political], 8.0);
    EXPECT_DOUBLE_EQ(a.minimum[Dimension::Operational], 5.7);
    EXPECT_DOUBLE_EQ(a.maximum[Dimension::Operational], 8.2);
    EXPECT_TRUE(a.hasSpread());
    EXPECT_FALSE(a.isEmpty());
}

TEST(TriangleAggregateTest, MedianOfAnOddCountIsTheMiddleScore)
{
    const TriangleAggregate a = aggregateTriangles(ThreeProvinces, 3, GroupAggregate::Median);
    EXPECT_DOUBLE_EQ(a.scores[Dimension::Mission], 5.9);     // 5.5, 5.9, 8.0
    EXPECT_DOUBLE_EQ(a.scores[Dimension::Political], 6.1);   // 5.8, 6.1, 8.0
    EXPECT_DOUBLE_EQ(a.scores[Dimension::Operational], 6.3); // 5.7, 6.3, 8.2
}

TEST(TriangleAggregateTest, MedianOfAnEvenCountIsTheMeanOfTheMiddleTwo)
{
    QList<DimensionScores> four = ThreeProvinces;
    four.append(makeScores(2.0, 9.0, 7.0));
    const TriangleAggregate a = aggregateTriangles(four, 4, GroupAggregate::Median);
    EXPECT_DOUBLE_EQ(a.scores[Dimension::Mission], (5.5 + 5.9) / 2);     // 2.0, 5.5, 5.9, 8.0
    EXPECT_DOUBLE_EQ(a.scores[Dimension::Political], (6.1 + 8.0) / 2);   // 5.8, 6.1, 8.0, 9.0
    EXPECT_DOUBLE_EQ(a.scores[Dimension::Operational], (6.3 + 7.0) / 2); // 5.7, 6.3, 7.0, 8.2
    EXPECT_DOUBLE_EQ(a.minimum[Dimension::Mission], 2.0);
    EXPECT_DOUBLE_EQ(a.maximum[Dimension::Political], 9.0);
}

TEST(TriangleAggregateTest, OneAssessedMemberIsItsOwnTriangleWithoutSpread)
{
    const TriangleAggregate a = aggregateTriangles({makeScores(7.1, 4.2, 3.3)}, 12, GroupAggregate::Mean);
    EXPECT_EQ(a.assessed, 1);
    EXPECT_EQ(a.members, 12);
    EXPECT_EQ(a.scores, makeScores(7.1, 4.2, 3.3));
    EXPECT_EQ(a.minimum, a.maximum);
    EXPECT_FALSE(a.hasSpread());
}

TEST(TriangleAggregateTest, NoAssessedMemberGivesAnEmptyAggregate)
{
    const TriangleAggregate a = aggregateTriangles({}, 4, GroupAggregate::Median);
    EXPECT_TRUE(a.isEmpty());
    EXPECT_EQ(a.members, 4);
    EXPECT_EQ(a.scores, DimensionScores{});
}

// The national roll-up of 3 of 31 provinces, or a group with one assessed
// member of four, cannot stand for its members (issue 21 §10).
TEST(TriangleAggregateTest, ATriangleOfFewAssessedMembersIsNotRepresentative)
{
    const QList<DimensionScores> three{makeScores(8, 6, 6), makeScores(6, 8, 6), makeScores(6, 6, 8)};
    const TriangleAggregate national = aggregateTriangles(three, 31, GroupAggregate::Mean);
    EXPECT_FALSE(national.representative());
    EXPECT_EQ(representativenessWarning(national).toStdString(), "Only 3 of 31 members are assessed: it does not represent the other 28.");
    EXPECT_FALSE(aggregateTriangles({makeScores(8, 6, 6)}, 4, GroupAggregate::Mean).representative());
    EXPECT_FALSE(aggregateTriangles(three.mid(0, 2), 5, GroupAggregate::Mean).representative());
    EXPECT_TRUE(aggregateTriangles(three.mid(0, 2), 4, GroupAggregate::Mean).representative());
    EXPECT_TRUE(aggregateTriangles({makeScores(8, 6, 6)}, 1, GroupAggregate::Mean).representative());
    EXPECT_TRUE(representativenessWarning(aggregateTriangles(three, 3, GroupAggregate::Mean)).isEmpty());
}

// Three triangles each led by another dimension average to an even one:
// a form of the mean that no member has.
TEST(TriangleAggregateTest, TheFormOfTheMeanIsMarkedWithHowManyMembersHaveIt)
{
    const TriangleAggregate led = aggregateTriangles({makeScores(8, 5, 5), makeScores(5, 8, 5), makeScores(5, 5, 8)}, 3,
                                                     GroupAggregate::Mean);
    EXPECT_EQ(led.form.form, TriangleForm::BalancedHigh);
    EXPECT_EQ(led.membersWithForm, 0);
    EXPECT_EQ(aggregateFormNote(led).toStdString(), "Its form, Balanced, high, is the aggregate triangle's: no assessed member has it.");
    // 4.73 / 3.67 / 3.70: led by mission, as one of the three members is.
    const TriangleAggregate mixed = aggregateTriangles({makeScores(3, 3, 3), makeScores(3.2, 3, 3.1), makeScores(8, 5, 5)}, 3,
                                                       GroupAggregate::Mean);
    EXPECT_EQ(mixed.form.form, TriangleForm::AdvantageLed);
    EXPECT_EQ(mixed.membersWithForm, 1);
    EXPECT_TRUE(aggregateFormNote(mixed).contains(QStringLiteral("1 of 3 assessed members have it"))) << qPrintable(aggregateFormNote(mixed));
    EXPECT_TRUE(aggregateFormNote(aggregateTriangles({makeScores(3, 3, 3)}, 1, GroupAggregate::Mean)).isEmpty());
}
