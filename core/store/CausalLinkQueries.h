#pragma once

#include "Result.h"
#include "analysis/CausalLinks.h"
#include "model/Entities.h"

namespace triangle {

class Store;

// A region's policies and milestones as the causal-link check reads them.
Result<QList<LinkedRecord>> linkedRecordsOf(const Store &store, Id regionId);

// A region's causal links, each checked against the dates, and their chains.
Result<CausalReading> causalReadingOf(const Store &store, Id regionId);

} // namespace triangle
