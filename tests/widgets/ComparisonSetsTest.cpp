// Comparison sets in the desktop application: saving, renaming and deleting a
// set are each one undoable step through the Editor; the navigator selects
// several regions, saves them as a set and opens a set again, while the
// current region stays the one clicked last.

#include "support/MenuActions.h"
#include "support/SeededEditor.h"
#include "support/TestData.h"

#include "data/DefaultDatabase.h"
#include "widgets/CurrentSelection.h"
#include "widgets/MainWindow.h"
#include "widgets/RegionTreeModel.h"
#include "widgets/diagrams/DiagramsPanel.h"
#include "widgets/editing/Editor.h"
#include "widgets/files/ExportFigureDialog.h"
#include "widgets/groups/ComparisonSetDialog.h"
#include "widgets/groups/ComparisonSetsMenu.h"

#include <QAction>
#include <QFileInfo>
#include <QMenuBar>
#include <QTimer>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace triangle;
using namespace triangle::test;

namespace {
using EditorComparisonSetsTest = SeededEditorTest;
} // namespace

TEST_F(EditorComparisonSetsTest, SaveRenameAndDeleteAreEachOneUndoableStep)
{
    ComparisonSet set;
    set.name = QStringLiteral("Three cases");
    set.key = comparisonSetKeyFromName(set.name);
    set.memberIds = {code("510000"), code("330000"), code("140000")};
    const int steps = editor.undoStack()->count();
    const auto id = editor.addComparisonSet(set);
    ASSERT_TRUE(id) << qPrintable(errors.join(QLatin1Char('\n')));
    EXPECT_EQ(editor.undoStack()->count(), steps + 1);
    EXPECT_EQ(store->comparisonSets().byId(*id)->memberIds, set.memberIds);

    editor.undoStack()->undo();
    EXPECT_FALSE(store->comparisonSets().byId(*id).ok());
    editor.undoStack()->redo();
    ASSERT_OK(store->comparisonSets().byId(*id)); // back under the same id
    EXPECT_EQ(store->comparisonSets().byId(*id)->memberIds, set.memberIds);

    ComparisonSet renamed = *store->comparisonSets().byId(*id);
    renamed.name = QStringLiteral("三个案例");
    renamed.key = comparisonSetKeyFromName(renamed.name);
    ASSERT_TRUE(editor.updateComparisonSet(renamed));
    EXPECT_EQ(store->comparisonSets().byKey(QStringLiteral("三个案例"))->id, *id);
    EXPECT_TRUE(editor.undoStack()->undoText().contains(QStringLiteral("三个案例")));
    editor.undoStack()->undo();
    EXPECT_EQ(store->comparisonSets().byId(*id)->name, QStringLiteral("Three cases"));
    editor.undoStack()->redo();

    const ComparisonSet before = *store->comparisonSets().byId(*id);
    ASSERT_TRUE(editor.removeComparisonSet(*id));
    EXPECT_FALSE(store->comparisonSets().byId(*id).ok());
    editor.undoStack()->undo();
    EXPECT_EQ(*store->comparisonSets().byId(*id), before); // members in their order
    EXPECT_TRUE(errors.isEmpty()) << qPrintable(errors.join(QLatin1Char('\n')));
}

TEST_F(EditorComparisonSetsTest, ASetWhoseKeyIsTakenIsRefusedAndNotOnTheStack)
{
    ComparisonSet set;
    set.name = QStringLiteral("pair");
    set.key = QStringLiteral("pair");
    set.memberIds = {code("330000"), code("140000")};
    ASSERT_TRUE(editor.addComparisonSet(set));
    const int steps = editor.undoStack()->count();
    EXPECT_FALSE(editor.addComparisonSet(set));
    EXPECT_EQ(editor.undoStack()->count(), steps);
    ASSERT_EQ(errors.size(), 1);
    EXPECT_TRUE(errors.first().contains(QStringLiteral("pair")));
}

namespace {
class ComparisonSetsWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(window.openDatabase(dir.filePath(QStringLiteral("study.tsdb")), true));
        zhejiang = code("330000");
        sichuan = code("510000");
        shanxi = code("140000");
        guangdong = code("440000");
        window.resize(1280, 800);
        window.show();
        QApplication::setActiveWindow(&window);
        QApplication::processEvents();
    }
    Id code(const char *c) const { return window.store()->regions().byCode(QLatin1StringView(c))->id; }

    // Clicks the region's row in the navigator, as the user would.
    void click(Id region, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTreeView *tree = window.navigator();
        QModelIndex row;
        for (const QModelIndex &index : tree->model()->match(tree->model()->index(0, 0), RegionTreeModel::IdRole, QVariant(region), 1,
                                                             Qt::MatchRecursive | Qt::MatchExactly))
            row = index;
        ASSERT_TRUE(row.isValid());
        tree->scrollTo(row);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, modifiers, tree->visualRect(row).center());
        QApplication::processEvents();
    }

    QTemporaryDir dir;
    MainWindow window;
    Id zhejiang = NoId, sichuan = NoId, shanxi = NoId, guangdong = NoId;
};
} // namespace

