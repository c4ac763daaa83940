// What a delete takes with it, and how undo brings all of it back.

#include "support/TestData.h"

#include "data/DefaultDatabase.h"
#include "store/RecordSnapshot.h"

using namespace triangle;
using namespace triangle::test;

namespace {
// Everything in the database, for before/after comparisons.
struct Contents
{
    QList<Region> regions;
    QList<Stage> stages;
    QList<Assessment> assessments;
    QList<Policy> policies;
    QList<Milestone> milestones;
    QList<Evidence> evidence;
    bool operator==(const Contents &) const = default;
};

Contents contentsOf(const Store &store)
{
    return {*store.regions().all(), *store.stages().all(), *store.assessments().all(), *store.policies().all(), *store.milestones().all(), *store.evidence().all()};
}

class RecordSnapshotTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = openOrCreateSeeded(m_dir.filePath(QStringLiteral("seeded.tsdb")));
        ASSERT_OK(opened);
        store = std::move(*opened);
    }
    Id regionId(const char *code) const { return store->regions().byCode(QLatin1StringView(code))->id; }

    QTemporaryDir m_dir;
    std::unique_ptr<Store> store;
};
} // namespace

TEST_F(RecordSnapshotTest, DeletingAProvinceAndRestoringItGivesBackEverything)
{
    const Contents before = contentsOf(*store);
    auto snapshot = snapshotRegion(*store, regionId("140000"));
    ASSERT_OK(snapshot);
    EXPECT_EQ(snapshot->regions.size(), 1);
    EXPECT_EQ(snapshot->assessments.size(), 3);
    EXPECT_GE(snapshot->policies.size(), 1);
    EXPECT_GE(snapshot->milestones.size(), 1);
    EXPECT_GE(snapshot->evidence.size(), 1);

    ASSERT_OK(store->regions().remove(regionId("140000")));
    const EntityCounts removed = snapshot->counts();
    const EntityCounts after = *store->counts();
    EXPECT_EQ(after.assessments, before.assessments.size() - removed.assessments);
    EXPECT_EQ(after.evidence, before.evidence.size() - removed.evidence);

    ASSERT_OK(restoreSnapshot(*store, *snapshot));
    EXPECT_EQ(contentsOf(*store), before);
}

TEST_F(RecordSnapshotTest, ANationalPolicyTakesItsEvidenceFromOtherRegions)
{
    const Policy national = *store->policies().byUid(QStringLiteral("nat-2012-offices-affairs-regulation"));
    auto snapshot = snapshotPolicy(*store, national.id);
    ASSERT_OK(snapshot);
    ASSERT_FALSE(snapshot->evidence.isEmpty()); // the provinces' initial scores cite it
    const Contents before = contentsOf(*store);
    ASSERT_OK(store->policies().remove(national.id));
    EXPECT_LT(store->counts()->evidence, before.evidence.size());
    ASSERT_OK(restoreSnapshot(*store, *snapshot));
    EXPECT_EQ(contentsOf(*store), before);
}

TEST_F(RecordSnapshotTest, DeletingTheNationalLevelTakesEverythingButTheStages)
{
    auto snapshot = snapshotRegion(*store, regionId("100000"));
    ASSERT_OK(snapshot);
    const EntityCounts all = *store->counts();
    EXPECT_EQ(snapshot->counts(), (EntityCounts{all.regions, 0, all.assessments, all.policies, all.milestones, all.evidence, 0, 0,
                                            all.indicatorValues, all.indicatorEvidence, 0, 0, all.recordLinks}));
    EXPECT_EQ(snapshot->regions.first().code, QStringLiteral("100000")); // parents first
}

TEST_F(RecordSnapshotTest, StageAndAssessmentSnapshots)
{
    const Id advantage = store->stages().byKey(QStringLiteral("advantage"))->id;
    auto stage = snapshotStage(*store, advantage);
    ASSERT_OK(stage);
    EXPECT_EQ(stage->assessments.size(), 3);
    const Contents before = contentsOf(*store);
    ASSERT_OK(store->stages().remove(advantage));
    ASSERT_OK(restoreSnapshot(*store, *stage));
    EXPECT_EQ(contentsOf(*store), before);

    auto assessment = snapshotAssessment(*store, stage->assessments.first().id);
    ASSERT_OK(assessment);
    EXPECT_EQ(assessment->assessments.size(), 1);
    EXPECT_FALSE(snapshotAssessment(*store, 99999).ok());
}

// The wording comes from the catalogues (plurals included); without one
// loaded, as here, the parts still appear in order, zero counts left out.
TEST_F(RecordSnapshotTest, DescribesWhatElseGoes)
{
    const QString text = describeDependents(EntityCounts{0, 0, 3, 1, 0, 12});
    EXPECT_TRUE(text.startsWith(QStringLiteral("3 assessment"))) << qPrintable(text);
    EXPECT_LT(text.indexOf(QStringLiteral("1 polic")), text.indexOf(QStringLiteral("12 evidence")));
    EXPECT_FALSE(text.contains(QStringLiteral("region")));
    EXPECT_FALSE(text.contains(QStringLiteral("milestone")));
    EXPECT_TRUE(describeDependents(EntityCounts{}).isEmpty());
}
