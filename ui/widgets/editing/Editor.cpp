#include "Editor.h"

#include "EditMerge.h"
#include "StoreCommand.h"
#include "model/DomainNames.h"
#include "store/RecordSnapshot.h"
#include "store/Store.h"

#include <QScopedValueRollback>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <cmath>
#include <utility>
#include <functional>
#include <memory>

namespace triangle {

namespace {
QString regionName(const Region &r) { return localizedName(r.nameZh, r.nameEn); }
QString titleOf(const Policy &p) { return localizedName(p.titleZh, p.titleEn); }
QString titleOf(const Milestone &m) { return localizedName(m.titleZh, m.titleEn); }
QString nameOf(const Indicator &i) { return localizedName(i.nameZh, i.nameEn); }

// The stages the findings read by key (core/analysis/Findings).
bool isReadByFindings(const QString &stageKey)
{
    return stageKey == QStringLiteral("initial") || stageKey == QStringLiteral("advantage") || stageKey == QStringLiteral("target");
}

// A typed score is the analyst's own: it stops following the indicators.
void markTypedScoresAsHand(const Assessment &before, Assessment &after)
{
    for (Dimension d : AllDimensions) {
        if (after.scores[d] != before.scores[d])
            after.origin[d] = ScoreOrigin::Hand;
    }
}

// The repository write a command replays: on(&Store::regions, &RegionRepository::update).
template<typename Repository, typename Method>
auto on(Repository &(Store::*repository)(), Method method)
{
    return [repository, method](Store &s, const auto &argument) { return std::invoke(method, (s.*repository)(), argument); };
}
} // namespace

Editor::Editor(QObject *parent) : QObject(parent), m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::indexChanged, this, &Editor::stackMoved);
}

Editor::~Editor() = default;

void Editor::setStore(Store *store)
{
    clearHistory();
    m_store = store;
    emit storeReplaced(store);
}

void Editor::fail(const StoreError &error)
{
    m_lastError = error;
    if (m_stepDepth > 0 && !m_stepFailure)
        m_stepFailure = error;
    emit failed(error);
}

template<typename Record>
bool Editor::mergeStaleEdit(const Record *base, const Record &stored, Record &edited, const QString &what)
{
    if (!base || *base == stored)
        return true;
    // Another program changed the record after the form read it.
    QStringList clashes;
    edited = EditMerge::merge(*base, edited, stored, clashes);
    if (clashes.isEmpty())
        return true;
    const QString fields = clashes.join(QStringLiteral(", "));
    const QString question = tr("Another program changed %1 of %2 since you began editing it. "
                                "Keep your values, or keep the ones it wrote?")
                                 .arg(fields, what);
    if (m_resolveConflict && m_resolveConflict(question))
        return true; // the user keeps theirs over every clash; the merge already gave them
    fail(StoreError{StoreError::Kind::ChangedElsewhere,
                    tr("Your edit was not saved: another program changed %1 of %2 meanwhile. What it wrote is shown now.")
                        .arg(fields, what),
                    {}});
    return false;
}

bool Editor::shouldRetry(const StoreError &error, int failures) const
{
    switch (error.kind) {
    case StoreError::Kind::Busy:
    case StoreError::Kind::DiskFull:
    case StoreError::Kind::IoError: return m_retry && m_retry(error, failures);
    default: return false; // the edit itself was refused: trying again changes nothing
    }
}

bool Editor::push(std::unique_ptr<StoreCommand> command)
{
    // Inside a step the step's one transaction is retried as a whole.
    const auto retry = [this](const StoreError &error, int failures) { return shouldRetry(error, failures); };
    if (m_stepDepth == 0)
        command->setRetryHandler(retry);
    if (Status written = command->writeFirst(); !written) {
        fail(written.error());
        return false; // never on the stack
    }
    command->setRetryHandler(retry);
    command->setErrorHandler([this](const StoreError &error, StoreCommand::Step step) { stepFailed(error, step); });
    const QString text = command->text();
    {
        const QScopedValueRollback pushing(m_pushing, true);
        m_undoStack->push(command.release()); // already written: the stack's redo writes nothing
    }
    if (m_stepDepth == 0)
        emit saved(tr("Saved: %1").arg(text));
    return true;
}

