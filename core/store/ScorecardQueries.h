#pragma once

// The scorecard's analyses fed from the store: the same inputs for the
// workspace, the report and the command line.

#include "Result.h"
#include "analysis/AgreementByStage.h"
#include "analysis/WeightSensitivity.h"

#include <QList>

#include <optional>

namespace triangle {

class Store;

// The weight-sensitivity input for `regionIds` at `stageId`, with the
// indicator weights as stored. A dimension derived from indicators varies
// with the weights (each indicator's score combined over raters by the
// database's rater aggregate); a dimension set by hand keeps its score.
// Regions without an assessment at that stage are left out.
Result<SensitivityInput> sensitivityInputFor(const Store &store, const QList<Id> &regionIds, Id stageId);

// Krippendorff's alpha (interval) of the raters' indicator scores over
// `regionIds` at every stage (`stageId` narrows to one), with its bootstrap
// interval and verdict: over all indicators, and per dimension over that
// dimension's indicators, from one read. Without `stageId` the stages are
// pooled, which raterAgreementByStageFor keeps apart.
Result<ScopedAgreement> raterAgreementFor(const Store &store, const QList<Id> &regionIds, std::optional<Id> stageId = std::nullopt);

// The same for each stage, in stage order, and pooled over the stages.
struct StageAgreements
{
    QList<Stage> stages;
    AgreementByStage agreement; // perStage[i] is stages[i]'s
};
Result<StageAgreements> raterAgreementByStageFor(const Store &store, const QList<Id> &regionIds);

// Regions that have at least one indicator value (at `stageId`, when given), by code.
Result<QList<Id>> regionsWithIndicatorValues(const Store &store, std::optional<Id> stageId = std::nullopt);

} // namespace triangle
