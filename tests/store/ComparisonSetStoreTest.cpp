// Comparison sets in the store: their members keep the order they were saved
// in, bad sets are refused with nothing written (by the repository and, as the
// last line, by the schema), deleting either side takes only the membership,
// undo puts a set or a deleted region's places back, and a schema-3 database
// gains the tables when opened.

#include "support/OlderSchemaFile.h"
#include "support/TestData.h"

#include "store/RecordSnapshot.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace triangle;
using namespace triangle::test;

namespace {
ComparisonSet makeSet(const QString &name, const QList<Id> &members)
{
    ComparisonSet s;
    s.name = name;
    s.key = comparisonSetKeyFromName(name);
    s.note = QStringLiteral("a note");
    s.memberIds = members;
    return s;
}
} // namespace

TEST(ComparisonSetKeyTest, KeyFromNameHoldsNoCommaOrSpace)
{
    EXPECT_EQ(comparisonSetKeyFromName(QStringLiteral("  Coastal,  north ")), QStringLiteral("Coastal-north"));
    EXPECT_EQ(comparisonSetKeyFromName(QStringLiteral("三个 案例，对比")), QStringLiteral("三个-案例-对比"));
    EXPECT_TRUE(isValidComparisonSetKey(QStringLiteral("三个案例")));
    EXPECT_FALSE(isValidComparisonSetKey(QString()));
    EXPECT_FALSE(isValidComparisonSetKey(QStringLiteral("a b")));
    EXPECT_FALSE(isValidComparisonSetKey(QStringLiteral("a,b")));
}

TEST_F(StoreTest, ComparisonSetKeepsItsMembersInOrder)
{
    addBasics();
    QSignalSpy changed(store.get(), &Store::groupsChanged);
    ComparisonSet set = makeSet(QStringLiteral("Three cases"), {zhejiang, national, shanxi});
    auto id = store->comparisonSets().add(set);
    ASSERT_OK(id);
    EXPECT_EQ(changed.count(), 1);
    set.id = *id;
    EXPECT_EQ(*store->comparisonSets().byId(*id), set);
    EXPECT_EQ(*store->comparisonSets().byKey(QStringLiteral("Three-cases")), set);
    EXPECT_EQ(*store->comparisonSets().byKeyOrName(QStringLiteral("three CASES")), set); // by name, any case
    EXPECT_EQ(*store->comparisonSets().regionIdsOf(QStringLiteral("Three-cases")), (QList<Id>{zhejiang, national, shanxi}));
    ASSERT_EQ(store->comparisonSets().all()->size(), 1);
    EXPECT_EQ(store->comparisonSets().all()->first(), set);
    EXPECT_EQ(store->counts()->comparisonSets, 1);

    set.name = QStringLiteral("Renamed");
    set.key = QStringLiteral("renamed");
    set.memberIds = {shanxi, zhejiang};
    ASSERT_OK(store->comparisonSets().update(set));
    EXPECT_EQ(*store->comparisonSets().byId(*id), set);
    EXPECT_FALSE(store->comparisonSets().byKey(QStringLiteral("Three-cases")).ok());
}

TEST_F(StoreTest, UnknownComparisonSetIsNamedInTheError)
{
    auto missing = store->comparisonSets().regionIdsOf(QStringLiteral("nowhere"));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind, StoreError::Kind::NotFound);
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("nowhere")));
}

TEST_F(StoreTest, RejectsABadComparisonSetWithNothingWritten)
{
    addBasics();
    ASSERT_OK(store->comparisonSets().add(makeSet(QStringLiteral("pair"), {zhejiang})));

    auto duplicate = store->comparisonSets().add(makeSet(QStringLiteral("pair"), {shanxi}));
    ASSERT_FALSE(duplicate.ok());
    EXPECT_EQ(duplicate.error().kind, StoreError::Kind::Conflict);
    EXPECT_TRUE(duplicate.error().message.contains(QStringLiteral("pair")));

    for (const QString &key : {QString(), QStringLiteral("two words"), QStringLiteral("a,b")}) {
        ComparisonSet bad = makeSet(QStringLiteral("name"), {});
        bad.key = key;
        auto refused = store->comparisonSets().add(bad);
        ASSERT_FALSE(refused.ok()) << qPrintable(key);
        EXPECT_EQ(refused.error().kind, StoreError::Kind::Invalid) << qPrintable(key);
    }
    ComparisonSet nameless = makeSet(QStringLiteral("x"), {});
    nameless.name = QStringLiteral("  ");
    EXPECT_FALSE(store->comparisonSets().add(nameless).ok());
    EXPECT_FALSE(store->comparisonSets().add(makeSet(QStringLiteral("twice"), {zhejiang, zhejiang})).ok());

    // A member that is not a stored region: the set is not half-written.
    auto orphan = store->comparisonSets().add(makeSet(QStringLiteral("orphan"), {zhejiang, 9999}));
    ASSERT_FALSE(orphan.ok());
    EXPECT_FALSE(store->comparisonSets().byKey(QStringLiteral("orphan")).ok());
    EXPECT_EQ(store->comparisonSets().all()->size(), 1);
}

