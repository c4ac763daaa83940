#pragma once

#include "model/Entities.h"
#include "store/Result.h"

#include <QAbstractTableModel>
#include <QHash>

namespace triangle {

class Store;

// Policies or milestones (one kind per model) as a table: date, region,
// title, the dimensions they bear on, a kind-specific detail, and how many
// scores they support as evidence. Reloads when the store says they changed.
class TimelineRecordModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, RegionColumn, TitleColumn, DimensionsColumn, DetailColumn, SupportsColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        RegionIdRole,
        YearRole,
        DimensionBitsRole,
        SearchTextRole,
        SortRole,
    };

    TimelineRecordModel(Evidence::Kind kind, QObject *parent = nullptr);

    Evidence::Kind kind() const { return m_kind; }
    void setStore(Store *store);
    // Loads only these regions' records (all when empty): at county scale
    // loading every milestone takes tens of milliseconds.
    void setRegions(const QList<Id> &regionIds);
    int rowOfId(Id id) const;

    const Policy *policyAt(int row) const;
    const Milestone *milestoneAt(int row) const;

    // What the filter and the sort read for each row, without going through
    // QVariant: with 100,000 milestones in scope a keystroke in the search
    // field runs the filter over every row.
    int yearAt(int row) const { return m_rows.at(row).date.year(); }
    DimensionSet dimensionsAt(int row) const { return m_rows.at(row).dimensions; }
    // `foldedText` is already case-folded (QString::toCaseFolded).
    bool rowContains(int row, const QString &foldedText) const { return m_rows.at(row).searchText.contains(foldedText); }
    // The order of two rows by a column's sort key, as SortRole gives it.
    bool rowLessThan(int column, int left, int right) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row;

    void reload();
    // After this program's own write of some records: only their rows.
    void refreshChanged();
    template<typename Record>
    void refreshRecord(Id id, const Result<Record> &read, QList<Record> &records);
    static Row rowOf(const Policy &policy);
    static Row rowOf(const Milestone &milestone);
    static Row withSearchText(Row row);
    void indexRows();
    // Evidence changes only the Supports column: recounted without a reload.
    void reloadSupports();
    QString supportedScores(Id id) const;
    QString displayText(int row, int column) const;
    // Each row's place in the order of a text column, worked out the first
    // time the table is sorted by it: sorting then compares two numbers.
    const QList<int> &textRanks(int column) const;

    // What both kinds share, for display, filtering and sorting.
    struct Row
    {
        Id id = NoId;
        Id regionId = NoId;
        PartialDate date;
        QString title;
        QString titleOther; // the title in the other language
        DimensionSet dimensions;
        QString detail;
        QString searchText; // both titles and the detail, case-folded
    };

    Evidence::Kind m_kind;
    Store *m_store = nullptr;
    QList<Id> m_scope;
    QList<Row> m_rows;
    QList<Policy> m_policies;
    QList<Milestone> m_milestones;
    QHash<Id, QString> m_regionNames;
    QHash<Id, int> m_supports;
    QHash<Id, int> m_rowById;
    mutable QHash<int, QList<int>> m_textRanks; // column → rank of each row
};

} // namespace triangle
