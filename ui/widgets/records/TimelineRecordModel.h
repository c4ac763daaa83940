#pragma once

#include "model/Entities.h"

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

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();
    QString supportedScores(Id id) const;

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
    };

    Evidence::Kind m_kind;
    Store *m_store = nullptr;
    QList<Id> m_scope;
    QList<Row> m_rows;
    QList<Policy> m_policies;
    QList<Milestone> m_milestones;
    QHash<Id, QString> m_regionNames;
    QHash<Id, int> m_supports;
};

} // namespace triangle
