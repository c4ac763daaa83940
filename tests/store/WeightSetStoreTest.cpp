// Weight sets in the store (schema 12, issue 22): sets added whole or not at
// all; activating one copies its weights into the indicators and re-derives
// the scores, refusing a zero weight by name; editing a weight by hand leaves
// no set active; weights from the data per dimension (entropy, CRITIC),
// combined with an expert set; and the regions compared under two sets.
// Every expected number is worked out by hand in the comment beside it.

#include "support/OlderSchemaFile.h"
#include "support/TestData.h"

#include "store/ScoreSync.h"
#include "store/WeightSetQueries.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace triangle;
using namespace triangle::test;

namespace {
Indicator makeIndicator(const QString &key, Dimension d, int order,
                        IndicatorDirection direction = IndicatorDirection::HigherIsBetter)
{
    Indicator i;
    i.key = key;
    i.dimension = d;
    i.nameZh = key + QStringLiteral("名");
    i.direction = direction;
    i.weight = 1.0;
    i.sortOrder = order;
    return i;
}

// Three provinces scored at the advantage stage by rater A (and Zhejiang's
// mission also by rater B), a fourth (Beijing) missing a mission value.
//
//              m1 (higher)  m2 (lower)  p1   o1   o2
//   Zhejiang   A 7, B 9     A 2, B 2    6    5    3
//   Shanxi     A 4          A 6         7    5    8
//   Sichuan    A 7          A 5         3    5    6
//   Beijing    A 5          —           —    —    —
//
// Per region (raters' mean) m1 = 8, 4, 7 and m2 = 2, 6, 5. Every
// assessment's mission is derived; political and operational are set by
// hand at 5 and 5, so that the mission alone moves the triangle.
class WeightSetStoreTest : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        addBasics();
        auto c = store->regions().add(makeRegion(QStringLiteral("510000"), QStringLiteral("四川省"), Level::Province, national));
        auto b = store->regions().add(makeRegion(QStringLiteral("110000"), QStringLiteral("北京市"), Level::Province, national));
        ASSERT_OK(c);
        ASSERT_OK(b);
        sichuan = *c;
        beijing = *b;
        const QList<Indicator> made{makeIndicator(QStringLiteral("m1"), Dimension::Mission, 1),
                                    makeIndicator(QStringLiteral("m2"), Dimension::Mission, 2, IndicatorDirection::LowerIsBetter),
                                    makeIndicator(QStringLiteral("p1"), Dimension::Political, 1),
                                    makeIndicator(QStringLiteral("o1"), Dimension::Operational, 1),
                                    makeIndicator(QStringLiteral("o2"), Dimension::Operational, 2)};
        for (const Indicator &i : made) {
            auto id = store->indicators().add(i);
            ASSERT_OK(id);
            ids.insert(i.key, *id);
        }
        auto a = store->raters().add({NoId, QStringLiteral("a"), QStringLiteral("A"), {}, {}, {}, Language::Chinese});
        auto r = store->raters().add({NoId, QStringLiteral("b"), QStringLiteral("B"), {}, {}, {}, Language::Chinese});
        ASSERT_OK(a);
        ASSERT_OK(r);
        raterA = *a;
        raterB = *r;
        for (Id region : {zhejiang, shanxi, sichuan}) {
            Assessment as = makeAssessment(region, advantage, 5.0, 5.0, 5.0);
            as.origin[Dimension::Mission] = ScoreOrigin::Derived;
            auto added = store->assessments().add(as);
            ASSERT_OK(added);
            assessments.insert(region, *added);
        }
        value(zhejiang, "m1", raterA, 7);
        value(zhejiang, "m1", raterB, 9);
        value(zhejiang, "m2", raterA, 2);
        value(zhejiang, "m2", raterB, 2);
        value(zhejiang, "p1", raterA, 6);
        value(zhejiang, "o1", raterA, 5);
        value(zhejiang, "o2", raterA, 3);
        value(shanxi, "m1", raterA, 4);
        value(shanxi, "m2", raterA, 6);
        value(shanxi, "p1", raterA, 7);
        value(shanxi, "o1", raterA, 5);
        value(shanxi, "o2", raterA, 8);
        value(sichuan, "m1", raterA, 7);
        value(sichuan, "m2", raterA, 5);
        value(sichuan, "p1", raterA, 3);
        value(sichuan, "o1", raterA, 5);
        value(sichuan, "o2", raterA, 6);
        value(beijing, "m1", raterA, 5);
        ASSERT_OK(resyncDerivedScores(*store));
    }

    void value(Id region, const char *indicator, Id rater, double score)
    {
        auto id = store->indicatorValues().add({NoId, region, advantage, ids.value(QLatin1StringView(indicator)), rater, score, {}});
        ASSERT_TRUE(id.ok()) << qPrintable(id.error().message);
    }

    // A set giving m1..o2 these weights.
    WeightSet makeSet(const QString &name, double m1, double m2, double p1 = 1, double o1 = 1, double o2 = 1)
    {
        WeightSet s;
        s.name = name;
        s.method = WeightSetMethod::Analyst;
        s.weights = {{ids.value(QStringLiteral("m1")), m1}, {ids.value(QStringLiteral("m2")), m2},
                     {ids.value(QStringLiteral("p1")), p1}, {ids.value(QStringLiteral("o1")), o1},
                     {ids.value(QStringLiteral("o2")), o2}};
        return s;
    }

    double mission(Id region) const { return store->assessments().byId(assessments.value(region))->scores[Dimension::Mission]; }
    double weightOf(const char *key) const { return store->indicators().byKey(QLatin1StringView(key))->weight; }
    double w(const WeightSet &s, const char *key) const { return s.weights.value(ids.value(QLatin1StringView(key))); }

    Id sichuan = NoId, beijing = NoId, raterA = NoId, raterB = NoId;
    QHash<QString, Id> ids;
    QHash<Id, Id> assessments;
};
} // namespace