bool Editor::asOneStep(const QString &text, const std::function<void()> &edits)
{
    for (int failures = 1;; ++failures) {
        const int before = m_undoStack->index();
        std::optional<StoreError> failure;
        m_undoStack->beginMacro(text);
        Status written = m_store->write([&]() -> Status {
            const QScopedValueRollback depth(m_stepDepth, m_stepDepth + 1);
            const QScopedValueRollback failed(m_stepFailure, std::optional<StoreError>());
            edits();
            failure = m_stepFailure;
            return m_stepFailure ? Status(*m_stepFailure) : Status();
        });
        {
            const QScopedValueRollback pushing(m_pushing, true);
            m_undoStack->endMacro();
        }
        if (written) {
            emit saved(tr("Saved: %1").arg(text));
            return true;
        }
        // Nothing of it stands in the file (the transaction was rolled back):
        // the step leaves the stack without being undone.
        if (m_undoStack->index() > before) {
            const QScopedValueRollback pushing(m_pushing, true);
            const_cast<QUndoCommand *>(m_undoStack->command(m_undoStack->index() - 1))->setObsolete(true);
            m_undoStack->undo();
        }
        if (failure)
            return false; // an edit of it was refused, and said why
        if (!shouldRetry(written.error(), failures)) {
            fail(written.error());
            return false;
        }
    }
}

void Editor::stepFailed(const StoreError &error, StoreCommand::Step step)
{
    if (error.kind == StoreError::Kind::ChangedElsewhere) {
        // The history no longer matches the file; undoing past another
        // program's change would revert it. Cleared once the stack is done.
        StoreError told = error;
        told.message += QLatin1Char(' ') + tr("The undo history was cleared, as it no longer matches the file.");
        fail(told);
        QTimer::singleShot(0, this, &Editor::clearHistory);
        return;
    }
    StoreError told = error;
    told.message = (step == StoreCommand::Step::Undo ? tr("Nothing was undone: %1") : tr("Nothing was redone: %1")).arg(error.message);
    fail(told);
    m_moveFailed = true;
    // The stack has moved, the file has not: move the stack back, which
    // writes nothing (see StoreCommand). Once per move, though several
    // commands of one step may fail; and a move back that fails in turn is
    // not moved again, so that a lock cannot make the stack swing.
    if (m_correcting || m_correctionPending)
        return;
    m_correctionPending = true;
    QTimer::singleShot(0, m_undoStack, [this, step] {
        m_correctionPending = false;
        const QScopedValueRollback correcting(m_correcting, true);
        const QScopedValueRollback quiet(m_pushing, true);
        if (step == StoreCommand::Step::Undo)
            m_undoStack->redo();
        else
            m_undoStack->undo();
        m_lastIndex = m_undoStack->index();
    });
}

void Editor::clearHistory()
{
    const QScopedValueRollback quiet(m_pushing, true); // nothing is undone by it
    m_undoStack->clear();
    m_lastIndex = 0;
}

void Editor::stackMoved(int index)
{
    const int last = std::exchange(m_lastIndex, index);
    if (m_pushing || std::exchange(m_moveFailed, false))
        return; // a push says so itself; a failed move has said why
    if (index < last)
        emit saved(tr("Undone: %1").arg(m_undoStack->text(index)));
    else if (index > last)
        emit saved(tr("Redone: %1").arg(m_undoStack->text(index - 1)));
}

bool Editor::reportIfFailed(const StoreError *error)
{
    if (error)
        fail(*error);
    return error != nullptr;
}

bool Editor::updateRegion(const Region &region, const Region *base)
{
    auto before = m_store->regions().byId(region.id);
    if (reportIfFailed(before ? nullptr : &before.error()))
        return false;
    Region after = region;
    if (!mergeStaleEdit(base, *before, after, tr("this region")))
        return false;
    if (*before == after)
        return true;
    return push(std::make_unique<UpdateRecordCommand<Region>>(m_store, tr("Edit region %1").arg(regionName(after)),
                                                              on(&Store::regions, &RegionRepository::update), *before, after, on(&Store::regions, &RegionRepository::byId)));
}

std::optional<Id> Editor::addRegion(const Region &region)
{
    auto command = std::make_unique<AddRecordCommand<Region>>(m_store, tr("Add region %1").arg(regionName(region)), region,
                                                              on(&Store::regions, &RegionRepository::add), &snapshotRegion, on(&Store::regions, &RegionRepository::remove));
    auto *raw = command.get();
    if (!push(std::move(command)))
        return std::nullopt;
    return raw->recordId();
}

