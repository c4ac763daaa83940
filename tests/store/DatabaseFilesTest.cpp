// Whether an output names the open database, its -wal or its -shm, whatever
// the name: by link, by hard link, through a linked folder, or a -wal not made yet.

#include "data/OutputFile.h"
#include "store/DatabaseFiles.h"
#include "support/FileChecks.h"
#include "support/TestData.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

#include <unistd.h>

using namespace triangle;
using namespace triangle::test;

namespace {
class DatabaseFilesTest : public StoreTest
{
protected:
    QString link(const QString &name, const QString &target)
    {
        EXPECT_TRUE(QFile::link(target, path(name)));
        return path(name);
    }
};
} // namespace

TEST_F(DatabaseFilesTest, TheDatabaseByAnyNameIsTheDatabase)
{
    const QString db = store->filePath();
    EXPECT_TRUE(refersToDatabase(db, db));
    EXPECT_TRUE(refersToDatabase(QDir(m_dir.path()).filePath(QStringLiteral("./test.tsdb")), db));
    EXPECT_TRUE(refersToDatabase(link(QStringLiteral("copy.json"), db), db));
    ASSERT_EQ(::link(QFile::encodeName(db).constData(), QFile::encodeName(path(QStringLiteral("hard.xlsx"))).constData()), 0);
    EXPECT_TRUE(refersToDatabase(path(QStringLiteral("hard.xlsx")), db));
    // Through a linked folder, and relative to the working folder.
    const QString folderLink = QDir::temp().filePath(QStringLiteral("tsdb-folder-link-%1").arg(::getpid()));
    ASSERT_TRUE(QFile::link(m_dir.path(), folderLink));
    EXPECT_TRUE(refersToDatabase(QDir(folderLink).filePath(QStringLiteral("test.tsdb")), db));
    QFile::remove(folderLink);

    EXPECT_FALSE(refersToDatabase(path(QStringLiteral("other.json")), db));
    EXPECT_FALSE(refersToDatabase(path(QStringLiteral("test.tsdb.json")), db));
    EXPECT_FALSE(refersToDatabase(QString(), db));
}

TEST_F(DatabaseFilesTest, ItsLogAndSharedMemoryCountAlsoBeforeTheyExist)
{
    const QString db = store->filePath();
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        EXPECT_TRUE(refersToDatabase(db + suffix, db)) << qPrintable(suffix);
        QFile::remove(path(QStringLiteral("x.json")));
        // A dangling link to where SQLite would make it.
        EXPECT_TRUE(refersToDatabase(link(QStringLiteral("x.json"), db + suffix), db)) << qPrintable(suffix);
    }
    const QString beside = path(QStringLiteral("study.tsdb"));
    EXPECT_TRUE(refersToDatabase(beside + QStringLiteral("-wal"), beside)); // not made yet: by name
    // The rollback journal is SQLite's too (a database not in WAL mode, or one being upgraded).
    EXPECT_TRUE(refersToDatabase(beside + QStringLiteral("-journal"), beside));
    EXPECT_FALSE(refersToDatabase(beside + QStringLiteral("-backup"), beside));
}

// Save a Copy As refuses the database under another name, and leaves it be.
TEST_F(DatabaseFilesTest, ACopyIsNotSavedOverTheDatabaseThroughALink)
{
    const QString db = store->filePath();
    const quint64 before = inodeOf(db);
    const auto saved = store->saveCopyAs(link(QStringLiteral("copy.tsdb"), db));
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().kind, StoreError::Kind::Conflict);
    EXPECT_EQ(inodeOf(db), before);
    EXPECT_TRUE(store->counts().ok());
}

// The one function every output goes through refuses an open database by any
// name, whatever the command or dialog before it checked.
TEST_F(DatabaseFilesTest, NoOutputReplacesAnOpenDatabase)
{
    const QString db = store->filePath();
    const quint64 before = inodeOf(db);
    for (const QString &output : {link(QStringLiteral("figure.png"), db), db + QStringLiteral("-wal")}) {
        const QString error = writeOutputFile(output, QByteArray("not a database"));
        EXPECT_TRUE(error.contains(QStringLiteral("open database"))) << qPrintable(error);
    }
    EXPECT_EQ(inodeOf(db), before);
    EXPECT_TRUE(store->counts().ok());
    EXPECT_EQ(writeOutputFile(path(QStringLiteral("other.png")), QByteArray("a figure")), QString()) << "another file is written";
}
