// Backups from the user's side: opening a database takes today's snapshot,
// and File › Restore from Backup brings one back as a new file.

#include "support/TestData.h"

#include "widgets/MainWindow.h"
#include "widgets/files/RestoreBackupDialog.h"

#include <QAction>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace triangle;

namespace {
QAction *menuAction(QWidget &window, const QString &text)
{
    for (QAction *menu : window.findChild<QMenuBar *>()->actions()) {
        for (QAction *action : menu->menu()->actions()) {
            if (action->text().remove(QLatin1Char('&')) == text)
                return action;
        }
    }
    return nullptr;
}

TEST(BackupRestoreTest, OpeningTakesTodaysSnapshotAndTheDialogRestoresItAsANewFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("study.tsdb"));
    MainWindow window;
    ASSERT_TRUE(window.openDatabase(path, true));
    EXPECT_NE(menuAction(window, QStringLiteral("Restore from Backup…")), nullptr);

    const QList<BackupInfo> backups = Backups::list(Backups::userFolderFor(path));
    ASSERT_EQ(backups.size(), 1);
    EXPECT_EQ(backups.first().taken.date(), QDate::currentDate());

    // A slip of the hand after the snapshot: Zhejiang deleted.
    const Id zhejiang = window.store()->regions().byCode(QStringLiteral("330000"))->id;
    ASSERT_OK(window.store()->regions().remove(zhejiang));
    // Opening again the same day takes no second snapshot.
    ASSERT_TRUE(window.openDatabase(path));
    EXPECT_EQ(Backups::list(Backups::userFolderFor(path)).size(), 1);

    RestoreBackupDialog dialog(path);
    ASSERT_EQ(dialog.list()->topLevelItemCount(), 1);
    EXPECT_EQ(dialog.list()->topLevelItem(0)->text(1), QStringLiteral("32")) << "the national level and 31 provinces";
    EXPECT_EQ(dialog.list()->topLevelItem(0)->text(4), QString::number(test::shippedMilestones()));

    const QString restored = dir.filePath(QStringLiteral("study-restored.tsdb"));
    ASSERT_TRUE(dialog.restoreSelectedTo(restored));
    EXPECT_EQ(dialog.restoredPath(), restored);
    auto reopened = Store::open(restored);
    ASSERT_OK(reopened);
    EXPECT_TRUE((*reopened)->regions().byCode(QStringLiteral("330000")).ok()) << "Zhejiang is back in the restored file";
    EXPECT_FALSE(window.store()->regions().byCode(QStringLiteral("330000")).ok()) << "the open database is untouched";
}
} // namespace