bool Editor::removeRegion(Id regionId)
{
    auto snapshot = snapshotRegion(*m_store, regionId);
    if (reportIfFailed(snapshot ? nullptr : &snapshot.error()))
        return false;
    const QString name = regionName(snapshot->regions.first());
    return push(std::make_unique<RemoveRecordCommand>(m_store, tr("Delete region %1").arg(name), std::move(*snapshot),
                                                      [regionId](Store &s) { return s.regions().remove(regionId); }));
}

bool Editor::updateAssessment(const Assessment &assessment, const Assessment *base)
{
    auto before = m_store->assessments().byId(assessment.id);
    if (reportIfFailed(before ? nullptr : &before.error()))
        return false;
    Assessment after = assessment;
    if (!mergeStaleEdit(base, *before, after, tr("this assessment")))
        return false;
    markTypedScoresAsHand(*before, after);
    if (*before == after)
        return true;
    return push(std::make_unique<UpdateRecordCommand<Assessment>>(m_store, tr("Edit assessment"),
                                                                  on(&Store::assessments, &AssessmentRepository::update), *before,
                                                                  after, on(&Store::assessments, &AssessmentRepository::byId)));
}

bool Editor::setScore(Id assessmentId, Dimension dimension, double score)
{
    auto before = m_store->assessments().byId(assessmentId);
    if (reportIfFailed(before ? nullptr : &before.error()))
        return false;
    Assessment after = *before;
    after.scores[dimension] = score;
    markTypedScoresAsHand(*before, after);
    if (after == *before)
        return true;
    return push(std::make_unique<UpdateRecordCommand<Assessment>>(
        m_store, tr("Set %1 to %2").arg(dimensionName(dimension)).arg(score, 0, 'f', 1), on(&Store::assessments, &AssessmentRepository::update), *before, after, on(&Store::assessments, &AssessmentRepository::byId)));
}

std::optional<Id> Editor::addAssessment(const Assessment &assessment)
{
    auto command = std::make_unique<AddRecordCommand<Assessment>>(m_store, tr("Add assessment"), assessment, on(&Store::assessments, &AssessmentRepository::add),
                                                                  &snapshotAssessment, on(&Store::assessments, &AssessmentRepository::remove));
    auto *raw = command.get();
    if (!push(std::move(command)))
        return std::nullopt;
    return raw->recordId();
}

bool Editor::removeAssessment(Id assessmentId)
{
    auto snapshot = snapshotAssessment(*m_store, assessmentId);
    if (reportIfFailed(snapshot ? nullptr : &snapshot.error()))
        return false;
    return push(std::make_unique<RemoveRecordCommand>(m_store, tr("Delete assessment"), std::move(*snapshot),
                                                      [assessmentId](Store &s) { return s.assessments().remove(assessmentId); }));
}

bool Editor::updatePolicy(const Policy &policy, const Policy *base)
{
    auto before = m_store->policies().byId(policy.id);
    if (reportIfFailed(before ? nullptr : &before.error()))
        return false;
    Policy after = policy;
    if (!mergeStaleEdit(base, *before, after, tr("this policy")))
        return false;
    if (*before == after)
        return true;
    return push(std::make_unique<UpdateRecordCommand<Policy>>(m_store, tr("Edit policy %1").arg(titleOf(after)),
                                                              on(&Store::policies, &PolicyRepository::update), *before, after, on(&Store::policies, &PolicyRepository::byId)));
}

std::optional<Id> Editor::addPolicy(const Policy &policy)
{
    auto command = std::make_unique<AddRecordCommand<Policy>>(m_store, tr("Add policy %1").arg(titleOf(policy)), policy,
                                                              on(&Store::policies, &PolicyRepository::add), &snapshotPolicy, on(&Store::policies, &PolicyRepository::remove));
    auto *raw = command.get();
    if (!push(std::move(command)))
        return std::nullopt;
    return raw->recordId();
}

bool Editor::removePolicy(Id policyId)
{
    auto snapshot = snapshotPolicy(*m_store, policyId);
    if (reportIfFailed(snapshot ? nullptr : &snapshot.error()))
        return false;
    const QString title = titleOf(snapshot->policies.first());
    return push(std::make_unique<RemoveRecordCommand>(m_store, tr("Delete policy %1").arg(title), std::move(*snapshot),
                                                      [policyId](Store &s) { return s.policies().remove(policyId); }));
}

