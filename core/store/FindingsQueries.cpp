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
        input.records << DatedRecord{p.date, p.dimensions, p.primaryDimension, p.dateImputed};
    for (const Milestone &m : *milestones)
        input.records << DatedRecord{m.date, m.dimensions, m.primaryDimension, m.dateImputed};
    return input;
}

Result<FindingsUncertaintyInput> findingsUncertaintyInputFor(const Store &store, Id regionId)
{
    auto inputs = findingsUncertaintyInputsFor(store, {regionId});
    if (!inputs)
        return inputs.error();
    return inputs->first();
}

Result<QList<FindingsUncertaintyInput>> findingsUncertaintyInputsFor(const Store &store, const QList<Id> &regionIds)
{
    auto indicators = store.indicators().all();
    if (!indicators)
        return indicators.error();
    auto aggregate = store.raters().aggregate();
    if (!aggregate)
        return aggregate.error();
    auto stages = store.stages().all();
    if (!stages)
        return stages.error();
    QHash<Id, QString> stageKey;
    for (const Stage &s : *stages)
        stageKey.insert(s.id, s.key);
    // One read of the values for many regions, one per region for a few.
    QHash<Id, QList<IndicatorValue>> valuesOf; // by region
    if (regionIds.size() > 8) {
        auto all = store.indicatorValues().all();
        if (!all)
            return all.error();
        for (const IndicatorValue &v : *all)
            valuesOf[v.regionId] << v;
    } else {
        for (Id id : regionIds) {
            auto values = store.indicatorValues().forRegion(id);
            if (!values)
                return values.error();
            valuesOf.insert(id, *values);
        }
    }

    QList<FindingsUncertaintyInput> out;
    for (Id regionId : regionIds) {
        FindingsUncertaintyInput input;
        auto findings = findingsInputFor(store, regionId);
        if (!findings)
            return findings.error();
        input.findings = *findings;
        // An indicator the region was never scored on takes no part in the weight
        // draws: drawn too, its weight would only loosen the others' (issue 21 §11).
        QSet<Id> scored;
        for (const IndicatorValue &v : valuesOf.value(regionId))
            scored.insert(v.indicatorId);
        for (const Indicator &i : std::as_const(*indicators)) {
            if (scored.contains(i.id))
                input.indicators << i;
        }
        input.aggregate = *aggregate;
        auto assessments = store.assessments().forRegion(regionId, AssessmentRepository::Scope::ScoredOnly);
        if (!assessments)
            return assessments.error();
        for (const Assessment &a : *assessments) {
            const QString key = stageKey.value(a.stageId);
            std::optional<StageScoring> *slot = key == QStringLiteral("initial")     ? &input.initial
                                                : key == QStringLiteral("advantage") ? &input.advantage
                                                : key == QStringLiteral("target")    ? &input.target
                                                                                     : nullptr;
            if (!slot)
                continue;
            StageScoring stage{a.scores, a.origin, {}};
            for (const IndicatorValue &v : valuesOf.value(regionId)) {
                if (v.stageId == a.stageId)
                    stage.values << v;
            }
            *slot = stage;
        }
        out << input;
    }
    return out;
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
