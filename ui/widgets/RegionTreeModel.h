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
// Rebuilt from the store when its regions change; ~3,200 regions take a
// single query. Children are looked up by their parent's position, so that
// rowCount() and index() stay cheap however many rows the view asks for.
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

    // The flat list behind the tree, for the navigator's filter: region i,
    // the position of its parent (-1 for a root), its lower-cased search text
    // and how many stages it is assessed at. A source index's internalId() is i.
    int regionCount() const { return int(m_regions.size()); }
    int parentPosition(int i) const { return m_parentPosition.at(i); }
    const QString &searchKey(int i) const { return m_searchKeys.at(i); }
    int assessedStages(int i) const { return m_assessedStages.value(m_regions.at(i).id); }

private:
    void reload();
    // Re-reads which regions are assessed; only the rows that change are updated.
    void reloadAssessed();
    // Position of regions[i] among its siblings.
    int rowOf(int regionIndex) const { return m_rowInParent.at(regionIndex); }
    const QList<int> &childrenOf(const QModelIndex &parent) const
    {
        return parent.isValid() ? m_children.at(int(parent.internalId())) : m_roots;
    }

    Store *m_store = nullptr;
    QList<Region> m_regions;
    QHash<Id, int> m_indexById;           // region id → index in m_regions
    QList<int> m_roots;                   // indices in m_regions of the regions without a parent
    QList<QList<int>> m_children;         // region index → indices of its children in m_regions
    QList<int> m_parentPosition;          // region index → index of its parent, -1 for a root
    QList<int> m_rowInParent;
    QList<QString> m_searchKeys;          // code, Chinese and English names, lower-cased
    QHash<Id, int> m_assessedStages; // region id → stages assessed
};

} // namespace triangle
