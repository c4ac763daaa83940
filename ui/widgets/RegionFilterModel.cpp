#include "RegionFilterModel.h"

#include "RegionTreeModel.h"

namespace triangle {

RegionFilterModel::RegionFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setFilterRole(RegionTreeModel::SearchTextRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setRecursiveFilteringEnabled(true);
}

void RegionFilterModel::setAssessedOnly(bool on)
{
    if (on == m_assessedOnly)
        return;
    m_assessedOnly = on;
    invalidateFilter();
}

bool RegionFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_assessedOnly) {
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        if (index.data(RegionTreeModel::AssessedRole).toInt() == 0)
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace triangle