bool Editor::updateMilestone(const Milestone &milestone, const Milestone *base)
{
    auto before = m_store->milestones().byId(milestone.id);
    if (reportIfFailed(before ? nullptr : &before.error()))
        return false;
    Milestone after = milestone;
    if (!mergeStaleEdit(base, *before, after, tr("this milestone")))
        return false;
    if (*before == after)
        return true;
    return push(std::make_unique<UpdateRecordCommand<Milestone>>(m_store, tr("Edit milestone %1").arg(titleOf(after)),
                                                                 on(&Store::milestones, &MilestoneRepository::update), *before, after, on(&Store::milestones, &MilestoneRepository::byId)));
}

std::optional<Id> Editor::addMilestone(const Milestone &milestone)
{
    auto command = std::make_unique<AddRecordCommand<Milestone>>(m_store, tr("Add milestone %1").arg(titleOf(milestone)),
                                                                 milestone, on(&Store::milestones, &MilestoneRepository::add), &snapshotMilestone,
                                                                 on(&Store::milestones, &MilestoneRepository::remove));
    auto *raw = command.get();
    if (!push(std::move(command)))
        return std::nullopt;
    return raw->recordId();
}

bool Editor::removeMilestone(Id milestoneId)
{
    auto snapshot = snapshotMilestone(*m_store, milestoneId);
    if (reportIfFailed(snapshot ? nullptr : &snapshot.error()))
        return false;
    const QString title = titleOf(snapshot->milestones.first());
    return push(std::make_unique<RemoveRecordCommand>(m_store, tr("Delete milestone %1").arg(title), std::move(*snapshot),
                                                      [milestoneId](Store &s) { return s.milestones().remove(milestoneId); }));
}

std::optional<Id> Editor::linkEvidence(const Evidence &evidence)
{
    auto command = std::make_unique<AddRecordCommand<Evidence>>(m_store, tr("Link evidence"), evidence, on(&Store::evidence, &EvidenceRepository::add),
                                                                &snapshotEvidence, on(&Store::evidence, &EvidenceRepository::remove));
    auto *raw = command.get();
    if (!push(std::move(command)))
        return std::nullopt;
    return raw->recordId();
}

bool Editor::unlinkEvidence(const Evidence &evidence)
{
    RecordSnapshot snapshot;
    snapshot.evidence.append(evidence);
    const Id id = evidence.id;
    return push(std::make_unique<RemoveRecordCommand>(m_store, tr("Unlink evidence"), std::move(snapshot),
                                                      [id](Store &s) { return s.evidence().remove(id); }));
}

bool Editor::setScoreOrigin(Id assessmentId, Dimension dimension, ScoreOrigin origin)
{
    auto before = m_store->assessments().byId(assessmentId);
    if (reportIfFailed(before ? nullptr : &before.error()))
        return false;
    Assessment after = *before;
    after.origin[dimension] = origin;
    if (after == *before)
        return true;
    const QString text = origin == ScoreOrigin::Derived ? tr("Derive %1 from its indicators").arg(dimensionName(dimension))
                                                        : tr("Set %1 by hand").arg(dimensionName(dimension));
    return push(std::make_unique<UpdateRecordCommand<Assessment>>(m_store, text, on(&Store::assessments, &AssessmentRepository::update), *before, after, on(&Store::assessments, &AssessmentRepository::byId)));
}

bool Editor::updateStage(const Stage &stage, const Stage *base)
{
    auto before = m_store->stages().byId(stage.id);
    if (reportIfFailed(before ? nullptr : &before.error()))
        return false;
    Stage after = stage;
    if (!mergeStaleEdit(base, *before, after, tr("this stage")))
        return false;
    if (*before == after)
        return true;
    if (after.key != before->key && isReadByFindings(before->key)) {
        fail(StoreError{StoreError::Kind::Invalid,
                        tr("The key “%1” cannot be changed: the findings read the %1 stage by it.").arg(before->key),
                        {}});
        return false;
    }
    return push(std::make_unique<UpdateRecordCommand<Stage>>(
        m_store, tr("Edit stage %1").arg(localizedName(after.nameZh, after.nameEn)),
        on(&Store::stages, &StageRepository::update), *before, after, on(&Store::stages, &StageRepository::byId)));
}

std::optional<Id> Editor::addIndicator(const Indicator &indicator)
{
    auto command = std::make_unique<AddRecordCommand<Indicator>>(
        m_store, tr("Add indicator %1").arg(nameOf(indicator)), indicator,
        [](Store &s, const Indicator &i) { return s.indicators().add(i); }, &snapshotIndicator,
        [](Store &s, Id id) { return s.indicators().remove(id); });
    auto *raw = command.get();
    if (!push(std::move(command)))
        return std::nullopt;
    return raw->recordId();
}

