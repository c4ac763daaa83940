#include "model/PartialDate.h"

#include <gtest/gtest.h>

using namespace triangle;

TEST(PartialDateTest, ParsesEachPrecision)
{
    auto year = PartialDate::parse(u"2012");
    ASSERT_TRUE(year);
    EXPECT_EQ(year->precision(), PartialDate::Precision::Year);
    EXPECT_EQ(year->year(), 2012);
    EXPECT_EQ(year->month(), 0);

    auto month = PartialDate::parse(u"2018-10");
    ASSERT_TRUE(month);
    EXPECT_EQ(month->precision(), PartialDate::Precision::Month);
    EXPECT_EQ(month->month(), 10);

    auto day = PartialDate::parse(u"2020-09-30");
    ASSERT_TRUE(day);
    EXPECT_EQ(day->precision(), PartialDate::Precision::Day);
    EXPECT_EQ(day->day(), 30);
}

TEST(PartialDateTest, RejectsImpossibleDates)
{
    EXPECT_FALSE(PartialDate::parse(u"2023-13-40"));
    EXPECT_FALSE(PartialDate::parse(u"2023-13"));
    EXPECT_FALSE(PartialDate::parse(u"2023-02-29"));
    EXPECT_FALSE(PartialDate::parse(u"2023-00"));
    EXPECT_FALSE(PartialDate::parse(u"1850"));
    EXPECT_FALSE(PartialDate::parse(u"2018/10"));
    EXPECT_FALSE(PartialDate::parse(u"18-10-01"));
    EXPECT_FALSE(PartialDate::parse(u""));
    EXPECT_TRUE(PartialDate::parse(u"2024-02-29")); // a leap year
}

TEST(PartialDateTest, FormatsAsItParses)
{
    for (const char16_t *text : {u"2012", u"2018-10", u"2020-09-05"})
        EXPECT_EQ(PartialDate::parse(text)->toString(), QString::fromUtf16(text));
}

TEST(PartialDateTest, DefaultIsInvalid)
{
    EXPECT_FALSE(PartialDate().isValid());
}

TEST(PartialDateTest, OrdersByKnownParts)
{
    EXPECT_LT(PartialDate::ofYear(2018), PartialDate::ofMonth(2018, 1));
    EXPECT_LT(PartialDate::ofMonth(2018, 10), PartialDate::ofDay(2018, 10, 2));
    EXPECT_LT(PartialDate::ofDay(2017, 12, 31), PartialDate::ofYear(2018));
}

TEST(PartialDateTest, FractionalYearSitsInTheMiddleOfTheKnownSpan)
{
    EXPECT_DOUBLE_EQ(PartialDate::ofYear(2018).toFractionalYear(), 2018.5);
    EXPECT_DOUBLE_EQ(PartialDate::ofMonth(2018, 1).toFractionalYear(), 2018 + 0.5 / 12);
    EXPECT_NEAR(PartialDate::ofDay(2018, 12, 31).toFractionalYear(), 2019.0, 1.0 / 365);
}
