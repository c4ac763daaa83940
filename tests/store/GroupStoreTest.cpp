// Region groups in the store: round trips with their members, the rules that
// refuse a bad group with nothing written, what deleting either side takes
// with it, and undo by re-adding under the same id.

#include "support/TestData.h"

#include "data/DataImporter.h"
#include "data/JsonDataReader.h"
#include "store/GroupTriangles.h"
#include "store/RecordSnapshot.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace triangle;
using namespace triangle::test;

namespace {
RegionGroup makeGroup(const QString &key, const QList<Id> &members)
{
    RegionGroup g;
    g.key = key;
    g.nameZh = QStringLiteral("组") + key;
    g.nameEn = QStringLiteral("Group ") + key;
    g.note = QStringLiteral("a note");
    g.source = QStringLiteral("《规划纲要》");
    g.memberIds = members;
    return g;
}
} // namespace

TEST_F(StoreTest, GroupRoundTripWithMembers)
{
    addBasics();
    QSignalSpy changed(store.get(), &Store::groupsChanged);
    RegionGroup group = makeGroup(QStringLiteral("pair"), {shanxi, zhejiang});
    auto id = store->groups().add(group);
    ASSERT_OK(id);
    EXPECT_EQ(changed.count(), 1);
    group.id = *id;
    std::sort(group.memberIds.begin(), group.memberIds.end());
    EXPECT_EQ(*store->groups().byId(*id), group);
    EXPECT_EQ(*store->groups().byKey(QStringLiteral("pair")), group);
    ASSERT_EQ(store->groups().all()->size(), 1);
    EXPECT_EQ(store->groups().all()->first(), group);

    auto members = store->groups().members(*id);
    ASSERT_OK(members);
    ASSERT_EQ(members->size(), 2);
    EXPECT_EQ(members->at(0).code, QStringLiteral("140000")); // by code
    EXPECT_EQ(members->at(1).code, QStringLiteral("330000"));

    group.nameEn = QStringLiteral("Renamed");
    group.memberIds = {zhejiang};
    ASSERT_OK(store->groups().update(group));
    EXPECT_EQ(*store->groups().byId(*id), group);

    ASSERT_OK(store->groups().setMembers(*id, {national, shanxi, shanxi}));
    EXPECT_EQ(store->groups().byId(*id)->memberIds, (QList<Id>{national, shanxi}));
}

TEST_F(StoreTest, RejectsABadGroupWithNothingWritten)
{
    addBasics();
    ASSERT_OK(store->groups().add(makeGroup(QStringLiteral("yrd"), {zhejiang})));

    auto duplicate = store->groups().add(makeGroup(QStringLiteral("yrd"), {shanxi}));
    ASSERT_FALSE(duplicate.ok());
    EXPECT_EQ(duplicate.error().kind, StoreError::Kind::Conflict);
    EXPECT_TRUE(duplicate.error().message.contains(QStringLiteral("yrd")));

    for (const QString &key : {QString(), QStringLiteral("two words"), QStringLiteral("a,b"), QStringLiteral("长三角")}) {
        auto bad = store->groups().add(makeGroup(key, {}));
        ASSERT_FALSE(bad.ok()) << qPrintable(key);
        EXPECT_EQ(bad.error().kind, StoreError::Kind::Invalid) << qPrintable(key);
    }
    RegionGroup nameless = makeGroup(QStringLiteral("x"), {});
    nameless.nameZh = QStringLiteral("  ");
    EXPECT_FALSE(store->groups().add(nameless).ok());

    // A member that is not a stored region: the group is not half-written.
    auto orphan = store->groups().add(makeGroup(QStringLiteral("orphan"), {zhejiang, 9999}));
    ASSERT_FALSE(orphan.ok());
    EXPECT_FALSE(store->groups().byKey(QStringLiteral("orphan")).ok());
    EXPECT_EQ(store->groups().all()->size(), 1);
}

