#include "EvidenceCoverageQueries.h"

#include "Store.h"

#include <QSet>

#include <algorithm>
#include <tuple>

namespace triangle {

namespace {
// A dimension counts once however many links its score has; so does a value.
int dimensionsWithLinks(const QList<Evidence> &links)
{
    PerDimension<bool> backed{};
    for (const Evidence &e : links)
        backed[e.dimension] = true;
    return int(std::count(backed.values.begin(), backed.values.end(), true));
}
} // namespace

Result<QHash<Id, EvidenceCoverage>> evidenceCoverage(const Store &store)
{
    auto assessments = store.assessments().all();
    auto links = store.evidence().all();
    auto values = store.indicatorValues().all();
    auto valueLinks = store.indicatorValues().allEvidence();
    for (const Status &s : {Status(assessments), Status(links), Status(values), Status(valueLinks)}) {
        if (!s)
            return s.error();
    }
    QHash<Id, QList<Evidence>> linksOf;
    for (const Evidence &e : *links)
        linksOf[e.assessmentId] << e;
    QSet<Id> backedValues;
    for (const IndicatorEvidence &e : *valueLinks)
        backedValues.insert(e.valueId);
    // An indicator value belongs to the assessment of its region and stage.
    QHash<std::pair<Id, Id>, std::pair<int, int>> valuesAt; // (region, stage) → (values, backed)
    for (const IndicatorValue &v : *values) {
        auto &[count, backed] = valuesAt[{v.regionId, v.stageId}];
        ++count;
        backed += backedValues.contains(v.id);
    }
    QHash<Id, EvidenceCoverage> out;
    for (const Assessment &a : *assessments) {
        EvidenceCoverage c;
        c.dimensionsBacked = dimensionsWithLinks(linksOf.value(a.id));
        std::tie(c.values, c.valuesBacked) = valuesAt.value({a.regionId, a.stageId});
        out.insert(a.id, c);
    }
    return out;
}

Result<EvidenceCoverage> evidenceCoverageOf(const Store &store, const Assessment &assessment)
{
    auto links = store.evidence().forAssessment(assessment.id);
    auto values = store.indicatorValues().forAssessment(assessment.regionId, assessment.stageId);
    for (const Status &s : {Status(links), Status(values)}) {
        if (!s)
            return s.error();
    }
    EvidenceCoverage c;
    c.dimensionsBacked = dimensionsWithLinks(*links);
    c.values = int(values->size());
    for (const IndicatorValue &v : *values) {
        auto evidence = store.indicatorValues().evidenceFor(v.id);
        if (!evidence)
            return evidence.error();
        c.valuesBacked += !evidence->isEmpty();
    }
    return c;
}

} // namespace triangle
