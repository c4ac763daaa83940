// Importing a DataSet: references resolved, conflicts handled by policy, and
// nothing written unless everything is valid.

#include "support/TestData.h"

#include "data/DataImporter.h"
#include "data/JsonDataReader.h"

using namespace triangle;
using namespace triangle::test;

namespace {
DataSet parse(const char *json)
{
    auto out = JsonDataReader::read(QByteArray(json), QStringLiteral("in.json"));
    EXPECT_TRUE(out.problems.isEmpty()) << qPrintable(describeDataProblems(out.problems));
    return out.data;
}

const char *Base = R"({"format": "triangle-studio", "version": 1,
  "stages": [{"key": "initial", "name_zh": "初始三角", "start_year": 2011, "end_year": 2011, "order": 1}],
  "regions": [
    {"code": "330100", "name_zh": "杭州市", "level": "city", "parent": "330000"},
    {"code": "330000", "name_zh": "浙江省", "level": "province", "parent": "100000"},
    {"code": "100000", "name_zh": "全国", "level": "national", "parent": null}],
  "policies": [{"uid": "p1", "region": "330000", "title_zh": "试点方案", "date": "2018", "level": "province", "kind": "pilot",
                "dimensions": ["mission"]}],
  "milestones": [{"uid": "m1", "region": "330000", "title_zh": "一张网", "date": "2019", "dimensions": ["operational"]}],
  "assessments": [{"region": "330000", "stage": "initial", "scores": {"mission": 3.5, "political": 3, "operational": 3},
                   "evidence": {"mission": ["policy:p1"], "operational": ["milestone:m1"]}}]})";

bool mentions(const DataProblems &problems, const QString &location, const QString &fragment)
{
    for (const DataProblem &p : problems) {
        if (p.location == location && p.message.contains(fragment))
            return true;
    }
    return false;
}
} // namespace

TEST_F(StoreTest, ImportsAFileWithParentsAfterChildren)
{
    const auto out = DataImporter::import(*store, parse(Base), ConflictPolicy::Fail);
    ASSERT_TRUE(out.ok()) << qPrintable(describeDataProblems(out.problems));
    EXPECT_EQ(out.summary.added.regions, 3);
    EXPECT_EQ(out.summary.added.evidence, 2);
    EXPECT_EQ(*store->counts(), (EntityCounts{3, 1, 1, 1, 1, 2}));
    const Region hangzhou = *store->regions().byCode(QStringLiteral("330100"));
    EXPECT_EQ(hangzhou.parentId, store->regions().byCode(QStringLiteral("330000"))->id);
}

TEST_F(StoreTest, ImportConflictPolicies)
{
    ASSERT_TRUE(DataImporter::import(*store, parse(Base), ConflictPolicy::Fail).ok());

    const auto failed = DataImporter::import(*store, parse(Base), ConflictPolicy::Fail);
    ASSERT_FALSE(failed.ok());
    EXPECT_TRUE(mentions(failed.problems, QStringLiteral("in.json: $.regions[1]"), QStringLiteral("already")));

    const auto skipped = DataImporter::import(*store, parse(Base), ConflictPolicy::Skip);
    ASSERT_TRUE(skipped.ok());
    EXPECT_EQ(skipped.summary.skipped.regions, 3);
    EXPECT_EQ(skipped.summary.added.regions, 0);

    QByteArray changed(Base);
    changed.replace("\"mission\": 3.5", "\"mission\": 4.5");
    const auto updated = DataImporter::import(*store, parse(changed.constData()), ConflictPolicy::Update);
    ASSERT_TRUE(updated.ok()) << qPrintable(describeDataProblems(updated.problems));
    EXPECT_EQ(updated.summary.updated.assessments, 1);
    const Id zj = store->regions().byCode(QStringLiteral("330000"))->id;
    const Id initialStage = store->stages().byKey(QStringLiteral("initial"))->id;
    EXPECT_EQ(store->assessments().at(zj, initialStage)->value().scores[Dimension::Mission], 4.5);
    EXPECT_EQ(store->counts()->evidence, 2); // replaced, not doubled
}

TEST_F(StoreTest, ImportWritesNothingWhenAnyReferenceDangles)
{
    const auto out = DataImporter::import(*store, parse(R"({"format": "triangle-studio",
      "regions": [{"code": "100000", "name_zh": "全国", "level": "national", "parent": null},
                  {"code": "440000", "name_zh": "广东省", "level": "province", "parent": "999999"}],
      "policies": [{"uid": "p", "region": "520000", "title_zh": "T", "date": "2020", "level": "province", "kind": "plan",
                    "dimensions": []}],
      "assessments": [{"region": "100000", "stage": "later", "scores": {"mission": 1, "political": 1, "operational": 1}}]})"),
                                            ConflictPolicy::Fail);
    ASSERT_FALSE(out.ok());
    EXPECT_TRUE(mentions(out.problems, QStringLiteral("in.json: $.regions[1].parent"), QStringLiteral("999999")));
    EXPECT_TRUE(mentions(out.problems, QStringLiteral("in.json: $.policies[0].region"), QStringLiteral("520000")));
    EXPECT_TRUE(mentions(out.problems, QStringLiteral("in.json: $.assessments[0].stage"), QStringLiteral("later")));
    EXPECT_EQ(*store->counts(), EntityCounts{}); // the valid national region was not written either
}

TEST_F(StoreTest, ImportReportsUnknownEvidence)
{
    QByteArray broken(Base);
    broken.replace("milestone:m1", "milestone:nope");
    const auto out = DataImporter::import(*store, parse(broken.constData()), ConflictPolicy::Fail);
    ASSERT_FALSE(out.ok());
    EXPECT_TRUE(mentions(out.problems, QStringLiteral("in.json: $.assessments[0].evidence.operational[0]"), QStringLiteral("nope")));
    EXPECT_EQ(store->counts()->regions, 0);
}

TEST_F(StoreTest, ImportResolvesAgainstTheDatabase)
{
    addBasics(); // national, Zhejiang, Shanxi and the stages are already stored
    const auto out = DataImporter::import(*store, parse(R"({"format": "triangle-studio",
      "assessments": [{"region": "140000", "stage": "advantage", "scores": {"mission": 5.5, "political": 8.5, "operational": 6}}]})"),
                                            ConflictPolicy::Fail);
    ASSERT_TRUE(out.ok()) << qPrintable(describeDataProblems(out.problems));
    EXPECT_TRUE(store->assessments().at(shanxi, advantage)->has_value());
}