TEST_F(WeightSetStoreTest, ASetComesBackWithItsWeightsAndStartsInactive)
{
    WeightSet s = makeSet(QStringLiteral("专家"), 1, 3);
    s.method = WeightSetMethod::Ahp;
    s.detail = QStringLiteral("AIJ, round 2");
    s.round = 2;
    s.stageId = advantage;
    s.active = true; // ignored: a set is added inactive
    auto id = store->weightSets().add(s);
    ASSERT_OK(id);
    auto back = store->weightSets().byName(QStringLiteral("专家"));
    ASSERT_OK(back);
    EXPECT_EQ(back->id, *id);
    EXPECT_EQ(back->method, WeightSetMethod::Ahp);
    EXPECT_EQ(back->detail, QStringLiteral("AIJ, round 2"));
    EXPECT_EQ(back->round, 2);
    EXPECT_EQ(back->stageId, advantage);
    EXPECT_FALSE(back->active);
    EXPECT_FALSE(back->createdAt.isEmpty());
    EXPECT_EQ(back->weights, s.weights);
    EXPECT_FALSE(store->weightSets().active()->has_value());
    // A second set of the same name is refused.
    EXPECT_FALSE(store->weightSets().add(s).ok());
}

TEST_F(WeightSetStoreTest, RefusesASetThatDoesNotWeighEveryIndicatorOnceWithNothingWritten)
{
    WeightSet missing = makeSet(QStringLiteral("缺"), 1, 1);
    missing.weights.remove(ids.value(QStringLiteral("p1")));
    auto refused = store->weightSets().add(missing);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, StoreError::Kind::Invalid);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("p1名"))) << qPrintable(refused.error().message);

    WeightSet negative = makeSet(QStringLiteral("负"), 1, -0.5);
    EXPECT_FALSE(store->weightSets().add(negative).ok());
    WeightSet stranger = makeSet(QStringLiteral("外"), 1, 1);
    stranger.weights.insert(99999, 1.0);
    EXPECT_FALSE(store->weightSets().add(stranger).ok());
    // The operational weights 0 and 0 sum to 0.
    WeightSet empty = makeSet(QStringLiteral("零"), 1, 1, 1, 0, 0);
    auto zero = store->weightSets().add(empty);
    ASSERT_FALSE(zero.ok());
    EXPECT_TRUE(zero.error().message.contains(QStringLiteral("sum to 0"))) << qPrintable(zero.error().message);
    EXPECT_TRUE(store->weightSets().all()->isEmpty());
}

