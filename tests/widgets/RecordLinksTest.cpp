// Causal links edited in the window (issue 21 §6): adding, editing and
// removing a link are one undoable step each, an edit from a stale read keeps
// another program's change, deleting a record takes its links and undo brings
// them back; the link form works from the keyboard and refuses an empty quote
// at its field; a record's list of links follows every change.

#include "support/FieldMessages.h"
#include "support/SeededEditor.h"
#include "support/TestData.h"

#include "analysis/Findings.h"
#include "views/TractionView.h"
#include "widgets/diagrams/DiagramsPanel.h"
#include "widgets/findings/FindingsModel.h"
#include "widgets/findings/FindingsPanel.h"
#include "widgets/records/RecordLinkDialog.h"
#include "widgets/records/RecordLinksDialog.h"
#include "widgets/records/RecordsPanel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTest>
#include <QUndoStack>

using namespace triangle;
using namespace triangle::test;

namespace {
class RecordLinksTest : public SeededEditorTest
{
protected:
    RecordRef policy(const char *uid) const
    {
        return {Evidence::Kind::Policy, store->policies().byUid(QLatin1StringView(uid))->id};
    }
    RecordRef milestone(const char *uid) const
    {
        return {Evidence::Kind::Milestone, store->milestones().byUid(QLatin1StringView(uid))->id};
    }
    // Zhejiang's 2018 pilot plan → its 2019 official-vehicle network: not a shipped link.
    RecordLink newLink() const
    {
        RecordLink l;
        l.regionId = code("330000");
        l.from = policy("zj-2018-pilot-plan");
        l.to = milestone("zj-2019-official-vehicle-network");
        l.quote = QStringLiteral("由此");
        l.location = QStringLiteral("§四(二)1");
        return l;
    }
    int links() const { return int(store->recordLinks().all()->size()); }
};
} // namespace

TEST_F(RecordLinksTest, AddEditAndRemoveAreOneUndoableStepEach)
{
    const int shipped = links();
    ASSERT_EQ(shipped, 7) << "the links the article states";
    const int steps = editor.undoStack()->count();
    const auto id = editor.addRecordLink(newLink());
    ASSERT_TRUE(id) << qPrintable(errors.join(QLatin1Char('\n')));
    EXPECT_EQ(links(), shipped + 1);
    EXPECT_EQ(editor.undoStack()->undoText(), QStringLiteral("Add a causal link"));

    RecordLink edited = *store->recordLinks().byId(*id);
    edited.location = QStringLiteral("§四(二)1, p. 12");
    ASSERT_TRUE(editor.updateRecordLink(edited));
    EXPECT_EQ(store->recordLinks().byId(*id)->location, edited.location);
    ASSERT_TRUE(editor.removeRecordLink(*id));
    EXPECT_EQ(links(), shipped);
    EXPECT_EQ(editor.undoStack()->count(), steps + 3);

    editor.undoStack()->undo(); // the removal: back under its id, edited
    EXPECT_EQ(store->recordLinks().byId(*id)->location, edited.location);
    editor.undoStack()->undo(); // the edit
    EXPECT_EQ(store->recordLinks().byId(*id)->location, QStringLiteral("§四(二)1"));
    editor.undoStack()->undo(); // the add
    EXPECT_EQ(links(), shipped);
    editor.undoStack()->redo();
    EXPECT_EQ(links(), shipped + 1);
    EXPECT_TRUE(errors.isEmpty()) << qPrintable(errors.join(QLatin1Char('\n')));

    // A self-link is refused and not on the stack.
    RecordLink self = newLink();
    self.to = self.from;
    const int before = editor.undoStack()->count();
    EXPECT_FALSE(editor.addRecordLink(self));
    EXPECT_EQ(editor.undoStack()->count(), before);
}

