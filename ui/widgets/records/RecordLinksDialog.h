#pragma once

#include "model/RecordLink.h"

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace triangle {

class Editor;

// The causal links from and to one record, each with its quote, location
// and check against the dates; Add ("this drove…"), Edit and Remove, each
// one undoable edit. Follows every change to the links, this program's or
// another's.
class RecordLinksDialog : public QDialog
{
    Q_OBJECT

public:
    RecordLinksDialog(Editor *editor, Id regionId, RecordRef record, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    void addLink();
    void editCurrent();
    void removeCurrent();

private:
    void reload();
    RecordLink currentLink() const;

    Editor *m_editor;
    Id m_regionId;
    RecordRef m_record;
    QList<RecordLink> m_links; // in the table's rows
    QTableWidget *m_table;
    QPushButton *m_edit;
    QPushButton *m_remove;
};

} // namespace triangle