TEST_F(StoreTest, SchemaChecksRejectBadGroups)
{
    addBasics();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-groups"));
    db.setDatabaseName(path());
    ASSERT_TRUE(db.open());
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO region_groups (id, key, name_zh) VALUES (1, 'ok', '组')")));
        const QStringList bad = {
            QStringLiteral("INSERT INTO region_groups (key, name_zh) VALUES ('', '组')"),
            QStringLiteral("INSERT INTO region_groups (key, name_zh) VALUES ('a b', '组')"),
            QStringLiteral("INSERT INTO region_groups (key, name_zh) VALUES ('ok', '组')"),
            QStringLiteral("INSERT INTO region_groups (key, name_zh) VALUES ('other', ' ')"),
            QStringLiteral("INSERT INTO group_members (group_id, region_id) VALUES (1, 777)"),
            QStringLiteral("INSERT INTO group_members (group_id, region_id) VALUES (2, %1)").arg(zhejiang),
            QStringLiteral("INSERT INTO settings (key, value) VALUES ('group_aggregate', 'mode')"),
        };
        for (const QString &sql : bad)
            EXPECT_FALSE(q.exec(sql)) << qPrintable(sql);
        ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM region_groups")));
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("raw-groups"));
}

TEST_F(StoreTest, DeletingARegionOrAGroupTakesOnlyTheMembership)
{
    addBasics();
    auto id = store->groups().add(makeGroup(QStringLiteral("pair"), {shanxi, zhejiang}));
    ASSERT_OK(id);
    QSignalSpy changed(store.get(), &Store::groupsChanged);
    ASSERT_OK(store->regions().remove(shanxi));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(store->groups().byId(*id)->memberIds, QList<Id>{zhejiang});

    ASSERT_OK(store->groups().remove(*id));
    EXPECT_FALSE(store->groups().byId(*id).ok());
    EXPECT_OK(store->regions().byId(zhejiang)); // the region stays
    EXPECT_FALSE(store->groups().remove(*id).ok());
}

TEST_F(StoreTest, DeletedGroupComesBackUnderItsOwnIdWithItsMembers)
{
    addBasics();
    auto id = store->groups().add(makeGroup(QStringLiteral("pair"), {shanxi, zhejiang}));
    ASSERT_OK(id);
    const RegionGroup before = *store->groups().byId(*id);
    ASSERT_OK(store->groups().remove(*id));
    auto restored = store->groups().add(before);
    ASSERT_OK(restored);
    EXPECT_EQ(*restored, *id);
    EXPECT_EQ(*store->groups().byId(*id), before);
}

TEST_F(StoreTest, UndoingARegionsDeletePutsItBackInItsGroups)
{
    addBasics();
    auto id = store->groups().add(makeGroup(QStringLiteral("pair"), {shanxi, zhejiang}));
    ASSERT_OK(id);
    auto snapshot = snapshotRegion(*store, shanxi);
    ASSERT_OK(snapshot);
    ASSERT_OK(store->regions().remove(shanxi));
    ASSERT_OK(restoreSnapshot(*store, *snapshot));
    auto members = store->groups().byId(*id)->memberIds;
    std::sort(members.begin(), members.end());
    QList<Id> expected{shanxi, zhejiang};
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(members, expected);
}

TEST_F(StoreTest, GroupAggregateIsMeanUntilSet)
{
    EXPECT_EQ(*store->groups().aggregate(), GroupAggregate::Mean);
    ASSERT_OK(store->groups().setAggregate(GroupAggregate::Median));
    EXPECT_EQ(*store->groups().aggregate(), GroupAggregate::Median);
    EXPECT_EQ(*store->raters().aggregate(), RaterAggregate::Mean); // a setting of its own
}

