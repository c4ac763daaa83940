#pragma once

// How much of each assessment rests on linked evidence (model/EvidenceCoverage),
// fed from the store: for the summary, the report and the Assessments form.

#include "Result.h"
#include "model/Entities.h"
#include "model/EvidenceCoverage.h"

#include <QHash>

namespace triangle {

class Store;

// Every assessment's coverage, by assessment id, from one read of each table.
Result<QHash<Id, EvidenceCoverage>> evidenceCoverage(const Store &store);
// One assessment's: its evidence links and the indicator values of its region and stage.
Result<EvidenceCoverage> evidenceCoverageOf(const Store &store, const Assessment &assessment);

} // namespace triangle
