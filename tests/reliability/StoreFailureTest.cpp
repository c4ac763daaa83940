// What the store says and leaves behind when the file system or another
// program gets in the way: a read-only folder, a lock held elsewhere, a full
// disk, a checkpoint that cannot complete. Each gets its own message naming
// the file (never "damaged"), nothing is lost, and a failed or read-only open
// leaves no new file or folder behind.

#include "support/FileChecks.h"
#include "support/TestData.h"

#include "data/DataImporter.h"
#include "data/DefaultDatabase.h"
#include "store/RaterRepository.h"
#include "store/SqlSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>


using namespace triangle;
using namespace triangle::test;

namespace {
bool hasSidecars(const QString &path)
{
    return QFile::exists(path + QStringLiteral("-wal")) || QFile::exists(path + QStringLiteral("-shm"));
}

// A plain SQLite connection in this process, as another program would hold one.
class RawConnection
{
public:
    explicit RawConnection(const QString &path, const QString &options = {})
        : m_name(QStringLiteral("raw-%1").arg(quintptr(this)))
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        m_db.setConnectOptions(options);
        m_open = m_db.open();
    }
    ~RawConnection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString &sql)
    {
        QSqlQuery q(m_db);
        const bool ok = q.exec(sql);
        while (ok && q.next()) {
        }
        return ok;
    }
    bool isOpen() const { return m_open; }

private:
    QString m_name;
    QSqlDatabase m_db;
    bool m_open = false;
};

class StoreFailureTest : public ::testing::Test
{
protected:
    QString path(const QString &name = QStringLiteral("db.tsdb")) const { return m_dir.filePath(name); }

    // A database with the default data, closed again.
    QString makeDatabase(const QString &file)
    {
        auto store = openOrCreateSeeded(file);
        EXPECT_TRUE(store.ok()) << qPrintable(store.ok() ? QString() : store.error().message);
        return file;
    }

    static OpenOptions readOnly(int busyTimeoutMs = 5000)
    {
        OpenOptions options;
        options.readOnly = true;
        options.busyTimeoutMs = busyTimeoutMs;
        return options;
    }

    QTemporaryDir m_dir;
};
} // namespace

TEST_F(StoreFailureTest, ResultCodesAreToldApartIncludingExtendedOnes)
{
    EXPECT_EQ(kindOfSqliteCode(SqliteCorrupt), StoreError::Kind::Corrupt);
    EXPECT_EQ(kindOfSqliteCode(SqliteNotADatabase), StoreError::Kind::NotADatabase);
    EXPECT_EQ(kindOfSqliteCode(SqliteFull), StoreError::Kind::DiskFull);
    EXPECT_EQ(kindOfSqliteCode(SqliteBusy), StoreError::Kind::Busy);
    EXPECT_EQ(kindOfSqliteCode(SqliteLocked), StoreError::Kind::Busy);
    EXPECT_EQ(kindOfSqliteCode(SqliteCantOpen), StoreError::Kind::CannotOpen);
    EXPECT_EQ(kindOfSqliteCode(SqliteIoError | (1 << 8)), StoreError::Kind::IoError); // SQLITE_IOERR_READ
    EXPECT_EQ(kindOfSqliteCode(SqliteReadOnly | (6 << 8)), StoreError::Kind::ReadOnly); // SQLITE_READONLY_DIRECTORY
    EXPECT_EQ(kindOfSqliteCode(1), StoreError::Kind::Sql);
}

// The bug of issue #13: `check` on a file in a read-only folder said "damaged".
TEST_F(StoreFailureTest, AReadOnlyPathIsSaidToBeReadOnlyNotDamaged)
{
    QDir(m_dir.path()).mkdir(QStringLiteral("locked"));
    const QString file = makeDatabase(path(QStringLiteral("locked/db.tsdb")));
    ASSERT_FALSE(hasSidecars(file));
    const QByteArray before = fileHash(file);
    ReadOnlyPath folder(QFileInfo(file).absolutePath());
    if (!folder.ok())
        GTEST_SKIP() << "cannot make a folder read-only for this user here";

    auto reading = Store::open(file, readOnly());
    ASSERT_FALSE(reading.ok());
    EXPECT_EQ(reading.error().kind, StoreError::Kind::CannotOpen) << qPrintable(reading.error().message);
    EXPECT_TRUE(reading.error().message.contains(QStringLiteral("db.tsdb"))) << qPrintable(reading.error().message);
    EXPECT_TRUE(reading.error().message.contains(QStringLiteral("folder is read-only"))) << qPrintable(reading.error().message);
    EXPECT_TRUE(reading.error().message.contains(QStringLiteral("db.tsdb-wal"))) << qPrintable(reading.error().message);
    EXPECT_FALSE(reading.error().message.contains(QStringLiteral("damaged"))) << qPrintable(reading.error().message);

    auto writing = Store::open(file);
    ASSERT_FALSE(writing.ok());
    EXPECT_EQ(writing.error().kind, StoreError::Kind::ReadOnly);
    EXPECT_TRUE(writing.error().message.contains(QStringLiteral("folder cannot be written"))) << qPrintable(writing.error().message);
    EXPECT_EQ(fileHash(file), before);
}

