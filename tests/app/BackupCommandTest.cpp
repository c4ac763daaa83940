// Backups as the command line takes them: today's snapshot before an import,
// and snapshots that stay sound while another process writes.

#include "support/CliRunner.h"
#include "support/TestData.h"

#include "store/Backups.h"
#include "store/Store.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

using namespace triangle;
using namespace triangle::test;

namespace {
class BackupCommandTest : public ::testing::Test
{
protected:
    ProcessResult run(const QStringList &arguments)
    {
        return runTriangleStudio(QStringLiteral(TRIANGLE_EXECUTABLE), m_home.path(), arguments);
    }
    QString defaultDatabase() const { return m_home.filePath(QStringLiteral("data/TriangleStudio/triangle-studio/default.tsdb")); }
    QString backupsRoot() const { return m_home.filePath(QStringLiteral("data/TriangleStudio/triangle-studio/backups")); }

    QStringList backupFiles() const
    {
        QStringList files;
        QDirIterator it(backupsRoot(), {QStringLiteral("*.tsdb")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        return files;
    }

    // A data file of `count` milestones for Zhejiang.
    QString milestonesFile(const QString &name, int count, const QString &prefix)
    {
        QString json = QStringLiteral(R"({"format": "triangle-studio", "milestones": [)");
        for (int i = 0; i < count; ++i)
            json += QStringLiteral(R"(%1{"uid": "%2", "region": "330000", "date": "2019", "title_zh": "里程碑 %2", "dimensions": ["operational"]})")
                        .arg(i == 0 ? QString() : QStringLiteral(","), prefix + QString::number(i));
        json += QStringLiteral("]}");
        const QString path = m_home.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(json.toUtf8());
        return path;
    }

    QTemporaryDir m_home;
};
} // namespace

// Every import, not only the day's first, so that undoing the second import
// from its snapshot keeps the first.
TEST_F(BackupCommandTest, EveryImportTakesABackupFirst)
{
    ASSERT_EQ(run({QStringLiteral("check")}).exitCode, 0);
    EXPECT_TRUE(backupFiles().isEmpty()) << "check only reads";

    OpenOptions readOnly;
    readOnly.readOnly = true;
    const auto newestSnapshotMilestones = [&] {
        const QList<BackupInfo> backups = Backups::list(QFileInfo(backupFiles().value(0)).absolutePath());
        auto snapshot = Store::open(backups.value(0).path, readOnly);
        return snapshot ? (*snapshot)->counts()->milestones : -1;
    };
    const ProcessResult first = run({QStringLiteral("import"), milestonesFile(QStringLiteral("a.json"), 3, QStringLiteral("a"))});
    ASSERT_EQ(first.exitCode, 0) << qPrintable(first.err);
    EXPECT_TRUE(first.out.contains(QStringLiteral("Backed up"))) << qPrintable(first.out);
    ASSERT_EQ(backupFiles().size(), 1);
    EXPECT_EQ(newestSnapshotMilestones(), shippedMilestones()) << "the database before the import: the article's milestones";

    const ProcessResult second = run({QStringLiteral("import"), milestonesFile(QStringLiteral("b.json"), 3, QStringLiteral("b"))});
    ASSERT_EQ(second.exitCode, 0) << qPrintable(second.err);
    EXPECT_TRUE(second.out.contains(QStringLiteral("Backed up"))) << qPrintable(second.out);
    ASSERT_EQ(backupFiles().size(), 2) << "in the same second too, the first snapshot is kept";
    EXPECT_EQ(newestSnapshotMilestones(), shippedMilestones() + 3) << "the database before the second import, with the first's";
}

// VACUUM INTO reads one consistent state: a snapshot taken while another
// process imports holds the data before the import or after it, never part.
TEST_F(BackupCommandTest, ASnapshotTakenWhileAnotherProcessWritesIsWhole)
{
    ASSERT_EQ(run({QStringLiteral("check")}).exitCode, 0);
    const QString db = defaultDatabase();
    const QString input = milestonesFile(QStringLiteral("big.json"), 15000, QStringLiteral("m"));

    QProcess importer;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.remove(QStringLiteral("DISPLAY"));
    importer.setProcessEnvironment(env);
    importer.start(QStringLiteral(TRIANGLE_EXECUTABLE), {QStringLiteral("import"), QStringLiteral("--db"), db, input});
    ASSERT_TRUE(importer.waitForStarted());

    QTemporaryDir backups;
    auto store = Store::open(db);
    ASSERT_OK(store);
    int taken = 0;
    int duringTheWrite = 0;
    for (int day = 1; day <= 10 && (taken < 3 || importer.state() == QProcess::Running); ++day) {
        const bool running = importer.state() == QProcess::Running;
        auto snapshot = Backups::takeDaily(**store, backups.path(), 100, QDateTime(QDate(2026, 2, day), QTime(12, 0)));
        ASSERT_OK(snapshot);
        ASSERT_TRUE(snapshot->has_value());
        ++taken;
        duringTheWrite += running && importer.state() == QProcess::Running ? 1 : 0;
        QThread::msleep(50);
    }
    ASSERT_TRUE(importer.waitForFinished(60000));
    ASSERT_EQ(importer.exitCode(), 0) << importer.readAllStandardError().constData();

    OpenOptions readOnly;
    readOnly.readOnly = true;
    for (const BackupInfo &b : Backups::list(backups.path())) {
        auto copy = Store::open(b.path, readOnly);
        ASSERT_OK(copy);
        EXPECT_EQ(*(*copy)->quickCheck(), QStringLiteral("ok")) << qPrintable(b.path);
        const int milestones = (*copy)->counts()->milestones;
        EXPECT_TRUE(milestones == shippedMilestones() || milestones == shippedMilestones() + 15000) << milestones << " in " << qPrintable(b.path);
    }
    if (duringTheWrite == 0)
        GTEST_SKIP() << "the import finished before a snapshot could be taken beside it on this machine";
}
