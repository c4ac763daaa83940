// A write the database refuses is never reported as saved: another program
// holding the write lock (a real sqlite3 process in BEGIN IMMEDIATE) makes the
// window wait without freezing, then ask; Cancel leaves the file, the undo
// stack and the status bar saying nothing was done, Retry writes it once.

#include "support/TestData.h"

#include "widgets/MainWindow.h"
#include "widgets/editing/Editor.h"
#include "widgets/editing/WriteRetryPrompt.h"
#include "widgets/records/RecordsPanel.h"
#include "widgets/records/TimelineRecordModel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QProcess>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <functional>

using namespace triangle;

namespace {
// Another program in the middle of a write: the sqlite3 shell holding
// BEGIN IMMEDIATE on the file until released.
class OtherProgramWriting
{
public:
    explicit OtherProgramWriting(const QString &path)
    {
        m_shell.start(QStringLiteral("sqlite3"), {path});
        EXPECT_TRUE(m_shell.waitForStarted()) << "sqlite3 is one of the test packages";
        m_shell.write("BEGIN IMMEDIATE;\nSELECT 'holding';\n");
        while (!m_shell.readAllStandardOutput().contains("holding") && m_shell.waitForReadyRead(10000)) {
        }
    }
    ~OtherProgramWriting() { release(); }
    void release()
    {
        if (m_shell.state() == QProcess::NotRunning)
            return;
        m_shell.write("ROLLBACK;\n.quit\n");
        m_shell.closeWriteChannel();
        EXPECT_TRUE(m_shell.waitForFinished(10000));
    }

private:
    QProcess m_shell;
};

// Answers every message box that shows while it lives: `answer` gets the box
// and returns the text of the button to click.
class MessageBoxAnswerer
{
public:
    explicit MessageBoxAnswerer(std::function<QString(QMessageBox *)> answer) : m_answer(std::move(answer))
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *box = qobject_cast<QMessageBox *>(w);
                if (!box || !box->isVisible() || m_answered.contains(box))
                    continue;
                m_answered << box;
                const QString button = m_answer(box);
                for (QAbstractButton *b : box->buttons()) {
                    if (b->text().remove(QLatin1Char('&')) == button) {
                        b->click();
                        return;
                    }
                }
                ADD_FAILURE() << "no button " << qPrintable(button) << " in " << qPrintable(box->text());
                box->reject();
            }
        });
        m_timer.start(20);
    }

private:
    std::function<QString(QMessageBox *)> m_answer;
    QList<QMessageBox *> m_answered;
    QTimer m_timer;
};

class RefusedWriteTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(window.openDatabase(path, true));
        zhejiang = window.store()->regions().byCode(QStringLiteral("330000"))->id;
        window.selectRegion(zhejiang);
        RecordsPanel *panel = window.milestonesPanel();
        ASSERT_GT(panel->model()->rowCount(), 0);
        panel->table()->selectRow(0);
        milestone = panel->table()->currentIndex().siblingAtColumn(0).data(TimelineRecordModel::IdRole).toLongLong();
        ASSERT_TRUE(stored(milestone));
        // Counts the event loop's turns: a frozen window would count none.
        QObject::connect(&heartbeat, &QTimer::timeout, [this] { ++beats; });
        heartbeat.start(50);
    }

    bool stored(Id id) const { return window.store()->milestones().byId(id).ok(); }
    QString statusMessage() { return window.statusBar()->currentMessage(); }
    QUndoStack *stack() const { return window.editor()->undoStack(); }

    // The delete button's path: confirmed with Yes, then `atLock` answers the
    // question a lock raises, told how many beats the window made meanwhile.
    void deleteSelected(const std::function<QString(QMessageBox *)> &atLock)
    {
        MessageBoxAnswerer answerer([&](QMessageBox *box) -> QString {
            if (box->text().startsWith(QStringLiteral("Delete")))
                return QStringLiteral("Yes");
            return atLock(box);
        });
        window.milestonesPanel()->deleteSelected();
    }

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("study.tsdb"));
    MainWindow window;
    Id zhejiang = NoId;
    Id milestone = NoId;
    QTimer heartbeat;
    int beats = 0;
};