bool Editor::updateIndicator(const Indicator &indicator, const Indicator *base)
{
    auto before = m_store->indicators().byId(indicator.id);
    if (reportIfFailed(before ? nullptr : &before.error()))
        return false;
    Indicator after = indicator;
    if (!mergeStaleEdit(base, *before, after, tr("this indicator")))
        return false;
    if (*before == after)
        return true;
    return push(std::make_unique<UpdateRecordCommand<Indicator>>(
        m_store, tr("Edit indicator %1").arg(nameOf(after)), on(&Store::indicators, &IndicatorRepository::update), *before, after,
        on(&Store::indicators, &IndicatorRepository::byId)));
}

bool Editor::removeIndicator(Id indicatorId)
{
    auto snapshot = snapshotIndicator(*m_store, indicatorId);
    if (reportIfFailed(snapshot ? nullptr : &snapshot.error()))
        return false;
    const QString name = nameOf(snapshot->indicators.first());
    return push(std::make_unique<RemoveRecordCommand>(m_store, tr("Delete indicator %1").arg(name), std::move(*snapshot),
                                                      [indicatorId](Store &s) { return s.indicators().remove(indicatorId); }));
}

bool Editor::swapIndicatorOrder(Id first, Id second)
{
    auto a = m_store->indicators().byId(first);
    auto b = m_store->indicators().byId(second);
    if (reportIfFailed(a ? nullptr : &a.error()) || reportIfFailed(b ? nullptr : &b.error()))
        return false;
    const Indicator beforeA = *a, beforeB = *b;
    Indicator afterA = beforeA, afterB = beforeB;
    std::swap(afterA.sortOrder, afterB.sortOrder);
    if (afterA.sortOrder == afterB.sortOrder) // equal orders: make the swap visible
        afterB.sortOrder = afterA.sortOrder + 1;
    auto write = [](const Indicator &x, const Indicator &y) {
        return [x, y](Store &s) {
            return s.write([&]() -> Status {
                if (Status ok = s.indicators().update(x); !ok)
                    return ok;
                return s.indicators().update(y);
            });
        };
    };
    return push(std::make_unique<FunctionCommand>(m_store, tr("Move indicator %1").arg(nameOf(beforeA)), write(afterA, afterB),
                                                  write(beforeA, beforeB)));
}

std::optional<Id> Editor::addRater(const Rater &rater)
{
    auto command = std::make_unique<AddRecordCommand<Rater>>(
        m_store, tr("Add rater %1").arg(rater.name), rater, [](Store &s, const Rater &r) { return s.raters().add(r); },
        &snapshotRater, [](Store &s, Id id) { return s.raters().remove(id); });
    auto *raw = command.get();
    if (!push(std::move(command)))
        return std::nullopt;
    return raw->recordId();
}

bool Editor::updateRater(const Rater &rater, const Rater *base)
{
    auto before = m_store->raters().byId(rater.id);
    if (reportIfFailed(before ? nullptr : &before.error()))
        return false;
    Rater after = rater;
    if (!mergeStaleEdit(base, *before, after, tr("this rater")))
        return false;
    if (*before == after)
        return true;
    return push(std::make_unique<UpdateRecordCommand<Rater>>(m_store, tr("Edit rater %1").arg(after.name),
                                                             on(&Store::raters, &RaterRepository::update), *before, after,
                                                             on(&Store::raters, &RaterRepository::byId)));
}

bool Editor::removeRater(Id raterId)
{
    auto snapshot = snapshotRater(*m_store, raterId);
    if (reportIfFailed(snapshot ? nullptr : &snapshot.error()))
        return false;
    const QString name = snapshot->raters.first().name;
    return push(std::make_unique<RemoveRecordCommand>(m_store, tr("Delete rater %1").arg(name), std::move(*snapshot),
                                                      [raterId](Store &s) { return s.raters().remove(raterId); }));
}

bool Editor::setRaterAggregate(RaterAggregate aggregate)
{
    auto before = m_store->raters().aggregate();
    if (reportIfFailed(before ? nullptr : &before.error()))
        return false;
    if (*before == aggregate)
        return true;
    const RaterAggregate old = *before;
    // The derived scores it moves are restored by re-deriving under the old choice.
    return push(std::make_unique<FunctionCommand>(
        m_store, aggregate == RaterAggregate::Median ? tr("Combine raters by their median") : tr("Combine raters by their mean"),
        [aggregate](Store &s) { return s.raters().setAggregate(aggregate); },
        [old](Store &s) { return s.raters().setAggregate(old); }));
}

