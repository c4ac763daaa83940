// Real input/output errors: SQLite's reads and writes fail as they do on a
// failing drive (FailingDisk), and the store says so — never "damaged" —
// loses nothing that was committed, and goes on once the disk is sound.

#include "io/FailingDisk.h"
#include "support/FileChecks.h"
#include "support/TestData.h"

#include "data/DataImporter.h"
#include "data/DefaultDatabase.h"
#include "store/RaterRepository.h"

#include <QFileInfo>
#include <QTemporaryDir>

using namespace triangle;
using namespace triangle::test;

namespace {
class IoErrorTest : public ::testing::Test
{
protected:
    QString path() const { return m_dir.filePath(QStringLiteral("db.tsdb")); }

    void SetUp() override
    {
        auto seeded = openOrCreateSeeded(path());
        ASSERT_OK(seeded);
        m_before = *(*seeded)->counts();
    }

    static Rater rater(const QString &key)
    {
        Rater made;
        made.key = key;
        made.name = QStringLiteral("Rater %1").arg(key);
        return made;
    }

    // The store as the application opens it, through `disk`.
    static std::unique_ptr<Store> openThrough(const FailingDisk &disk, const QString &file)
    {
        auto opened = Store::open(file);
        EXPECT_TRUE(opened.ok()) << qPrintable(opened.ok() ? QString() : opened.error().message);
        if (!opened.ok())
            return {};
        EXPECT_GT(disk.opens(), 0) << "Qt's SQLite driver does not use this process's SQLite library";
        return std::move(*opened);
    }

    static void expectIoErrorMessage(const StoreError &error)
    {
        EXPECT_EQ(error.kind, StoreError::Kind::IoError) << qPrintable(error.message);
        EXPECT_TRUE(error.message.contains(QStringLiteral("input/output error"))) << qPrintable(error.message);
        EXPECT_FALSE(error.message.contains(QStringLiteral("damaged"))) << qPrintable(error.message);
    }

    QTemporaryDir m_dir;
    EntityCounts m_before;
};
} // namespace

TEST_F(IoErrorTest, AFileThatCannotBeReadIsSaidToBeUnreadableNotDamaged)
{
    const QByteArray bytes = fileHash(path());
    FailingDisk disk(path());
    ASSERT_TRUE(disk.ok());
    disk.fail(FailingDisk::Reads, FailingDisk::Files::Database);

    for (const bool readOnly : {false, true}) {
        OpenOptions options;
        options.readOnly = readOnly;
        auto opened = Store::open(path(), options);
        ASSERT_FALSE(opened.ok()) << "read-only " << readOnly;
        expectIoErrorMessage(opened.error());
        EXPECT_TRUE(opened.error().message.contains(QStringLiteral("cannot be read"))) << qPrintable(opened.error().message);
        EXPECT_TRUE(opened.error().message.contains(QStringLiteral("db.tsdb"))) << qPrintable(opened.error().message);
    }
    EXPECT_GT(disk.failures(), 0);

    disk.heal();
    EXPECT_EQ(fileHash(path()), bytes);
    auto store = openThrough(disk, path());
    ASSERT_TRUE(store);
    EXPECT_EQ(*store->counts(), m_before);
    EXPECT_EQ(*store->quickCheck(), QStringLiteral("ok"));
}

TEST_F(IoErrorTest, AnEditWhoseWriteFailsLosesNothingAndTheStoreGoesOn)
{
    FailingDisk disk(path());
    ASSERT_TRUE(disk.ok());
    {
        auto store = openThrough(disk, path());
        ASSERT_TRUE(store);
        ASSERT_OK(store->raters().add(rater(QStringLiteral("before"))));

        disk.fail(FailingDisk::Writes, FailingDisk::Files::Log);
        auto failed = store->raters().add(rater(QStringLiteral("failed")));
        ASSERT_FALSE(failed.ok());
        expectIoErrorMessage(failed.error());
        EXPECT_GT(disk.failures(), 0);

        disk.heal();
        EXPECT_FALSE(store->raters().byKey(QStringLiteral("failed")).ok()) << "the failed edit is not there";
        EXPECT_OK(store->raters().byKey(QStringLiteral("before")));
        ASSERT_OK(store->raters().add(rater(QStringLiteral("after"))));
        EXPECT_EQ(*store->quickCheck(), QStringLiteral("ok"));
    }
    // What another program finds in the file afterwards.
    auto reopened = Store::open(path());
    ASSERT_OK(reopened);
    EXPECT_EQ((*reopened)->counts()->raters, m_before.raters + 2);
    EXPECT_OK((*reopened)->raters().byKey(QStringLiteral("before")));
    EXPECT_OK((*reopened)->raters().byKey(QStringLiteral("after")));
    EXPECT_FALSE((*reopened)->raters().byKey(QStringLiteral("failed")).ok());
    EXPECT_EQ(*(*reopened)->quickCheck(), QStringLiteral("ok"));
}

