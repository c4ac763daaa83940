#include "CurrentSelection.h"

namespace triangle {

void CurrentSelection::selectRegion(Id regionId)
{
    set(regionId, {});
}

void CurrentSelection::selectGroups(const QList<Id> &groupIds)
{
    set(NoId, groupIds);
}

void CurrentSelection::clear()
{
    set(NoId, {});
}

void CurrentSelection::set(Id region, const QList<Id> &groups)
{
    if (region == m_region && groups == m_groups)
        return; // the same choice again changes nothing, and says nothing
    m_region = region;
    m_groups = groups;
    emit changed();
}

} // namespace triangle
