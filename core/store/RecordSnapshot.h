#pragma once

#include "Result.h"
#include "Store.h"

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

    EntityCounts counts() const;
    bool isEmpty() const { return counts() == EntityCounts{}; }
};

Result<RecordSnapshot> snapshotRegion(const Store &store, Id regionId);
Result<RecordSnapshot> snapshotStage(const Store &store, Id stageId);
Result<RecordSnapshot> snapshotAssessment(const Store &store, Id assessmentId);
Result<RecordSnapshot> snapshotPolicy(const Store &store, Id policyId);
Result<RecordSnapshot> snapshotMilestone(const Store &store, Id milestoneId);
Result<RecordSnapshot> snapshotEvidence(const Store &store, Id evidenceId);

// Puts every record of the snapshot back under its own id, in one transaction.
Status restoreSnapshot(Store &store, const RecordSnapshot &snapshot);

// "3 assessments, 4 policies and 12 evidence links" — what else a delete removes.
QString describeDependents(const EntityCounts &counts);

} // namespace triangle
