#pragma once

#include "Result.h"
#include "Store.h"
#include "model/Scorecard.h"

namespace triangle {

// Everything a delete takes with it: the record itself and all that the
// schema's cascades remove along with it, ids included. Taken before a
// delete, it is what undo restores; its counts are what the user is told
// before confirming.
struct RecordSnapshot
{
    QList<Region> regions; // parents before children
    QList<Stage> stages;
    QList<Assessment> assessments;
    QList<Policy> policies;
    QList<Milestone> milestones;
    QList<Evidence> evidence;
    QList<Rater> raters;
    QList<Indicator> indicators; // with their rubrics
    QList<IndicatorValue> indicatorValues;
    QList<IndicatorEvidence> indicatorEvidence;
    QList<RecordLink> recordLinks; // from or to the deleted records
    // Assessments the delete does not remove but whose derived scores it
    // moves (or turns to "set by hand"): restored as they were.
    QList<Assessment> derivedAssessments;
    // (group id, region id): the deleted regions' places in region groups.
    QList<std::pair<Id, Id>> groupMemberships;
    // The deleted regions' places in comparison sets.
    QList<ComparisonSetMembership> setMemberships;

    EntityCounts counts() const;
    bool isEmpty() const { return counts() == EntityCounts{}; }
};

Result<RecordSnapshot> snapshotRegion(const Store &store, Id regionId);
Result<RecordSnapshot> snapshotStage(const Store &store, Id stageId);
Result<RecordSnapshot> snapshotAssessment(const Store &store, Id assessmentId);
Result<RecordSnapshot> snapshotPolicy(const Store &store, Id policyId);
Result<RecordSnapshot> snapshotMilestone(const Store &store, Id milestoneId);
Result<RecordSnapshot> snapshotEvidence(const Store &store, Id evidenceId);
Result<RecordSnapshot> snapshotRater(const Store &store, Id raterId);
Result<RecordSnapshot> snapshotIndicator(const Store &store, Id indicatorId);
Result<RecordSnapshot> snapshotIndicatorValue(const Store &store, Id valueId);

// Puts every record of the snapshot back under its own id, in one transaction.
Status restoreSnapshot(Store &store, const RecordSnapshot &snapshot);

// "3 assessments, 4 policies and 12 evidence links" — what else a delete removes.
QString describeDependents(const EntityCounts &counts);

} // namespace triangle
