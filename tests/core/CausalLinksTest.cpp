// The causal-link check (docs/method.md, "Causal links"): a pulled record must
// come after the record that pulled it, read by the months the dates allow;
// imputed dates are flagged; chains follow the links.

#include "analysis/CausalLinks.h"

#include <gtest/gtest.h>

using namespace triangle;

namespace {
LinkedRecord policy(Id id, PartialDate date, bool imputed = false)
{
    return {{Evidence::Kind::Policy, id}, QStringLiteral("p%1").arg(id), QStringLiteral("政策%1").arg(id), {}, date, imputed};
}

LinkedRecord milestone(Id id, PartialDate date, bool imputed = false)
{
    return {{Evidence::Kind::Milestone, id}, QStringLiteral("m%1").arg(id), QStringLiteral("事件%1").arg(id), {}, date, imputed};
}

RecordLink link(const LinkedRecord &from, const LinkedRecord &to)
{
    RecordLink l;
    l.regionId = 1;
    l.from = from.ref;
    l.to = to.ref;
    l.quote = QStringLiteral("由此");
    return l;
}

LinkOrder orderOf(const LinkedRecord &from, const LinkedRecord &to)
{
    return readCausalLinks({from, to}, {link(from, to)}).checks.first().order;
}
} // namespace

TEST(CausalLinksTest, APulledRecordAfterItsPullerIsAfter)
{
    EXPECT_EQ(orderOf(policy(1, PartialDate::ofYear(2016)), milestone(1, PartialDate::ofYear(2017))), LinkOrder::After);
    EXPECT_EQ(orderOf(policy(1, PartialDate::ofMonth(2018, 10)), milestone(1, PartialDate::ofMonth(2018, 11))),
              LinkOrder::After);
}

// Deliberately failing dates: the pulled record is dated before its puller.
TEST(CausalLinksTest, APulledRecordDatedBeforeItsPullerContradictsTheDates)
{
    const CausalReading reading = readCausalLinks({policy(1, PartialDate::ofMonth(2023, 11)), milestone(1, PartialDate::ofYear(2019))},
                                                  {link(policy(1, {}), milestone(1, {}))});
    ASSERT_EQ(reading.checks.size(), 1);
    EXPECT_EQ(reading.checks[0].order, LinkOrder::Before);
    EXPECT_EQ(reading.count(LinkOrder::Before), 1);
    EXPECT_EQ(reading.count(LinkOrder::After), 0);
    EXPECT_EQ(CausalLinkText::key(LinkOrder::Before), QStringLiteral("contradicts"));
}

// A year alone is any month of it: 2018 and 2018-10 overlap, and so do two
// records of the same month whatever their days.
TEST(CausalLinksTest, OverlappingMonthsCannotBeTold)
{
    EXPECT_EQ(orderOf(policy(1, PartialDate::ofYear(2018)), milestone(1, PartialDate::ofMonth(2018, 10))),
              LinkOrder::CannotTell);
    EXPECT_EQ(orderOf(policy(1, PartialDate::ofMonth(2018, 10)), milestone(1, PartialDate::ofYear(2018))),
              LinkOrder::CannotTell);
    EXPECT_EQ(orderOf(policy(1, PartialDate::ofDay(2018, 10, 1)), milestone(1, PartialDate::ofDay(2018, 10, 30))),
              LinkOrder::CannotTell);
    EXPECT_EQ(orderOf(policy(1, PartialDate::ofYear(2018)), milestone(1, PartialDate::ofYear(2018))), LinkOrder::CannotTell);
}

TEST(CausalLinksTest, ImputedDatesAreFlagged)
{
    const CausalReading reading = readCausalLinks(
        {policy(1, PartialDate::ofYear(2016)), milestone(1, PartialDate::ofYear(2019), true), milestone(2, PartialDate::ofYear(2020))},
        {link(policy(1, {}), milestone(1, {})), link(policy(1, {}), milestone(2, {}))});
    EXPECT_TRUE(reading.checks[0].imputed());
    EXPECT_FALSE(reading.checks[1].imputed());
    EXPECT_EQ(reading.imputedCount(), 1);
}

TEST(CausalLinksTest, ALinkToARecordNotGivenIsNotChecked)
{
    const CausalReading reading = readCausalLinks({policy(1, PartialDate::ofYear(2016))}, {link(policy(1, {}), milestone(9, {}))});
    EXPECT_TRUE(reading.checks[0].missingRecord);
    EXPECT_EQ(reading.count(LinkOrder::CannotTell), 0);
}

TEST(CausalLinksTest, LinksMakeChainsFromARecordNothingPulled)
{
    const LinkedRecord a = policy(1, PartialDate::ofYear(2016)), b = milestone(1, PartialDate::ofYear(2017)),
                       c = milestone(2, PartialDate::ofYear(2019)), d = milestone(3, PartialDate::ofYear(2020));
    // Given out of order: B→C, A→B, and a fork A→D.
    const CausalReading reading = readCausalLinks({a, b, c, d}, {link(b, c), link(a, b), link(a, d)});
    EXPECT_EQ(reading.chains, (QList<QList<int>>{{1, 0}, {2}}));
}

TEST(CausalLinksTest, ACycleEndsItsChainWhereItWouldComeBack)
{
    const LinkedRecord a = policy(1, PartialDate::ofYear(2016)), b = milestone(1, PartialDate::ofYear(2017));
    const CausalReading reading = readCausalLinks({a, b}, {link(a, b), link(b, a)});
    EXPECT_EQ(reading.chains, (QList<QList<int>>{{0}, {1}}));
    EXPECT_EQ(reading.checks[1].order, LinkOrder::Before);
}

// The line views and the report list: both records, the check, an imputed date said.
TEST(CausalLinksTest, ALinksLineNamesBothRecordsAndItsCheck)
{
    const LinkedRecord a = policy(1, PartialDate::ofYear(2016)), b = milestone(1, PartialDate::ofMonth(2019, 5), true);
    const CausalReading reading = readCausalLinks({a, b}, {link(a, b), link(b, a)});
    EXPECT_EQ(CausalLinkText::line(reading.checks[0]),
              QStringLiteral("2016 · 政策1 → 2019-05 · 事件1: after, with a date placed from context"));
    EXPECT_EQ(CausalLinkText::line(reading.checks[1]),
              QStringLiteral("2019-05 · 事件1 → 2016 · 政策1: before: the link contradicts the dates, with a date placed from context"));
    EXPECT_EQ(CausalLinkText::recordKey(b), QStringLiteral("milestone:m1"));
}
