#pragma once

// The report's aggregate triangles: a page's tables for each region group
// named in the report, and on a region's page its roll-up from its assessed
// sub-regions beside its own triangle.

#include "model/Entities.h"
#include "model/RegionGroup.h"
#include "store/Result.h"

#include <QList>
#include <QString>

namespace triangle {

class Store;

// The heading of a group's page: its names, key, source and note.
QString groupHeadingHtml(const RegionGroup &group);
// Beneath the group's diagram: its aggregate triangle at each stage (with how
// many members were assessed and their range) and its members' own scores.
Result<QString> groupTablesHtml(const Store &store, const RegionGroup &group, const QList<Stage> &stages);
// The region's roll-up from its assessed sub-regions at each stage, with its
// own scores beside; empty when no sub-region is assessed.
Result<QString> rollUpHtml(const Store &store, const Region &region, const QList<Stage> &stages);

} // namespace triangle
