// The stages in the desktop application: Edit › Stages… lists them and edits
// a stage's names, years and status (observed or planned), each field one
// undoable edit through the Editor, merged with another program's changes;
// the Findings tab follows at once. The key stays: the findings read the
// initial, advantage and target stages by it.

#include "support/MenuActions.h"
#include "support/SeededEditor.h"
#include "support/TestData.h"

#include "analysis/Findings.h"
#include "model/DomainNames.h"
#include "widgets/ExternalChangeWatcher.h"
#include "widgets/MainWindow.h"
#include "widgets/editing/Editor.h"
#include "widgets/findings/FindingsModel.h"
#include "widgets/findings/FindingsPanel.h"
#include "widgets/forms/StagesDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableWidget>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace triangle;
using namespace triangle::test;

namespace {
using EditorStagesTest = SeededEditorTest;

Stage stageOf(const Store &store, const char *key) { return *store.stages().byKey(QLatin1StringView(key)); }
} // namespace

TEST_F(EditorStagesTest, MarkingAStageObservedIsOneUndoableStep)
{
    Stage target = stageOf(*store, "target");
    ASSERT_TRUE(target.planned) << "the shipped target stage is planned";
    const int steps = editor.undoStack()->count();
    target.planned = false;
    ASSERT_TRUE(editor.updateStage(target)) << qPrintable(errors.join(QLatin1Char('\n')));
    EXPECT_EQ(editor.undoStack()->count(), steps + 1);
    EXPECT_FALSE(stageOf(*store, "target").planned);
    EXPECT_EQ(editor.undoStack()->undoText(), QStringLiteral("Edit stage %1").arg(localizedName(target.nameZh, target.nameEn)));
    editor.undoStack()->undo();
    EXPECT_TRUE(stageOf(*store, "target").planned);
    editor.undoStack()->redo();
    EXPECT_FALSE(stageOf(*store, "target").planned);
    EXPECT_TRUE(errors.isEmpty()) << qPrintable(errors.join(QLatin1Char('\n')));
}

TEST_F(EditorStagesTest, AnEndYearBeforeTheStartIsRefusedAndNotOnTheStack)
{
    const Stage before = stageOf(*store, "advantage");
    Stage edited = before;
    edited.endYear = before.startYear - 1;
    const int steps = editor.undoStack()->count();
    EXPECT_FALSE(editor.updateStage(edited));
    EXPECT_EQ(editor.undoStack()->count(), steps);
    EXPECT_EQ(stageOf(*store, "advantage"), before);
    EXPECT_EQ(editor.lastError().kind, StoreError::Kind::Invalid);
    ASSERT_EQ(editor.lastError().problems.size(), 1);
    EXPECT_EQ(editor.lastError().problems.first().field, QStringLiteral("end_year"));
}

TEST_F(EditorStagesTest, TheKeysTheFindingsReadCannotBeRenamedButAnAnalystsStageCan)
{
    for (const char *key : {"initial", "advantage", "target"}) {
        Stage renamed = stageOf(*store, key);
        renamed.key = QStringLiteral("goal");
        const int steps = editor.undoStack()->count();
        EXPECT_FALSE(editor.updateStage(renamed)) << key;
        EXPECT_EQ(editor.undoStack()->count(), steps);
        EXPECT_TRUE(editor.lastError().message.contains(QLatin1StringView(key))) << qPrintable(editor.lastError().message);
        EXPECT_TRUE(store->stages().byKey(QLatin1StringView(key)).ok());
    }
    Stage later;
    later.key = QStringLiteral("2030");
    later.nameZh = QStringLiteral("远景三角");
    later.startYear = 2030;
    later.endYear = 2035;
    later.sortOrder = 4;
    auto id = store->stages().add(later);
    ASSERT_OK(id);
    later.id = *id;
    later.key = QStringLiteral("vision");
    EXPECT_TRUE(editor.updateStage(later)) << qPrintable(editor.lastError().message);
    EXPECT_EQ(store->stages().byKey(QStringLiteral("vision"))->id, *id);
}

