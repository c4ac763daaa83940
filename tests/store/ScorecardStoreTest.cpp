// The scorecard in the store: indicators with rubrics, raters, indicator
// values, and the derived scores the store keeps in step with them. Every
// expected score below is worked out by hand in the comment beside it.

#include "support/TestData.h"

#include "store/IndicatorRepository.h"
#include "store/IndicatorValueRepository.h"
#include "store/RaterRepository.h"
#include "store/RecordSnapshot.h"
#include "store/ScoreSync.h"
#include "store/FindingsQueries.h"
#include "store/ScorecardQueries.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace triangle;
using namespace triangle::test;

namespace {
Indicator makeIndicator(const QString &key, Dimension d, double weight, int order)
{
    Indicator i;
    i.key = key;
    i.dimension = d;
    i.nameZh = key;
    i.weight = weight;
    i.sortOrder = order;
    i.rubric = {{0.0, QStringLiteral("无"), QStringLiteral("none"), {}, {}},
                {4.0, QStringLiteral("规划"), QStringLiteral("a plan"), {}, {}},
                {7.0, QStringLiteral("条例"), QStringLiteral("a regulation"), {}, {}},
                {10.0, QStringLiteral("条例加常设机构"), QStringLiteral("regulation and a standing body"), {}, {}}};
    return i;
}

class ScorecardStoreTest : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        addBasics();
        auto a = store->assessments().add(makeAssessment(zhejiang, advantage, 5.0, 5.0, 5.0));
        ASSERT_OK(a);
        assessment = *a;
        // Mission: weights 1 and 3. Political and operational: one indicator each.
        for (const Indicator &i : {makeIndicator(QStringLiteral("mission-vision"), Dimension::Mission, 1.0, 1),
                                   makeIndicator(QStringLiteral("mission-plans"), Dimension::Mission, 3.0, 2),
                                   makeIndicator(QStringLiteral("political-law"), Dimension::Political, 1.0, 1),
                                   makeIndicator(QStringLiteral("operational-standards"), Dimension::Operational, 1.0, 1)}) {
            auto id = store->indicators().add(i);
            ASSERT_OK(id);
            indicatorIds.append(*id);
        }
        auto a1 = store->raters().add({NoId, QStringLiteral("a"), QStringLiteral("Analyst A"), QStringLiteral("CUEB"), {}, {}, Language::Chinese});
        auto a2 = store->raters().add({NoId, QStringLiteral("b"), QStringLiteral("Analyst B"), {}, {}, {}, Language::Chinese});
        ASSERT_OK(a1);
        ASSERT_OK(a2);
        raterA = *a1;
        raterB = *a2;
    }

    Id value(Id indicator, Id rater, double score)
    {
        auto id = store->indicatorValues().add({NoId, zhejiang, advantage, indicator, rater, score, {}});
        EXPECT_TRUE(id.ok()) << qPrintable(id.error().message);
        return id.ok() ? *id : NoId;
    }

    void deriveMission()
    {
        Assessment a = *store->assessments().byId(assessment);
        a.origin[Dimension::Mission] = ScoreOrigin::Derived;
        ASSERT_OK(store->assessments().update(a));
    }

    Assessment stored() const { return *store->assessments().byId(assessment); }

    Id assessment = NoId;
    QList<Id> indicatorIds;
    Id raterA = NoId, raterB = NoId;
};
} // namespace

TEST_F(ScorecardStoreTest, IndicatorsComeBackWithTheirRubricsInDimensionOrder)
{
    auto all = store->indicators().all();
    ASSERT_OK(all);
    ASSERT_EQ(all->size(), 4);
    EXPECT_EQ((*all)[0].key, QStringLiteral("mission-vision"));
    EXPECT_EQ((*all)[2].dimension, Dimension::Political);
    ASSERT_EQ((*all)[0].rubric.size(), 4);
    EXPECT_EQ((*all)[0].rubric[2].labelEn, QStringLiteral("a regulation"));
    EXPECT_EQ(rubricLevelAt((*all)[0], 7.0)->labelZh, QStringLiteral("条例"));
    EXPECT_EQ(rubricLevelAt((*all)[0], 6.5), nullptr);
}

