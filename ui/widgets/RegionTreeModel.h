#pragma once

#include "model/Entities.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

namespace triangle {

class Store;

// The regions of a Store as a tree by level (national › province › city ›
// county). One column; the code and both names are searchable roles, and an
// assessed region shows in bold with how many stages it is assessed at.
// Rebuilt from the store when its regions change; ~2,900 regions take a
// single query.
class RegionTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        CodeRole,
        SearchTextRole, // code, Chinese and English names, for filtering
        AssessedRole,   // how many stages the region is assessed at
    };

    explicit RegionTreeModel(QObject *parent = nullptr);

    void setStore(Store *store);
    QModelIndex indexOfRegion(Id id) const;
    const Region *region(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void reload();
    // Re-reads which regions are assessed; only the rows that change are updated.
    void reloadAssessed();
    // Position of regions[i] among its siblings.
    int rowOf(int regionIndex) const { return m_rowInParent.at(regionIndex); }

    Store *m_store = nullptr;
    QList<Region> m_regions;
    QHash<Id, int> m_indexById;           // region id → index in m_regions
    QHash<Id, QList<int>> m_childrenById; // parent id (NoId for roots) → indices in m_regions
    QList<int> m_rowInParent;
    QHash<Id, int> m_assessedStages; // region id → stages assessed
};

} // namespace triangle
