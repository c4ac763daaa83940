#include "DataImporter.h"

#include <QCoreApplication>
#include <QHash>

namespace triangle {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(triangle::DataImporter)
};

// One import run: the store, the conflict policy, and what has happened so far.
class ImportRun
{
public:
    ImportRun(Store &store, ConflictPolicy policy) : m_store(store), m_policy(policy) {}

    DataProblems problems;
    ImportSummary summary;

    void importStages(const QList<StageRecord> &stages)
    {
        for (const StageRecord &r : stages) {
            Stage stage = r.stage;
            auto existing = m_store.stageByKey(stage.key);
            if (existing)
                stage.id = existing->id;
            store(r.origin, existing.ok(), Tr::tr("stage “%1”").arg(stage.key), &EntityCounts::stages, [&]() -> Status {
                if (existing)
                    return m_store.updateStage(stage);
                return m_store.addStage(stage);
            });
        }
    }

    // Parents first: a region whose parent is in the file waits for it.
    void importRegions(const QList<RegionRecord> &regions)
    {
        QList<const RegionRecord *> waiting;
        for (const RegionRecord &r : regions)
            waiting.append(&r);
        QHash<QString, bool> pendingCodes;
        for (const RegionRecord *r : waiting)
            pendingCodes.insert(r->region.code, true);

        bool progress = true;
        while (!waiting.isEmpty() && progress) {
            progress = false;
            for (auto it = waiting.begin(); it != waiting.end();) {
                const RegionRecord &r = **it;
                const bool parentPending = !r.parentCode.isEmpty() && pendingCodes.contains(r.parentCode);
                if (parentPending) {
                    ++it;
                    continue;
                }
                importRegion(r);
                pendingCodes.remove(r.region.code);
                it = waiting.erase(it);
                progress = true;
            }
        }
        for (const RegionRecord *r : waiting)
            problems.append({r->origin + QStringLiteral(".parent"),
                             Tr::tr("the parent chain of region %1 loops back on itself (through %2)").arg(r->region.code, r->parentCode)});
    }

    void importPolicies(const QList<PolicyRecord> &policies)
    {
        for (const PolicyRecord &r : policies) {
            Policy policy = r.policy;
            if (!resolveRegion(r.regionCode, r.origin + QStringLiteral(".region"), policy.regionId))
                continue;
            auto existing = m_store.policyByUid(policy.uid);
            if (existing)
                policy.id = existing->id;
            store(r.origin, existing.ok(), Tr::tr("policy “%1”").arg(policy.uid), &EntityCounts::policies, [&]() -> Status {
                if (existing)
                    return m_store.updatePolicy(policy);
                return m_store.addPolicy(policy);
            });
        }
    }

    void importMilestones(const QList<MilestoneRecord> &milestones)
    {
        for (const MilestoneRecord &r : milestones) {
            Milestone milestone = r.milestone;
            if (!resolveRegion(r.regionCode, r.origin + QStringLiteral(".region"), milestone.regionId))
                continue;
            auto existing = m_store.milestoneByUid(milestone.uid);
            if (existing)
                milestone.id = existing->id;
            store(r.origin, existing.ok(), Tr::tr("milestone “%1”").arg(milestone.uid), &EntityCounts::milestones,
                  [&]() -> Status {
                      if (existing)
                          return m_store.updateMilestone(milestone);
                      return m_store.addMilestone(milestone);
                  });
        }
    }

