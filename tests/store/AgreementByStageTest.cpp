// The raters' agreement read from the store stage by stage (issue 21 §9):
// three raters with errors of SD 0.8 whose stages lie three points apart
// agree little at each stage, yet pooled over the stages alpha is high,
// because the differences between stages look like agreement.

#include "support/NoisyRaters.h"
#include "support/TestData.h"

#include "store/ScorecardQueries.h"

using namespace triangle;
using namespace triangle::test;

namespace {
class AgreementByStageTest : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        addBasics();
        ratings = addNoisyRaters(*store, {zhejiang, shanxi}, {initial, advantage, target});
    }

    NoisyRatings ratings;
};

void expectSameAlpha(const AgreementEstimate &estimate, const QList<ReliabilityUnit> &units, const char *what)
{
    const AlphaResult expected = krippendorffAlpha(units);
    ASSERT_TRUE(expected.alpha && estimate.alpha.alpha) << what;
    EXPECT_DOUBLE_EQ(*estimate.alpha.alpha, *expected.alpha) << what;
    EXPECT_EQ(estimate.alpha.pairableUnits, expected.pairableUnits) << what;
    EXPECT_EQ(estimate.verdict, classifyAlpha(*expected.alpha)) << what;
}
} // namespace

TEST_F(AgreementByStageTest, PooledAlphaIsHighWhereEveryStagesIsLow)
{
    auto read = raterAgreementByStageFor(*store, {zhejiang, shanxi});
    ASSERT_OK(read);
    ASSERT_EQ(read->stages.size(), 3);
    ASSERT_EQ(read->agreement.perStage.size(), 3);
    EXPECT_EQ(read->stages[0].id, initial);
    EXPECT_EQ(read->stages[2].id, target);

    const AgreementEstimate &pooled = read->agreement.pooled.all;
    expectSameAlpha(pooled, ratings.pooled, "pooled");
    EXPECT_EQ(pooled.verdict, AlphaVerdict::Reliable) << *pooled.alpha.alpha;
    for (qsizetype s = 0; s < read->stages.size(); ++s) {
        const Id stage = read->stages[s].id;
        const ScopedAgreement &at = read->agreement.perStage[s];
        expectSameAlpha(at.all, ratings.units.value(stage), "stage, all indicators");
        EXPECT_EQ(at.all.verdict, AlphaVerdict::Unreliable) << *at.all.alpha.alpha;
        EXPECT_LT(*at.all.alpha.alpha, *pooled.alpha.alpha - 0.3);
        for (Dimension d : AllDimensions)
            expectSameAlpha(at.byDimension[d], ratings.unitsByDimension.value(stage)[d], "stage, one dimension");
        // The interval holds alpha and says how it was drawn.
        ASSERT_TRUE(at.all.interval.low && at.all.interval.high) << qPrintable(at.all.interval.reason);
        EXPECT_LE(*at.all.interval.low, *at.all.alpha.alpha);
        EXPECT_GE(*at.all.interval.high, *at.all.alpha.alpha);
        EXPECT_EQ(at.all.interval.resamples, AlphaBootstrapResamples);
    }
}

TEST_F(AgreementByStageTest, OnlyTheChosenRegionsCount)
{
    // The national level's raters agree perfectly at the advantage stage; it is not chosen.
    auto assessment = store->assessments().add(makeAssessment(national, advantage, 5.0, 5.0, 5.0));
    ASSERT_OK(assessment);
    auto indicators = store->indicators().all();
    ASSERT_OK(indicators);
    for (const Indicator &i : *indicators) {
        for (Id rater : ratings.raters)
            ASSERT_OK(store->indicatorValues().add({NoId, national, advantage, i.id, rater, 9.0, {}}));
    }
    auto chosen = raterAgreementByStageFor(*store, {zhejiang, shanxi});
    ASSERT_OK(chosen);
    expectSameAlpha(chosen->agreement.perStage[1].all, ratings.units.value(advantage), "without the national level");
    auto withNational = raterAgreementByStageFor(*store, {national, zhejiang, shanxi});
    ASSERT_OK(withNational);
    EXPECT_NE(*withNational->agreement.perStage[1].all.alpha.alpha, *chosen->agreement.perStage[1].all.alpha.alpha);
}

TEST_F(AgreementByStageTest, OneStagesAgreementIsThatStagesRowOfTheTable)
{
    auto byStage = raterAgreementByStageFor(*store, {zhejiang, shanxi});
    auto atAdvantage = raterAgreementFor(*store, {zhejiang, shanxi}, advantage);
    ASSERT_OK(byStage);
    ASSERT_OK(atAdvantage);
    EXPECT_EQ(atAdvantage->all.alpha.alpha, byStage->agreement.perStage[1].all.alpha.alpha);
    EXPECT_EQ(atAdvantage->all.interval.low, byStage->agreement.perStage[1].all.interval.low);
    auto pooled = raterAgreementFor(*store, {zhejiang, shanxi});
    ASSERT_OK(pooled);
    EXPECT_EQ(pooled->all.alpha.alpha, byStage->agreement.pooled.all.alpha.alpha);
}
