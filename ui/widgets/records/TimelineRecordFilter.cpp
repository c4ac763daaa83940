#include "TimelineRecordFilter.h"

#include "TimelineRecordModel.h"

namespace triangle {

TimelineRecordFilter::TimelineRecordFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(TimelineRecordModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

// Each setter filters again only when its criterion changed: the panel sets
// all of them on every change of any, and each pass visits every row. It
// rebuilds the mapping (invalidate) rather than letting invalidateFilter()
// remove and insert the rows that changed range by range, which at 100,000
// rows costs several times as much.
void TimelineRecordFilter::setDimension(std::optional<Dimension> dimension)
{
    if (dimension == m_dimension)
        return;
    m_dimension = dimension;
    invalidate();
}

void TimelineRecordFilter::setYearRange(int from, int to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    invalidate();
}

void TimelineRecordFilter::setText(const QString &text)
{
    const QString folded = text.trimmed().toCaseFolded();
    if (folded == m_text)
        return;
    m_text = folded;
    invalidate();
}

const TimelineRecordModel *TimelineRecordFilter::records() const
{
    return qobject_cast<const TimelineRecordModel *>(sourceModel());
}

bool TimelineRecordFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const TimelineRecordModel *model = records();
    if (!model || sourceParent.isValid())
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    if (m_dimension && !model->dimensionsAt(sourceRow).contains(*m_dimension))
        return false;
    const int year = model->yearAt(sourceRow);
    if ((m_from > 0 && year < m_from) || (m_to > 0 && year > m_to))
        return false;
    return m_text.isEmpty() || model->rowContains(sourceRow, m_text);
}

bool TimelineRecordFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (const TimelineRecordModel *model = records(); model && left.column() == right.column())
        return model->rowLessThan(left.column(), left.row(), right.row());
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace triangle
