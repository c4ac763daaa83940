#pragma once

#include "Result.h"
#include "analysis/Findings.h"
#include "model/Entities.h"

namespace triangle {

class Store;

// One region's findings input from the store: its assessments at the stages
// keyed initial, advantage and target, and its own policies and milestones.
Result<FindingsInput> findingsInputFor(const Store &store, Id regionId);

// The regions that have at least one assessment, by code.
Result<QList<Id>> assessedRegions(const Store &store);

} // namespace triangle
