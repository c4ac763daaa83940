#pragma once

#include "Result.h"
#include "analysis/Findings.h"
#include "analysis/FindingsUncertainty.h"
#include "model/Entities.h"

namespace triangle {

class Store;

// One region's findings input from the store: its assessments at the stages
// keyed initial, advantage and target, and its own policies and milestones.
Result<FindingsInput> findingsInputFor(const Store &store, Id regionId);

// The same region's findings input with what its scores are derived from:
// the indicators, the raters' aggregate, and each stage's values.
Result<FindingsUncertaintyInput> findingsUncertaintyInputFor(const Store &store, Id regionId);
// The same for many regions, reading the scorecard once (in `regionIds` order).
Result<QList<FindingsUncertaintyInput>> findingsUncertaintyInputsFor(const Store &store, const QList<Id> &regionIds);

// The regions that have at least one assessment, by code.
Result<QList<Id>> assessedRegions(const Store &store);

} // namespace triangle
