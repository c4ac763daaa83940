// Causal links in the store (schema 10): a link joins two records of one
// region with the sentence that says so; bad links are refused by the
// repository and, as the last line, by the schema; deleting a record deletes
// its links and undo (the record's snapshot) brings them back; a schema-9
// database gains the table when opened.

#include "support/OlderSchemaFile.h"
#include "support/TestData.h"

#include "store/CausalLinkQueries.h"
#include "store/RecordSnapshot.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace triangle;
using namespace triangle::test;

namespace {
RecordLink makeLink(Id region, RecordRef from, RecordRef to, const QString &quote)
{
    RecordLink l;
    l.regionId = region;
    l.from = from;
    l.to = to;
    l.quote = quote;
    l.location = QStringLiteral("§3.1");
    l.note = QStringLiteral("a note");
    return l;
}

class RecordLinkStoreTest : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        addBasics();
        policy = *store->policies().add(makePolicy(zhejiang, QStringLiteral("最多跑一次改革"), PartialDate::ofYear(2016)));
        milestone = *store->milestones().add(makeMilestone(zhejiang, QStringLiteral("公务用车全省一张网"), PartialDate::ofYear(2019)));
        later = *store->milestones().add(makeMilestone(zhejiang, QStringLiteral("数字化试点"), PartialDate::ofMonth(2023, 1)));
        elsewhere = *store->policies().add(makePolicy(shanxi, QStringLiteral("山西省机关运行保障条例"), PartialDate::ofMonth(2020, 9)));
    }
    RecordRef p() const { return {Evidence::Kind::Policy, policy}; }
    RecordRef m() const { return {Evidence::Kind::Milestone, milestone}; }
    RecordRef l() const { return {Evidence::Kind::Milestone, later}; }

    Id policy = NoId, milestone = NoId, later = NoId, elsewhere = NoId;
};
} // namespace

TEST_F(RecordLinkStoreTest, AddsReadsUpdatesAndRemovesALink)
{
    QSignalSpy changed(store.get(), &Store::linksChanged);
    RecordLink link = makeLink(zhejiang, p(), m(), QStringLiteral("由此，在使命愿景的驱动下……"));
    auto id = store->recordLinks().add(link);
    ASSERT_OK(id);
    EXPECT_EQ(changed.count(), 1);
    link.id = *id;
    EXPECT_EQ(*store->recordLinks().byId(*id), link);
    EXPECT_EQ(*store->recordLinks().forRegion(zhejiang), QList<RecordLink>{link});
    EXPECT_TRUE(store->recordLinks().forRegion(shanxi)->isEmpty());
    EXPECT_EQ(store->counts()->recordLinks, 1);

    link.to = l();
    link.location = QStringLiteral("§3.2, p. 7");
    ASSERT_OK(store->recordLinks().update(link));
    EXPECT_EQ(*store->recordLinks().byId(*id), link);
    EXPECT_EQ(changed.count(), 2);

    ASSERT_OK(store->recordLinks().remove(*id));
    EXPECT_FALSE(store->recordLinks().byId(*id).ok());
    EXPECT_EQ(changed.count(), 3);
}

TEST_F(RecordLinkStoreTest, RefusesABadLinkWithNothingWritten)
{
    const QString quote = QStringLiteral("句子");
    // A record linked to itself, an empty quote, a record of another region, a missing record.
    auto self = store->recordLinks().add(makeLink(zhejiang, p(), p(), quote));
    ASSERT_FALSE(self.ok());
    EXPECT_EQ(self.error().kind, StoreError::Kind::Invalid);
    EXPECT_EQ(self.error().problems.first().field, QStringLiteral("to"));
    auto empty = store->recordLinks().add(makeLink(zhejiang, p(), m(), QStringLiteral("  ")));
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().problems.first().field, QStringLiteral("quote"));
    auto other = store->recordLinks().add(makeLink(zhejiang, p(), {Evidence::Kind::Policy, elsewhere}, quote));
    ASSERT_FALSE(other.ok());
    EXPECT_EQ(other.error().problems.first().field, QStringLiteral("to"));
    EXPECT_FALSE(store->recordLinks().add(makeLink(zhejiang, {Evidence::Kind::Milestone, 999}, m(), quote)).ok());
    // The same pair twice: a conflict; the reverse direction is another link.
    ASSERT_OK(store->recordLinks().add(makeLink(zhejiang, p(), m(), quote)));
    auto twice = store->recordLinks().add(makeLink(zhejiang, p(), m(), quote));
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().kind, StoreError::Kind::Conflict);
    EXPECT_OK(store->recordLinks().add(makeLink(zhejiang, m(), p(), quote)));
    EXPECT_EQ(store->counts()->recordLinks, 2);
}