TEST_F(RefusedWriteTest, ADeleteRefusedByALockIsNotSavedNotUndoableAndSaysWhy)
{
    const int steps = stack()->count();
    OtherProgramWriting other(path);
    QString asked;
    int beatsBeforeAsking = -1;
    deleteSelected([&](QMessageBox *box) {
        asked = box->text();
        beatsBeforeAsking = beats;
        return QStringLiteral("Cancel");
    });
    EXPECT_EQ(asked, WriteRetryPrompt::question(StoreError{StoreError::Kind::Busy, {}, {}}));
    EXPECT_GT(beatsBeforeAsking, 5) << "the window kept its event loop turning while it waited for the lock";
    EXPECT_LE(window.store()->busyTimeout(), WriteRetryPrompt::RetryEveryMs) << "no single wait freezes the window";

    EXPECT_TRUE(stored(milestone)) << "nothing was deleted";
    EXPECT_EQ(stack()->count(), steps) << "nothing to undo";
    EXPECT_FALSE(statusMessage().startsWith(QStringLiteral("Saved"))) << qPrintable(statusMessage());
    EXPECT_EQ(window.editor()->lastError().kind, StoreError::Kind::Busy);

    other.release();
    EXPECT_TRUE(stored(milestone)) << "nor after the other program let go";
}

TEST_F(RefusedWriteTest, ADeleteRetriedOnceTheLockIsGoneIsSavedOnce)
{
    const int steps = stack()->count();
    OtherProgramWriting other(path);
    deleteSelected([&](QMessageBox *) {
        other.release();
        return QStringLiteral("Retry");
    });
    EXPECT_FALSE(stored(milestone));
    EXPECT_EQ(stack()->count(), steps + 1);
    EXPECT_EQ(statusMessage().toStdString(), "Saved: Delete 1 record(s)");
    stack()->undo();
    EXPECT_TRUE(stored(milestone)) << "and undone";
    EXPECT_TRUE(statusMessage().startsWith(QStringLiteral("Undone: "))) << qPrintable(statusMessage());
}

TEST_F(RefusedWriteTest, AnUndoRefusedByALockLeavesTheStackInStepWithTheFile)
{
    deleteSelected([](QMessageBox *) { return QStringLiteral("Cancel"); });
    ASSERT_FALSE(stored(milestone));
    const int index = stack()->index();

    {
        OtherProgramWriting other(path);
        MessageBoxAnswerer cancel([](QMessageBox *) { return QStringLiteral("Cancel"); });
        stack()->undo();
        QTest::qWait(50); // the stack steps back to where the file is
    }
    EXPECT_FALSE(stored(milestone)) << "the undo was not written";
    EXPECT_EQ(stack()->index(), index) << "so it is still there to undo";
    EXPECT_TRUE(statusMessage().startsWith(QStringLiteral("Nothing was undone"))) << qPrintable(statusMessage());

    stack()->undo();
    EXPECT_TRUE(stored(milestone)) << "undone once the lock is gone";
    stack()->redo();
    EXPECT_FALSE(stored(milestone));
}

TEST_F(RefusedWriteTest, ASelectionIsDeletedWholeOrNotAtAll)
{
    auto all = window.store()->milestones().all();
    ASSERT_TRUE(all.ok());
    ASSERT_GE(all->size(), 2);
    const Id first = all->at(0).id;
    const Id second = all->at(1).id;
    const int steps = stack()->count();
    // The second delete is refused (its milestone is gone by then): the first is taken back.
    const bool done = window.editor()->asOneStep(QStringLiteral("two"), [&] {
        window.editor()->removeMilestone(first);
        EXPECT_TRUE(window.store()->milestones().remove(second).ok()) << "as another program might";
        window.editor()->removeMilestone(second);
    });
    EXPECT_FALSE(done);
    EXPECT_TRUE(stored(first)) << "all or nothing";
    EXPECT_TRUE(stored(second)) << "the whole step was one transaction, rolled back";
    EXPECT_EQ(stack()->count(), steps);
    EXPECT_FALSE(statusMessage().startsWith(QStringLiteral("Saved"))) << qPrintable(statusMessage());
}
} // namespace