std::optional<Id> Editor::setIndicatorValue(const IndicatorValue &value)
{
    auto existing = m_store->indicatorValues().find(value.regionId, value.stageId, value.indicatorId, value.raterId);
    if (reportIfFailed(existing ? nullptr : &existing.error()))
        return std::nullopt;
    auto indicator = m_store->indicators().byId(value.indicatorId);
    const QString name = indicator ? nameOf(*indicator) : QString();
    if (existing->has_value()) {
        IndicatorValue after = value;
        after.id = (*existing)->id;
        if (after == **existing)
            return after.id;
        if (!push(std::make_unique<UpdateRecordCommand<IndicatorValue>>(
                m_store, tr("Score %1: %2").arg(name).arg(value.score, 0, 'f', 1),
                [](Store &s, const IndicatorValue &v) { return s.indicatorValues().update(v); }, **existing, after)))
            return std::nullopt;
        return after.id;
    }
    auto command = std::make_unique<AddRecordCommand<IndicatorValue>>(
        m_store, tr("Score %1: %2").arg(name).arg(value.score, 0, 'f', 1), value,
        [](Store &s, const IndicatorValue &v) { return s.indicatorValues().add(v); }, &snapshotIndicatorValue,
        [](Store &s, Id id) { return s.indicatorValues().remove(id); });
    auto *raw = command.get();
    if (!push(std::move(command)))
        return std::nullopt;
    return raw->recordId();
}

bool Editor::removeIndicatorValue(Id valueId)
{
    auto snapshot = snapshotIndicatorValue(*m_store, valueId);
    if (reportIfFailed(snapshot ? nullptr : &snapshot.error()))
        return false;
    return push(std::make_unique<RemoveRecordCommand>(m_store, tr("Clear an indicator score"), std::move(*snapshot),
                                                      [valueId](Store &s) { return s.indicatorValues().remove(valueId); }));
}

std::optional<Id> Editor::linkIndicatorEvidence(const IndicatorEvidence &evidence)
{
    // Undo of a link removes just the link: a snapshot of it alone.
    auto command = std::make_unique<AddRecordCommand<IndicatorEvidence>>(
        m_store, tr("Link evidence to an indicator"), evidence,
        [](Store &s, const IndicatorEvidence &e) { return s.indicatorValues().addEvidence(e); },
        [](const Store &s, Id id) -> Result<RecordSnapshot> {
            auto all = s.indicatorValues().allEvidence();
            if (!all)
                return all.error();
            RecordSnapshot snapshot;
            for (const IndicatorEvidence &e : *all) {
                if (e.id == id)
                    snapshot.indicatorEvidence.append(e);
            }
            return snapshot;
        },
        [](Store &s, Id id) { return s.indicatorValues().removeEvidence(id); });
    auto *raw = command.get();
    if (!push(std::move(command)))
        return std::nullopt;
    return raw->recordId();
}

bool Editor::unlinkIndicatorEvidence(const IndicatorEvidence &evidence)
{
    RecordSnapshot snapshot;
    snapshot.indicatorEvidence.append(evidence);
    const Id id = evidence.id;
    return push(std::make_unique<RemoveRecordCommand>(m_store, tr("Unlink evidence from an indicator"), std::move(snapshot),
                                                      [id](Store &s) { return s.indicatorValues().removeEvidence(id); }));
}

std::optional<Id> Editor::addGroup(const RegionGroup &group)
{
    // The first redo gives the group its id; a later redo (after undo) adds it back under that id.
    auto stored = std::make_shared<RegionGroup>(group);
    const bool added = push(std::make_unique<FunctionCommand>(
        m_store, tr("Add region group %1").arg(localizedName(group.nameZh, group.nameEn)),
        [stored](Store &s) -> Status {
            auto id = s.groups().add(*stored);
            if (!id)
                return id.error();
            stored->id = *id;
            return {};
        },
        [stored](Store &s) { return s.groups().remove(stored->id); }));
    if (!added)
        return std::nullopt;
    return stored->id;
}