TEST_F(StoreFailureTest, ALockHeldByAnotherProgramIsSaidToBeALock)
{
    const QString file = makeDatabase(path());
    RawConnection other(file);
    ASSERT_TRUE(other.isOpen());
    // In WAL mode only an exclusive locking mode keeps readers out.
    ASSERT_TRUE(other.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
    ASSERT_TRUE(other.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    ASSERT_TRUE(other.exec(QStringLiteral("CREATE TABLE lock_probe (x)"))); // a write takes the file's lock

    for (const OpenOptions &options : {readOnly(100), [] {
             OpenOptions o;
             o.busyTimeoutMs = 100;
             return o;
         }()}) {
        auto opened = Store::open(file, options);
        ASSERT_FALSE(opened.ok());
        EXPECT_EQ(opened.error().kind, StoreError::Kind::Busy) << qPrintable(opened.error().message);
        EXPECT_TRUE(opened.error().message.contains(QStringLiteral("locked by another program"))) << qPrintable(opened.error().message);
        EXPECT_TRUE(opened.error().message.contains(QStringLiteral("db.tsdb")));
        EXPECT_FALSE(opened.error().message.contains(QStringLiteral("damaged")));
    }
    ASSERT_TRUE(other.exec(QStringLiteral("ROLLBACK")));
}

// A full disk, made without root by SQLite's max_page_count.
TEST_F(StoreFailureTest, AFullDiskDuringAnImportLosesNothingAndTheStoreGoesOn)
{
    OpenOptions create;
    create.createIfMissing = true;
    auto opened = Store::open(path(), create);
    ASSERT_OK(opened);
    Store &store = **opened;
    auto defaults = defaultData();
    ASSERT_OK(defaults);
    ASSERT_OK(store.setPageLimit(*store.pageCount()));

    const DataImporter::Output full = DataImporter::import(store, *defaults, ConflictPolicy::Fail);
    ASSERT_FALSE(full.ok());
    ASSERT_TRUE(full.error.has_value());
    EXPECT_EQ(full.error->kind, StoreError::Kind::DiskFull) << qPrintable(full.error->message);
    EXPECT_TRUE(full.error->message.contains(QStringLiteral("disk is full"))) << qPrintable(full.error->message);
    EXPECT_FALSE(full.error->message.contains(QStringLiteral("damaged")));
    EXPECT_EQ(*store.counts(), EntityCounts{}) << "nothing of the import is there";
    EXPECT_EQ(*store.quickCheck(), QStringLiteral("ok"));

    // With room again, the same store takes a smaller import, then the whole.
    ASSERT_OK(store.setPageLimit(*store.pageCount() + 64));
    const DataImporter::Output frame = DataImporter::import(store, referenceData(*defaults), ConflictPolicy::Fail);
    ASSERT_TRUE(frame.ok()) << qPrintable(frame.error ? frame.error->message : QString());
    EXPECT_EQ(store.counts()->regions, 32);
    ASSERT_OK(store.setPageLimit(1 << 30));
    const DataImporter::Output rest = DataImporter::import(store, *defaults, ConflictPolicy::Skip);
    ASSERT_TRUE(rest.ok()) << qPrintable(rest.error ? rest.error->message : QString());
    EXPECT_EQ(store.counts()->assessments, 9);
}

TEST_F(StoreFailureTest, AFullDiskDuringAnEditLosesNothingAndTheStoreGoesOn)
{
    auto opened = openOrCreateSeeded(path());
    ASSERT_OK(opened);
    Store &store = **opened;
    const EntityCounts before = *store.counts();
    ASSERT_OK(store.setPageLimit(*store.pageCount()));

    Rater big;
    big.key = QStringLiteral("big");
    big.name = QString(400000, QLatin1Char('x')); // needs ~100 new pages
    auto added = store.raters().add(big);
    ASSERT_FALSE(added.ok());
    EXPECT_EQ(added.error().kind, StoreError::Kind::DiskFull) << qPrintable(added.error().message);
    EXPECT_FALSE(added.error().message.contains(QStringLiteral("damaged")));
    EXPECT_EQ(*store.counts(), before);
    EXPECT_FALSE(store.raters().byKey(QStringLiteral("big")).ok());

    ASSERT_OK(store.setPageLimit(*store.pageCount() + 4));
    Rater small;
    small.key = QStringLiteral("small");
    small.name = QStringLiteral("A second reading");
    ASSERT_OK(store.raters().add(small));
    EXPECT_EQ(store.counts()->raters, before.raters + 1);
    EXPECT_EQ(*store.quickCheck(), QStringLiteral("ok"));
}

// On a full disk SQLite may roll the whole transaction back by itself; a
// statement after that would run, and commit, on its own. The store refuses
// it, and the write as a whole fails.
TEST_F(StoreFailureTest, AWriteThatGoesOnAfterAFullDiskStoresNothing)
{
    auto opened = openOrCreateSeeded(path());
    ASSERT_OK(opened);
    Store &store = **opened;
    const EntityCounts before = *store.counts();
    ASSERT_OK(store.setPageLimit(*store.pageCount()));
    bool firstFailed = false;
    const Status written = store.write([&]() -> Status {
        Rater big;
        big.key = QStringLiteral("big");
        big.name = QString(400000, QLatin1Char('x'));
        firstFailed = !store.raters().add(big).ok();
        Rater small;
        small.key = QStringLiteral("small");
        small.name = QStringLiteral("Small");
        static_cast<void>(store.raters().add(small)); // a caller that goes on regardless
        return {};
    });
    EXPECT_TRUE(firstFailed);
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().kind, StoreError::Kind::DiskFull) << qPrintable(written.error().message);
    EXPECT_FALSE(store.raters().byKey(QStringLiteral("small")).ok()) << "committed on its own after the rollback";
    EXPECT_EQ(*store.counts(), before);
    ASSERT_OK(store.setPageLimit(1 << 30));
    Rater after;
    after.key = QStringLiteral("after");
    after.name = QStringLiteral("After");
    EXPECT_OK(store.raters().add(after));
}

TEST_F(StoreFailureTest, ACheckpointThatCannotCompleteSaysTheDataIsSafeInTheLog)
{
    auto opened = openOrCreateSeeded(path());
    ASSERT_OK(opened);
    Store &store = **opened;
    // A reader in the middle of a read keeps the log from being emptied.
    RawConnection reader(path());
    ASSERT_TRUE(reader.exec(QStringLiteral("BEGIN")));
    ASSERT_TRUE(reader.exec(QStringLiteral("SELECT count(*) FROM regions")));
    Rater rater;
    rater.key = QStringLiteral("later");
    rater.name = QStringLiteral("Later");
    ASSERT_OK(store.raters().add(rater));

    const Status blocked = store.checkpoint(100);
    ASSERT_FALSE(blocked.ok());
    EXPECT_EQ(blocked.error().kind, StoreError::Kind::Busy);
    EXPECT_TRUE(blocked.error().message.contains(QStringLiteral("Everything is saved"))) << qPrintable(blocked.error().message);
    EXPECT_TRUE(blocked.error().message.contains(QStringLiteral("db.tsdb-wal"))) << qPrintable(blocked.error().message);
    EXPECT_GT(QFileInfo(path() + QStringLiteral("-wal")).size(), 0);

    ASSERT_TRUE(reader.exec(QStringLiteral("COMMIT")));
    ASSERT_OK(store.checkpoint());
    EXPECT_EQ(QFileInfo(path() + QStringLiteral("-wal")).size(), 0) << "TRUNCATE empties the log";
}

// SQLite empties the log itself only on the last close; with another program
// still reading, only the store's own checkpoint moves the data into the file.
TEST_F(StoreFailureTest, ClosingTheStoreCheckpointsEvenWithAnotherReaderOpen)
{
    {
        auto opened = openOrCreateSeeded(path());
        ASSERT_OK(opened);
    }
    RawConnection reader(path());
    ASSERT_TRUE(reader.exec(QStringLiteral("SELECT count(*) FROM regions")));
    {
        auto opened = Store::open(path());
        ASSERT_OK(opened);
        Rater rater;
        rater.key = QStringLiteral("closing");
        rater.name = QStringLiteral("Closing");
        ASSERT_OK((*opened)->raters().add(rater));
        ASSERT_GT(QFileInfo(path() + QStringLiteral("-wal")).size(), 0);
    }
    EXPECT_EQ(QFileInfo(path() + QStringLiteral("-wal")).size(), 0);
}

TEST_F(StoreFailureTest, AReadOnlyOpenLeavesNoWalOrShmBehind)
{
    const QString file = makeDatabase(path());
    ASSERT_FALSE(hasSidecars(file));
    const QByteArray before = fileHash(file);
    {
        auto opened = Store::open(file, readOnly());
        ASSERT_OK(opened);
        EXPECT_EQ((*opened)->counts()->regions, 32);
        EXPECT_TRUE(hasSidecars(file)) << "SQLite needs them while reading a WAL database";
    }
    EXPECT_FALSE(QFile::exists(file + QStringLiteral("-wal")));
    EXPECT_FALSE(QFile::exists(file + QStringLiteral("-shm")));
    EXPECT_EQ(fileHash(file), before);

}

TEST_F(StoreFailureTest, AReadOnlyOpenLeavesAnotherProgramsWalAlone)
{
    const QString file = makeDatabase(path());
    RawConnection writer(file);
    ASSERT_TRUE(writer.exec(QStringLiteral("UPDATE settings SET value = value")));
    ASSERT_TRUE(hasSidecars(file));
    {
        auto opened = Store::open(file, readOnly());
        ASSERT_OK(opened);
    }
    EXPECT_TRUE(QFile::exists(file + QStringLiteral("-wal")));
    EXPECT_TRUE(QFile::exists(file + QStringLiteral("-shm")));
    EXPECT_TRUE(writer.exec(QStringLiteral("SELECT count(*) FROM regions"))) << "the other connection still works";
}

TEST_F(StoreFailureTest, ARefusedOpenLeavesNoWalOrShmBehind)
{
    const QString file = makeDatabase(path());
    {
        RawConnection raw(file);
        ASSERT_TRUE(raw.exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    ASSERT_FALSE(hasSidecars(file));
    auto opened = Store::open(file, readOnly());
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().kind, StoreError::Kind::Newer);
    EXPECT_FALSE(hasSidecars(file));
}

TEST_F(StoreFailureTest, AFailedCreateLeavesNoFileAndNoFolder)
{
    const QString file = path(QStringLiteral("new/deeper/db.tsdb"));
    OpenOptions create;
    create.createIfMissing = true;
    const QList<Migration> broken{{1, QStringLiteral("CREATE TABLE regions (id INTEGER PRIMARY KEY);\nTHIS IS NOT SQL;\n")}};
    auto opened = Store::open(file, create, broken);
    ASSERT_FALSE(opened.ok());
    EXPECT_FALSE(QFile::exists(file));
    EXPECT_FALSE(QFileInfo::exists(path(QStringLiteral("new")))) << "the folders made for it are gone";
}

TEST_F(StoreFailureTest, RemovingACreatedDatabaseTakesItsFoldersToo)
{
    const QString file = path(QStringLiteral("made/for/it.tsdb"));
    OpenOptions create;
    create.createIfMissing = true;
    auto opened = Store::open(file, create);
    ASSERT_OK(opened);
    ASSERT_TRUE(QFile::exists(file));
    Store::removeCreatedDatabase(std::move(*opened));
    EXPECT_FALSE(QFile::exists(file));
    EXPECT_FALSE(hasSidecars(file));
    EXPECT_FALSE(QFileInfo::exists(path(QStringLiteral("made"))));

    // A store that opened an existing file is never removed this way.
    const QString existing = makeDatabase(path());
    auto reopened = Store::open(existing);
    ASSERT_OK(reopened);
    Store::removeCreatedDatabase(std::move(*reopened));
    EXPECT_TRUE(QFile::exists(existing));
}
