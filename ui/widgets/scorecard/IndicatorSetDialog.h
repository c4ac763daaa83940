#pragma once

#include "model/Entities.h"

#include <QDialog>

class QPushButton;
class QTreeWidget;

namespace triangle {

class Editor;

// The indicator set: every indicator by dimension with its weight, the
// weight normalised within its dimension, and its rubric's size. Add, edit,
// delete and reorder go through the Editor, so each is undoable and saved at
// once; the list follows the store.
class IndicatorSetDialog : public QDialog
{
    Q_OBJECT

public:
    explicit IndicatorSetDialog(Editor *editor, QWidget *parent = nullptr);
    QTreeWidget *tree() const { return m_tree; }

    void addIndicator();
    void editCurrent();
    void deleteCurrent();
    void moveCurrent(int step);

private:
    void reload();
    Id currentIndicator() const;

    Editor *m_editor;
    QTreeWidget *m_tree;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_up;
    QPushButton *m_down;
};

} // namespace triangle
