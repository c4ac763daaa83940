// How much of each assessment rests on linked evidence (issue 21 §10): the
// shipped data's 67 of 117 indicator values, per assessment, read whole or
// one assessment at a time, and a new link counted at once.

#include "support/TestData.h"

#include "data/DefaultDatabase.h"
#include "store/EvidenceCoverageQueries.h"

using namespace triangle;
using namespace triangle::test;

namespace {
Assessment assessmentOf(const Store &store, const char *code, const char *stage)
{
    const auto region = store.regions().byCode(QLatin1StringView(code));
    const auto at = store.stages().byKey(QLatin1StringView(stage));
    EXPECT_TRUE(region.ok() && at.ok());
    const auto found = store.assessments().at(region->id, at->id);
    EXPECT_TRUE(found.ok() && found->has_value());
    return found.ok() && found->has_value() ? **found : Assessment{};
}
} // namespace

TEST_F(StoreTest, CoverageCountsTheShippedEvidence)
{
    auto seeded = openOrCreateSeeded(path(QStringLiteral("default.tsdb")));
    ASSERT_OK(seeded);
    const Store &s = **seeded;
    const auto all = evidenceCoverage(s);
    ASSERT_OK(all);
    ASSERT_EQ(all->size(), 9);
    int values = 0, backed = 0;
    for (auto it = all->cbegin(); it != all->cend(); ++it) {
        values += it->values;
        backed += it->valuesBacked;
        auto assessment = s.assessments().byId(it.key());
        ASSERT_OK(assessment);
        const auto one = evidenceCoverageOf(s, *assessment);
        ASSERT_OK(one);
        EXPECT_EQ(*one, it.value()) << "assessment " << it.key();
    }
    EXPECT_EQ(values, 117);
    EXPECT_EQ(backed, 67);
    // Shanxi's target mission score has no policy or milestone linked to it.
    EXPECT_EQ(all->value(assessmentOf(s, "140000", "target").id), (EvidenceCoverage{2, 3, 6, 13}));
    EXPECT_EQ(all->value(assessmentOf(s, "330000", "advantage").id), (EvidenceCoverage{3, 3, 11, 13}));
}

TEST_F(StoreTest, CoverageCountsANewLinkOnceAndAScoreWithoutValues)
{
    addBasics();
    auto assessment = store->assessments().add(makeAssessment(zhejiang, advantage, 7, 6, 5));
    ASSERT_OK(assessment);
    auto policy = store->policies().add(makePolicy(zhejiang, QStringLiteral("一项政策"), PartialDate::ofYear(2017)));
    ASSERT_OK(policy);
    auto milestone = store->milestones().add(makeMilestone(zhejiang, QStringLiteral("一个节点"), PartialDate::ofYear(2018)));
    ASSERT_OK(milestone);
    const auto stored = store->assessments().byId(*assessment);
    ASSERT_OK(stored);
    EXPECT_EQ(*evidenceCoverageOf(*store, *stored), (EvidenceCoverage{0, 3, 0, 0}));

    // Two links to the mission score back one dimension.
    ASSERT_OK(store->evidence().add(Evidence{NoId, *assessment, Dimension::Mission, Evidence::Kind::Policy, *policy}));
    ASSERT_OK(store->evidence().add(Evidence{NoId, *assessment, Dimension::Mission, Evidence::Kind::Milestone, *milestone}));
    EXPECT_EQ(*evidenceCoverageOf(*store, *stored), (EvidenceCoverage{1, 3, 0, 0}));
    EXPECT_EQ(evidenceCoverage(*store)->value(*assessment), (EvidenceCoverage{1, 3, 0, 0}));
}
