// How much of each assessment rests on linked evidence (issue 21 §10): the
// shipped data's 68 of 117 indicator values, per assessment, read whole or
// one assessment at a time, and a new link counted at once; and the records
// its values cite in more than one dimension (§11).

#include "support/TestData.h"

#include "data/DefaultDatabase.h"
#include "model/DomainNames.h"
#include "store/EvidenceCoverageQueries.h"
#include "store/IndicatorRepository.h"
#include "store/IndicatorValueRepository.h"
#include "store/RaterRepository.h"

#include <algorithm>

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

QString nameOf(const Store &store, const char *key)
{
    const auto indicator = store.indicators().byKey(QLatin1StringView(key));
    EXPECT_TRUE(indicator.ok()) << key;
    return indicator.ok() ? localizedName(indicator->nameZh, indicator->nameEn) : QString();
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
    int values = 0, backed = 0, doubleCounts = 0;
    for (auto it = all->cbegin(); it != all->cend(); ++it) {
        values += it->values;
        backed += it->valuesBacked;
        doubleCounts += int(it->doubleCounts.size());
        auto assessment = s.assessments().byId(it.key());
        ASSERT_OK(assessment);
        const auto one = evidenceCoverageOf(s, *assessment);
        ASSERT_OK(one);
        EXPECT_EQ(*one, it.value()) << "assessment " << it.key();
    }
    EXPECT_EQ(values, 117);
    EXPECT_EQ(backed, 68);
    // Shanxi's target mission score has no policy or milestone linked to it.
    EXPECT_EQ(all->value(assessmentOf(s, "140000", "target").id), (EvidenceCoverage{2, 3, 6, 13, {}}));
    const EvidenceCoverage zhejiang = all->value(assessmentOf(s, "330000", "advantage").id);
    EXPECT_EQ(zhejiang.values, 13);
    EXPECT_EQ(zhejiang.valuesBacked, 11);
    EXPECT_EQ(zhejiang.dimensionsBacked, 3);

    // Records cited in more than one dimension (issue 21 §11). Sichuan's 283
    // duty standards feed both its provincial legislation and its
    // standardisation at the advantage stage: one fact in two dimensions.
    EXPECT_EQ(doubleCounts, 17);
    const QList<DoubleCount> sichuan = all->value(assessmentOf(s, "510000", "advantage").id).doubleCounts;
    const auto standards = std::find_if(sichuan.cbegin(), sichuan.cend(), [](const DoubleCount &c) {
        return c.record == QStringLiteral("milestone:sc-duty-standards-283");
    });
    ASSERT_NE(standards, sichuan.cend());
    EXPECT_TRUE(standards->indicators[Dimension::Mission].isEmpty());
    EXPECT_EQ(standards->indicators[Dimension::Political], QStringList{nameOf(s, "political-legislation")});
    EXPECT_EQ(standards->indicators[Dimension::Operational],
              (QStringList{nameOf(s, "operational-standards"), nameOf(s, "operational-process")}));
}

TEST_F(StoreTest, CoverageNamesARecordCitedInASecondDimensionOnceItIs)
{
    addBasics();
    auto assessment = store->assessments().add(makeAssessment(zhejiang, advantage, 7, 6, 5));
    ASSERT_OK(assessment);
    auto milestone = store->milestones().add(makeMilestone(zhejiang, QStringLiteral("一个节点"), PartialDate::ofYear(2018)));
    ASSERT_OK(milestone);
    const QString uid = store->milestones().byId(*milestone)->uid;
    auto rater = store->raters().add(Rater{NoId, QStringLiteral("r"), QStringLiteral("R"), {}, {}, {}, Language::Chinese});
    ASSERT_OK(rater);
    Indicator mission;
    mission.key = QStringLiteral("mission-a");
    mission.nameZh = QStringLiteral("使命甲");
    mission.nameEn = QStringLiteral("Mission A");
    mission.rubric = {RubricLevel{0.0, QStringLiteral("无"), QStringLiteral("None"), QStringLiteral("无"), QStringLiteral("None")},
                      RubricLevel{10.0, QStringLiteral("全"), QStringLiteral("All"), QStringLiteral("全"), QStringLiteral("All")}};
    Indicator operational = mission;
    operational.key = QStringLiteral("operational-a");
    operational.dimension = Dimension::Operational;
    operational.nameZh = QStringLiteral("运作甲");
    operational.nameEn = QStringLiteral("Operations A");
    const auto missionId = store->indicators().add(mission);
    const auto operationalId = store->indicators().add(operational);
    ASSERT_OK(missionId);
    ASSERT_OK(operationalId);
    auto first = store->indicatorValues().add(IndicatorValue{NoId, zhejiang, advantage, *missionId, *rater, 7.0, {}});
    auto second = store->indicatorValues().add(IndicatorValue{NoId, zhejiang, advantage, *operationalId, *rater, 5.0, {}});
    ASSERT_OK(first);
    ASSERT_OK(second);
    ASSERT_OK(store->indicatorValues().addEvidence(IndicatorEvidence{NoId, *first, Evidence::Kind::Milestone, *milestone}));
    const auto stored = store->assessments().byId(*assessment);
    ASSERT_OK(stored);
    EXPECT_TRUE(evidenceCoverageOf(*store, *stored)->doubleCounts.isEmpty());

    ASSERT_OK(store->indicatorValues().addEvidence(IndicatorEvidence{NoId, *second, Evidence::Kind::Milestone, *milestone}));
    const auto counted = evidenceCoverageOf(*store, *stored);
    ASSERT_OK(counted);
    ASSERT_EQ(counted->doubleCounts.size(), 1);
    EXPECT_EQ(counted->doubleCounts[0].record, QStringLiteral("milestone:") + uid);
    EXPECT_EQ(counted->doubleCounts[0].indicators[Dimension::Mission], QStringList{localizedName(mission.nameZh, mission.nameEn)});
    EXPECT_EQ(counted->doubleCounts[0].indicators[Dimension::Operational],
              QStringList{localizedName(operational.nameZh, operational.nameEn)});
    EXPECT_EQ(evidenceCoverage(*store)->value(*assessment).doubleCounts, counted->doubleCounts);
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
    EXPECT_EQ(*evidenceCoverageOf(*store, *stored), (EvidenceCoverage{0, 3, 0, 0, {}}));

    // Two links to the mission score back one dimension.
    ASSERT_OK(store->evidence().add(Evidence{NoId, *assessment, Dimension::Mission, Evidence::Kind::Policy, *policy}));
    ASSERT_OK(store->evidence().add(Evidence{NoId, *assessment, Dimension::Mission, Evidence::Kind::Milestone, *milestone}));
    EXPECT_EQ(*evidenceCoverageOf(*store, *stored), (EvidenceCoverage{1, 3, 0, 0, {}}));
    EXPECT_EQ(evidenceCoverage(*store)->value(*assessment), (EvidenceCoverage{1, 3, 0, 0, {}}));
}
