#pragma once

// Aggregate triangles read from the store: a region group's at a stage, and
// a parent region's roll-up from its direct children.

#include "Result.h"
#include "analysis/TriangleAggregate.h"
#include "model/Entities.h"
#include "model/RegionGroup.h"

#include <QList>

namespace triangle {

class Store;

// The triangle of the regions `regionIds` at `stageId`, over those assessed there.
Result<TriangleAggregate> aggregateAt(const Store &store, const QList<Id> &regionIds, Id stageId, GroupAggregate method);

// A group's triangle at a stage, aggregated as the database says (mean unless set).
Result<TriangleAggregate> groupTriangle(const Store &store, const RegionGroup &group, Id stageId);

// A parent region's triangle at a stage, computed from its assessed direct
// children, aggregated as a group's is. Empty when none is assessed.
Result<TriangleAggregate> rollUpTriangle(const Store &store, Id parentId, Id stageId);

} // namespace triangle