    void importAssessments(const QList<AssessmentRecord> &assessments)
    {
        for (const AssessmentRecord &r : assessments) {
            Assessment assessment = r.assessment;
            const bool regionFound = resolveRegion(r.regionCode, r.origin + QStringLiteral(".region"), assessment.regionId);
            auto stage = m_store.stageByKey(r.stageKey);
            if (!stage)
                problems.append({r.origin + QStringLiteral(".stage"),
                                 Tr::tr("stage “%1” is neither in the file nor in the database").arg(r.stageKey)});
            if (!regionFound || !stage)
                continue;
            assessment.stageId = stage->id;
            auto existing = m_store.assessment(assessment.regionId, assessment.stageId);
            if (!existing) {
                problems.append({r.origin, existing.error().message});
                continue;
            }
            const bool exists = existing->has_value();
            if (exists)
                assessment.id = (*existing)->id;
            const QString what = Tr::tr("assessment of %1 at stage “%2”").arg(r.regionCode, r.stageKey);
            store(r.origin, exists, what, &EntityCounts::assessments, [&]() -> Status {
                if (exists) {
                    if (Status s = m_store.updateAssessment(assessment); !s)
                        return s;
                    return replaceEvidence(assessment.id, r);
                }
                auto id = m_store.addAssessment(assessment);
                if (!id)
                    return id.error();
                return replaceEvidence(*id, r);
            });
        }
    }

private:
    // Stores one record under the conflict policy, counting what happened.
    void store(const QString &origin, bool exists, const QString &what, int EntityCounts::*counter,
               const std::function<Status()> &write)
    {
        if (exists && m_policy == ConflictPolicy::Fail) {
            problems.append({origin, Tr::tr("%1 is already in the database (choose to skip or update existing records)").arg(what)});
            return;
        }
        if (exists && m_policy == ConflictPolicy::Skip) {
            ++(summary.skipped.*counter);
            return;
        }
        if (Status s = write(); !s) {
            problems.append({origin, s.error().message});
            return;
        }
        EntityCounts &tally = exists ? summary.updated : summary.added;
        ++(tally.*counter);
    }

    void importRegion(const RegionRecord &r)
    {
        Region region = r.region;
        if (!r.parentCode.isEmpty() && !resolveRegion(r.parentCode, r.origin + QStringLiteral(".parent"), region.parentId))
            return;
        auto existing = m_store.regionByCode(region.code);
        if (existing)
            region.id = existing->id;
        store(r.origin, existing.ok(), Tr::tr("region %1").arg(region.code), &EntityCounts::regions, [&]() -> Status {
            if (existing)
                return m_store.updateRegion(region);
            return m_store.addRegion(region);
        });
    }

    bool resolveRegion(const QString &code, const QString &origin, Id &id)
    {
        auto found = m_store.regionByCode(code);
        if (!found) {
            problems.append({origin, Tr::tr("region “%1” is neither in the file nor in the database").arg(code)});
            return false;
        }
        id = found->id;
        return true;
    }

    // The file's evidence for this assessment replaces what the database had.
    Status replaceEvidence(Id assessmentId, const AssessmentRecord &r)
    {
        auto old = m_store.evidenceFor(assessmentId);
        if (!old)
            return old.error();
        for (const Evidence &e : *old) {
            if (Status s = m_store.removeEvidence(e.id); !s)
                return s;
        }
        for (Dimension d : AllDimensions) {
            for (const EvidenceRef &ref : r.evidence[d]) {
                Evidence e;
                e.assessmentId = assessmentId;
                e.dimension = d;
                e.kind = ref.kind;
                if (ref.kind == Evidence::Kind::Policy) {
                    auto p = m_store.policyByUid(ref.uid);
                    e.targetId = p ? p->id : NoId;
                } else {
                    auto m = m_store.milestoneByUid(ref.uid);
                    e.targetId = m ? m->id : NoId;
                }
                if (e.targetId == NoId) {
                    problems.append({ref.origin.isEmpty() ? r.origin + QStringLiteral(".evidence.") + dimensionKey(d) : ref.origin,
                                     Tr::tr("“%1:%2” is neither in the file nor in the database")
                                         .arg(ref.kind == Evidence::Kind::Policy ? QStringLiteral("policy") : QStringLiteral("milestone"),
                                              ref.uid)});
                    continue;
                }
                if (auto added = m_store.addEvidence(e); !added)
                    return added.error();
                ++summary.added.evidence;
            }
        }
        return {};
    }

    Store &m_store;
    ConflictPolicy m_policy;
};
} // namespace

DataImporter::Output DataImporter::import(Store &store, const DataSet &data, ConflictPolicy policy)
{
    Output out;
    ImportRun run(store, policy);
    Status status = store.write([&]() -> Status {
        run.importStages(data.stages);
        run.importRegions(data.regions);
        run.importPolicies(data.policies);
        run.importMilestones(data.milestones);
        run.importAssessments(data.assessments);
        if (!run.problems.isEmpty())
            return StoreError{StoreError::Kind::Invalid,
                              Tr::tr("Nothing was imported: %n problem(s) found.", nullptr, int(run.problems.size())), {}};
        return {};
    });
    out.problems = run.problems;
    if (status)
        out.summary = run.summary;
    else
        out.error = status.error();
    return out;
}

} // namespace triangle
