#include "SeriesInfoBuilder.h"

#include "model/DomainNames.h"

namespace triangle {

SeriesInfoBuilder::SeriesInfoBuilder(const Store &store) : m_store(store) {}

Result<SeriesInfo> SeriesInfoBuilder::infoFor(const Assessment &assessment, const QString &regionName,
                                              const QString &stageName) const
{
    auto evidence = m_store.evidence().forAssessment(assessment.id);
    if (!evidence)
        return evidence.error();
    SeriesInfo info{assessment.id, regionName, stageName, assessment.rationale, {}, !m_store.isReadOnly()};
    for (const Evidence &e : *evidence)
        ++info.evidenceCount[e.dimension];
    return info;
}

Result<QList<SeriesInfo>> SeriesInfoBuilder::evolution(Id regionId, const QList<Id> &stageIds) const
{
    auto region = m_store.regions().byId(regionId);
    if (!region)
        return region.error();
    auto stages = m_store.stages().all();
    if (!stages)
        return stages.error();
    auto assessments = m_store.assessments().forRegion(regionId, AssessmentRepository::Scope::ScoredOnly);
    if (!assessments)
        return assessments.error();
    QList<SeriesInfo> infos;
    for (const Stage &stage : *stages) {
        if (!stageIds.isEmpty() && !stageIds.contains(stage.id))
            continue;
        for (const Assessment &a : *assessments) {
            if (a.stageId != stage.id)
                continue;
            auto info = infoFor(a, localizedName(region->nameZh, region->nameEn), localizedName(stage.nameZh, stage.nameEn));
            if (!info)
                return info.error();
            infos << *info;
        }
    }
    return infos;
}

Result<QList<SeriesInfo>> SeriesInfoBuilder::comparison(const QList<Id> &regionIds, Id stageId) const
{
    auto stages = m_store.stages().all();
    if (!stages)
        return stages.error();
    const auto stage = std::find_if(stages->begin(), stages->end(), [&](const Stage &s) { return s.id == stageId; });
    if (stage == stages->end())
        return QList<SeriesInfo>();
    QList<SeriesInfo> infos;
    for (Id regionId : regionIds) {
        auto region = m_store.regions().byId(regionId);
        if (!region)
            return region.error();
        auto a = m_store.assessments().at(regionId, stageId, AssessmentRepository::Scope::ScoredOnly);
        if (!a)
            return a.error();
        if (!a->has_value())
            continue;
        auto info = infoFor(**a, localizedName(region->nameZh, region->nameEn), localizedName(stage->nameZh, stage->nameEn));
        if (!info)
            return info.error();
        infos << *info;
    }
    return infos;
}

} // namespace triangle
