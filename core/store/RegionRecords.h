#pragma once

#include "Result.h"
#include "model/Entities.h"

#include <QList>

namespace triangle {

class Store;

// A region's own policies and milestones, each by date.
struct RegionRecords
{
    QList<Policy> policies;
    QList<Milestone> milestones;
};

Result<RegionRecords> regionRecords(const Store &store, Id regionId);

} // namespace triangle