TEST_F(RecordLinksTest, AnEditFromAStaleReadKeepsTheOthersChangeAndRefusesAClash)
{
    const RecordLink base = *store->recordLinks().byId(*editor.addRecordLink(newLink()));
    RecordLink theirs = base;
    theirs.note = QStringLiteral("their note");
    ASSERT_OK(store->recordLinks().update(theirs)); // as another program would

    RecordLink mine = base;
    mine.quote = QStringLiteral("由此,在使命愿景的驱动下");
    ASSERT_TRUE(editor.updateRecordLink(mine, &base)) << qPrintable(editor.lastError().message);
    EXPECT_EQ(store->recordLinks().byId(base.id)->quote, mine.quote);
    EXPECT_EQ(store->recordLinks().byId(base.id)->note, theirs.note);

    const RecordLink base2 = *store->recordLinks().byId(base.id);
    RecordLink theirs2 = base2;
    theirs2.location = QStringLiteral("theirs");
    ASSERT_OK(store->recordLinks().update(theirs2));
    RecordLink clash = base2;
    clash.location = QStringLiteral("mine");
    EXPECT_FALSE(editor.updateRecordLink(clash, &base2));
    EXPECT_EQ(editor.lastError().kind, StoreError::Kind::ChangedElsewhere);
    EXPECT_TRUE(editor.lastError().message.contains(QStringLiteral("location"))) << qPrintable(editor.lastError().message);
    EXPECT_EQ(store->recordLinks().byId(base.id)->location, QStringLiteral("theirs"));
}

TEST_F(RecordLinksTest, DeletingARecordTakesItsLinksAndUndoBringsThemBack)
{
    const RecordRef plan = policy("zj-2018-pilot-plan");
    const QList<RecordLink> before = *store->recordLinks().touching(plan);
    ASSERT_EQ(before.size(), 3); // from the 2016 reform; to the 2023 pilot and regulation
    ASSERT_TRUE(editor.removePolicy(plan.id));
    EXPECT_TRUE(store->recordLinks().touching(plan)->isEmpty());
    editor.undoStack()->undo();
    EXPECT_EQ(*store->recordLinks().touching(plan), before);
}

