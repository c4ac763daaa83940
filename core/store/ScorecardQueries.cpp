#include "ScorecardQueries.h"

#include "IndicatorRepository.h"
#include "IndicatorValueRepository.h"
#include "RaterRepository.h"
#include "Store.h"
#include "analysis/ScoreDerivation.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace triangle {

Result<SensitivityInput> sensitivityInputFor(const Store &store, const QList<Id> &regionIds, Id stageId)
{
    auto indicators = store.indicators().all();
    if (!indicators)
        return indicators.error();
    auto aggregate = store.raters().aggregate();
    if (!aggregate)
        return aggregate.error();
    auto values = store.indicatorValues().forStage(stageId);
    if (!values)
        return values.error();

    SensitivityInput input;
    // An indicator no region here was scored on takes no part in a draw: drawn
    // too, its weight would only loosen the others' (issue 21 §11).
    QSet<Id> scored;
    for (const IndicatorValue &v : *values) {
        if (regionIds.contains(v.regionId))
            scored.insert(v.indicatorId);
    }
    // Each indicator's place in its dimension's weight list.
    QHash<Id, qsizetype> slot;
    for (const Indicator &i : *indicators) {
        if (!scored.contains(i.id))
            continue;
        slot.insert(i.id, input.weights[i.dimension].size());
        input.weights[i.dimension].append(i.weight);
    }
    input.aggregate = *aggregate;
    // Each region's values by rater, as the app derives its scores: per rater, then combined.
    QHash<Id, QMap<Id, QList<const IndicatorValue *>>> valuesByRegionRater; // a map: raters in id order
    for (const IndicatorValue &v : *values)
        valuesByRegionRater[v.regionId][v.raterId].append(&v);
    QHash<Id, Dimension> dimensionOf;
    for (const Indicator &i : *indicators) {
        if (slot.contains(i.id))
            dimensionOf.insert(i.id, i.dimension);
    }

    for (Id regionId : regionIds) {
        auto assessment = store.assessments().at(regionId, stageId, AssessmentRepository::Scope::ScoredOnly);
        if (!assessment)
            return assessment.error();
        if (!assessment->has_value())
            continue;
        const Assessment &a = **assessment;
        SensitivityRegion region;
        region.regionId = regionId;
        region.fixedScores = a.scores;
        const QMap<Id, QList<const IndicatorValue *>> byRater = valuesByRegionRater.value(regionId);
        for (auto rater = byRater.cbegin(); rater != byRater.cend(); ++rater) {
            PerDimension<QList<std::optional<double>>> scores;
            for (Dimension d : AllDimensions)
                scores[d].resize(input.weights[d].size());
            for (const IndicatorValue *v : rater.value()) {
                if (dimensionOf.contains(v->indicatorId))
                    scores[dimensionOf.value(v->indicatorId)][slot.value(v->indicatorId)] = v->score;
            }
            for (Dimension d : AllDimensions) {
                // A score set by hand stays as typed; a rater with none here is left out.
                const bool any = std::any_of(scores[d].cbegin(), scores[d].cend(), [](const auto &s) { return s.has_value(); });
                if (a.origin[d] == ScoreOrigin::Derived && any)
                    region.raterScores[d].append(scores[d]);
            }
        }
        input.regions.append(region);
    }
    return input;
}

namespace {
// What agreement is computed from: the indicators, the values of `regionIds`
// (at `stageId`, when given) and the raters in id order, from one read.
struct AgreementInputs
{
    QList<Indicator> indicators;
    QList<IndicatorValue> values;
    QList<Id> raterOrder;
};

Result<AgreementInputs> agreementInputsFor(const Store &store, const QList<Id> &regionIds, std::optional<Id> stageId)
{
    auto indicators = store.indicators().all();
    if (!indicators)
        return indicators.error();
    auto raters = store.raters().all();
    if (!raters)
        return raters.error();
    auto values = stageId ? store.indicatorValues().forStage(*stageId) : store.indicatorValues().all();
    if (!values)
        return values.error();
    AgreementInputs in;
    in.indicators = *indicators;
    const QSet<Id> wanted(regionIds.begin(), regionIds.end());
    for (const IndicatorValue &v : *values) {
        if (wanted.contains(v.regionId))
            in.values.append(v);
    }
    for (const Rater &r : *raters)
        in.raterOrder.append(r.id);
    return in;
}
} // namespace

Result<ScopedAgreement> raterAgreementFor(const Store &store, const QList<Id> &regionIds, std::optional<Id> stageId)
{
    auto in = agreementInputsFor(store, regionIds, stageId);
    if (!in)
        return in.error();
    return scopedAgreement(in->indicators, in->values, in->raterOrder);
}

Result<StageAgreements> raterAgreementByStageFor(const Store &store, const QList<Id> &regionIds)
{
    auto stages = store.stages().all();
    if (!stages)
        return stages.error();
    auto in = agreementInputsFor(store, regionIds, std::nullopt);
    if (!in)
        return in.error();
    StageAgreements out;
    out.stages = *stages;
    QList<Id> stageOrder;
    for (const Stage &s : std::as_const(out.stages))
        stageOrder.append(s.id);
    out.agreement = agreementByStage(in->indicators, in->values, in->raterOrder, stageOrder);
    return out;
}

Result<QList<Id>> regionsWithIndicatorValues(const Store &store, std::optional<Id> stageId)
{
    auto values = stageId ? store.indicatorValues().forStage(*stageId) : store.indicatorValues().all();
    if (!values)
        return values.error();
    QSet<Id> ids;
    for (const IndicatorValue &v : *values)
        ids.insert(v.regionId);
    auto regions = store.regions().all();
    if (!regions)
        return regions.error();
    QList<Id> out;
    for (const Region &r : *regions) {
        if (ids.contains(r.id))
            out.append(r.id);
    }
    return out;
}

} // namespace triangle
