#pragma once

#include "model/Entities.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSpinBox;
class QTableView;

namespace triangle {

class Editor;
class TimelineRecordFilter;
class TimelineRecordModel;

// The policies (or milestones) table with its filter bar — scope, dimension,
// years, text — and Add, Edit and Delete.
class RecordsPanel : public QWidget
{
    Q_OBJECT

public:
    RecordsPanel(Evidence::Kind kind, Editor *editor, QWidget *parent = nullptr);

    void setRegion(Id regionId);
    Id regionId() const { return m_regionId; }
    QTableView *table() const { return m_table; }
    TimelineRecordModel *model() const { return m_model; }

    void addRecord();
    void editCurrent();
    void deleteSelected();
    // The current record's causal links: "this drove…" straight to the form,
    // or the list of its links to add, edit and remove.
    void addLinkFromCurrent();
    void showLinksOfCurrent();

private:
    void applyFilter();
    Id currentId() const;
    Id currentRegionId() const; // the region of the current record

    Evidence::Kind m_kind;
    Editor *m_editor;
    Id m_regionId = NoId;
    Id m_nationalId = NoId;
    TimelineRecordModel *m_model;
    TimelineRecordFilter *m_filter;
    QComboBox *m_scope;
    QComboBox *m_dimension;
    QSpinBox *m_from;
    QSpinBox *m_to;
    QLineEdit *m_text;
    QTableView *m_table;
};

} // namespace triangle