TEST_F(ComparisonSetsWindowTest, CtrlClickChoosesRegionsToCompareAndTheLastClickedStaysCurrent)
{
    ComparisonSetsMenu *menu = window.comparisonSetsMenu();
    click(zhejiang);
    EXPECT_EQ(window.currentRegion(), zhejiang);
    EXPECT_TRUE(window.selection()->comparedRegions().isEmpty());
    EXPECT_FALSE(menu->saveAction()->isEnabled()) << "one region is no set";

    click(sichuan, Qt::ControlModifier);
    click(shanxi, Qt::ControlModifier);
    EXPECT_EQ(window.currentRegion(), shanxi) << "the one clicked last";
    EXPECT_EQ(window.selection()->comparedRegions(), (QList<Id>{zhejiang, sichuan, shanxi}));
    EXPECT_TRUE(window.selection()->groups().isEmpty());
    EXPECT_EQ(window.diagramsPanel()->regionId(), shanxi);
    EXPECT_EQ(window.tabs()->currentWidget(), window.diagramsPanel());
    EXPECT_EQ(window.diagramsPanel()->currentPage(), DiagramsPanel::ComparePage);
    // The compare page, and so Export Figure, draws the three in the order chosen.
    EXPECT_EQ(window.diagramsPanel()->currentRequest().regions, (QList<Id>{zhejiang, sichuan, shanxi}));
    EXPECT_TRUE(menu->saveAction()->isEnabled());

    // A plain click goes back to one region.
    click(guangdong);
    EXPECT_EQ(window.currentRegion(), guangdong);
    EXPECT_TRUE(window.selection()->comparedRegions().isEmpty());
    EXPECT_EQ(window.navigator()->selectionModel()->selectedRows().size(), 1);
}

TEST_F(ComparisonSetsWindowTest, ASavedSetOpensWithItsMembersChosenInItsOrderAndSavingIsUndoable)
{
    click(sichuan);
    click(zhejiang, Qt::ControlModifier);
    click(shanxi, Qt::ControlModifier);
    const int steps = window.editor()->undoStack()->count();
    const auto id = window.comparisonSetsMenu()->saveSelection(QStringLiteral("Three cases"));
    ASSERT_TRUE(id);
    EXPECT_EQ(window.editor()->undoStack()->count(), steps + 1);
    EXPECT_EQ(window.store()->comparisonSets().byId(*id)->memberIds, (QList<Id>{sichuan, zhejiang, shanxi}));
    EXPECT_EQ(window.currentRegion(), shanxi) << "saving changes no choice";
    EXPECT_EQ(window.selection()->comparedRegions(), (QList<Id>{sichuan, zhejiang, shanxi}));
    EXPECT_TRUE(window.scopeLabel()->text().contains(QStringLiteral("140000"))) << qPrintable(window.scopeLabel()->text());
    EXPECT_TRUE(window.scopeLabel()->text().contains(QStringLiteral("3 region"))) << qPrintable(window.scopeLabel()->text());

    click(guangdong);
    window.openComparisonSet(*id);
    QApplication::processEvents();
    EXPECT_EQ(window.selection()->comparedRegions(), (QList<Id>{sichuan, zhejiang, shanxi}));
    EXPECT_EQ(window.currentRegion(), sichuan);
    EXPECT_EQ(window.navigator()->selectionModel()->selectedRows().size(), 3);
    EXPECT_EQ(window.diagramsPanel()->currentRequest().regions, (QList<Id>{sichuan, zhejiang, shanxi}));

    // The compare page names the set; choosing none there goes back to the region alone.
    QComboBox *sets = window.diagramsPanel()->comparisonSetBox();
    EXPECT_EQ(sets->currentText(), QStringLiteral("Three cases"));
    sets->setCurrentIndex(0);
    emit sets->activated(0);
    QApplication::processEvents();
    EXPECT_TRUE(window.selection()->comparedRegions().isEmpty());
    EXPECT_EQ(window.currentRegion(), sichuan);
    EXPECT_EQ(window.navigator()->selectionModel()->selectedRows().size(), 1) << "the navigator says so too";
    // And choosing the set there opens it again.
    sets->setCurrentIndex(1);
    emit sets->activated(1);
    QApplication::processEvents();
    EXPECT_EQ(window.selection()->comparedRegions(), (QList<Id>{sichuan, zhejiang, shanxi}));

    // Then Ctrl+click one more: the set's order, then the new one.
    click(guangdong, Qt::ControlModifier);
    EXPECT_EQ(window.selection()->comparedRegions(), (QList<Id>{sichuan, zhejiang, shanxi, guangdong}));
    EXPECT_EQ(window.currentRegion(), guangdong);

    // A new name and a note; the key the command line names it by stays.
    const QString key = window.store()->comparisonSets().byId(*id)->key;
    ASSERT_TRUE(window.comparisonSetsMenu()->editSet(*id, QStringLiteral("三个 案例"), QStringLiteral("文中的三个省")));
    EXPECT_EQ(window.store()->comparisonSets().byId(*id)->name, QStringLiteral("三个 案例"));
    EXPECT_EQ(window.store()->comparisonSets().byId(*id)->note, QStringLiteral("文中的三个省"));
    EXPECT_EQ(window.store()->comparisonSets().byId(*id)->key, key);
    window.editor()->undoStack()->undo();
    EXPECT_EQ(window.store()->comparisonSets().byId(*id)->name, QStringLiteral("Three cases"));
    EXPECT_TRUE(window.store()->comparisonSets().byId(*id)->note.isEmpty());
    window.editor()->undoStack()->undo();
    EXPECT_FALSE(window.store()->comparisonSets().byId(*id).ok()) << "the save undone";
}

