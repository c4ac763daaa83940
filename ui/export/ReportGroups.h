#pragma once

// The report's aggregate triangles: a page's tables for each region group
// named in the report, and on a region's page its roll-up from its assessed
// sub-regions beside its own triangle.

#include "ReportData.h"
#include "model/Entities.h"
#include "model/RegionGroup.h"

#include <QList>
#include <QString>

namespace triangle {

// The heading of a group's page: its names, key, source and note.
QString groupHeadingHtml(const RegionGroup &group);
// Beneath the group's diagram: its aggregate triangle at each stage (with how
// many members were assessed and their range) and its members' own scores.
QString groupTablesHtml(const ReportGroup &group, const QList<Stage> &stages);
// The region's roll-up from its assessed sub-regions at each stage, with its
// own scores beside; empty when no sub-region is assessed.
QString rollUpHtml(const ReportRegion &region);

} // namespace triangle
