#include "TimelineRecordFilter.h"

#include "TimelineRecordModel.h"

namespace triangle {

TimelineRecordFilter::TimelineRecordFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(TimelineRecordModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void TimelineRecordFilter::setDimension(std::optional<Dimension> dimension)
{
    m_dimension = dimension;
    invalidateFilter();
}

void TimelineRecordFilter::setYearRange(int from, int to)
{
    m_from = from;
    m_to = to;
    invalidateFilter();
}

void TimelineRecordFilter::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool TimelineRecordFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_dimension
        && !DimensionSet::fromBits(index.data(TimelineRecordModel::DimensionBitsRole).toUInt()).contains(*m_dimension))
        return false;
    const int year = index.data(TimelineRecordModel::YearRole).toInt();
    if ((m_from > 0 && year < m_from) || (m_to > 0 && year > m_to))
        return false;
    return m_text.isEmpty()
        || index.data(TimelineRecordModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace triangle