// Another program's change since the dialog read the stage: kept where the
// user changed nothing, asked about (refused here, with no one to ask) where
// both changed the same field.
TEST_F(EditorStagesTest, AnEditFromAStaleReadKeepsTheOthersChangeAndRefusesAClash)
{
    const Stage base = stageOf(*store, "target");
    Stage theirs = base;
    theirs.nameEn = QStringLiteral("Target (theirs)");
    ASSERT_OK(store->stages().update(theirs)); // as another program would

    Stage mine = base;
    mine.planned = false;
    ASSERT_TRUE(editor.updateStage(mine, &base)) << qPrintable(editor.lastError().message);
    EXPECT_FALSE(stageOf(*store, "target").planned);
    EXPECT_EQ(stageOf(*store, "target").nameEn, theirs.nameEn);

    const Stage base2 = stageOf(*store, "target");
    Stage theirs2 = base2;
    theirs2.endYear = 2026;
    ASSERT_OK(store->stages().update(theirs2));
    Stage clash = base2;
    clash.endYear = 2030;
    EXPECT_FALSE(editor.updateStage(clash, &base2));
    EXPECT_EQ(editor.lastError().kind, StoreError::Kind::ChangedElsewhere);
    EXPECT_TRUE(editor.lastError().message.contains(QStringLiteral("end year"))) << qPrintable(editor.lastError().message);
    EXPECT_EQ(stageOf(*store, "target").endYear, 2026);
}

namespace {
class StagesWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(window.openDatabase(dir.filePath(QStringLiteral("stages.tsdb")), true));
        zhejiang = window.store()->regions().byCode(QStringLiteral("330000"))->id;
        window.resize(1280, 800);
        window.show();
        window.tabs()->setCurrentWidget(window.findingsPanel());
        QApplication::setActiveWindow(&window);
        QApplication::processEvents();
    }

    QList<Verdict> verdictsOf(MainWindow &w, Id region) const
    {
        FindingsModel *model = w.findingsPanel()->model();
        QList<Verdict> out;
        for (Claim claim : AllClaims) {
            const ClaimFinding *f = model->findingAt(model->index(model->rowOfRegion(region), 1 + int(claim)));
            out << (f ? f->verdict : Verdict::NotEnoughData);
        }
        return out;
    }
    static void chooseStatus(StagesDialog &dialog, bool planned)
    {
        auto *status = dialog.findChild<QComboBox *>(QStringLiteral("status"));
        status->setCurrentIndex(status->findData(planned));
        emit status->activated(status->currentIndex()); // as a click on the item does
    }
    static void type(QWidget *field, const QString &text)
    {
        field->setFocus();
        QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(field, text);
        QTest::keyClick(field, Qt::Key_Return);
    }

    QTemporaryDir dir;
    MainWindow window;
    Id zhejiang = NoId;
};
} // namespace

TEST_F(StagesWindowTest, EditStagesOpensTheStagesInOrder)
{
    QAction *action = menuAction(window, QStringLiteral("Stages…"));
    ASSERT_NE(action, nullptr) << "Edit › Stages…";
    QStringList keys;
    QString years;
    QTimer::singleShot(0, &window, [&] {
        auto *dialog = qobject_cast<StagesDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        QTableWidget *table = dialog->table();
        for (int row = 0; row < table->rowCount(); ++row)
            keys << table->item(row, 0)->text();
        years = table->item(1, 3)->text();
        dialog->reject();
    });
    action->trigger();
    EXPECT_EQ(keys, (QStringList{QStringLiteral("initial"), QStringLiteral("advantage"), QStringLiteral("target")}));
    EXPECT_EQ(years, QStringLiteral("2016–2020"));
}