TEST_F(StoreTest, SchemaChecksRejectBadComparisonSets)
{
    addBasics();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-sets"));
    db.setDatabaseName(path());
    ASSERT_TRUE(db.open());
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO comparison_sets (id, key, name) VALUES (1, '三省', '三省')")));
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO comparison_set_members (set_id, region_id, position) VALUES (1, %1, 0)")
                               .arg(zhejiang)));
        const QStringList bad = {
            QStringLiteral("INSERT INTO comparison_sets (key, name) VALUES ('', 'n')"),
            QStringLiteral("INSERT INTO comparison_sets (key, name) VALUES ('a b', 'n')"),
            QStringLiteral("INSERT INTO comparison_sets (key, name) VALUES ('a,b', 'n')"),
            QStringLiteral("INSERT INTO comparison_sets (key, name) VALUES ('a' || char(12288) || 'b', 'n')"),
            QStringLiteral("INSERT INTO comparison_sets (key, name) VALUES ('三省', 'n')"),
            QStringLiteral("INSERT INTO comparison_sets (key, name) VALUES ('other', ' ')"),
            QStringLiteral("INSERT INTO comparison_set_members (set_id, region_id, position) VALUES (1, 777, 1)"),
            QStringLiteral("INSERT INTO comparison_set_members (set_id, region_id, position) VALUES (2, %1, 0)").arg(shanxi),
            QStringLiteral("INSERT INTO comparison_set_members (set_id, region_id, position) VALUES (1, %1, 0)").arg(shanxi),
            QStringLiteral("INSERT INTO comparison_set_members (set_id, region_id, position) VALUES (1, %1, 5)").arg(zhejiang),
            QStringLiteral("INSERT INTO comparison_set_members (set_id, region_id, position) VALUES (1, %1, -1)").arg(shanxi),
        };
        for (const QString &sql : bad)
            EXPECT_FALSE(q.exec(sql)) << qPrintable(sql);
        ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM comparison_sets")));
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM comparison_set_members")) && q.next());
        EXPECT_EQ(q.value(0).toInt(), 0); // the members went with their set
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("raw-sets"));
}

TEST_F(StoreTest, DeletingARegionOrASetTakesOnlyTheMembership)
{
    addBasics();
    auto id = store->comparisonSets().add(makeSet(QStringLiteral("pair"), {shanxi, zhejiang}));
    ASSERT_OK(id);
    ASSERT_OK(store->regions().remove(shanxi));
    EXPECT_EQ(store->comparisonSets().byId(*id)->memberIds, QList<Id>{zhejiang});

    ASSERT_OK(store->comparisonSets().remove(*id));
    EXPECT_FALSE(store->comparisonSets().byId(*id).ok());
    EXPECT_OK(store->regions().byId(zhejiang));
    EXPECT_FALSE(store->comparisonSets().remove(*id).ok());
}

TEST_F(StoreTest, DeletedComparisonSetComesBackUnderItsOwnId)
{
    addBasics();
    auto id = store->comparisonSets().add(makeSet(QStringLiteral("pair"), {zhejiang, shanxi}));
    ASSERT_OK(id);
    const ComparisonSet before = *store->comparisonSets().byId(*id);
    ASSERT_OK(store->comparisonSets().remove(*id));
    auto restored = store->comparisonSets().add(before);
    ASSERT_OK(restored);
    EXPECT_EQ(*restored, *id);
    EXPECT_EQ(*store->comparisonSets().byId(*id), before);
}

TEST_F(StoreTest, UndoingARegionsDeletePutsItBackInItsPlaceInTheSet)
{
    addBasics();
    auto id = store->comparisonSets().add(makeSet(QStringLiteral("three"), {zhejiang, shanxi, national}));
    ASSERT_OK(id);
    auto snapshot = snapshotRegion(*store, shanxi);
    ASSERT_OK(snapshot);
    ASSERT_OK(store->regions().remove(shanxi));
    ASSERT_OK(restoreSnapshot(*store, *snapshot));
    EXPECT_EQ(store->comparisonSets().byId(*id)->memberIds, (QList<Id>{zhejiang, shanxi, national}));
}

// A database at the version before the sets (3, the groups) gains their
// tables, keeps its groups, and comes up at the latest version.
TEST(ComparisonSetsMigrationTest, AddsTheTablesToASchema3Database)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("schema-3.tsdb"));
    {
        ASSERT_NO_FATAL_FAILURE(makeOlderSchemaFile(path, 3, {olderRegionInsert(QStringLiteral("100000"), QStringLiteral("全国"), Level::National)}));
        OpenOptions options;
        auto old = Store::open(path, options, builtinMigrations().mid(0, 3));
        ASSERT_OK(old);
        ASSERT_EQ((*old)->schemaVersion(), 3);
        const Id national = 1; // as inserted (reading it back would read today's columns)
        RegionGroup group;
        group.key = QStringLiteral("all");
        group.nameZh = QStringLiteral("全部");
        group.memberIds = {national};
        ASSERT_OK((*old)->groups().add(group));
    }
    auto store = Store::open(path);
    ASSERT_OK(store);
    EXPECT_EQ((*store)->schemaVersion(), latestSchemaVersion());
    EXPECT_FALSE((*store)->upgradeBackupPath().isEmpty());
    EXPECT_EQ((*store)->groups().all()->size(), 1);
    EXPECT_TRUE((*store)->comparisonSets().all()->isEmpty());
    const Id national = (*store)->regions().byCode(QStringLiteral("100000"))->id;
    EXPECT_OK((*store)->comparisonSets().add(makeSet(QStringLiteral("only"), {national})));
}