TEST_F(ScorecardStoreTest, RefusesABadIndicatorNamingTheField)
{
    Indicator bad = makeIndicator(QStringLiteral("x"), Dimension::Mission, 0.0, 3);
    bad.rubric.append({4.0, QStringLiteral("again"), {}, {}, {}});
    auto added = store->indicators().add(bad);
    ASSERT_FALSE(added.ok());
    EXPECT_EQ(added.error().kind, StoreError::Kind::Invalid);
    EXPECT_TRUE(added.error().message.contains(QStringLiteral("weight"))) << qPrintable(added.error().message);
    EXPECT_TRUE(added.error().message.contains(QStringLiteral("rubric[4].score"))) << qPrintable(added.error().message);
    EXPECT_EQ(store->indicators().all()->size(), 4);
}

TEST_F(ScorecardStoreTest, OneRatersDerivedScoreIsTheWeightedMean)
{
    value(indicatorIds[0], raterA, 4.0);
    value(indicatorIds[1], raterA, 8.0);
    deriveMission();
    // (1·4 + 3·8) / (1 + 3) = 28 / 4 = 7.0
    EXPECT_DOUBLE_EQ(stored().scores[Dimension::Mission], 7.0);
    EXPECT_EQ(stored().origin[Dimension::Mission], ScoreOrigin::Derived);
    // The other dimensions stay as typed.
    EXPECT_DOUBLE_EQ(stored().scores[Dimension::Political], 5.0);
    EXPECT_EQ(stored().origin[Dimension::Political], ScoreOrigin::Hand);
}

TEST_F(ScorecardStoreTest, ADerivedScoreFollowsEveryValueEditAndRoundsToTheGrid)
{
    value(indicatorIds[0], raterA, 4.0);
    const Id plans = value(indicatorIds[1], raterA, 8.0);
    deriveMission();
    QSignalSpy assessmentsChanged(store.get(), &Store::assessmentsChanged);
    IndicatorValue v = *store->indicatorValues().byId(plans);
    v.score = 7.3;
    ASSERT_OK(store->indicatorValues().update(v));
    // (4 + 3·7.3) / 4 = 25.9 / 4 = 6.475, stored on the 0.1 grid as 6.5.
    EXPECT_DOUBLE_EQ(stored().scores[Dimension::Mission], 6.5);
    auto derivation = derivationFor(*store, zhejiang, advantage);
    ASSERT_OK(derivation);
    EXPECT_NEAR(*(*derivation)[Dimension::Mission].value, 6.475, 1e-12);
    EXPECT_EQ(assessmentsChanged.count(), 1);
}

TEST_F(ScorecardStoreTest, AWeightChangeReDerivesTheScore)
{
    value(indicatorIds[0], raterA, 4.0);
    value(indicatorIds[1], raterA, 8.0);
    deriveMission();
    Indicator plans = *store->indicators().byId(indicatorIds[1]);
    plans.weight = 1.0;
    ASSERT_OK(store->indicators().update(plans));
    // (4 + 8) / 2 = 6.0
    EXPECT_DOUBLE_EQ(stored().scores[Dimension::Mission], 6.0);
}

TEST_F(ScorecardStoreTest, SeveralRatersAreCombinedByMeanOrMedian)
{
    const Id third = *store->raters().add({NoId, QStringLiteral("c"), QStringLiteral("Analyst C"), {}, {}, {}, Language::Chinese});
    // Each rater scores both mission indicators alike, so each rater's score is that value.
    for (auto [rater, score] : {std::pair{raterA, 6.0}, std::pair{raterB, 7.0}, std::pair{third, 9.5}}) {
        value(indicatorIds[0], rater, score);
        value(indicatorIds[1], rater, score);
    }
    deriveMission();
    // Mean (6 + 7 + 9.5) / 3 = 7.5.
    EXPECT_DOUBLE_EQ(stored().scores[Dimension::Mission], 7.5);
    ASSERT_OK(store->raters().setAggregate(RaterAggregate::Median));
    EXPECT_EQ(*store->raters().aggregate(), RaterAggregate::Median);
    EXPECT_DOUBLE_EQ(stored().scores[Dimension::Mission], 7.0);

    auto derivation = derivationFor(*store, zhejiang, advantage);
    ASSERT_OK(derivation);
    const ScoreSpread &spread = (*derivation)[Dimension::Mission].spread;
    EXPECT_EQ(spread.count, 3);
    EXPECT_DOUBLE_EQ(spread.minimum, 6.0);
    EXPECT_DOUBLE_EQ(spread.maximum, 9.5);
    // Sample SD: deviations −1.5, −0.5, 2.0 from 7.5; squares 2.25 + 0.25 + 4 = 6.5; √(6.5 / 2).
    EXPECT_NEAR(spread.standardDeviation, std::sqrt(3.25), 1e-12);
}