TEST_F(WeightSetStoreTest, ActivatingCopiesTheWeightsAndReDerivesTheScores)
{
    // With weights 1 and 1, Zhejiang's mission: A (7 + 2) / 2 = 4.5, B (9 + 2) / 2 = 5.5, mean 5.0.
    EXPECT_DOUBLE_EQ(mission(zhejiang), 5.0);
    auto id = store->weightSets().add(makeSet(QStringLiteral("专家"), 1, 3));
    ASSERT_OK(id);
    ASSERT_OK(store->weightSets().activate(*id));
    EXPECT_DOUBLE_EQ(weightOf("m1"), 1.0);
    EXPECT_DOUBLE_EQ(weightOf("m2"), 3.0);
    // Weights 1 and 3: A (7 + 3·2) / 4 = 3.25, B (9 + 3·2) / 4 = 3.75, mean 3.5.
    EXPECT_DOUBLE_EQ(mission(zhejiang), 3.5);
    // Shanxi (4 + 18) / 4 = 5.5; Sichuan (7 + 15) / 4 = 5.5.
    EXPECT_DOUBLE_EQ(mission(shanxi), 5.5);
    EXPECT_DOUBLE_EQ(mission(sichuan), 5.5);
    EXPECT_TRUE(store->weightSets().byId(*id)->active);

    // Another set takes its place: at most one is active.
    auto equal = store->weightSets().add(makeSet(QStringLiteral("等权"), 1, 1));
    ASSERT_OK(equal);
    ASSERT_OK(store->weightSets().activate(*equal));
    EXPECT_FALSE(store->weightSets().byId(*id)->active);
    EXPECT_TRUE(store->weightSets().byId(*equal)->active);
    EXPECT_DOUBLE_EQ(mission(zhejiang), 5.0);
    EXPECT_EQ(store->weightSets().active()->value().id, *equal);
}

TEST_F(WeightSetStoreTest, TheDatabaseKeepsAtMostOneActiveSet)
{
    ASSERT_OK(store->weightSets().add(makeSet(QStringLiteral("一"), 1, 1)));
    ASSERT_OK(store->weightSets().add(makeSet(QStringLiteral("二"), 1, 2)));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("weight-sets-raw"));
    {
        db.setDatabaseName(store->filePath());
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        EXPECT_TRUE(q.exec(QStringLiteral("UPDATE weight_sets SET active = 1 WHERE name = '一'")));
        EXPECT_FALSE(q.exec(QStringLiteral("UPDATE weight_sets SET active = 1 WHERE name = '二'")));
        EXPECT_FALSE(q.exec(QStringLiteral("UPDATE weight_set_values SET weight = -1")));
        EXPECT_FALSE(q.exec(QStringLiteral("UPDATE weight_set_values SET weight = 101")));
        EXPECT_FALSE(q.exec(QStringLiteral("UPDATE weight_sets SET method = 'guess'")));
        db.close();
    }
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("weight-sets-raw"));
}

TEST_F(WeightSetStoreTest, ASetWithAZeroWeightIsRefusedNamingTheIndicatorAndNothingChanges)
{
    auto id = store->weightSets().add(makeSet(QStringLiteral("熵"), 1, 3, 1, 0, 1));
    ASSERT_OK(id);
    const Status refused = store->weightSets().activate(*id);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, StoreError::Kind::Invalid);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("o1名"))) << qPrintable(refused.error().message);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("no information"))) << qPrintable(refused.error().message);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("expert set"))) << qPrintable(refused.error().message);
    EXPECT_DOUBLE_EQ(weightOf("m2"), 1.0);
    EXPECT_DOUBLE_EQ(mission(zhejiang), 5.0);
    EXPECT_FALSE(store->weightSets().byId(*id)->active);
}