TEST_F(RecordLinkStoreTest, SchemaChecksRejectBadLinks)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-links"));
    db.setDatabaseName(path());
    ASSERT_TRUE(db.open());
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        const QString insert = QStringLiteral("INSERT INTO record_links (region_id, from_policy_id, from_milestone_id, "
                                              "to_policy_id, to_milestone_id, quote) VALUES (%1, %2, %3, %4, %5, %6)");
        const QString z = QString::number(zhejiang), pid = QString::number(policy), mid = QString::number(milestone);
        const QString null = QStringLiteral("NULL");
        ASSERT_TRUE(q.exec(insert.arg(z, pid, null, null, mid, QStringLiteral("'句'")))) << qPrintable(q.lastError().text());
        const QStringList bad = {
            insert.arg(z, pid, null, pid, null, QStringLiteral("'句'")),   // itself
            insert.arg(z, null, mid, null, mid, QStringLiteral("'句'")),   // itself
            insert.arg(z, pid, null, null, QString::number(later), QStringLiteral("' '")), // empty quote
            insert.arg(z, pid, mid, null, QString::number(later), QStringLiteral("'句'")), // two puller ends
            insert.arg(z, null, null, null, QString::number(later), QStringLiteral("'句'")), // no puller
            insert.arg(z, pid, null, null, mid, QStringLiteral("'又一句'")),                 // the pair again
            insert.arg(z, pid, null, QString::number(elsewhere), null, QStringLiteral("'句'")), // another region's
            insert.arg(z, pid, null, QStringLiteral("777"), null, QStringLiteral("'句'")),     // no such policy
        };
        for (const QString &sql : bad)
            EXPECT_FALSE(q.exec(sql)) << qPrintable(sql);
        ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM milestones WHERE id = %1").arg(mid)));
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM record_links")) && q.next());
        EXPECT_EQ(q.value(0).toInt(), 0); // the link went with its record
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("raw-links"));
}

TEST_F(RecordLinkStoreTest, DeletingARecordDeletesItsLinksAndUndoRestoresThem)
{
    RecordLink first = makeLink(zhejiang, p(), m(), QStringLiteral("甲"));
    RecordLink second = makeLink(zhejiang, m(), l(), QStringLiteral("乙"));
    first.id = *store->recordLinks().add(first);
    second.id = *store->recordLinks().add(second);
    auto snapshot = snapshotMilestone(*store, milestone);
    ASSERT_OK(snapshot);
    EXPECT_EQ(snapshot->counts().recordLinks, 2);
    EXPECT_TRUE(describeDependents(snapshot->counts()).contains(QStringLiteral("2 causal link")));

    QSignalSpy changed(store.get(), &Store::linksChanged);
    ASSERT_OK(store->milestones().remove(milestone));
    EXPECT_EQ(changed.count(), 1); // the cascade is announced
    EXPECT_TRUE(store->recordLinks().all()->isEmpty());

    ASSERT_OK(restoreSnapshot(*store, *snapshot));
    EXPECT_EQ(*store->recordLinks().all(), (QList<RecordLink>{first, second}));

    // A region's delete takes its links, and its undo brings them back.
    auto region = snapshotRegion(*store, zhejiang);
    ASSERT_OK(region);
    EXPECT_EQ(region->recordLinks.size(), 2);
    ASSERT_OK(store->regions().remove(zhejiang));
    EXPECT_TRUE(store->recordLinks().all()->isEmpty());
    ASSERT_OK(restoreSnapshot(*store, *region));
    EXPECT_EQ(*store->recordLinks().all(), (QList<RecordLink>{first, second}));
}

TEST_F(RecordLinkStoreTest, ReadsARegionsChainWithItsChecks)
{
    ASSERT_OK(store->recordLinks().add(makeLink(zhejiang, p(), m(), QStringLiteral("甲"))));
    ASSERT_OK(store->recordLinks().add(makeLink(zhejiang, l(), m(), QStringLiteral("乙")))); // 2023 cannot drive 2019
    auto reading = causalReadingOf(*store, zhejiang);
    ASSERT_OK(reading);
    ASSERT_EQ(reading->checks.size(), 2);
    EXPECT_EQ(reading->checks[0].order, LinkOrder::After);
    EXPECT_EQ(reading->checks[0].from.titleZh, QStringLiteral("最多跑一次改革"));
    EXPECT_EQ(reading->checks[1].order, LinkOrder::Before);
    EXPECT_EQ(reading->count(LinkOrder::Before), 1);
}

// Schema 10: a schema-9 file gains the empty table, and links can be stored in it.
TEST(RecordLinkMigrationTest, ASchema9FileGainsTheLinksTable)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("schema-9.tsdb"));
    ASSERT_NO_FATAL_FAILURE(makeOlderSchemaFile(
        path, 9,
        {olderRegionInsert(QStringLiteral("100000"), QStringLiteral("全国"), Level::National),
         QStringLiteral("INSERT INTO policies (id, uid, region_id, title_zh, date_year, date_precision, level, kind, bears_mission) "
                        "VALUES (1, 'a', 1, '条例', 2012, 'year', 'national', 'regulation', 1)"),
         QStringLiteral("INSERT INTO milestones (id, uid, region_id, title_zh, date_year, date_precision, bears_mission) "
                        "VALUES (1, 'b', 1, '更名', 2013, 'year', 1)")}));
    auto store = Store::open(path);
    ASSERT_OK(store);
    EXPECT_EQ((*store)->schemaVersion(), latestSchemaVersion());
    EXPECT_TRUE((*store)->recordLinks().all()->isEmpty());
    EXPECT_OK((*store)->recordLinks().add(makeLink(1, {Evidence::Kind::Policy, 1}, {Evidence::Kind::Milestone, 1},
                                                   QStringLiteral("句"))));
}
