#pragma once

#include "Palette.h"
#include "model/Entities.h"
#include "store/Result.h"
#include "store/Store.h"

#include <QHash>

namespace triangle {

// The one place that decides which palette colour (an index into
// seriesColor()) a region and a region group's aggregate are drawn in, so
// that a region keeps its colour on screen, in every exported file, the
// report, the command line and the web page, whatever else is overlaid and
// in whatever order the regions were asked for.
//
// A region's colour is its rank among the database's assessed regions by
// code, around the palette: neighbouring codes (a few provinces compared)
// never share a colour until more than SeriesColorCount are assessed, which
// a hash of the code could not promise. It is stable across the outputs of
// one database, and changes only when a region with a smaller code gains or
// loses its first assessment.
//
// A group's colour counts down from the palette's end, the groups in the
// order they were added (the regions take it from the start): never one of
// its assessed members' colours, over which its triangle is drawn, and, while
// the palette lasts, none an earlier group has nor any assessed region. A
// region outside the group, then another group, may share it once the
// regions and groups outnumber the palette's colours.
class SeriesColours
{
public:
    static Result<SeriesColours> of(const Store &store);

    int region(Id regionId) const { return m_regions.value(regionId, 0); }
    int group(Id groupId) const { return m_groups.value(groupId, SeriesColorCount - 1); }

private:
    QHash<Id, int> m_regions;
    QHash<Id, int> m_groups;
};

} // namespace triangle
