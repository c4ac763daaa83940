// What is selected is what is shown and edited: only the user's acts change
// the region or the groups the window works on (CurrentSelection), never a
// tab opening, a table or list becoming current, or a dialog opening and
// closing; and every page says which region or group it shows.

#include "support/TestData.h"

#include "widgets/CurrentSelection.h"
#include "widgets/MainWindow.h"
#include "widgets/diagrams/DiagramsPanel.h"
#include "widgets/forms/AssessmentForm.h"
#include "widgets/forms/RegionForm.h"
#include "widgets/groups/GroupsNavigator.h"
#include "widgets/records/RecordsPanel.h"
#include "widgets/scorecard/ScorecardPanel.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

using namespace triangle;

namespace {
// Cancels every dialog that opens while it lives, as a user pressing Escape.
class CancelEveryDialog
{
public:
    explicit CancelEveryDialog(QObject *scope) : m_timer(scope)
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                m_seen << dialog->windowTitle();
                dialog->reject();
            }
        });
        m_timer.start(30);
    }
    QStringList seen() const { return m_seen; }

private:
    QTimer m_timer;
    QStringList m_seen;
};

class SelectionTest : public ::testing::TestWithParam<QSize>
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(window.openDatabase(dir.filePath(QStringLiteral("study.tsdb")), true));
        guangdong = window.store()->regions().byCode(QStringLiteral("440000"))->id;
        shanxi = window.store()->regions().byCode(QStringLiteral("140000"))->id;
        yrd = window.store()->groups().byKey(QStringLiteral("yrd"))->id;
        yellowRiver = window.store()->groups().byKey(QStringLiteral("yellow-river"))->id;
        window.resize(GetParam());
        window.show();
        QApplication::setActiveWindow(&window);
        QApplication::processEvents();
    }

    // Every page shows and edits `region`, the scope line names it, no group is chosen.
    void expectEverywhere(Id region, const QString &when)
    {
        SCOPED_TRACE(when.toStdString());
        EXPECT_EQ(window.currentRegion(), region);
        EXPECT_TRUE(window.selection()->groups().isEmpty());
        EXPECT_EQ(window.regionForm()->regionId(), region) << "Profile";
        EXPECT_EQ(window.assessmentForm()->regionId(), region) << "Assessments";
        EXPECT_EQ(window.scorecardPanel()->regionId(), region) << "Scorecard";
        EXPECT_EQ(window.policiesPanel()->regionId(), region) << "Policies";
        EXPECT_EQ(window.milestonesPanel()->regionId(), region) << "Milestones";
        EXPECT_EQ(window.diagramsPanel()->regionId(), region) << "Diagrams";
        EXPECT_FALSE(window.diagramsPanel()->showsGroups()) << "Diagrams shows a group";
        EXPECT_TRUE(window.groupsNavigator()->selectedGroups().isEmpty()) << "a group is highlighted";
        const auto r = window.store()->regions().byId(region);
        EXPECT_TRUE(window.scopeLabel()->text().contains(r->code)) << qPrintable(window.scopeLabel()->text());
        EXPECT_TRUE(window.scopeLabel()->isVisible());
    }

    QTemporaryDir dir;
    MainWindow window;
    Id guangdong = NoId;
    Id shanxi = NoId;
    Id yrd = NoId;
    Id yellowRiver = NoId;
};

TEST_P(SelectionTest, EveryTabAndFocusedTableKeepsTheChosenRegion)
{
    window.selectRegion(guangdong);
    expectEverywhere(guangdong, QStringLiteral("chosen"));
    QTabWidget *tabs = window.tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QApplication::processEvents();
        // Focus moving into a table or list makes a row current, as Tab would.
        for (QAbstractItemView *view : tabs->widget(i)->findChildren<QAbstractItemView *>()) {
            if (view->isVisible())
                view->setFocus(Qt::TabFocusReason);
            QApplication::processEvents();
        }
        window.groupsNavigator()->list()->setFocus(Qt::TabFocusReason);
        QApplication::processEvents();
        expectEverywhere(guangdong, QStringLiteral("the tab ") + tabs->tabText(i).remove(QLatin1Char('&')));
    }
}

