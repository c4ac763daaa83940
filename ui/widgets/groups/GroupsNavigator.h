#pragma once

#include "model/Entities.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QListWidget;
class QPushButton;

namespace triangle {

class Editor;
class Store;

// The region groups beside the region tree: each group with its member
// count; add, edit and delete through the Editor (so each is undoable), and
// whether a group's triangle is the mean or the median of its members.
// Selecting a group asks for its triangle to be shown; selecting several,
// for their triangles to be compared (the window's CurrentSelection).
class GroupsNavigator : public QWidget
{
    Q_OBJECT

public:
    explicit GroupsNavigator(Editor *editor, QWidget *parent = nullptr);

    // The group Edit and Delete act on: the one selected, NoId unless exactly one is.
    Id currentGroup() const;
    QList<Id> selectedGroups() const; // in the list's order
    void selectGroup(Id groupId);     // as a click on it would
    void clearSelection();            // quietly: a region was chosen instead
    // Opens the group dialog for a new group / the current one.
    void addGroupDialog();
    void editGroupDialog();
    // Deletes the current group after asking (`confirm` answers instead of a dialog, for tests).
    bool deleteCurrentGroup(const std::function<bool(const QString &)> &confirm = {});

    QListWidget *list() const { return m_list; }
    QComboBox *aggregateBox() const { return m_aggregate; }

signals:
    // The user changed which groups are selected: one to show, two or more
    // (Ctrl- or Shift-click) to compare, none. Only a selection counts: the
    // list becoming current (focus moving into it) selects nothing.
    void selectionChanged(const QList<triangle::Id> &groupIds);
    void groupActivated(triangle::Id groupId); // double-clicked

private:
    void reload();
    void connectStore(Store *store);
    void updateButtons();

    Editor *m_editor;
    QListWidget *m_list;
    QComboBox *m_aggregate;
    QPushButton *m_edit;
    QPushButton *m_delete;
};

} // namespace triangle