TEST_F(StagesWindowTest, MarkingTheTargetObservedTurnsZhejiangsPlannedVerdictsIntoVerdictsAndUndoRestoresThem)
{
    const QList<Verdict> before = verdictsOf(window, zhejiang);
    ASSERT_EQ(before.count(Verdict::Planned), 3);
    const int steps = window.editor()->undoStack()->count();

    StagesDialog dialog(window.editor(), &window);
    dialog.show();
    ASSERT_TRUE(dialog.selectStage(QStringLiteral("target")));
    chooseStatus(dialog, false);
    EXPECT_FALSE(window.store()->stages().byKey(QStringLiteral("target"))->planned);
    EXPECT_EQ(window.editor()->undoStack()->count(), steps + 1) << "one undoable edit";
    EXPECT_EQ(dialog.table()->item(2, 4)->text(), QStringLiteral("Observed"));

    const QList<Verdict> after = verdictsOf(window, zhejiang);
    EXPECT_EQ(after.count(Verdict::Planned), 0);
    for (int c = 0; c < before.size(); ++c) {
        if (before[c] == Verdict::Planned)
            EXPECT_TRUE(after[c] == Verdict::Supported || after[c] == Verdict::NotSupported)
                << qPrintable(claimName(AllClaims[c])) << ": " << qPrintable(verdictName(after[c]));
        else
            EXPECT_EQ(after[c], before[c]) << qPrintable(claimName(AllClaims[c]));
    }
    dialog.close();

    window.editor()->undoStack()->undo();
    EXPECT_TRUE(window.store()->stages().byKey(QStringLiteral("target"))->planned);
    EXPECT_EQ(verdictsOf(window, zhejiang), before);
    window.editor()->undoStack()->redo();
    EXPECT_EQ(verdictsOf(window, zhejiang), after);
}

TEST_F(StagesWindowTest, AnEndYearBeforeTheStartIsRefusedWithItsMessageAndNothingIsSaved)
{
    const Stage before = *window.store()->stages().byKey(QStringLiteral("advantage"));
    const int steps = window.editor()->undoStack()->count();
    StagesDialog dialog(window.editor(), &window);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    ASSERT_TRUE(dialog.selectStage(QStringLiteral("advantage")));
    auto *end = dialog.findChild<QSpinBox *>(QStringLiteral("end_year"));
    type(end, QStringLiteral("2010"));

    EXPECT_EQ(*window.store()->stages().byKey(QStringLiteral("advantage")), before);
    EXPECT_EQ(window.editor()->undoStack()->count(), steps);
    QStringList shown;
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->isVisible())
            shown << label->text();
    }
    EXPECT_TRUE(shown.contains(QStringLiteral("must be a year from the start year (2016) to 2100"))) << qPrintable(shown.join(QLatin1Char('\n')));
    EXPECT_EQ(end->value(), 2010) << "what was typed stays, to be corrected";
    EXPECT_TRUE(dialog.isVisible()) << "Enter saves the field and stays";

    // Corrected, the years are saved together as one edit.
    type(dialog.findChild<QSpinBox *>(QStringLiteral("start_year")), QStringLiteral("2009"));
    EXPECT_EQ(window.store()->stages().byKey(QStringLiteral("advantage"))->startYear, 2009);
    EXPECT_EQ(window.store()->stages().byKey(QStringLiteral("advantage"))->endYear, 2010);
    EXPECT_EQ(window.editor()->undoStack()->count(), steps + 1);
    EXPECT_EQ(dialog.table()->item(1, 3)->text(), QStringLiteral("2009–2010"));
}

TEST_F(StagesWindowTest, ANameIsSavedWhenTheFieldIsLeftAndTheKeyIsNotEditable)
{
    StagesDialog dialog(window.editor(), &window);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    ASSERT_TRUE(dialog.selectStage(QStringLiteral("initial")));
    type(dialog.findChild<QLineEdit *>(QStringLiteral("name_en")), QStringLiteral("Starting triangle"));
    EXPECT_EQ(window.store()->stages().byKey(QStringLiteral("initial"))->nameEn, QStringLiteral("Starting triangle"));
    EXPECT_EQ(dialog.table()->item(0, 2)->text(), QStringLiteral("Starting triangle"));
    for (QLineEdit *edit : dialog.findChildren<QLineEdit *>())
        EXPECT_NE(edit->text(), QStringLiteral("initial")) << "the key is shown, not edited";
    EXPECT_EQ(dialog.table()->editTriggers(), QAbstractItemView::NoEditTriggers);
}