TEST_F(WeightSetStoreTest, TheActiveSetCannotBeRemovedAnotherCan)
{
    auto active = store->weightSets().add(makeSet(QStringLiteral("在用"), 1, 3));
    auto other = store->weightSets().add(makeSet(QStringLiteral("别的"), 1, 1));
    ASSERT_OK(active);
    ASSERT_OK(other);
    ASSERT_OK(store->weightSets().activate(*active));
    const Status refused = store->weightSets().remove(*active);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("在用"))) << qPrintable(refused.error().message);
    EXPECT_TRUE(store->weightSets().byId(*active).ok());
    EXPECT_OK(store->weightSets().remove(*other));
    EXPECT_FALSE(store->weightSets().byId(*other).ok());
}

TEST_F(WeightSetStoreTest, EditingAWeightByHandLeavesNoSetActive)
{
    auto id = store->weightSets().add(makeSet(QStringLiteral("专家"), 1, 3));
    ASSERT_OK(id);
    ASSERT_OK(store->weightSets().activate(*id));
    // A change that leaves the weight as it is keeps the set in force.
    Indicator m1 = *store->indicators().byKey(QStringLiteral("m1"));
    m1.nameEn = QStringLiteral("renamed");
    ASSERT_OK(store->indicators().update(m1));
    EXPECT_TRUE(store->weightSets().byId(*id)->active);
    // A new weight does not.
    m1.weight = 2.0;
    ASSERT_OK(store->indicators().update(m1));
    EXPECT_FALSE(store->weightSets().byId(*id)->active);

    // Nor does adding or removing an indicator.
    ASSERT_OK(store->weightSets().activate(*id));
    ASSERT_TRUE(store->weightSets().byId(*id)->active);
    auto added = store->indicators().add(makeIndicator(QStringLiteral("p2"), Dimension::Political, 2));
    ASSERT_OK(added);
    EXPECT_FALSE(store->weightSets().byId(*id)->active);
    // The set gives the new indicator no weight: it cannot be activated until made again.
    const Status stale = store->weightSets().activate(*id);
    ASSERT_FALSE(stale.ok());
    EXPECT_TRUE(stale.error().message.contains(QStringLiteral("p2名"))) << qPrintable(stale.error().message);
    ASSERT_OK(store->indicators().remove(*added));
    ASSERT_OK(store->weightSets().activate(*id));
    ASSERT_OK(store->indicators().remove(ids.value(QStringLiteral("o1"))));
    EXPECT_FALSE(store->weightSets().byId(*id)->active);
}

TEST_F(WeightSetStoreTest, EntropyWeightsArePerDimensionFromTheRatersMeanWithLowerIsBetterReversed)
{
    auto set = deriveDataWeightSet(*store, advantage, WeightSetMethod::Entropy, QStringLiteral("熵权"));
    ASSERT_OK(set);
    EXPECT_EQ(set->method, WeightSetMethod::Entropy);
    EXPECT_EQ(set->stageId, advantage);
    // Mission over Zhejiang, Shanxi, Sichuan (Beijing misses m2 and is left out):
    //   m1 = 8, 4, 7 → min–max 1, 0, 0.75 → p = 4/7, 0, 3/7;
    //     e1 = −(4/7 ln 4/7 + 3/7 ln 3/7) / ln 3 = 0.621610, d1 = 0.378390
    //   m2 = 2, 6, 5 lower-is-better → (6 − x) / 4 = 1, 0, 0.25 → p = 0.8, 0, 0.2;
    //     e2 = −(0.8 ln 0.8 + 0.2 ln 0.2) / ln 3 = 0.455486, d2 = 0.544514
    //   w = d / (d1 + d2) = 0.409999, 0.590001. Read higher-is-better, m2's
    //   p would be 0, 4/7, 3/7 like m1's, and the weights 0.5 and 0.5.
    EXPECT_NEAR(w(*set, "m1"), 0.409999, 1e-6);
    EXPECT_NEAR(w(*set, "m2"), 0.590001, 1e-6);
    // Political has one indicator: weight 1.
    EXPECT_DOUBLE_EQ(w(*set, "p1"), 1.0);
    // Operational: o1 is 5 everywhere, so it says nothing (weight 0), and o2 takes it all.
    EXPECT_DOUBLE_EQ(w(*set, "o1"), 0.0);
    EXPECT_DOUBLE_EQ(w(*set, "o2"), 1.0);
    EXPECT_TRUE(set->detail.contains(QStringLiteral("1 left out"))) << qPrintable(set->detail);
    EXPECT_TRUE(set->detail.contains(QStringLiteral("o1名"))) << qPrintable(set->detail);
    // It can be stored, but not put in force: o1 would weigh 0.
    auto id = store->weightSets().add(*set);
    ASSERT_OK(id);
    EXPECT_FALSE(store->weightSets().activate(*id).ok());
}

