#pragma once

#include "model/Entities.h"

#include <QMenu>

#include <optional>

namespace triangle {

class CurrentSelection;
class Editor;

// The Compare menu: save the regions chosen together in the navigator as a
// named comparison set, and open, edit (name and note) or delete a saved one. Every change
// goes through the Editor, so each is one undoable step; opening a set is
// left to the window, which owns the navigator (openRequested).
class ComparisonSetsMenu : public QMenu
{
    Q_OBJECT

public:
    ComparisonSetsMenu(Editor *editor, CurrentSelection *selection, QWidget *parent = nullptr);

    QAction *saveAction() const { return m_save; }
    // Saves the chosen regions, in the order chosen, as a set named `name`
    // (its key made from the name); the set's id, or nullopt when refused
    // (fewer than two regions, a blank name, a key already taken).
    std::optional<Id> saveSelection(const QString &name);
    // A new name and note; the key the set was saved with stays.
    bool editSet(Id setId, const QString &name, const QString &note);

signals:
    void openRequested(triangle::Id setId);

private:
    void askToSave();
    void askToEdit(Id setId);
    void fillSets();
    void updateSaveAction();

    Editor *m_editor;
    CurrentSelection *m_selection;
    QAction *m_save;
    QMenu *m_open;
    QMenu *m_edit;
    QMenu *m_delete;
};

} // namespace triangle
