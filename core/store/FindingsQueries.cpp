#include "FindingsQueries.h"

#include "Store.h"

#include <QSet>

namespace triangle {

Result<FindingsInput> findingsInputFor(const Store &store, Id regionId)
{
    FindingsInput input;
    auto region = store.regions().byId(regionId);
    if (!region)
        return region.error();
    input.basis = region->basis;
    auto stages = store.stages().all();
    if (!stages)
        return stages.error();
    auto assessments = store.assessments().forRegion(regionId, AssessmentRepository::Scope::ScoredOnly);
    if (!assessments)
        return assessments.error();
    QHash<Id, QString> keyOf;
    for (const Stage &s : *stages) {
        keyOf.insert(s.id, s.key);
        if (s.key == QStringLiteral("advantage") && s.endYear > 0)
            input.advantageEndYear = s.endYear;
        if (s.key == QStringLiteral("target"))
            input.targetPlanned = s.planned;
    }
    for (const Assessment &a : *assessments) {
        const QString key = keyOf.value(a.stageId);
        if (key == QStringLiteral("initial"))
            input.initial = a.scores;
        else if (key == QStringLiteral("advantage"))
            input.advantage = a.scores;
        else if (key == QStringLiteral("target"))
            input.target = a.scores;
    }
    RecordFilter own;
    own.regionId = regionId;
    auto policies = store.policies().all(own);
    if (!policies)
        return policies.error();
    auto milestones = store.milestones().all(own);
    if (!milestones)
        return milestones.error();
    for (const Policy &p : *policies)
        input.records << DatedRecord{p.date, p.dimensions};
    for (const Milestone &m : *milestones)
        input.records << DatedRecord{m.date, m.dimensions};
    return input;
}

Result<QList<Id>> assessedRegions(const Store &store)
{
    auto counts = store.assessments().countsByRegion();
    if (!counts)
        return counts.error();
    auto regions = store.regions().all();
    if (!regions)
        return regions.error();
    QList<Id> out;
    for (const Region &r : *regions) {
        if (counts->contains(r.id))
            out << r.id;
    }
    return out;
}

} // namespace triangle
