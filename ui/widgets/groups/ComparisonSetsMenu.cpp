#include "ComparisonSetsMenu.h"

#include "ComparisonSetDialog.h"

#include "widgets/CurrentSelection.h"
#include "widgets/editing/Editor.h"
#include "store/Store.h"

#include <QInputDialog>

namespace triangle {

ComparisonSetsMenu::ComparisonSetsMenu(Editor *editor, CurrentSelection *selection, QWidget *parent)
    : QMenu(tr("Co&mpare"), parent), m_editor(editor), m_selection(selection)
{
    m_save = addAction(tr("&Save Selection as Comparison Set…"), this, &ComparisonSetsMenu::askToSave);
    // Ctrl+Shift+S is Save a Copy As (QKeySequence::SaveAs); M for "make a set".
    m_save->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_save->setToolTip(tr("Choose two or more regions in the navigator with Ctrl+click or Shift+click first."));
    addSeparator();
    m_open = addMenu(tr("&Open Comparison Set"));
    m_edit = addMenu(tr("&Edit Comparison Set"));
    m_delete = addMenu(tr("&Delete Comparison Set"));
    // Filled when shown, so that they follow every edit, undo and other program's change.
    connect(this, &QMenu::aboutToShow, this, &ComparisonSetsMenu::fillSets);
    connect(m_selection, &CurrentSelection::changed, this, &ComparisonSetsMenu::updateSaveAction);
    updateSaveAction();
}

void ComparisonSetsMenu::updateSaveAction()
{
    m_save->setEnabled(m_selection->comparedRegions().size() >= 2);
}

void ComparisonSetsMenu::fillSets()
{
    m_open->clear();
    m_edit->clear();
    m_delete->clear();
    Store *store = m_editor->store();
    auto sets = store ? store->comparisonSets().all() : Result<QList<ComparisonSet>>(QList<ComparisonSet>{});
    if (!sets || sets->isEmpty()) {
        for (QMenu *menu : {m_open, m_edit, m_delete})
            menu->addAction(tr("No comparison sets saved yet"))->setEnabled(false);
        return;
    }
    for (const ComparisonSet &set : std::as_const(*sets)) {
        const Id id = set.id;
        m_open->addAction(tr("%1 (%n region(s))", nullptr, int(set.memberIds.size())).arg(set.name), this,
                          [this, id] { emit openRequested(id); });
        m_edit->addAction(tr("%1…").arg(set.name), this, [this, id] { askToEdit(id); });
        m_delete->addAction(set.name, this, [this, id] { m_editor->removeComparisonSet(id); });
    }
}

void ComparisonSetsMenu::askToSave()
{
    const int count = int(m_selection->comparedRegions().size());
    bool ok = false;
    const QString name = QInputDialog::getText(parentWidget(), tr("Save Comparison Set"),
                                               tr("A name for the %n region(s) chosen, in the order chosen:", nullptr, count),
                                               QLineEdit::Normal, QString(), &ok);
    if (ok)
        saveSelection(name);
}

std::optional<Id> ComparisonSetsMenu::saveSelection(const QString &name)
{
    if (m_selection->comparedRegions().size() < 2 || !m_editor->store())
        return std::nullopt;
    ComparisonSet set;
    set.name = name.trimmed();
    set.key = comparisonSetKeyFromName(set.name);
    set.memberIds = m_selection->comparedRegions();
    return m_editor->addComparisonSet(set); // a blank name or a taken key is refused and reported there
}

void ComparisonSetsMenu::askToEdit(Id setId)
{
    Store *store = m_editor->store();
    auto set = store ? store->comparisonSets().byId(setId) : Result<ComparisonSet>(StoreError{});
    if (!set)
        return;
    ComparisonSetDialog dialog(*set, parentWidget());
    if (dialog.exec() == QDialog::Accepted)
        editSet(setId, dialog.edited().name, dialog.edited().note);
}

bool ComparisonSetsMenu::editSet(Id setId, const QString &name, const QString &note)
{
    Store *store = m_editor->store();
    auto set = store ? store->comparisonSets().byId(setId) : Result<ComparisonSet>(StoreError{});
    if (!set)
        return false;
    ComparisonSet edited = *set;
    edited.name = name.trimmed();
    edited.note = note.trimmed();
    return m_editor->updateComparisonSet(edited);
}

} // namespace triangle
