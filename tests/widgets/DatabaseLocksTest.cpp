// The window keeps its SQLite locks through everything it does beside its
// database. On POSIX, closing any descriptor of the database file drops all
// of the process's locks on it (SQLite's "How To Corrupt", 2.2); another
// program then believes it is alone, checkpoints and deletes the -wal and
// -shm files, and the window's later edits go into a deleted log and are
// lost. After each operation this reads /proc/locks and finds the window's
// locks still held.

#include "support/ProcessLocks.h"
#include "support/TestData.h"

#include "data/DataFiles.h"
#include "store/Backups.h"
#include "store/OpenDatabaseFiles.h"
#include "widgets/MainWindow.h"
#include "widgets/files/FileDialogs.h"
#include "widgets/files/RestoreBackupDialog.h"

#include <QFileDialog>
#include <QFileSystemModel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace triangle;
using triangle::test::describePosixLocksOn;
using triangle::test::posixLocksHeldOn;

namespace {
class DatabaseLocksTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(window.openDatabase(path, true));
        // A read makes SQLite take its locks on the file and on the -shm.
        ASSERT_OK(window.store()->counts());
        ASSERT_GT(posixLocksHeldOn(path).value_or(0), 0) << "SQLite holds a lock on a WAL database while it is open";
        ASSERT_GT(posixLocksHeldOn(shm()).value_or(0), 0) << "and one on its -shm file";
    }

    // After `what`, the window holds its locks still. A closed descriptor
    // drops every lock of the process on the file, so any lock left means
    // they were kept. (How many ranges SQLite holds at one moment varies: a
    // baseline count taken once was seen to read 2 and then 1 on one machine.)
    void expectLocksKept(const char *what)
    {
        ASSERT_OK(window.store()->counts());
        EXPECT_GT(posixLocksHeldOn(path).value_or(0), 0)
            << "the database's locks are gone after " << what << ": " << describePosixLocksOn(path);
        EXPECT_GT(posixLocksHeldOn(shm()).value_or(0), 0)
            << "the -shm file's locks are gone after " << what << ": " << describePosixLocksOn(shm());
    }

    QString shm() const { return path + QStringLiteral("-shm"); }

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("study.tsdb"));
    MainWindow window;
};

TEST_F(DatabaseLocksTest, ExportingAndImportingDataKeepTheWindowsLocks)
{
    const QString json = dir.filePath(QStringLiteral("data.json"));
    ASSERT_TRUE(window.exportData(json));
    expectLocksKept("Export Data to JSON");
    ASSERT_TRUE(window.exportData(dir.filePath(QStringLiteral("data.xlsx"))));
    expectLocksKept("Export Data to a workbook");
    ASSERT_TRUE(window.exportData(dir.filePath(QStringLiteral("tables.csv"))));
    expectLocksKept("Export Data to CSV files");
    ASSERT_TRUE(window.importData(json, 1 /* keep the database's version */));
    expectLocksKept("Import Data");
}

TEST_F(DatabaseLocksTest, OpeningTheFileAgainInThisProcessKeepsTheWindowsLocks)
{
    {
        MainWindow second;
        ASSERT_TRUE(second.openDatabase(path));
    }
    expectLocksKept("a second window opened and closed the file");

    const QString link = dir.filePath(QStringLiteral("link.tsdb"));
    ASSERT_TRUE(QFile::link(path, link));
    {
        OpenOptions readOnly;
        readOnly.readOnly = true;
        auto reader = Store::open(link, readOnly);
        ASSERT_OK(reader);
    }
    expectLocksKept("a read-only store opened and closed the file through a link");

    ASSERT_TRUE(window.openDatabase(path));
    expectLocksKept("File › Open of the same file");
}

TEST_F(DatabaseLocksTest, CopiesAndBackupsKeepTheWindowsLocks)
{
    ASSERT_OK(window.store()->saveCopyAs(dir.filePath(QStringLiteral("copy.tsdb"))));
    expectLocksKept("Save a Copy As");
    ASSERT_OK(Backups::takeForUser(*window.store()));
    expectLocksKept("a backup");
    {
        RestoreBackupDialog dialog(path);
        ASSERT_TRUE(dialog.restoreSelectedTo(dir.filePath(QStringLiteral("restored.tsdb"))));
    }
    expectLocksKept("Restore from Backup");

    // A copy over the database, by any name, is refused before anything is opened.
    const QString link = dir.filePath(QStringLiteral("link.tsdb"));
    ASSERT_TRUE(QFile::link(path, link));
    EXPECT_FALSE(window.store()->saveCopyAs(link).ok());
    EXPECT_FALSE(window.store()->saveCopyAs(path + QStringLiteral("-wal")).ok());
    expectLocksKept("a refused copy over the database");
}

TEST_F(DatabaseLocksTest, ReadingTheDatabaseAsAnImportIsRefusedWithoutOpeningIt)
{
    const QString asJson = dir.filePath(QStringLiteral("study.json"));
    ASSERT_TRUE(QFile::link(path, asJson));
    const DataReadOutput read = readDataPath(asJson);
    ASSERT_FALSE(read.problems.isEmpty());
    EXPECT_TRUE(read.problems.first().message.contains(QStringLiteral("an open database"))) << qPrintable(read.problems.first().message);
    expectLocksKept("reading the database as a data file");
}

TEST_F(DatabaseLocksTest, AFileDialogShowingTheDatabasesFolderKeepsTheWindowsLocks)
{
    // The model of Qt's dialog looks at every file of the folder on a thread
    // of its own; its default icon provider reads a file to tell its type.
    QFileDialog dialog(&window, QStringLiteral("Open"), dir.path());
    FileDialogs::makeContentBlind(dialog); // as every dialog of the application is
    dialog.setViewMode(QFileDialog::Detail); // the Type column asks what each file is
    auto *model = dialog.findChild<QFileSystemModel *>();
    ASSERT_NE(model, nullptr);
    QSignalSpy loaded(model, &QFileSystemModel::directoryLoaded);
    dialog.show();
    ASSERT_TRUE(loaded.count() > 0 || loaded.wait(5000));
    const QModelIndex file = model->index(path);
    ASSERT_TRUE(file.isValid());
    // Icons and types are filled in lazily, for the rows shown.
    static_cast<void>(model->data(file, Qt::DecorationRole));
    static_cast<void>(model->type(file));
    QTest::qWait(300);
    static_cast<void>(model->fileIcon(file));
    dialog.close();
    expectLocksKept("a file dialog showing the database's folder");
}
} // namespace