// Each mnemonic leads to its field, and no two share a letter; Tab goes from
// the list down the form.
TEST_F(StagesWindowTest, MnemonicsAreUniqueAndLeadToTheirFieldsInTabOrder)
{
    StagesDialog dialog(window.editor(), &window);
    QStringList letters;
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        const QString text = label->text();
        const qsizetype amp = text.indexOf(QLatin1Char('&'));
        if (amp < 0 || amp + 1 >= text.size())
            continue;
        EXPECT_NE(label->buddy(), nullptr) << qPrintable(text);
        letters << text.at(amp + 1).toLower();
    }
    EXPECT_EQ(letters.size(), 6);
    EXPECT_EQ(letters.size(), QSet<QString>(letters.begin(), letters.end()).size()) << qPrintable(letters.join(QLatin1Char(' ')));
    QWidget *field = dialog.table();
    QStringList order;
    for (int i = 0; i < 5; ++i) {
        field = field->nextInFocusChain();
        // Past the line edit inside a spin box, which is part of it.
        while (field->focusPolicy() == Qt::NoFocus || field->objectName().isEmpty() || field->objectName().startsWith(QStringLiteral("qt_")))
            field = field->nextInFocusChain();
        order << field->objectName();
    }
    EXPECT_EQ(order, (QStringList{QStringLiteral("name_zh"), QStringLiteral("name_en"), QStringLiteral("start_year"),
                                  QStringLiteral("end_year"), QStringLiteral("status")}));
}

// A second window on the same file (or another program) sees the change
// within its next look for external changes, its Findings tab with it.
TEST_F(StagesWindowTest, ASecondWindowSeesTheStatusChangeInItsFindings)
{
    MainWindow second;
    ASSERT_TRUE(second.openDatabase(dir.filePath(QStringLiteral("stages.tsdb"))));
    ASSERT_EQ(verdictsOf(second, zhejiang).count(Verdict::Planned), 3);
    StagesDialog dialog(window.editor(), &window);
    ASSERT_TRUE(dialog.selectStage(QStringLiteral("target")));
    chooseStatus(dialog, false);
    ASSERT_TRUE(second.findChild<ExternalChangeWatcher *>()->poll());
    EXPECT_FALSE(second.store()->stages().byKey(QStringLiteral("target"))->planned);
    EXPECT_EQ(verdictsOf(second, zhejiang).count(Verdict::Planned), 0);

    // And the other way: the open dialog follows the second window's edit.
    Stage theirs = *second.store()->stages().byKey(QStringLiteral("target"));
    theirs.nameEn = QStringLiteral("Target (theirs)");
    ASSERT_TRUE(second.editor()->updateStage(theirs));
    ASSERT_TRUE(window.findChild<ExternalChangeWatcher *>()->poll());
    EXPECT_EQ(dialog.findChild<QLineEdit *>(QStringLiteral("name_en"))->text(), theirs.nameEn);
    EXPECT_EQ(dialog.table()->item(2, 2)->text(), theirs.nameEn);
}

// What the user is typing stays while another window's edit arrives, and is
// merged with it when finished.
TEST_F(StagesWindowTest, TypingInTheDialogSurvivesAnotherWindowsEditAndIsMergedWithIt)
{
    MainWindow second;
    ASSERT_TRUE(second.openDatabase(dir.filePath(QStringLiteral("stages.tsdb"))));
    StagesDialog dialog(window.editor(), &window);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    ASSERT_TRUE(dialog.selectStage(QStringLiteral("target")));
    auto *nameZh = dialog.findChild<QLineEdit *>(QStringLiteral("name_zh"));
    nameZh->setFocus();
    nameZh->selectAll();
    nameZh->insert(QStringLiteral("十五五目标")); // as typed (QTest types only ASCII)

    Stage theirs = *second.store()->stages().byKey(QStringLiteral("target"));
    theirs.nameEn = QStringLiteral("Target (theirs)");
    ASSERT_TRUE(second.editor()->updateStage(theirs));
    ASSERT_TRUE(window.findChild<ExternalChangeWatcher *>()->poll());
    EXPECT_EQ(nameZh->text(), QStringLiteral("十五五目标")) << "the typing stays";
    EXPECT_EQ(dialog.table()->item(2, 2)->text(), theirs.nameEn) << "the list shows their edit";

    QTest::keyClick(nameZh, Qt::Key_Return);
    const Stage stored = *window.store()->stages().byKey(QStringLiteral("target"));
    EXPECT_EQ(stored.nameZh, QStringLiteral("十五五目标"));
    EXPECT_EQ(stored.nameEn, theirs.nameEn) << "their edit is kept";
}