bool Editor::updateGroup(const RegionGroup &group, const RegionGroup *base)
{
    auto before = m_store->groups().byId(group.id);
    if (reportIfFailed(before ? nullptr : &before.error()))
        return false;
    RegionGroup after = group;
    std::sort(after.memberIds.begin(), after.memberIds.end()); // as the store reads them back
    if (!mergeStaleEdit(base, *before, after, tr("this group")))
        return false;
    if (*before == after)
        return true;
    return push(std::make_unique<UpdateRecordCommand<RegionGroup>>(
        m_store, tr("Edit region group %1").arg(localizedName(group.nameZh, group.nameEn)),
        [](Store &s, const RegionGroup &g) { return s.groups().update(g); }, *before, after,
        [](Store &s, Id id) { return s.groups().byId(id); }));
}

bool Editor::removeGroup(Id groupId)
{
    auto before = m_store->groups().byId(groupId);
    if (reportIfFailed(before ? nullptr : &before.error()))
        return false;
    const RegionGroup group = *before;
    return push(std::make_unique<FunctionCommand>(
        m_store, tr("Delete region group %1").arg(localizedName(group.nameZh, group.nameEn)),
        [groupId](Store &s) { return s.groups().remove(groupId); },
        [group](Store &s) -> Status {
            auto id = s.groups().add(group);
            if (!id)
                return id.error();
            return {};
        }));
}

std::optional<Id> Editor::addComparisonSet(const ComparisonSet &set)
{
    // As addGroup: the first redo gives the set its id, a later one adds it back under it.
    auto stored = std::make_shared<ComparisonSet>(set);
    const bool added = push(std::make_unique<FunctionCommand>(
        m_store, tr("Save comparison set %1").arg(set.name),
        [stored](Store &s) -> Status {
            auto id = s.comparisonSets().add(*stored);
            if (!id)
                return id.error();
            stored->id = *id;
            return {};
        },
        [stored](Store &s) { return s.comparisonSets().remove(stored->id); }));
    if (!added)
        return std::nullopt;
    return stored->id;
}

bool Editor::updateComparisonSet(const ComparisonSet &set)
{
    auto before = m_store->comparisonSets().byId(set.id);
    if (reportIfFailed(before ? nullptr : &before.error()))
        return false;
    if (*before == set)
        return true;
    const QString text = before->name == set.name ? tr("Edit comparison set %1").arg(set.name)
                                                  : tr("Rename comparison set %1 to %2").arg(before->name, set.name);
    return push(std::make_unique<UpdateRecordCommand<ComparisonSet>>(
        m_store, text, [](Store &s, const ComparisonSet &c) { return s.comparisonSets().update(c); }, *before, set,
        [](Store &s, Id id) { return s.comparisonSets().byId(id); }));
}

bool Editor::removeComparisonSet(Id setId)
{
    auto before = m_store->comparisonSets().byId(setId);
    if (reportIfFailed(before ? nullptr : &before.error()))
        return false;
    const ComparisonSet set = *before;
    return push(std::make_unique<FunctionCommand>(
        m_store, tr("Delete comparison set %1").arg(set.name),
        [setId](Store &s) { return s.comparisonSets().remove(setId); },
        [set](Store &s) -> Status {
            auto id = s.comparisonSets().add(set);
            if (!id)
                return id.error();
            return {};
        }));
}

bool Editor::setGroupAggregate(GroupAggregate aggregate)
{
    auto before = m_store->groups().aggregate();
    if (reportIfFailed(before ? nullptr : &before.error()))
        return false;
    if (*before == aggregate)
        return true;
    const GroupAggregate old = *before;
    return push(std::make_unique<FunctionCommand>(
        m_store, aggregate == GroupAggregate::Median ? tr("Aggregate groups by their median") : tr("Aggregate groups by their mean"),
        [aggregate](Store &s) { return s.groups().setAggregate(aggregate); },
        [old](Store &s) { return s.groups().setAggregate(old); }));
}

std::optional<Id> Editor::addRecordLink(const RecordLink &link)
{
    // As addGroup: the first redo gives the link its id, a later one adds it back under it.
    auto stored = std::make_shared<RecordLink>(link);
    const bool added = push(std::make_unique<FunctionCommand>(
        m_store, tr("Add a causal link"),
        [stored](Store &s) -> Status {
            auto id = s.recordLinks().add(*stored);
            if (!id)
                return id.error();
            stored->id = *id;
            return {};
        },
        [stored](Store &s) { return s.recordLinks().remove(stored->id); }));
    if (!added)
        return std::nullopt;
    return stored->id;
}