TEST_F(WeightSetStoreTest, DataWeightsCombineTheRatersAsTheDatabaseIsSet)
{
    // A third rater scores Zhejiang's m1 9.5: over A, B, C it is 7, 9, 9.5 —
    // mean 8.5, median 9. m2 stays 2, 6, 5 (p = 0.8, 0, 0.2; d2 = 0.544514).
    auto c = store->raters().add({NoId, QStringLiteral("c"), QStringLiteral("C"), {}, {}, {}, Language::Chinese});
    ASSERT_OK(c);
    value(zhejiang, "m1", *c, 9.5);
    // Mean: m1 = 8.5, 4, 7 → x' = 1, 0, 2/3 → p = 0.6, 0, 0.4;
    //   e1 = −(0.6 ln 0.6 + 0.4 ln 0.4) / ln 3 = 0.612602 → w1 = 0.387398 / (0.387398 + 0.544514) = 0.415703.
    auto mean = deriveDataWeightSet(*store, advantage, WeightSetMethod::Entropy, QStringLiteral("均值"));
    ASSERT_OK(mean);
    EXPECT_NEAR(w(*mean, "m1"), 0.415703, 1e-6);
    // Median: m1 = 9, 4, 7 → x' = 1, 0, 0.6 → p = 0.625, 0, 0.375;
    //   e1 = −(0.625 ln 0.625 + 0.375 ln 0.375) / ln 3 = 0.602181 → w1 = 0.397819 / (0.397819 + 0.544514) = 0.422164.
    ASSERT_OK(store->raters().setAggregate(RaterAggregate::Median));
    auto median = deriveDataWeightSet(*store, advantage, WeightSetMethod::Entropy, QStringLiteral("中位数"));
    ASSERT_OK(median);
    EXPECT_NEAR(w(*median, "m1"), 0.422164, 1e-6);
    EXPECT_TRUE(median->detail.contains(QStringLiteral("median"))) << qPrintable(median->detail);
}

TEST_F(WeightSetStoreTest, CriticWeightsArePerDimension)
{
    auto set = deriveDataWeightSet(*store, advantage, WeightSetMethod::Critic, QStringLiteral("CRITIC"));
    ASSERT_OK(set);
    // Mission: x'1 = 1, 0, 0.75 and x'2 = 1, 0, 0.25 (reversed). Sample σ:
    //   mean1 = 0.583333, deviations 0.416667, −0.583333, 0.166667 → Σd² = 0.541667, σ1 = √(0.270833) = 0.520416
    //   mean2 = 0.416667, deviations 0.583333, −0.416667, −0.166667 → Σd² = 0.541667, σ2 = 0.520416
    //   r12 = Σ d1 d2 / 0.541667 = (0.243056 + 0.243056 − 0.027778) / 0.541667 = 0.846154
    //   C1 = C2 = σ (1 − r) → w = 0.5, 0.5 (equal spread, equal conflict).
    EXPECT_NEAR(w(*set, "m1"), 0.5, 1e-9);
    EXPECT_NEAR(w(*set, "m2"), 0.5, 1e-9);
    EXPECT_DOUBLE_EQ(w(*set, "o1"), 0.0);
    EXPECT_DOUBLE_EQ(w(*set, "o2"), 1.0);
    EXPECT_EQ(set->method, WeightSetMethod::Critic);
}

