#include "Editor.h"

#include "StoreCommand.h"
#include "model/DomainNames.h"
#include "store/RecordSnapshot.h"
#include "store/Store.h"

#include <QUndoStack>

namespace triangle {

namespace {
QString regionName(const Region &r) { return localizedName(r.nameZh, r.nameEn); }
QString titleOf(const Policy &p) { return localizedName(p.titleZh, p.titleEn); }
QString titleOf(const Milestone &m) { return localizedName(m.titleZh, m.titleEn); }
} // namespace

Editor::Editor(QObject *parent) : QObject(parent), m_undoStack(new QUndoStack(this)) {}

Editor::~Editor() = default;

void Editor::setStore(Store *store)
{
    m_undoStack->clear();
    m_store = store;
    emit storeReplaced(store);
}

void Editor::fail(const StoreError &error)
{
    m_lastError = error;
    emit failed(error);
}

bool Editor::push(std::unique_ptr<StoreCommand> command)
{
    bool failedFirst = false;
    command->setErrorHandler([this, &failedFirst](const StoreError &error) {
        failedFirst = true;
        fail(error);
    });
    StoreCommand *raw = command.release();
    m_undoStack->push(raw); // runs the first redo; deletes the command if it failed
    if (!failedFirst)
        raw->setErrorHandler([this](const StoreError &error) { fail(error); });
    return !failedFirst;
}

bool Editor::reportIfFailed(const StoreError *error)
{
    if (error)
        fail(*error);
    return error != nullptr;
}

bool Editor::updateRegion(const Region &region)
{
    auto before = m_store->region(region.id);
    if (reportIfFailed(before ? nullptr : &before.error()))
        return false;
    if (*before == region)
        return true;
    return push(std::make_unique<UpdateRecordCommand<Region>>(m_store, tr("Edit region %1").arg(regionName(region)),
                                                              &Store::updateRegion, *before, region));
}

std::optional<Id> Editor::addRegion(const Region &region)
{
    auto command = std::make_unique<AddRecordCommand<Region>>(m_store, tr("Add region %1").arg(regionName(region)), region,
                                                              &Store::addRegion, &snapshotRegion, &Store::removeRegion);
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
                                                      [regionId](Store &s) { return s.removeRegion(regionId); }));
}

bool Editor::updateAssessment(const Assessment &assessment)
{
    auto before = m_store->assessmentWithId(assessment.id);
    if (reportIfFailed(before ? nullptr : &before.error()))
        return false;
    if (*before == assessment)
        return true;
    return push(std::make_unique<UpdateRecordCommand<Assessment>>(m_store, tr("Edit assessment"), &Store::updateAssessment,
                                                                  *before, assessment));
}

bool Editor::setScore(Id assessmentId, Dimension dimension, double score)
{
    auto before = m_store->assessmentWithId(assessmentId);
    if (reportIfFailed(before ? nullptr : &before.error()))
        return false;
    Assessment after = *before;
    after.scores[dimension] = score;
    if (after == *before)
        return true;
    return push(std::make_unique<UpdateRecordCommand<Assessment>>(
        m_store, tr("Set %1 to %2").arg(dimensionName(dimension)).arg(score, 0, 'f', 1), &Store::updateAssessment, *before, after));
}

std::optional<Id> Editor::addAssessment(const Assessment &assessment)
{
    auto command = std::make_unique<AddRecordCommand<Assessment>>(m_store, tr("Add assessment"), assessment, &Store::addAssessment,
                                                                  &snapshotAssessment, &Store::removeAssessment);
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
                                                      [assessmentId](Store &s) { return s.removeAssessment(assessmentId); }));
}

bool Editor::updatePolicy(const Policy &policy)
{
    auto before = m_store->policy(policy.id);
    if (reportIfFailed(before ? nullptr : &before.error()))
        return false;
    if (*before == policy)
        return true;
    return push(std::make_unique<UpdateRecordCommand<Policy>>(m_store, tr("Edit policy %1").arg(titleOf(policy)),
                                                              &Store::updatePolicy, *before, policy));
}

std::optional<Id> Editor::addPolicy(const Policy &policy)
{
    auto command = std::make_unique<AddRecordCommand<Policy>>(m_store, tr("Add policy %1").arg(titleOf(policy)), policy,
                                                              &Store::addPolicy, &snapshotPolicy, &Store::removePolicy);
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
                                                      [policyId](Store &s) { return s.removePolicy(policyId); }));
}

bool Editor::updateMilestone(const Milestone &milestone)
{
    auto before = m_store->milestone(milestone.id);
    if (reportIfFailed(before ? nullptr : &before.error()))
        return false;
    if (*before == milestone)
        return true;
    return push(std::make_unique<UpdateRecordCommand<Milestone>>(m_store, tr("Edit milestone %1").arg(titleOf(milestone)),
                                                                 &Store::updateMilestone, *before, milestone));
}

std::optional<Id> Editor::addMilestone(const Milestone &milestone)
{
    auto command = std::make_unique<AddRecordCommand<Milestone>>(m_store, tr("Add milestone %1").arg(titleOf(milestone)),
                                                                 milestone, &Store::addMilestone, &snapshotMilestone,
                                                                 &Store::removeMilestone);
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
                                                      [milestoneId](Store &s) { return s.removeMilestone(milestoneId); }));
}

std::optional<Id> Editor::linkEvidence(const Evidence &evidence)
{
    auto command = std::make_unique<AddRecordCommand<Evidence>>(m_store, tr("Link evidence"), evidence, &Store::addEvidence,
                                                                &snapshotEvidence, &Store::removeEvidence);
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
                                                      [id](Store &s) { return s.removeEvidence(id); }));
}

} // namespace triangle
