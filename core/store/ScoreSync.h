#pragma once

// Keeps every derived score equal to what its indicators give: called inside
// the write transaction of any change that can move a derived score (an
// indicator value, an indicator's weight, the rater aggregate, a score's
// origin), so a derived score is never stale on disk.

#include "Result.h"
#include "analysis/ScoreDerivation.h"

#include <optional>

namespace triangle {

class Store;

// Re-derives the assessments of `regionId` (every region when nullopt) at
// `stageId` (every stage when nullopt). A derived dimension with no indicator
// values left falls back to "set by hand", keeping its last score.
Status resyncDerivedScores(Store &store, std::optional<Id> regionId = std::nullopt,
                           std::optional<Id> stageId = std::nullopt);

// The derivation of one region at one stage, from what is stored now.
Result<ScoreDerivation> derivationFor(const Store &store, Id regionId, Id stageId);

} // namespace triangle