TEST_F(WeightSetStoreTest, DataWeightsNeedTwoRegions)
{
    // At the initial stage nobody has a value.
    auto none = deriveDataWeightSet(*store, initial, WeightSetMethod::Entropy, QStringLiteral("空"));
    ASSERT_FALSE(none.ok());
    EXPECT_FALSE(none.error().message.isEmpty());
}

TEST_F(WeightSetStoreTest, CombiningAnExpertSetWithTheEntropySetIsPerDimension)
{
    auto entropy = deriveDataWeightSet(*store, advantage, WeightSetMethod::Entropy, QStringLiteral("熵权"));
    ASSERT_OK(entropy);
    const WeightSet expert = makeSet(QStringLiteral("专家"), 1, 3);
    auto product = combineWeightSets(*store, expert, *entropy, CombineRule::Multiplicative, 0.5, QStringLiteral("乘"));
    ASSERT_OK(product);
    EXPECT_EQ(product->method, WeightSetMethod::Combined);
    // Mission: a = 1/4, 3/4; b = 0.409999, 0.590001; a·b = 0.102500, 0.442501 → 0.188073, 0.811927.
    EXPECT_NEAR(w(*product, "m1"), 0.188073, 1e-6);
    EXPECT_NEAR(w(*product, "m2"), 0.811927, 1e-6);
    // Operational: 1·0 and 1·1 → 0 and 1: still not activatable.
    EXPECT_DOUBLE_EQ(w(*product, "o1"), 0.0);

    auto linear = combineWeightSets(*store, expert, *entropy, CombineRule::Linear, 0.5, QStringLiteral("线"));
    ASSERT_OK(linear);
    // Operational: 0.5·0.5 + 0.5·0 = 0.25 and 0.5·0.5 + 0.5·1 = 0.75; mission 0.5·0.25 + 0.5·0.409999 = 0.3299995.
    EXPECT_NEAR(w(*linear, "o1"), 0.25, 1e-12);
    EXPECT_NEAR(w(*linear, "o2"), 0.75, 1e-12);
    EXPECT_NEAR(w(*linear, "m1"), 0.3299995, 1e-6);
    auto id = store->weightSets().add(*linear);
    ASSERT_OK(id);
    EXPECT_OK(store->weightSets().activate(*id));
}

