#include "CurrentSelection.h"

namespace triangle {

void CurrentSelection::selectRegion(Id regionId)
{
    set(regionId, {});
}

void CurrentSelection::selectRegions(const QList<Id> &regionIds, Id current)
{
    if (regionIds.size() < 2) {
        set(current != NoId ? current : regionIds.value(0, NoId), {});
        return;
    }
    set(regionIds.contains(current) ? current : regionIds.last(), {}, regionIds);
}

void CurrentSelection::selectGroups(const QList<Id> &groupIds)
{
    set(NoId, groupIds);
}

void CurrentSelection::clear()
{
    set(NoId, {});
}

void CurrentSelection::set(Id region, const QList<Id> &groups, const QList<Id> &compared)
{
    if (region == m_region && groups == m_groups && compared == m_compared)
        return; // the same choice again changes nothing, and says nothing
    m_region = region;
    m_groups = groups;
    m_compared = compared;
    emit changed();
}

} // namespace triangle
