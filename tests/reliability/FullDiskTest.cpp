// A real full disk (FullDisk: a small tmpfs filled to the last page): opening
// says the disk is full — SQLite itself says only "disk I/O error", as it
// cannot make the -shm file — an edit and a checkpoint lose nothing, and all
// goes on once there is room. The tests of a size limit (StoreFailureTest)
// run anywhere; these need the right to mount, and skip without it.

#include "support/FullDisk.h"
#include "support/FileChecks.h"
#include "support/TestData.h"

#include "data/DefaultDatabase.h"
#include "store/RaterRepository.h"

#include <QFile>
#include <QFileInfo>

using namespace triangle;
using namespace triangle::test;

namespace {
class FullDiskTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!m_disk.ok())
            GTEST_SKIP() << "mounting a small file system (a tmpfs) needs root here";
        QTemporaryDir seeds;
        const QString seeded = seeds.filePath(QStringLiteral("seed.tsdb"));
        ASSERT_OK(openOrCreateSeeded(seeded));
        ASSERT_TRUE(QFile::copy(seeded, path()));
    }
    QString path() const { return m_disk.filePath(QStringLiteral("db.tsdb")); }

    static Rater rater(const QString &key, int nameLength = 20)
    {
        Rater made;
        made.key = key;
        made.name = QString(nameLength, QLatin1Char('r'));
        return made;
    }

    static void expectFullDiskMessage(const StoreError &error)
    {
        EXPECT_EQ(error.kind, StoreError::Kind::DiskFull) << qPrintable(error.message);
        EXPECT_TRUE(error.message.contains(QStringLiteral("full"))) << qPrintable(error.message);
        EXPECT_FALSE(error.message.contains(QStringLiteral("damaged"))) << qPrintable(error.message);
        EXPECT_FALSE(error.message.contains(QStringLiteral("input/output"))) << qPrintable(error.message);
    }

    FullDisk m_disk;
};
} // namespace

TEST_F(FullDiskTest, OpeningOnAFullDiskSaysTheDiskIsFull)
{
    const QByteArray bytes = fileHash(path());
    ASSERT_TRUE(m_disk.fill());
    for (const bool readOnly : {false, true}) {
        OpenOptions options;
        options.readOnly = readOnly;
        auto opened = Store::open(path(), options);
        ASSERT_FALSE(opened.ok()) << "read-only " << readOnly;
        expectFullDiskMessage(opened.error());
        EXPECT_TRUE(opened.error().message.contains(QStringLiteral("db.tsdb"))) << qPrintable(opened.error().message);
    }
    m_disk.makeRoom();
    EXPECT_EQ(fileHash(path()), bytes);
    auto store = Store::open(path());
    ASSERT_OK(store);
    EXPECT_EQ(*(*store)->quickCheck(), QStringLiteral("ok"));
}

TEST_F(FullDiskTest, AnEditOnAFullDiskLosesNothingAndGoesOnWhenThereIsRoom)
{
    int raters = 0;
    {
        auto opened = Store::open(path());
        ASSERT_OK(opened);
        Store &store = **opened;
        raters = store.counts()->raters;
        ASSERT_TRUE(m_disk.fill());
        auto refused = store.raters().add(rater(QStringLiteral("big"), 200000));
        ASSERT_FALSE(refused.ok());
        expectFullDiskMessage(refused.error());
        EXPECT_EQ(store.counts()->raters, raters);

        m_disk.makeRoom();
        ASSERT_OK(store.raters().add(rater(QStringLiteral("later"))));
    }
    auto reopened = Store::open(path());
    ASSERT_OK(reopened);
    EXPECT_EQ((*reopened)->counts()->raters, raters + 1);
    EXPECT_FALSE((*reopened)->raters().byKey(QStringLiteral("big")).ok());
    EXPECT_EQ(*(*reopened)->quickCheck(), QStringLiteral("ok"));
}

// The edit is in the log; the database cannot grow to take it.
TEST_F(FullDiskTest, ACheckpointOnAFullDiskSaysTheDataIsSafeInTheLog)
{
    auto opened = Store::open(path());
    ASSERT_OK(opened);
    Store &store = **opened;
    ASSERT_OK(store.raters().add(rater(QStringLiteral("big"), 200000)));
    ASSERT_TRUE(m_disk.fill());

    const Status moved = store.checkpoint();
    ASSERT_FALSE(moved.ok());
    EXPECT_EQ(moved.error().kind, StoreError::Kind::DiskFull) << qPrintable(moved.error().message);
    EXPECT_TRUE(moved.error().message.contains(QStringLiteral("Everything is saved"))) << qPrintable(moved.error().message);
    EXPECT_TRUE(moved.error().message.contains(QStringLiteral("db.tsdb-wal"))) << qPrintable(moved.error().message);
    EXPECT_TRUE(moved.error().message.contains(QStringLiteral("the disk is full"))) << qPrintable(moved.error().message);
    EXPECT_GT(QFileInfo(path() + QStringLiteral("-wal")).size(), 0);

    m_disk.makeRoom();
    ASSERT_OK(store.checkpoint());
    opened->reset();
    auto reopened = Store::open(path());
    ASSERT_OK(reopened);
    EXPECT_OK((*reopened)->raters().byKey(QStringLiteral("big")));
    EXPECT_EQ(*(*reopened)->quickCheck(), QStringLiteral("ok"));
}