TEST_F(ScorecardStoreTest, ADerivedScoreWithNoValuesLeftIsUnscoredNotSetByHand)
{
    const Id only = value(indicatorIds[2], raterA, 7.0);
    Assessment a = stored();
    a.origin[Dimension::Political] = ScoreOrigin::Derived;
    ASSERT_OK(store->assessments().update(a));
    EXPECT_DOUBLE_EQ(stored().scores[Dimension::Political], 7.0);
    ASSERT_OK(store->indicatorValues().remove(only));
    // Nothing is left behind the 7.0, and nobody typed it.
    EXPECT_EQ(stored().origin[Dimension::Political], ScoreOrigin::Unscored);
    EXPECT_DOUBLE_EQ(stored().scores[Dimension::Political], 0.0);
}

// A new assessment's dimensions are nobody's scores until the indicators give
// one (issue 20: it read "set by hand: 0.0" until a Derived box was ticked).
TEST_F(ScorecardStoreTest, AnUnscoredDimensionIsDerivedOnceItsIndicatorsAreScored)
{
    ASSERT_OK(store->assessments().remove(assessment));
    Assessment fresh;
    fresh.regionId = zhejiang;
    fresh.stageId = advantage;
    for (Dimension d : AllDimensions)
        fresh.origin[d] = ScoreOrigin::Unscored;
    auto added = store->assessments().add(fresh);
    ASSERT_OK(added);
    assessment = *added;
    EXPECT_EQ(stored().origin[Dimension::Mission], ScoreOrigin::Unscored);

    value(indicatorIds[0], raterA, 4.0); // mission-vision: the only mission value
    EXPECT_EQ(stored().origin[Dimension::Mission], ScoreOrigin::Derived);
    EXPECT_DOUBLE_EQ(stored().scores[Dimension::Mission], 4.0);
    EXPECT_EQ(stored().origin[Dimension::Political], ScoreOrigin::Unscored); // none of its values yet
}

TEST_F(ScorecardStoreTest, ReadersOfTrianglesLeaveOutAnAssessmentWithAnUnscoredDimension)
{
    Assessment a = stored();
    a.origin[Dimension::Operational] = ScoreOrigin::Unscored;
    a.scores[Dimension::Operational] = 6.0; // an unscored dimension is stored as 0 whatever is given
    ASSERT_OK(store->assessments().update(a));
    EXPECT_DOUBLE_EQ(stored().scores[Dimension::Operational], 0.0);
    EXPECT_FALSE(stored().isScored());

    using Scope = AssessmentRepository::Scope;
    EXPECT_EQ(store->assessments().all()->size(), 1);
    EXPECT_TRUE(store->assessments().all(Scope::ScoredOnly)->isEmpty());
    EXPECT_TRUE(store->assessments().forRegion(zhejiang, Scope::ScoredOnly)->isEmpty());
    EXPECT_FALSE(store->assessments().at(zhejiang, advantage, Scope::ScoredOnly)->has_value());
    EXPECT_TRUE(store->assessments().at(zhejiang, advantage)->has_value());

    // The database refuses a score on an unscored dimension written around the store.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-unscored"));
        db.setDatabaseName(path());
        ASSERT_TRUE(db.open());
        QSqlQuery raw(db);
        EXPECT_FALSE(raw.exec(QStringLiteral("UPDATE assessments SET operational = 6 WHERE id = %1").arg(assessment)));
        EXPECT_TRUE(raw.exec(QStringLiteral("UPDATE assessments SET operational = 0 WHERE id = %1").arg(assessment)));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw-unscored"));
}

TEST_F(ScorecardStoreTest, ARaterScoresAnIndicatorOnlyOnce)
{
    value(indicatorIds[0], raterA, 4.0);
    auto again = store->indicatorValues().add({NoId, zhejiang, advantage, indicatorIds[0], raterA, 5.0, {}});
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().kind, StoreError::Kind::Conflict);
}

