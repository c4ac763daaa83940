#include "RecordSnapshot.h"

#include <QCoreApplication>
#include <QSet>

namespace triangle {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(triangle::RecordSnapshot)
};

template<typename T>
Status appendAll(QList<T> &to, const Result<QList<T>> &from)
{
    if (!from)
        return from.error();
    to.append(*from);
    return {};
}

// The evidence that cites any of the snapshot's policies or milestones, or
// belongs to any of its assessments, each link once.
Status collectEvidence(const Store &store, RecordSnapshot &s)
{
    QSet<Id> seen;
    auto add = [&](const Result<QList<Evidence>> &links) -> Status {
        if (!links)
            return links.error();
        for (const Evidence &e : *links) {
            if (!seen.contains(e.id)) {
                seen.insert(e.id);
                s.evidence.append(e);
            }
        }
        return {};
    };
    for (const Assessment &a : s.assessments) {
        if (Status ok = add(store.evidenceFor(a.id)); !ok)
            return ok;
    }
    for (const Policy &p : s.policies) {
        if (Status ok = add(store.evidenceCiting(Evidence::Kind::Policy, p.id)); !ok)
            return ok;
    }
    for (const Milestone &m : s.milestones) {
        if (Status ok = add(store.evidenceCiting(Evidence::Kind::Milestone, m.id)); !ok)
            return ok;
    }
    return {};
}
} // namespace

EntityCounts RecordSnapshot::counts() const
{
    return {int(regions.size()), int(stages.size()), int(assessments.size()), int(policies.size()), int(milestones.size()),
            int(evidence.size())};
}

Result<RecordSnapshot> snapshotRegion(const Store &store, Id regionId)
{
    auto all = store.regions();
    if (!all)
        return all.error();
    RecordSnapshot s;
    // The region, then its descendants breadth first, so parents precede children.
    QSet<Id> inTree;
    for (const Region &r : *all) {
        if (r.id == regionId) {
            s.regions.append(r);
            inTree.insert(r.id);
        }
    }
    if (s.regions.isEmpty())
        return StoreError{StoreError::Kind::NotFound, Tr::tr("No region %1 in the database.").arg(regionId), {}};
    for (qsizetype i = 0; i < s.regions.size(); ++i) {
        for (const Region &r : *all) {
            if (r.parentId == s.regions[i].id && !inTree.contains(r.id)) {
                s.regions.append(r);
                inTree.insert(r.id);
            }
        }
    }
    for (const Region &r : std::as_const(s.regions)) {
        RecordFilter ofRegion;
        ofRegion.regionId = r.id;
        if (Status ok = appendAll(s.assessments, store.assessments(r.id)); !ok)
            return ok.error();
        if (Status ok = appendAll(s.policies, store.policies(ofRegion)); !ok)
            return ok.error();
        if (Status ok = appendAll(s.milestones, store.milestones(ofRegion)); !ok)
            return ok.error();
    }
    if (Status ok = collectEvidence(store, s); !ok)
        return ok.error();
    return s;
}

Result<RecordSnapshot> snapshotStage(const Store &store, Id stageId)
{
    auto stages = store.stages();
    auto assessments = store.allAssessments();
    if (!stages)
        return stages.error();
    if (!assessments)
        return assessments.error();
    RecordSnapshot s;
    for (const Stage &stage : *stages) {
        if (stage.id == stageId)
            s.stages.append(stage);
    }
    if (s.stages.isEmpty())
        return StoreError{StoreError::Kind::NotFound, Tr::tr("No stage %1 in the database.").arg(stageId), {}};
    for (const Assessment &a : *assessments) {
        if (a.stageId == stageId)
            s.assessments.append(a);
    }
    if (Status ok = collectEvidence(store, s); !ok)
        return ok.error();
    return s;
}

Result<RecordSnapshot> snapshotAssessment(const Store &store, Id assessmentId)
{
    auto assessment = store.assessmentWithId(assessmentId);
    if (!assessment)
        return assessment.error();
    RecordSnapshot s;
    s.assessments.append(*assessment);
    if (Status ok = collectEvidence(store, s); !ok)
        return ok.error();
    return s;
}

Result<RecordSnapshot> snapshotPolicy(const Store &store, Id policyId)
{
    auto policy = store.policy(policyId);
    if (!policy)
        return policy.error();
    RecordSnapshot s;
    s.policies.append(*policy);
    if (Status ok = collectEvidence(store, s); !ok)
        return ok.error();
    return s;
}

Result<RecordSnapshot> snapshotMilestone(const Store &store, Id milestoneId)
{
    auto milestone = store.milestone(milestoneId);
    if (!milestone)
        return milestone.error();
    RecordSnapshot s;
    s.milestones.append(*milestone);
    if (Status ok = collectEvidence(store, s); !ok)
        return ok.error();
    return s;
}

Result<RecordSnapshot> snapshotEvidence(const Store &store, Id evidenceId)
{
    auto link = store.evidenceWithId(evidenceId);
    if (!link)
        return link.error();
    RecordSnapshot s;
    s.evidence.append(*link);
    return s;
}

Status restoreSnapshot(Store &store, const RecordSnapshot &snapshot)
{
    return store.write([&]() -> Status {
        for (const Region &r : snapshot.regions) {
            if (auto ok = store.addRegion(r); !ok)
                return ok.error();
        }
        for (const Stage &st : snapshot.stages) {
            if (auto ok = store.addStage(st); !ok)
                return ok.error();
        }
        for (const Assessment &a : snapshot.assessments) {
            if (auto ok = store.addAssessment(a); !ok)
                return ok.error();
        }
        for (const Policy &p : snapshot.policies) {
            if (auto ok = store.addPolicy(p); !ok)
                return ok.error();
        }
        for (const Milestone &m : snapshot.milestones) {
            if (auto ok = store.addMilestone(m); !ok)
                return ok.error();
        }
        for (const Evidence &e : snapshot.evidence) {
            if (auto ok = store.addEvidence(e); !ok)
                return ok.error();
        }
        return {};
    });
}

QString describeDependents(const EntityCounts &c)
{
    QStringList parts;
    if (c.regions > 0)
        parts << Tr::tr("%n region(s)", nullptr, c.regions);
    if (c.stages > 0)
        parts << Tr::tr("%n stage(s)", nullptr, c.stages);
    if (c.assessments > 0)
        parts << Tr::tr("%n assessment(s)", nullptr, c.assessments);
    if (c.policies > 0)
        parts << Tr::tr("%n policy(ies)", nullptr, c.policies);
    if (c.milestones > 0)
        parts << Tr::tr("%n milestone(s)", nullptr, c.milestones);
    if (c.evidence > 0)
        parts << Tr::tr("%n evidence link(s)", nullptr, c.evidence);
    return parts.join(Tr::tr(", "));
}

} // namespace triangle