TEST_P(SelectionTest, EveryDialogOpenedAndCancelledKeepsTheChosenRegion)
{
    window.selectRegion(guangdong);
    QTabWidget *tabs = window.tabs();
    CancelEveryDialog cancel(&window);
    int opened = 0;
    // The menus' dialogs…
    for (QAction *menu : window.menuBar()->actions()) {
        for (QAction *action : menu->menu()->actions()) {
            if (!action->isEnabled() || !action->text().endsWith(QStringLiteral("…")))
                continue;
            action->trigger();
            QApplication::processEvents();
            ++opened;
            expectEverywhere(guangdong, QStringLiteral("the menu's ") + action->text().remove(QLatin1Char('&')));
        }
    }
    // …and each page's buttons that open one.
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QApplication::processEvents();
        for (QPushButton *button : tabs->widget(i)->findChildren<QPushButton *>()) {
            if (!button->isVisible() || !button->isEnabled() || !button->text().endsWith(QStringLiteral("…")))
                continue;
            button->click();
            QApplication::processEvents();
            ++opened;
            expectEverywhere(guangdong, QStringLiteral("the button ") + button->text().remove(QLatin1Char('&')));
        }
    }
    EXPECT_GE(opened, 12) << "menus and pages have that many dialogs";
    EXPECT_GE(cancel.seen().size(), 12) << qPrintable(cancel.seen().join(QStringLiteral(", ")));
}

TEST_P(SelectionTest, ChoosingARegionClearsTheGroupAndEditActsOnlyOnAVisiblySelectedGroup)
{
    window.groupsNavigator()->selectGroup(yrd);
    EXPECT_EQ(window.selection()->groups(), QList<Id>{yrd});
    EXPECT_EQ(window.currentRegion(), NoId) << "a group chosen is no region to edit";
    EXPECT_EQ(window.diagramsPanel()->currentGroup(), yrd);
    EXPECT_TRUE(window.scopeLabel()->text().contains(QStringLiteral("长三角"))
                || window.scopeLabel()->text().contains(QStringLiteral("Yangtze")))
        << qPrintable(window.scopeLabel()->text());
    EXPECT_EQ(window.groupsNavigator()->currentGroup(), yrd);

    window.selectRegion(guangdong);
    expectEverywhere(guangdong, QStringLiteral("Guangdong chosen after the group"));
    EXPECT_EQ(window.groupsNavigator()->currentGroup(), NoId) << "Edit and Delete have no group to act on";
    // Focus in the group list again chooses nothing.
    window.groupsNavigator()->list()->setFocus(Qt::TabFocusReason);
    QApplication::processEvents();
    expectEverywhere(guangdong, QStringLiteral("focus in the group list"));
}

TEST_P(SelectionTest, NarrowingTheGroupsToOneShowsThatOne)
{
    QListWidget *list = window.groupsNavigator()->list();
    QListWidgetItem *first = nullptr;
    QListWidgetItem *second = nullptr;
    for (int row = 0; row < list->count(); ++row) {
        const Id id = list->item(row)->data(Qt::UserRole).toLongLong();
        if (id == yrd)
            first = list->item(row);
        if (id == yellowRiver)
            second = list->item(row);
    }
    ASSERT_TRUE(first && second);
    first->setSelected(true);
    second->setSelected(true);
    EXPECT_EQ(window.diagramsPanel()->currentRequest().groups.size(), 2) << "two compared";
    second->setSelected(false); // Ctrl+click on it again
    EXPECT_EQ(window.selection()->groups(), QList<Id>{yrd});
    EXPECT_EQ(window.diagramsPanel()->currentRequest().groups, QList<Id>{yrd}) << "the one left";
}

INSTANTIATE_TEST_SUITE_P(Sizes, SelectionTest, ::testing::Values(QSize(1280, 800), QSize(1920, 1080)),
                         [](const auto &info) { return QStringLiteral("%1x%2").arg(info.param.width()).arg(info.param.height()).toStdString(); });
} // namespace
