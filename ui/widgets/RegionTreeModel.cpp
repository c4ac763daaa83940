#include "RegionTreeModel.h"

#include "model/DomainNames.h"
#include "store/Store.h"

#include <QFont>
#include <QSet>

#include <utility>

namespace triangle {

RegionTreeModel::RegionTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

void RegionTreeModel::setStore(Store *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store) {
        connect(m_store, &Store::regionsChanged, this, &RegionTreeModel::reload);
        connect(m_store, &Store::assessmentsChanged, this, &RegionTreeModel::reloadAssessed);
    }
    reload();
}

void RegionTreeModel::reloadAssessed()
{
    QHash<Id, int> counts;
    if (m_store) {
        if (auto found = m_store->assessments().countsByRegion())
            counts = *found;
    }
    const QHash<Id, int> before = std::exchange(m_assessedStages, counts);
    QSet<Id> changed;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (before.value(it.key()) != it.value())
            changed.insert(it.key());
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!counts.contains(it.key()))
            changed.insert(it.key());
    }
    for (Id id : std::as_const(changed)) {
        const QModelIndex at = indexOfRegion(id);
        if (at.isValid())
            emit dataChanged(at, at, {Qt::FontRole, Qt::ToolTipRole, AssessedRole});
    }
}

void RegionTreeModel::reload()
{
    beginResetModel();
    m_regions.clear();
    m_indexById.clear();
    m_roots.clear();
    m_children.clear();
    m_parentPosition.clear();
    m_rowInParent.clear();
    m_searchKeys.clear();
    if (m_store) {
        if (auto regions = m_store->regions().all())
            m_regions = std::move(*regions);
    }
    const int count = int(m_regions.size());
    m_children.resize(count);
    m_parentPosition.resize(count);
    m_rowInParent.resize(count);
    m_searchKeys.resize(count);
    m_indexById.reserve(count);
    for (int i = 0; i < count; ++i)
        m_indexById.insert(m_regions[i].id, i);
    for (int i = 0; i < count; ++i) {
        const Region &r = m_regions[i];
        // A parent missing from the list makes the region a root rather than lost.
        const int parent = m_indexById.value(r.parentId, -1);
        QList<int> &siblings = parent < 0 ? m_roots : m_children[parent];
        m_parentPosition[i] = parent;
        m_rowInParent[i] = int(siblings.size());
        siblings.append(i);
        m_searchKeys[i] = QStringLiteral("%1 %2 %3").arg(r.code, r.nameZh, r.nameEn).toLower();
    }
    m_assessedStages.clear();
    if (m_store) {
        if (auto found = m_store->assessments().countsByRegion())
            m_assessedStages = *found;
    }
    endResetModel();
}

QModelIndex RegionTreeModel::indexOfRegion(Id id) const
{
    const int i = m_indexById.value(id, -1);
    return i < 0 ? QModelIndex() : createIndex(rowOf(i), 0, quintptr(i));
}

const Region *RegionTreeModel::region(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return &m_regions.at(int(index.internalId()));
}

QModelIndex RegionTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0 || parent.column() > 0)
        return {};
    const QList<int> &children = childrenOf(parent);
    if (row >= children.size())
        return {};
    return createIndex(row, 0, quintptr(children.at(row)));
}

QModelIndex RegionTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parent = m_parentPosition.at(int(child.internalId()));
    return parent < 0 ? QModelIndex() : createIndex(rowOf(parent), 0, quintptr(parent));
}

int RegionTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(childrenOf(parent).size());
}

int RegionTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant RegionTreeModel::data(const QModelIndex &index, int role) const
{
    const Region *r = region(index);
    if (!r)
        return {};
    switch (role) {
    case Qt::DisplayRole: return QStringLiteral("%1  %2").arg(localizedName(r->nameZh, r->nameEn), r->code);
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("%1 · %2\n%3 (%4)").arg(r->nameZh, r->nameEn, levelName(r->level), r->code);
        if (const int stages = m_assessedStages.value(r->id))
            tip += QLatin1Char('\n') + tr("Assessed at %n stage(s)", nullptr, stages);
        return tip;
    }
    case Qt::FontRole:
        if (m_assessedStages.value(r->id) > 0) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case AssessedRole: return m_assessedStages.value(r->id);
    case IdRole: return r->id;
    case CodeRole: return r->code;
    case SearchTextRole: return QStringLiteral("%1 %2 %3").arg(r->code, r->nameZh, r->nameEn);
    default: return {};
    }
}

} // namespace triangle