// The report dialog offers the regions compared in the navigator and every
// saved set, each in its order.
TEST_F(ComparisonSetsWindowTest, TheReportOffersTheComparedRegionsAndEachSetInTheirOrder)
{
    click(sichuan);
    click(zhejiang, Qt::ControlModifier);
    ASSERT_TRUE(window.comparisonSetsMenu()->saveSelection(QStringLiteral("West and east")));
    click(shanxi, Qt::ControlModifier);
    const QList<ReportDialog::Preset> presets = window.reportPresets();
    ASSERT_EQ(presets.size(), 2);
    EXPECT_EQ(presets[0].regions, (QList<Id>{sichuan, zhejiang, shanxi}));
    EXPECT_TRUE(presets[1].name.contains(QStringLiteral("West and east"))) << qPrintable(presets[1].name);
    EXPECT_EQ(presets[1].regions, (QList<Id>{sichuan, zhejiang}));
}

TEST_F(ComparisonSetsWindowTest, TheSaveShortcutIsBoundOnce)
{
    const QKeySequence key = window.comparisonSetsMenu()->saveAction()->shortcut();
    ASSERT_FALSE(key.isEmpty());
    int bound = 0;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcuts().contains(key))
            ++bound;
    }
    EXPECT_EQ(bound, 1) << qPrintable(key.toString());
}

// Export Figure draws the regions chosen together, from any tab, and names
// the file after the comparison set they are.
TEST_F(ComparisonSetsWindowTest, ExportFigureTakesTheChosenRegionsAndNamesTheSet)
{
    click(zhejiang);
    click(shanxi, Qt::ControlModifier);
    const auto id = window.comparisonSetsMenu()->saveSelection(QStringLiteral("Two cases"));
    ASSERT_TRUE(id);
    click(guangdong);
    window.openComparisonSet(*id);
    window.tabs()->setCurrentIndex(0); // away from the Diagrams tab
    QAction *exportFigure = menuAction(window, QStringLiteral("Export Figure…"));
    ASSERT_NE(exportFigure, nullptr);
    QString suggested;
    QTimer::singleShot(0, &window, [&suggested] {
        if (auto *dialog = qobject_cast<ExportFigureDialog *>(QApplication::activeModalWidget())) {
            suggested = QFileInfo(dialog->path()).fileName();
            dialog->reject();
        }
    });
    exportFigure->trigger();
    EXPECT_TRUE(suggested.startsWith(QStringLiteral("Two-cases-compare"))) << qPrintable(suggested);
}

// Compare › Edit Comparison Set: a name and a note, the key shown and kept;
// no set without a name.
TEST(ComparisonSetDialogTest, EditsTheNameAndNoteAndKeepsTheKey)
{
    ComparisonSet set;
    set.id = 7;
    set.key = QStringLiteral("three-cases");
    set.name = QStringLiteral("Three cases");
    ComparisonSetDialog dialog(set);
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    dialog.nameField()->setText(QStringLiteral("  "));
    EXPECT_FALSE(ok->isEnabled());
    dialog.nameField()->setText(QStringLiteral("三个案例"));
    EXPECT_TRUE(ok->isEnabled());
    dialog.noteField()->setPlainText(QStringLiteral("文中的三个省"));
    const ComparisonSet edited = dialog.edited();
    EXPECT_EQ(edited.name, QStringLiteral("三个案例"));
    EXPECT_EQ(edited.note, QStringLiteral("文中的三个省"));
    EXPECT_EQ(edited.key, QStringLiteral("three-cases"));
    EXPECT_EQ(edited.id, 7);
}