TEST_F(WeightSetStoreTest, ComparisonGivesTheScoresTheAppDerivesAndMarksChangedRanksAndForms)
{
    const WeightSet equal = makeSet(QStringLiteral("等权"), 1, 1);
    const WeightSet expert = makeSet(QStringLiteral("专家"), 1, 3);
    auto compared = compareWeightSetsAt(*store, advantage, {equal, expert});
    ASSERT_OK(compared);
    // Beijing has no assessment at the stage and is left out; by code: Shanxi, Zhejiang, Sichuan.
    ASSERT_EQ(compared->regions.size(), 3);
    EXPECT_EQ(compared->regions[0].code, QStringLiteral("140000"));
    EXPECT_EQ(compared->regions[1].code, QStringLiteral("330000"));
    EXPECT_EQ(compared->regions[2].code, QStringLiteral("510000"));
    const WeightSetComparisonRegion &shanxiRow = compared->comparison.regions[0];
    const WeightSetComparisonRegion &zhejiangRow = compared->comparison.regions[1];
    const WeightSetComparisonRegion &sichuanRow = compared->comparison.regions[2];
    // Equal weights: missions 5.0, 5.0, 6.0 (political and operational 5):
    // area grows with the mission, so Sichuan 1, Zhejiang and Shanxi share 2.
    EXPECT_DOUBLE_EQ(zhejiangRow.readings[0].scores[Dimension::Mission], 5.0);
    EXPECT_EQ(sichuanRow.readings[0].rank, 1);
    EXPECT_EQ(zhejiangRow.readings[0].rank, 2);
    EXPECT_EQ(shanxiRow.readings[0].rank, 2);
    // Weights 1 and 3: 3.5, 5.5, 5.5 → Shanxi and Sichuan share 1, Zhejiang 3.
    EXPECT_DOUBLE_EQ(zhejiangRow.readings[1].scores[Dimension::Mission], 3.5);
    EXPECT_EQ(shanxiRow.readings[1].rank, 1);
    EXPECT_EQ(sichuanRow.readings[1].rank, 1);
    EXPECT_EQ(zhejiangRow.readings[1].rank, 3);
    EXPECT_TRUE(zhejiangRow.rankChanges);
    EXPECT_TRUE(shanxiRow.rankChanges);
    EXPECT_FALSE(sichuanRow.rankChanges);
    // Zhejiang 5, 5, 5 is balanced low; 3.5, 5, 5 lags on the mission (3.5 / 5 = 0.7 < 0.8, range 1.5 > 1).
    EXPECT_EQ(zhejiangRow.readings[0].form.form, TriangleForm::BalancedLow);
    EXPECT_EQ(zhejiangRow.readings[1].form.form, TriangleForm::Lagging);
    EXPECT_EQ(zhejiangRow.readings[1].form.dimension, Dimension::Mission);
    EXPECT_TRUE(zhejiangRow.formChanges);
    // Sichuan 6, 5, 5 and 5.5, 5, 5 both lie within a point: balanced low under both.
    EXPECT_FALSE(sichuanRow.formChanges);

    // What the comparison gives under a set is what activating it stores.
    auto id = store->weightSets().add(expert);
    ASSERT_OK(id);
    ASSERT_OK(store->weightSets().activate(*id));
    EXPECT_DOUBLE_EQ(mission(zhejiang), zhejiangRow.readings[1].scores[Dimension::Mission]);
    EXPECT_DOUBLE_EQ(mission(shanxi), shanxiRow.readings[1].scores[Dimension::Mission]);

    EXPECT_FALSE(compareWeightSetsAt(*store, advantage, {equal}).ok());
}

// Schema 12 records the weights in force as the analyst's set, active.
TEST(WeightSetsMigrationTest, RecordsTheWeightsInForceAsTheActiveAnalystSet)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("schema-11.tsdb"));
    ASSERT_NO_FATAL_FAILURE(makeOlderSchemaFile(
        path, 11,
        {QStringLiteral("INSERT INTO indicators (key, dimension, name_zh, weight, sort_order) VALUES "
                        "('vision', 'mission', '愿景', 2.5, 1), ('law', 'political', '立法', 0.5, 1), "
                        "('people', 'operational', '人员', 7, 1)")}));
    auto store = Store::open(path);
    ASSERT_OK(store);
    EXPECT_EQ((*store)->schemaVersion(), latestSchemaVersion());
    auto sets = (*store)->weightSets().all();
    ASSERT_OK(sets);
    ASSERT_EQ(sets->size(), 1);
    const WeightSet &analyst = sets->first();
    EXPECT_EQ(analyst.name, QStringLiteral("analyst"));
    EXPECT_EQ(analyst.method, WeightSetMethod::Analyst);
    EXPECT_TRUE(analyst.active);
    ASSERT_EQ(analyst.weights.size(), 3);
    for (const Indicator &i : *(*store)->indicators().all())
        EXPECT_DOUBLE_EQ(analyst.weights.value(i.id), i.weight) << qPrintable(i.key);
    EXPECT_DOUBLE_EQ(analyst.weights.value((*store)->indicators().byKey(QStringLiteral("vision"))->id), 2.5);

    // A file without indicators gets no set.
    const QString bare = dir.filePath(QStringLiteral("bare-11.tsdb"));
    ASSERT_NO_FATAL_FAILURE(makeOlderSchemaFile(bare, 11, {}));
    auto empty = Store::open(bare);
    ASSERT_OK(empty);
    EXPECT_TRUE((*empty)->weightSets().all()->isEmpty());
}
