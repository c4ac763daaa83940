#include "RegionFilterModel.h"

#include "RegionTreeModel.h"

#include <QTreeView>

namespace triangle {

RegionFilterModel::RegionFilterModel(QObject *parent) : QSortFilterProxyModel(parent) {}

void RegionFilterModel::setSourceModel(QAbstractItemModel *source)
{
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    m_regions = qobject_cast<RegionTreeModel *>(source);
    markDirty();
    // Connected before the base class's own handlers, so that the kept set is
    // stale-marked before the proxy asks filterAcceptsRow() about new rows.
    if (source) {
        connect(source, &QAbstractItemModel::modelAboutToBeReset, this, &RegionFilterModel::markDirty);
        connect(source, &QAbstractItemModel::rowsInserted, this, &RegionFilterModel::markDirty);
        connect(source, &QAbstractItemModel::rowsRemoved, this, &RegionFilterModel::markDirty);
        connect(source, &QAbstractItemModel::layoutChanged, this, &RegionFilterModel::markDirty);
        // A region newly assessed can bring its ancestors back under "assessed
        // only", which the base class's per-row update would not see.
        connect(source, &QAbstractItemModel::dataChanged, this, [this] {
            markDirty();
            if (isFiltering())
                invalidateFilter();
        });
    }
    QSortFilterProxyModel::setSourceModel(source);
}

void RegionFilterModel::setFilterText(const QString &text)
{
    const QString lower = text.trimmed().toLower();
    if (lower == m_text)
        return;
    m_text = lower;
    markDirty();
    invalidateFilter();
}

void RegionFilterModel::setAssessedOnly(bool on)
{
    if (on == m_assessedOnly)
        return;
    m_assessedOnly = on;
    markDirty();
    invalidateFilter();
}

void RegionFilterModel::recompute() const
{
    m_dirty = false;
    const int count = m_regions ? m_regions->regionCount() : 0;
    m_kept.fill(false, count);
    m_holdsMatch.fill(false, count);
    const bool all = !isFiltering();
    for (int i = 0; i < count; ++i) {
        if (all) {
            m_kept[i] = true;
            continue;
        }
        if (m_assessedOnly && m_regions->assessedStages(i) == 0)
            continue;
        if (!m_text.isEmpty() && !m_regions->searchKey(i).contains(m_text))
            continue;
        m_kept[i] = true;
        // Its ancestors hold it; stop at one already marked, whose own are.
        for (int p = m_regions->parentPosition(i); p >= 0 && !m_holdsMatch[p]; p = m_regions->parentPosition(p)) {
            m_holdsMatch[p] = true;
            m_kept[p] = true;
        }
    }
}

bool RegionFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_regions)
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    if (m_dirty || m_kept.size() != m_regions->regionCount())
        recompute();
    const QModelIndex index = m_regions->index(sourceRow, 0, sourceParent);
    return index.isValid() && m_kept.at(int(index.internalId()));
}

bool RegionFilterModel::hasChildren(const QModelIndex &parent) const
{
    if (!m_regions || !parent.isValid() || !isFiltering())
        return QSortFilterProxyModel::hasChildren(parent);
    if (m_dirty || m_kept.size() != m_regions->regionCount())
        recompute();
    // A kept child is a match or holds one, so its parent holds a match.
    const QModelIndex source = mapToSource(parent);
    return source.isValid() && m_holdsMatch.at(int(source.internalId()));
}

void RegionFilterModel::revealMatches(QTreeView *view, int maxRows) const
{
    if (!m_regions)
        return;
    if (m_dirty || m_kept.size() != m_regions->regionCount())
        recompute();
    // collapseAll() defers the view's layout, so the expand() calls below
    // only record what is open and the view lays it out once.
    view->collapseAll();
    QList<QModelIndex> level;
    int shown = rowCount();
    for (int row = 0; row < rowCount(); ++row)
        level << index(row, 0);
    while (!level.isEmpty()) {
        QList<QModelIndex> open;
        int added = 0;
        for (const QModelIndex &at : std::as_const(level)) {
            if (m_holdsMatch.at(int(mapToSource(at).internalId()))) {
                open << at;
                added += rowCount(at);
            }
        }
        if (open.isEmpty() || shown + added > maxRows)
            break;
        shown += added;
        level.clear();
        for (const QModelIndex &at : std::as_const(open)) {
            view->expand(at);
            for (int row = 0; row < rowCount(at); ++row)
                level << index(row, 0, at);
        }
    }
}

} // namespace triangle
