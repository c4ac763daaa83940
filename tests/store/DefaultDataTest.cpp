// The shipped default data: the national level, the 31 provincial-level
// units, the three stages and the article's three cases, all consistent.

#include "support/TestData.h"

#include "analysis/TriangleMetrics.h"
#include "data/DefaultDatabase.h"

#include <QSet>

using namespace triangle;
using namespace triangle::test;

namespace {
class DefaultDataTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = openOrCreateSeeded(m_dir.filePath(QStringLiteral("default.tsdb")));
        ASSERT_OK(opened);
        store = std::move(*opened);
    }

    DimensionScores scoresOf(const QString &code, const QString &stage) const
    {
        const Id region = store->regionByCode(code)->id;
        const Id stageId = store->stageByKey(stage)->id;
        auto a = store->assessment(region, stageId);
        EXPECT_TRUE(a.ok() && a->has_value()) << qPrintable(code) << " " << qPrintable(stage);
        return a.ok() && a->has_value() ? (*a)->scores : DimensionScores{};
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Store> store;
};

const QStringList Cases = {QStringLiteral("330000"), QStringLiteral("140000"), QStringLiteral("510000")};
} // namespace

TEST_F(DefaultDataTest, ParsesWithoutProblems)
{
    ASSERT_OK(defaultData());
}

TEST_F(DefaultDataTest, HoldsTheNationalLevelAnd31Provinces)
{
    auto regions = store->regions();
    ASSERT_OK(regions);
    ASSERT_EQ(regions->size(), 32);
    int national = 0;
    QSet<QString> codes;
    for (const Region &r : *regions) {
        national += r.level == Level::National ? 1 : 0;
        codes.insert(r.code);
        EXPECT_FALSE(r.nameEn.isEmpty()) << qPrintable(r.code);
    }
    EXPECT_EQ(national, 1);
    for (const char *code : {"110000", "140000", "330000", "510000", "540000", "650000"})
        EXPECT_TRUE(codes.contains(QLatin1StringView(code))) << code;
}

TEST_F(DefaultDataTest, HoldsTheThreeStagesInOrder)
{
    auto stages = store->stages();
    ASSERT_OK(stages);
    ASSERT_EQ(stages->size(), 3);
    EXPECT_EQ((*stages)[0].key, QStringLiteral("initial"));
    EXPECT_EQ((*stages)[0].nameZh, QStringLiteral("初始三角"));
    EXPECT_EQ((*stages)[1].key, QStringLiteral("advantage"));
    EXPECT_EQ((*stages)[1].startYear, 2016);
    EXPECT_EQ((*stages)[1].endYear, 2020);
    EXPECT_EQ((*stages)[2].key, QStringLiteral("target"));
}

TEST_F(DefaultDataTest, TheArticlesCasesFollowItsNarrative)
{
    // Balanced and low at the start, led by one dimension in the advantage
    // stage, balanced and high at the target.
    const QList<Dimension> leaders = {Dimension::Mission, Dimension::Political, Dimension::Operational};
    for (int i = 0; i < Cases.size(); ++i) {
        EXPECT_EQ(classifyForm(scoresOf(Cases[i], QStringLiteral("initial"))).form, TriangleForm::BalancedLow) << qPrintable(Cases[i]);
        EXPECT_EQ(classifyForm(scoresOf(Cases[i], QStringLiteral("advantage"))),
                  (FormResult{TriangleForm::AdvantageLed, leaders[i]}))
            << qPrintable(Cases[i]);
        EXPECT_EQ(classifyForm(scoresOf(Cases[i], QStringLiteral("target"))).form, TriangleForm::BalancedHigh) << qPrintable(Cases[i]);
    }
}

TEST_F(DefaultDataTest, EveryScoreSaysWhereItComesFromAndWhy)
{
    auto assessments = store->allAssessments();
    ASSERT_OK(assessments);
    ASSERT_EQ(assessments->size(), 9);
    for (const Assessment &a : *assessments) {
        EXPECT_TRUE(a.sourceNote.contains(QStringLiteral("非实测"))) << qPrintable(a.sourceNote);
        for (Dimension d : AllDimensions)
            EXPECT_FALSE(a.rationale[d].trimmed().isEmpty());
    }
}

TEST_F(DefaultDataTest, EveryEvidenceLinkResolvesAndBearsOnItsDimension)
{
    auto evidence = store->allEvidence();
    ASSERT_OK(evidence);
    EXPECT_GE(evidence->size(), 20);
    for (const Evidence &e : *evidence) {
        DimensionSet bears;
        if (e.kind == Evidence::Kind::Policy) {
            auto p = store->policy(e.targetId);
            ASSERT_OK(p);
            bears = p->dimensions;
        } else {
            auto m = store->milestone(e.targetId);
            ASSERT_OK(m);
            bears = m->dimensions;
        }
        EXPECT_TRUE(bears.contains(e.dimension)) << "evidence " << e.id;
    }
    // The advantage stage of each case is backed on its leading dimension.
    const QList<Dimension> leaders = {Dimension::Mission, Dimension::Political, Dimension::Operational};
    for (int i = 0; i < Cases.size(); ++i) {
        const Id region = store->regionByCode(Cases[i])->id;
        const Id stage = store->stageByKey(QStringLiteral("advantage"))->id;
        const Assessment a = store->assessment(region, stage)->value();
        int onLeader = 0;
        for (const Evidence &e : *store->evidenceFor(a.id))
            onLeader += e.dimension == leaders[i] ? 1 : 0;
        EXPECT_GE(onLeader, 2) << qPrintable(Cases[i]);
    }
}

TEST_F(DefaultDataTest, EveryDateIsValidAndInTheArticlesSpan)
{
    for (const Policy &p : *store->policies()) {
        EXPECT_TRUE(p.date.isValid()) << qPrintable(p.uid);
        EXPECT_GE(p.date.year(), 2000);
        EXPECT_LE(p.date.year(), 2025);
    }
    for (const Milestone &m : *store->milestones()) {
        EXPECT_TRUE(m.date.isValid()) << qPrintable(m.uid);
        EXPECT_GE(m.date.year(), 2000);
        EXPECT_LE(m.date.year(), 2025);
    }
}

TEST_F(DefaultDataTest, HoldsTheArticlesDatedRecords)
{
    EXPECT_EQ(store->policyByUid(QStringLiteral("sx-2020-regulation"))->date, PartialDate::ofMonth(2020, 9));
    const auto milestones = *store->milestones();
    bool standards283 = false;
    bool records925 = false;
    for (const Milestone &m : milestones) {
        if (m.quantity && m.quantity->value == 283)
            standards283 = true;
        if (m.quantity && m.quantity->value == 9250000)
            records925 = true;
    }
    EXPECT_TRUE(standards283);
    EXPECT_TRUE(records925);
    EXPECT_GE(store->counts()->policies, 12);
    EXPECT_GE(store->counts()->milestones, 15);
}

TEST_F(DefaultDataTest, SeedsOnlyOnce)
{
    const EntityCounts before = *store->counts();
    const QString file = store->filePath();
    store.reset();
    auto reopened = openOrCreateSeeded(file);
    ASSERT_OK(reopened);
    EXPECT_EQ(*(*reopened)->counts(), before);
}