TEST_F(IoErrorTest, AnImportWhoseWritesFailImportsNothing)
{
    auto defaults = defaultData();
    ASSERT_OK(defaults);
    const QString empty = m_dir.filePath(QStringLiteral("empty.tsdb"));
    {
        OpenOptions create;
        create.createIfMissing = true;
        ASSERT_OK(Store::open(empty, create));
    }
    FailingDisk disk(empty);
    ASSERT_TRUE(disk.ok());
    auto store = openThrough(disk, empty);
    ASSERT_TRUE(store);

    disk.fail(FailingDisk::Writes);
    const DataImporter::Output failed = DataImporter::import(*store, *defaults, ConflictPolicy::Fail);
    ASSERT_FALSE(failed.ok());
    ASSERT_TRUE(failed.error.has_value());
    expectIoErrorMessage(*failed.error);

    disk.heal();
    EXPECT_EQ(*store->counts(), EntityCounts{}) << "nothing of the import is there";
    const DataImporter::Output again = DataImporter::import(*store, *defaults, ConflictPolicy::Fail);
    ASSERT_TRUE(again.ok()) << qPrintable(again.error ? again.error->message : QString());
    EXPECT_EQ(*store->counts(), m_before);
    EXPECT_EQ(*store->quickCheck(), QStringLiteral("ok"));
}

// The edit is committed in the log; only moving it into the database fails.
TEST_F(IoErrorTest, ACheckpointThatCannotWriteTheDatabaseSaysTheDataIsSafeInTheLog)
{
    FailingDisk disk(path());
    ASSERT_TRUE(disk.ok());
    auto store = openThrough(disk, path());
    ASSERT_TRUE(store);
    ASSERT_OK(store->raters().add(rater(QStringLiteral("logged"))));

    disk.fail(FailingDisk::Writes, FailingDisk::Files::Database);
    const Status moved = store->checkpoint();
    ASSERT_FALSE(moved.ok());
    EXPECT_EQ(moved.error().kind, StoreError::Kind::IoError) << qPrintable(moved.error().message);
    EXPECT_TRUE(moved.error().message.contains(QStringLiteral("Everything is saved"))) << qPrintable(moved.error().message);
    EXPECT_TRUE(moved.error().message.contains(QStringLiteral("db.tsdb-wal"))) << qPrintable(moved.error().message);
    EXPECT_TRUE(moved.error().message.contains(QStringLiteral("input/output error"))) << qPrintable(moved.error().message);
    EXPECT_GT(disk.failures(), 0);
    EXPECT_GT(QFileInfo(path() + QStringLiteral("-wal")).size(), 0);

    // Another program reads the edit from the log while the database cannot take it.
    {
        OpenOptions readOnly;
        readOnly.readOnly = true;
        auto reader = Store::open(path(), readOnly);
        ASSERT_OK(reader);
        EXPECT_OK((*reader)->raters().byKey(QStringLiteral("logged")));
    }

    disk.heal();
    ASSERT_OK(store->checkpoint());
    EXPECT_EQ(QFileInfo(path() + QStringLiteral("-wal")).size(), 0);
    store.reset();
    auto reopened = Store::open(path());
    ASSERT_OK(reopened);
    EXPECT_OK((*reopened)->raters().byKey(QStringLiteral("logged")));
    EXPECT_EQ(*(*reopened)->quickCheck(), QStringLiteral("ok"));
}