TEST_F(RecordLinksTest, TheLinkFormIsFilledFromTheKeyboardAndRefusesAnEmptyQuote)
{
    RecordLink link;
    link.regionId = code("330000");
    link.from = policy("zj-2018-pilot-plan");
    RecordLinkDialog dialog(&editor, link);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto *to = qobject_cast<QComboBox *>(dialog.field(QStringLiteral("to")));
    ASSERT_NE(to, nullptr);
    EXPECT_EQ(to->currentIndex(), -1) << "nothing chosen for the analyst";
    EXPECT_EQ(to->findText(QStringLiteral("2018 · Pilot Scheme"), Qt::MatchStartsWith), -1) << "not the record itself";

    // OK with nothing chosen and no quote: both said at their fields, nothing stored.
    const int shipped = links();
    QTest::keyClick(&dialog, Qt::Key_Return);
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(visibleMessages(&dialog).size(), 2) << qPrintable(visibleMessages(&dialog).join(QLatin1Char('\n')));
    EXPECT_EQ(links(), shipped);

    // The other record chosen by typing in the box, the quote typed, Tab to the location.
    to->setFocus();
    const int network = to->findText(QStringLiteral("2019 · "), Qt::MatchStartsWith);
    ASSERT_GE(network, 0);
    while (to->currentIndex() != network)
        QTest::keyClick(to, Qt::Key_Down);
    QTest::keyClick(to, Qt::Key_Tab);
    QWidget *quote = QApplication::focusWidget();
    ASSERT_EQ(quote, dialog.field(QStringLiteral("quote")));
    QTest::keyClicks(quote, QStringLiteral("As written"));
    QTest::keyClick(quote, Qt::Key_Tab); // Tab leaves the quote
    ASSERT_EQ(QApplication::focusWidget(), dialog.field(QStringLiteral("location")));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("p. 7"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    ASSERT_EQ(links(), shipped + 1);
    const RecordLink stored = *store->recordLinks().byId(dialog.savedId());
    EXPECT_EQ(stored.to, milestone("zj-2019-official-vehicle-network"));
    EXPECT_EQ(stored.quote, QStringLiteral("As written"));
    EXPECT_EQ(stored.location, QStringLiteral("p. 7"));
    EXPECT_EQ(editor.undoStack()->undoText(), QStringLiteral("Add a causal link"));
}

TEST_F(RecordLinksTest, ARecordsListOfLinksFollowsEveryChange)
{
    RecordLinksDialog dialog(&editor, code("330000"), policy("zj-2018-pilot-plan"));
    QTableWidget *table = dialog.table();
    ASSERT_EQ(table->rowCount(), 3);
    EXPECT_TRUE(table->item(0, 3)->text().startsWith(QStringLiteral("after"))) << qPrintable(table->item(0, 3)->text());
    table->setCurrentCell(1, 0);
    dialog.removeCurrent();
    EXPECT_EQ(table->rowCount(), 2);
    editor.undoStack()->undo();
    EXPECT_EQ(table->rowCount(), 3);
    // Another program's link, announced as the window's watcher would.
    RecordLink theirs = newLink();
    ASSERT_OK(store->recordLinks().add(theirs));
    EXPECT_EQ(table->rowCount(), 4);
}

TEST_F(RecordLinksTest, TheRecordsTableOffersLinksInItsMenuAndByKey)
{
    RecordsPanel panel(Evidence::Kind::Policy, &editor);
    editor.setStore(store.get()); // announces the store to the panel
    QAction *add = nullptr;
    for (QAction *action : panel.table()->actions()) {
        if (action->objectName() == QStringLiteral("add_link"))
            add = action;
    }
    ASSERT_NE(add, nullptr);
    EXPECT_EQ(add->text(), QStringLiteral("Add Link: This Drove…"));
    EXPECT_EQ(add->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
    EXPECT_EQ(add->shortcutContext(), Qt::WidgetWithChildrenShortcut);
}

// The Findings tab's details of the traction-from-evidence verdict list the
// region's links with their checks, and follow a change to them at once.
TEST_F(RecordLinksTest, TheTractionEvidenceDetailsListTheLinksAndTheirChecks)
{
    FindingsPanel panel(&editor);
    editor.setStore(store.get()); // announces the store to the panel
    QApplication::processEvents();
    FindingsModel *model = panel.model();
    const int row = model->rowOfRegion(code("330000"));
    ASSERT_GE(row, 0);
    panel.table()->setCurrentIndex(model->index(row, 1 + int(Claim::TractionFromEvidence)));
    QString details = panel.details()->toPlainText();
    EXPECT_TRUE(details.contains(QStringLiteral("3 after, 0 cannot tell, 0 contradict the dates"))) << qPrintable(details);
    EXPECT_TRUE(details.contains(QStringLiteral("由此,在使命愿景的驱动下"))) << qPrintable(details);
    EXPECT_TRUE(details.contains(QStringLiteral("§四(二)1")));

    // 2023-11 regulation "drove" the 2019 network: a link the dates contradict.
    RecordLink backwards = newLink();
    backwards.from = policy("zj-2023-regulation");
    ASSERT_TRUE(editor.addRecordLink(backwards));
    details = panel.details()->toPlainText();
    EXPECT_TRUE(details.contains(QStringLiteral("3 after, 0 cannot tell, 1 contradict the dates"))) << qPrintable(details);
    EXPECT_TRUE(details.contains(QStringLiteral("before: the link contradicts the dates"))) << qPrintable(details);
}

// The traction chart lists the chain, and follows a link added in the window at once.
TEST_F(RecordLinksTest, TheTractionChartFollowsALinkAddedInTheWindow)
{
    DiagramsPanel panel(&editor);
    editor.setStore(store.get()); // announces the store to the panel
    panel.setRegion(code("330000"));
    panel.showPage(DiagramsPanel::TractionPage);
    QApplication::processEvents();
    ASSERT_EQ(panel.tractionView()->figure().causalLinks.size(), 3);
    ASSERT_TRUE(editor.addRecordLink(newLink()));
    QApplication::processEvents();
    EXPECT_EQ(panel.tractionView()->figure().causalLinks.size(), 4);
    editor.undoStack()->undo();
    QApplication::processEvents();
    EXPECT_EQ(panel.tractionView()->figure().causalLinks.size(), 3);
}