TEST_F(StoreTest, GroupTriangleAggregatesTheAssessedMembersAtTheStage)
{
    addBasics();
    auto sichuan = store->regions().add(makeRegion(QStringLiteral("510000"), QStringLiteral("四川省"), Level::Province, national));
    ASSERT_OK(sichuan);
    ASSERT_OK(store->assessments().add(makeAssessment(zhejiang, advantage, 8.0, 5.8, 6.3)));
    ASSERT_OK(store->assessments().add(makeAssessment(shanxi, advantage, 5.5, 8.0, 5.7)));
    ASSERT_OK(store->assessments().add(makeAssessment(*sichuan, initial, 3.0, 3.0, 3.0))); // another stage
    auto id = store->groups().add(makeGroup(QStringLiteral("three"), {zhejiang, shanxi, *sichuan}));
    ASSERT_OK(id);

    auto mean = groupTriangle(*store, *store->groups().byId(*id), advantage);
    ASSERT_OK(mean);
    EXPECT_EQ(mean->assessed, 2);
    EXPECT_EQ(mean->members, 3);
    EXPECT_DOUBLE_EQ(mean->scores[Dimension::Mission], (8.0 + 5.5) / 2);
    EXPECT_DOUBLE_EQ(mean->minimum[Dimension::Political], 5.8);
    EXPECT_DOUBLE_EQ(mean->maximum[Dimension::Political], 8.0);

    ASSERT_OK(store->groups().setAggregate(GroupAggregate::Median));
    auto median = groupTriangle(*store, *store->groups().byId(*id), advantage);
    ASSERT_OK(median);
    EXPECT_EQ(median->method, GroupAggregate::Median);
    EXPECT_DOUBLE_EQ(median->scores[Dimension::Operational], (6.3 + 5.7) / 2);

    EXPECT_TRUE(groupTriangle(*store, *store->groups().byId(*id), target)->isEmpty());
}

TEST_F(StoreTest, RollUpComesFromTheDirectChildren)
{
    addBasics();
    auto hangzhou = store->regions().add(makeRegion(QStringLiteral("330100"), QStringLiteral("杭州市"), Level::City, zhejiang));
    auto ningbo = store->regions().add(makeRegion(QStringLiteral("330200"), QStringLiteral("宁波市"), Level::City, zhejiang));
    auto wenzhou = store->regions().add(makeRegion(QStringLiteral("330300"), QStringLiteral("温州市"), Level::City, zhejiang));
    ASSERT_OK(hangzhou);
    ASSERT_OK(ningbo);
    ASSERT_OK(wenzhou);
    ASSERT_OK(store->assessments().add(makeAssessment(*hangzhou, advantage, 9.0, 6.0, 7.0)));
    ASSERT_OK(store->assessments().add(makeAssessment(*ningbo, advantage, 7.0, 5.0, 8.0)));
    ASSERT_OK(store->assessments().add(makeAssessment(zhejiang, advantage, 8.0, 5.8, 6.3)));

    auto rolled = rollUpTriangle(*store, zhejiang, advantage);
    ASSERT_OK(rolled);
    EXPECT_EQ(rolled->assessed, 2);
    EXPECT_EQ(rolled->members, 3);
    EXPECT_EQ(rolled->scores, makeScores(8.0, 5.5, 7.5));
    EXPECT_EQ(rolled->minimum, makeScores(7.0, 5.0, 7.0));
    EXPECT_EQ(rolled->maximum, makeScores(9.0, 6.0, 8.0));

    // The national level's children are the provinces: only Zhejiang is assessed.
    auto national = rollUpTriangle(*store, this->national, advantage);
    ASSERT_OK(national);
    EXPECT_EQ(national->assessed, 1);
    EXPECT_EQ(national->members, 2);
    EXPECT_TRUE(rollUpTriangle(*store, shanxi, advantage)->isEmpty());
}

