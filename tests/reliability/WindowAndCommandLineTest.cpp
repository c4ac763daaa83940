// The window and a second program on one file, as the hostile trial ran them:
// the window exports, `triangle-studio import` adds a milestone, the window
// deletes it, a second import adds another; every ten rounds the window
// quits and opens the file again. Over a hundred rounds nothing committed is
// lost: each side sees the other's rows, `check` counts them, and the file
// holds exactly what was committed at the end.
//
// Before the fix, the window's Export Data dropped its SQLite locks (a second
// store's file probe opened and closed the database), the import then
// believed it was alone and deleted the -wal under the window, and the
// window's later writes went into a deleted log.

#include "support/CliRunner.h"
#include "support/ProcessLocks.h"
#include "support/TestData.h"

#include "widgets/ExternalChangeWatcher.h"
#include "widgets/MainWindow.h"
#include "widgets/editing/Editor.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

using namespace triangle;
using triangle::test::describePosixLocksOn;
using triangle::test::posixLocksHeldOn;
using triangle::test::runTriangleStudio;

namespace {
constexpr int Rounds = 100;
constexpr int ReopenEvery = 10;

class WindowAndCommandLineTest : public ::testing::Test
{
protected:
    // A data file adding one milestone of Zhejiang's.
    QString milestoneFile(const QString &uid)
    {
        const QJsonObject milestone{{QStringLiteral("uid"), uid},
                                    {QStringLiteral("region"), QStringLiteral("330000")},
                                    {QStringLiteral("date"), QStringLiteral("2020-06")},
                                    {QStringLiteral("title_zh"), QStringLiteral("测试里程碑 ") + uid},
                                    {QStringLiteral("dimensions"), QJsonArray{QStringLiteral("operational")}}};
        const QJsonObject data{{QStringLiteral("format"), QStringLiteral("triangle-studio")},
                               {QStringLiteral("version"), 3},
                               {QStringLiteral("milestones"), QJsonArray{milestone}}};
        const QString path = dir.filePath(uid + QStringLiteral(".json"));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(data).toJson());
        return path;
    }

    void import(const QString &uid)
    {
        const auto result = runTriangleStudio(QStringLiteral(TRIANGLE_EXECUTABLE), home.path(),
                                              {QStringLiteral("import"), QStringLiteral("--db"), database, milestoneFile(uid)});
        ASSERT_EQ(result.exitCode, 0) << qPrintable(result.err);
    }

    // The milestones `check`, another program, counts in the file.
    int milestonesCountedElsewhere()
    {
        const auto result = runTriangleStudio(QStringLiteral(TRIANGLE_EXECUTABLE), home.path(),
                                              {QStringLiteral("check"), QStringLiteral("--db"), database});
        EXPECT_EQ(result.exitCode, 0) << qPrintable(result.err);
        const auto match = QRegularExpression(QStringLiteral("Milestones:\\s+(\\d+)")).match(result.out);
        return match.hasMatch() ? match.captured(1).toInt() : -1;
    }

    std::optional<Milestone> inWindow(const QString &uid)
    {
        window->findChild<ExternalChangeWatcher *>()->poll(); // as its timer would
        auto found = window->store()->milestones().all();
        for (const Milestone &m : *found) {
            if (m.uid == uid)
                return m;
        }
        return std::nullopt;
    }

    QTemporaryDir dir;
    QTemporaryDir home;
    const QString database = dir.filePath(QStringLiteral("study.tsdb"));
    std::unique_ptr<MainWindow> window;
};

TEST_F(WindowAndCommandLineTest, AHundredRoundsOfExportImportAndDeleteLoseNothing)
{
    window = std::make_unique<MainWindow>();
    ASSERT_TRUE(window->openDatabase(database, true));
    ASSERT_OK(window->store()->counts());
    const int seeded = window->store()->counts()->milestones;
    ASSERT_GT(posixLocksHeldOn(database).value_or(0), 0);

    for (int round = 1; round <= Rounds; ++round) {
        SCOPED_TRACE(round);
        const QString deleted = QStringLiteral("round-%1-deleted").arg(round);
        const QString kept = QStringLiteral("round-%1-kept").arg(round);

        ASSERT_TRUE(window->exportData(dir.filePath(QStringLiteral("export.json"))));
        // A closed descriptor drops every lock of the process on the file: any lock left means they were kept.
        EXPECT_GT(posixLocksHeldOn(database).value_or(0), 0)
            << "the window still holds its locks after exporting: " << describePosixLocksOn(database);

        import(deleted);
        const auto seen = inWindow(deleted);
        ASSERT_TRUE(seen) << "the window sees the other program's import";
        ASSERT_TRUE(window->editor()->removeMilestone(seen->id)) << qPrintable(window->editor()->lastError().message);

        import(kept);
        ASSERT_TRUE(inWindow(kept)) << "and the next one, after its own delete";
        ASSERT_EQ(milestonesCountedElsewhere(), seeded + round) << "another program sees the window's delete";

        if (round % ReopenEvery == 0) { // quitting checkpoints the window's log into the file
            window.reset();
            window = std::make_unique<MainWindow>();
            ASSERT_TRUE(window->openDatabase(database));
            ASSERT_EQ(window->store()->counts()->milestones, seeded + round);
        }
    }
    window.reset();

    auto store = Store::open(database);
    ASSERT_OK(store);
    EXPECT_EQ((*store)->quickCheck().value(), QStringLiteral("ok"));
    auto all = (*store)->milestones().all();
    ASSERT_OK(all);
    QSet<QString> uids;
    for (const Milestone &m : *all)
        uids.insert(m.uid);
    for (int round = 1; round <= Rounds; ++round) {
        EXPECT_TRUE(uids.contains(QStringLiteral("round-%1-kept").arg(round))) << "round " << round << "'s import is kept";
        EXPECT_FALSE(uids.contains(QStringLiteral("round-%1-deleted").arg(round))) << "round " << round << "'s delete stands";
    }
    EXPECT_EQ(all->size(), seeded + Rounds);
}
} // namespace