TEST_F(ScorecardStoreTest, DeletingAnIndicatorAndRestoringItBringsBackValuesEvidenceAndScores)
{
    const Id policy = *store->policies().add(makePolicy(zhejiang, QStringLiteral("试点方案"), PartialDate::ofYear(2018)));
    value(indicatorIds[0], raterA, 4.0);
    const Id plans = value(indicatorIds[1], raterA, 8.0);
    ASSERT_OK(store->indicatorValues().addEvidence({NoId, plans, Evidence::Kind::Policy, policy}));
    deriveMission();
    const Assessment before = stored();

    auto snapshot = snapshotIndicator(*store, indicatorIds[1]);
    ASSERT_OK(snapshot);
    EXPECT_EQ(snapshot->indicatorValues.size(), 1);
    EXPECT_EQ(snapshot->indicatorEvidence.size(), 1);
    ASSERT_OK(store->indicators().remove(indicatorIds[1]));
    EXPECT_DOUBLE_EQ(stored().scores[Dimension::Mission], 4.0); // only the vision indicator is left
    EXPECT_EQ(store->counts()->indicatorEvidence, 0);

    ASSERT_OK(restoreSnapshot(*store, *snapshot));
    EXPECT_EQ(stored(), before);
    EXPECT_EQ(store->indicatorValues().evidenceFor(plans)->size(), 1);
    EXPECT_EQ(*store->indicators().byId(indicatorIds[1]), snapshot->indicators.first());
}

TEST_F(ScorecardStoreTest, DeletingARegionTakesItsValuesAndUndoBringsThemBack)
{
    value(indicatorIds[0], raterA, 4.0);
    value(indicatorIds[1], raterA, 8.0);
    deriveMission();
    const Assessment before = stored();
    auto snapshot = snapshotRegion(*store, zhejiang);
    ASSERT_OK(snapshot);
    EXPECT_EQ(snapshot->counts().indicatorValues, 2);
    ASSERT_OK(store->regions().remove(zhejiang));
    EXPECT_EQ(store->counts()->indicatorValues, 0);
    ASSERT_OK(restoreSnapshot(*store, *snapshot));
    EXPECT_EQ(stored(), before);
    EXPECT_EQ(store->counts()->indicatorValues, 2);
}

// Issue 21, defect 7: the sensitivity run starts from the scores the store
// derived and the app shows, one rating missing included: rater A scores both
// mission indicators (4 and 8, weights 1 and 3: 7.0), rater B only the second
// (8): the mean of 7.0 and 8.0 is 7.5. Combined per indicator first it would
// read (1·4 + 3·8) / 4 = 7.0.
TEST_F(ScorecardStoreTest, SensitivityStartsFromTheDerivedScores)
{
    value(indicatorIds[0], raterA, 4.0);
    value(indicatorIds[1], raterA, 8.0);
    value(indicatorIds[1], raterB, 8.0);
    deriveMission();
    ASSERT_DOUBLE_EQ(stored().scores[Dimension::Mission], 7.5);
    auto input = sensitivityInputFor(*store, {zhejiang}, advantage);
    ASSERT_OK(input);
    input->draws = 0;
    const SensitivityResult result = runWeightSensitivity(*input);
    ASSERT_EQ(result.regions.size(), 1);
    EXPECT_EQ(result.regions[0].baselineScores, stored().scores);
}

// An indicator nobody scored (the shipped set's public support, people, cost)
// takes no part in the weight draws: drawn too, its weight would loosen the
// others' and move every shipped sensitivity and uncertainty figure.
TEST_F(ScorecardStoreTest, AnIndicatorNobodyScoredTakesNoPartInTheWeightDraws)
{
    auto unscored = store->indicators().add(makeIndicator(QStringLiteral("mission-people"), Dimension::Mission, 1.0, 3));
    ASSERT_OK(unscored);
    value(indicatorIds[0], raterA, 4.0);
    value(indicatorIds[1], raterA, 8.0);
    deriveMission();
    auto input = sensitivityInputFor(*store, {zhejiang}, advantage);
    ASSERT_OK(input);
    EXPECT_EQ(input->weights[Dimension::Mission], (QList<double>{1.0, 3.0}));
    EXPECT_TRUE(input->weights[Dimension::Political].isEmpty());

    auto uncertainty = findingsUncertaintyInputsFor(*store, {zhejiang});
    ASSERT_OK(uncertainty);
    ASSERT_EQ(uncertainty->size(), 1);
    QStringList keys;
    for (const Indicator &i : uncertainty->first().indicators)
        keys << i.key;
    EXPECT_EQ(keys, (QStringList{QStringLiteral("mission-vision"), QStringLiteral("mission-plans")}));
}
