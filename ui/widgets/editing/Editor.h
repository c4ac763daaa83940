#pragma once

#include "model/ComparisonSet.h"
#include "model/Entities.h"
#include "model/RecordLink.h"
#include "model/RegionGroup.h"
#include "model/Scorecard.h"
#include "StoreCommand.h"
#include "store/StoreError.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QUndoStack;

namespace triangle {

class Store;
struct PanelJudgment;
struct PanelSettings;

// The one way the UI changes data: each edit becomes a command on one
// QUndoStack and is written to the database at once. Forms, tables and
// diagrams call these; none of them writes to the Store directly.
// A refused edit (invalid, a duplicate code, a busy database) leaves the
// data as it was, is not put on the stack, and is reported through failed().
class Editor : public QObject
{
    Q_OBJECT

public:
    explicit Editor(QObject *parent = nullptr);
    ~Editor() override;

    void setStore(Store *store); // forgets the undo history of the previous one
    Store *store() const { return m_store; }
    // Why the last refused edit was refused.
    const StoreError &lastError() const { return m_lastError; }
    QUndoStack *undoStack() const { return m_undoStack; }
    // Asked when an edit and another program's change touch the same field;
    // returns true to keep the user's values. Without one, the edit is refused.
    using ConflictHandler = std::function<bool(const QString &question)>;
    void setConflictHandler(ConflictHandler handler) { m_resolveConflict = std::move(handler); }
    // Asked when an edit, undo or redo could not be written for a passing
    // reason (another program's lock, a full disk, an input/output error);
    // returns true to write it again. Without one, it is refused at once.
    using RetryHandler = StoreCommand::RetryHandler;
    void setRetryHandler(RetryHandler handler) { m_retry = std::move(handler); }

    // Runs `edits` (calls of this editor) as one undo step, written in one
    // transaction: all of them are stored, or none, and the step is on the
    // undo stack only if they were. Returns whether they were.
    bool asOneStep(const QString &text, const std::function<void()> &edits);

    // Each update's `base`, when given, is the record as the form or dialog
    // read it: fields another program changed since are kept where the user
    // changed nothing, and a field both changed goes to the conflict handler
    // (refused without one).
    bool updateRegion(const Region &region, const Region *base = nullptr);
    std::optional<Id> addRegion(const Region &region);
    bool removeRegion(Id regionId);

    bool updateAssessment(const Assessment &assessment, const Assessment *base = nullptr);
    bool setScore(Id assessmentId, Dimension dimension, double score);
    std::optional<Id> addAssessment(const Assessment &assessment);
    bool removeAssessment(Id assessmentId);

    bool updatePolicy(const Policy &policy, const Policy *base = nullptr);
    std::optional<Id> addPolicy(const Policy &policy);
    bool removePolicy(Id policyId);

    bool updateMilestone(const Milestone &milestone, const Milestone *base = nullptr);
    std::optional<Id> addMilestone(const Milestone &milestone);
    bool removeMilestone(Id milestoneId);

    std::optional<Id> linkEvidence(const Evidence &evidence);
    bool unlinkEvidence(const Evidence &evidence);

    // Whether a score is typed by hand or derived from its indicators.
    bool setScoreOrigin(Id assessmentId, Dimension dimension, ScoreOrigin origin);

    // A stage's names, years and status (observed or planned). Its key stays:
    // the findings read the initial, advantage and target stages by key, so
    // renaming one of those is refused.
    bool updateStage(const Stage &stage, const Stage *base = nullptr);

    // The scorecard.
    std::optional<Id> addIndicator(const Indicator &indicator);
    bool updateIndicator(const Indicator &indicator, const Indicator *base = nullptr);
    bool removeIndicator(Id indicatorId);
    // Swaps the order of two indicators of one dimension, as one step.
    bool swapIndicatorOrder(Id first, Id second);
    std::optional<Id> addRater(const Rater &rater);
    bool updateRater(const Rater &rater, const Rater *base = nullptr);
    bool removeRater(Id raterId);
    bool setRaterAggregate(RaterAggregate aggregate);
    // Adds the value or replaces the rater's earlier one for that indicator.
    std::optional<Id> setIndicatorValue(const IndicatorValue &value);
    bool removeIndicatorValue(Id valueId);
    std::optional<Id> linkIndicatorEvidence(const IndicatorEvidence &evidence);
    bool unlinkIndicatorEvidence(const IndicatorEvidence &evidence);

    // Region groups: a group is added, edited (names, note, source and
    // members at once) and deleted as one step each; undo of a delete brings
    // it back under its own id with its members.
    std::optional<Id> addGroup(const RegionGroup &group);
    bool updateGroup(const RegionGroup &group, const RegionGroup *base = nullptr);
    bool removeGroup(Id groupId);
    bool setGroupAggregate(GroupAggregate aggregate);

    // Comparison sets: saving a selection, renaming (name and key) and
    // deleting a set are one step each; undo of a delete brings it back under
    // its own id with its members in order.
    std::optional<Id> addComparisonSet(const ComparisonSet &set);
    bool updateComparisonSet(const ComparisonSet &set);
    bool removeComparisonSet(Id setId);

    // Causal links between a region's records ("A drove B"): added, edited
    // (merged with another program's edits as a record's fields are) and
    // removed as one step each; undo of a removal brings the link back under its id.
    std::optional<Id> addRecordLink(const RecordLink &link);
    bool updateRecordLink(const RecordLink &link, const RecordLink *base = nullptr);
    bool removeRecordLink(Id linkId);

    // The expert panel (issue 22). Its stop rule and AHP settings as one
    // step; one expert's comparison of one pair in one round, set (or, with
    // removeJudgment, cleared) as one step whose undo puts back what was
    // there, or nothing. An expert's field, years and packet language are
    // edited with the rater (updateRater).
    bool setPanelSettings(const PanelSettings &settings);
    bool setJudgment(const PanelJudgment &judgment);
    bool removeJudgment(const PanelJudgment &pair);

signals:
    void storeReplaced(triangle::Store *store);
    void failed(const triangle::StoreError &error);
    // After an edit, undo or redo was written to the database: "Saved: …".
    void saved(const QString &message);

private:
    // Writes `command` and pushes it; false (and failed() emitted) when it
    // could not be written, and then it is not on the stack.
    bool push(std::unique_ptr<StoreCommand> command);
    // Whether to write again after `failures` failed attempts.
    bool shouldRetry(const StoreError &error, int failures) const;
    // A later undo or redo of a command could not be written.
    void stepFailed(const StoreError &error, StoreCommand::Step step);
    void stackMoved(int index);
    void clearHistory();
    bool reportIfFailed(const StoreError *error);

    void fail(const StoreError &error);
    // Merges an edit made from `base` onto the `stored` record (see above);
    // false, with the edit reported as failed, when a clash is not settled
    // in the user's favour. `what` names the record ("this region").
    template<typename Record>
    bool mergeStaleEdit(const Record *base, const Record &stored, Record &edited, const QString &what);

    Store *m_store = nullptr;
    QUndoStack *m_undoStack;
    StoreError m_lastError;
    ConflictHandler m_resolveConflict;
    RetryHandler m_retry;
    int m_stepDepth = 0;                       // inside asOneStep()
    std::optional<StoreError> m_stepFailure;   // the first refusal inside it
    bool m_pushing = false;                    // the stack moves because this editor pushes
    bool m_moveFailed = false;                 // the stack's last move could not be written
    bool m_correctionPending = false;          // a move back to where the file is is scheduled
    bool m_correcting = false;                 // and under way
    int m_lastIndex = 0;
};

} // namespace triangle
