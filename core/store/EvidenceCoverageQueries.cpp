#include "EvidenceCoverageQueries.h"

#include "Store.h"

#include "model/DomainNames.h"

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

// The records cited by the values of one region and stage, as the data files
// name them ("milestone:UID"), found with each citing indicator.
class Citations
{
public:
    explicit Citations(const Store &store) : m_store(store) {}

    Status load()
    {
        auto indicators = m_store.indicators().all();
        if (!indicators)
            return indicators.error();
        for (const Indicator &i : std::as_const(*indicators))
            m_indicators.insert(i.id, i);
        return {};
    }

    // `links` are the evidence of `values`; in the indicators' order, so that
    // the warning names them as the Scorecard lists them.
    Result<QList<DoubleCount>> doubleCounts(QList<IndicatorValue> values, const QHash<Id, QList<IndicatorEvidence>> &links)
    {
        const auto place = [this](const IndicatorValue &v) {
            const auto i = m_indicators.constFind(v.indicatorId);
            return i == m_indicators.cend() ? std::tuple(DimensionCount, 0, v.raterId) : std::tuple(index(i->dimension), i->sortOrder, v.raterId);
        };
        std::stable_sort(values.begin(), values.end(),
                         [&place](const IndicatorValue &a, const IndicatorValue &b) { return place(a) < place(b); });
        QList<EvidenceCitation> citations;
        for (const IndicatorValue &v : std::as_const(values)) {
            const auto indicator = m_indicators.constFind(v.indicatorId);
            if (indicator == m_indicators.cend())
                continue;
            for (const IndicatorEvidence &e : links.value(v.id)) {
                auto record = recordName(e.kind, e.targetId);
                if (!record)
                    return record.error();
                citations << EvidenceCitation{*record, indicator->dimension, localizedName(indicator->nameZh, indicator->nameEn)};
            }
        }
        return findDoubleCounts(citations);
    }

private:
    // Only the cited records are read, one at a time: a study may hold a million milestones.
    Result<QString> recordName(Evidence::Kind kind, Id id)
    {
        const bool policy = kind == Evidence::Kind::Policy;
        QHash<Id, QString> &names = policy ? m_policies : m_milestones;
        if (const auto found = names.constFind(id); found != names.cend())
            return *found;
        QString uid;
        if (policy) {
            auto p = m_store.policies().byId(id);
            if (!p)
                return p.error();
            uid = p->uid;
        } else {
            auto m = m_store.milestones().byId(id);
            if (!m)
                return m.error();
            uid = m->uid;
        }
        const QString name = (policy ? QStringLiteral("policy:") : QStringLiteral("milestone:")) + uid;
        names.insert(id, name);
        return name;
    }

    const Store &m_store;
    QHash<Id, Indicator> m_indicators;
    QHash<Id, QString> m_policies;
    QHash<Id, QString> m_milestones;
};
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
    QHash<Id, QList<IndicatorEvidence>> linksOfValue;
    for (const IndicatorEvidence &e : *valueLinks)
        linksOfValue[e.valueId] << e;
    // An indicator value belongs to the assessment of its region and stage.
    QHash<std::pair<Id, Id>, QList<IndicatorValue>> valuesAt;
    for (const IndicatorValue &v : *values)
        valuesAt[{v.regionId, v.stageId}] << v;
    Citations citations(store);
    if (Status loaded = citations.load(); !loaded)
        return loaded.error();
    QHash<Id, EvidenceCoverage> out;
    for (const Assessment &a : *assessments) {
        EvidenceCoverage c;
        c.dimensionsBacked = dimensionsWithLinks(linksOf.value(a.id));
        const QList<IndicatorValue> own = valuesAt.value({a.regionId, a.stageId});
        c.values = int(own.size());
        c.valuesBacked = int(std::count_if(own.cbegin(), own.cend(), [&](const IndicatorValue &v) { return linksOfValue.contains(v.id); }));
        auto counted = citations.doubleCounts(own, linksOfValue);
        if (!counted)
            return counted.error();
        c.doubleCounts = *counted;
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
    QHash<Id, QList<IndicatorEvidence>> linksOfValue;
    for (const IndicatorValue &v : *values) {
        auto evidence = store.indicatorValues().evidenceFor(v.id);
        if (!evidence)
            return evidence.error();
        c.valuesBacked += !evidence->isEmpty();
        if (!evidence->isEmpty())
            linksOfValue.insert(v.id, *evidence);
    }
    Citations citations(store);
    if (Status loaded = citations.load(); !loaded)
        return loaded.error();
    auto counted = citations.doubleCounts(*values, linksOfValue);
    if (!counted)
        return counted.error();
    c.doubleCounts = *counted;
    return c;
}

} // namespace triangle