bool Editor::updateRecordLink(const RecordLink &link, const RecordLink *base)
{
    auto before = m_store->recordLinks().byId(link.id);
    if (reportIfFailed(before ? nullptr : &before.error()))
        return false;
    RecordLink after = link;
    if (!mergeStaleEdit(base, *before, after, tr("this link")))
        return false;
    if (*before == after)
        return true;
    return push(std::make_unique<UpdateRecordCommand<RecordLink>>(
        m_store, tr("Edit a causal link"), [](Store &s, const RecordLink &l) { return s.recordLinks().update(l); }, *before,
        after, [](Store &s, Id id) { return s.recordLinks().byId(id); }));
}

bool Editor::removeRecordLink(Id linkId)
{
    auto before = m_store->recordLinks().byId(linkId);
    if (reportIfFailed(before ? nullptr : &before.error()))
        return false;
    const RecordLink link = *before;
    return push(std::make_unique<FunctionCommand>(
        m_store, tr("Remove a causal link"), [linkId](Store &s) { return s.recordLinks().remove(linkId); },
        [link](Store &s) -> Status {
            auto id = s.recordLinks().add(link);
            if (!id)
                return id.error();
            return {};
        }));
}

namespace {
// The stored comparison of `pair`'s two items by its expert in its round,
// as first over second whichever way it is stored; nullopt when none.
Result<std::optional<double>> storedJudgment(const Store &store, const PanelJudgment &pair)
{
    auto judgments = store.panel().judgments(pair.round);
    if (!judgments)
        return judgments.error();
    for (const PanelJudgment &j : *judgments) {
        if (j.raterId != pair.raterId)
            continue;
        const bool byIndicator = pair.firstIndicatorId != NoId;
        const bool same = byIndicator ? j.firstIndicatorId == pair.firstIndicatorId && j.secondIndicatorId == pair.secondIndicatorId
                                      : j.firstDimension == pair.firstDimension && j.secondDimension == pair.secondDimension;
        const bool swapped = byIndicator
                                 ? j.firstIndicatorId == pair.secondIndicatorId && j.secondIndicatorId == pair.firstIndicatorId
                                 : j.firstDimension == pair.secondDimension && j.secondDimension == pair.firstDimension;
        if (same)
            return std::optional<double>(j.value);
        if (swapped)
            return std::optional<double>(1.0 / j.value);
    }
    return std::optional<double>();
}

// Writes `value` for `pair`, or removes the pair when nullopt.
Status writeJudgment(Store &store, PanelJudgment pair, std::optional<double> value)
{
    if (!value)
        return store.panel().removeJudgment(pair.raterId, pair.round, pair);
    pair.value = *value;
    return store.panel().setJudgment(pair);
}
} // namespace

bool Editor::setPanelSettings(const PanelSettings &settings)
{
    auto before = m_store->panel().settings();
    if (reportIfFailed(before ? nullptr : &before.error()))
        return false;
    if (*before == settings)
        return true;
    const PanelSettings old = *before;
    return push(std::make_unique<FunctionCommand>(
        m_store, tr("Change the panel's stop rule and AHP settings"),
        [settings](Store &s) { return s.panel().setSettings(settings); },
        [old](Store &s) { return s.panel().setSettings(old); }));
}

bool Editor::setJudgment(const PanelJudgment &judgment)
{
    auto before = storedJudgment(*m_store, judgment);
    if (reportIfFailed(before ? nullptr : &before.error()))
        return false;
    if (*before && std::abs(**before - judgment.value) < 1e-9)
        return true;
    const std::optional<double> old = *before;
    const std::optional<double> value = judgment.value;
    return push(std::make_unique<FunctionCommand>(
        m_store, tr("Set a comparison"), [judgment, value](Store &s) { return writeJudgment(s, judgment, value); },
        [judgment, old](Store &s) { return writeJudgment(s, judgment, old); }));
}

bool Editor::removeJudgment(const PanelJudgment &pair)
{
    auto before = storedJudgment(*m_store, pair);
    if (reportIfFailed(before ? nullptr : &before.error()))
        return false;
    if (!*before)
        return true;
    const std::optional<double> old = *before;
    return push(std::make_unique<FunctionCommand>(
        m_store, tr("Clear a comparison"), [pair](Store &s) { return writeJudgment(s, pair, std::nullopt); },
        [pair, old](Store &s) { return writeJudgment(s, pair, old); }));
}

} // namespace triangle