// A data file's groups: members by region code from the file or the
// database; a group already there is skipped or updated by the conflict
// choice; every problem named at its JSON path, nothing half-imported.
TEST_F(StoreTest, JsonGroupsImportByRegionCodeAndFollowTheConflictChoice)
{
    addBasics();
    const QByteArray file = R"json({"format": "triangle-studio", "version": 3,
        "settings": {"group_aggregate": "median"},
        "regions": [{"code": "510000", "name_zh": "四川省", "level": "province", "parent": "100000"}],
        "groups": [{"key": "west-ish", "name_zh": "西部几省", "name_en": "Some west", "source": "a plan",
                    "members": ["510000", "140000"]}]})json";
    JsonDataReader::Output read = JsonDataReader::read(file, QStringLiteral("groups.json"));
    ASSERT_TRUE(read.problems.isEmpty()) << qPrintable(describeDataProblems(read.problems));
    ASSERT_TRUE(DataImporter::import(*store, read.data, ConflictPolicy::Fail).ok());
    auto group = store->groups().byKey(QStringLiteral("west-ish"));
    ASSERT_OK(group);
    EXPECT_EQ(group->memberIds.size(), 2);
    EXPECT_EQ(group->source, QStringLiteral("a plan"));
    EXPECT_EQ(*store->groups().aggregate(), GroupAggregate::Median);

    // Again: refused under "fail", skipped, or updated with the file's members.
    const auto failed = DataImporter::import(*store, read.data, ConflictPolicy::Fail);
    EXPECT_FALSE(failed.ok());
    read.data.groups[0].memberCodes = {QStringLiteral("330000")};
    read.data.regions.clear();
    EXPECT_EQ(DataImporter::import(*store, read.data, ConflictPolicy::Skip).summary.skipped.groups, 1);
    EXPECT_EQ(store->groups().byKey(QStringLiteral("west-ish"))->memberIds.size(), 2);
    EXPECT_EQ(DataImporter::import(*store, read.data, ConflictPolicy::Update).summary.updated.groups, 1);
    EXPECT_EQ(store->groups().byKey(QStringLiteral("west-ish"))->memberIds, QList<Id>{zhejiang});

    const QByteArray bad = R"json({"format": "triangle-studio",
        "groups": [{"key": "a b", "name_zh": "", "members": ["33", "330000", "330000"], "colour": "red"},
                   {"key": "unknown-member", "name_zh": "组", "members": ["999999"]}]})json";
    const JsonDataReader::Output badRead = JsonDataReader::read(bad, QStringLiteral("bad.json"));
    const QString problems = describeDataProblems(badRead.problems);
    EXPECT_TRUE(problems.contains(QStringLiteral("bad.json: $.groups[0].key"))) << qPrintable(problems);
    EXPECT_TRUE(problems.contains(QStringLiteral("$.groups[0].name_zh"))) << qPrintable(problems);
    EXPECT_TRUE(problems.contains(QStringLiteral("$.groups[0].members[0]"))) << qPrintable(problems);
    EXPECT_TRUE(problems.contains(QStringLiteral("$.groups[0].members[2]"))) << qPrintable(problems);
    EXPECT_TRUE(problems.contains(QStringLiteral("$.groups[0].colour"))) << qPrintable(problems);
    JsonDataReader::Output second = JsonDataReader::read(QByteArray(R"json({"format": "triangle-studio",
        "groups": [{"key": "unknown-member", "name_zh": "组", "members": ["999999"]}]})json"), QStringLiteral("second.json"));
    ASSERT_TRUE(second.problems.isEmpty());
    const auto unknown = DataImporter::import(*store, second.data, ConflictPolicy::Fail);
    ASSERT_FALSE(unknown.ok());
    ASSERT_EQ(unknown.problems.size(), 1);
    EXPECT_EQ(unknown.problems[0].location, QStringLiteral("second.json: $.groups[0].members"));
    EXPECT_TRUE(unknown.problems[0].message.contains(QStringLiteral("999999")));
    EXPECT_FALSE(store->groups().byKey(QStringLiteral("unknown-member")).ok());

    // A newer format than this program reads is refused as such.
    const JsonDataReader::Output newer = JsonDataReader::read(
        QStringLiteral(R"({"format": "triangle-studio", "version": %1})").arg(JsonDataReader::FormatVersion + 1).toUtf8(),
        QStringLiteral("newer.json"));
    ASSERT_EQ(newer.problems.size(), 1);
    EXPECT_TRUE(newer.problems[0].message.contains(QStringLiteral("newer")));
}
