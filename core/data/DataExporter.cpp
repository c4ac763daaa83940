#include "DataExporter.h"

#include "store/IndicatorRepository.h"
#include "store/IndicatorValueRepository.h"
#include "store/PanelRepository.h"
#include "store/RaterRepository.h"

#include <QHash>

#include <tuple>

namespace triangle {

namespace {
// The store's policies and milestones in the export's order (by date, then
// uid), read one at a time each time they are walked.
class StoreTimeline : public StreamedRecords
{
public:
    StoreTimeline(const Store &store, QHash<Id, QString> regionCode, qsizetype policies, qsizetype milestones)
        : m_store(store), m_regionCode(std::move(regionCode)), m_policies(policies), m_milestones(milestones)
    {
    }

    qsizetype policyCount() const override { return m_policies; }
    qsizetype milestoneCount() const override { return m_milestones; }

    bool forEachPolicy(const std::function<bool(const PolicyRecord &)> &take) const override
    {
        bool complete = true;
        const Status read = m_store.policies().forEachByDate([&](const Policy &p) {
            Policy copy = p;
            copy.id = NoId;
            copy.regionId = NoId;
            complete = take(PolicyRecord{copy, m_regionCode.value(p.regionId), {}});
            return complete;
        });
        return read.ok() && complete;
    }

    bool forEachMilestone(const std::function<bool(const MilestoneRecord &)> &take) const override
    {
        bool complete = true;
        const Status read = m_store.milestones().forEachByDate([&](const Milestone &m) {
            Milestone copy = m;
            copy.id = NoId;
            copy.regionId = NoId;
            complete = take(MilestoneRecord{copy, m_regionCode.value(m.regionId), {}});
            return complete;
        });
        return read.ok() && complete;
    }

private:
    const Store &m_store;
    QHash<Id, QString> m_regionCode;
    qsizetype m_policies;
    qsizetype m_milestones;
};
// The expert panel by natural keys, in an order that does not depend on the
// database's ids: packets as made, answers by stage, round, region,
// indicator and expert, comparisons by expert, round and pair (as stored).
void exportPanel(DataSet &data, const PanelSettings &settings, const QList<PacketSummary> &packets,
                 const QList<StoredPanelScore> &scores, const QList<StoredPanelJudgment> &judgments, const QHash<Id, QString> &stageKey,
                 const QHash<Id, QString> &regionCode, const QHash<Id, QString> &raterKey, const QHash<Id, QString> &indicatorKey,
                 const QHash<QString, int> &stageOrder, const QHash<QString, int> &indicatorOrder)
{
    data.panelSettings = PanelSettingsRecord{settings.maxCoefficientOfVariation, settings.significance, settings.minimumW,
                                             settings.ahpAggregation, settings.maxConsistencyRatio, {}};
    QHash<Id, QString> packetUuid;
    for (auto it = packets.crbegin(); it != packets.crend(); ++it) { // newest first: turned round
        packetUuid.insert(it->id, it->uuid);
        PanelPacketRecord r{it->uuid, raterKey.value(it->raterId), it->round, stageKey.value(it->stageId), {}, it->comparisons,
                            it->deadline, it->createdAt, it->returnedAt, {}};
        for (Id region : it->regionIds)
            r.regionCodes << regionCode.value(region);
        std::sort(r.regionCodes.begin(), r.regionCodes.end());
        data.panelPackets << r;
    }
    for (const StoredPanelScore &s : scores) {
        const PanelScore &a = s.score;
        data.panelScores << PanelScoreRecord{raterKey.value(a.raterId), a.round, stageKey.value(a.stageId), regionCode.value(a.regionId),
                                             indicatorKey.value(a.indicatorId), a.score, a.note, a.reason, packetUuid.value(s.packetId),
                                             {}};
    }
    std::stable_sort(data.panelScores.begin(), data.panelScores.end(), [&](const PanelScoreRecord &a, const PanelScoreRecord &b) {
        return std::tuple(stageOrder.value(a.stageKey), a.round, a.regionCode, indicatorOrder.value(a.indicatorKey), a.raterKey)
             < std::tuple(stageOrder.value(b.stageKey), b.round, b.regionCode, indicatorOrder.value(b.indicatorKey), b.raterKey);
    });
    for (const StoredPanelJudgment &s : judgments) {
        const PanelJudgment &j = s.judgment;
        PanelJudgmentRecord r{raterKey.value(j.raterId), j.round, {}, {}, {}, j.value, packetUuid.value(s.packetId), {}};
        if (j.firstDimension && j.secondDimension) {
            r.scope = QStringLiteral("dimensions");
            r.firstKey = dimensionKey(*j.firstDimension);
            r.secondKey = dimensionKey(*j.secondDimension);
        } else {
            r.firstKey = indicatorKey.value(j.firstIndicatorId);
            r.secondKey = indicatorKey.value(j.secondIndicatorId);
            const auto indicator = std::find_if(data.indicators.cbegin(), data.indicators.cend(),
                                                [&](const IndicatorRecord &i) { return i.indicator.key == r.firstKey; });
            if (indicator != data.indicators.cend())
                r.scope = dimensionKey(indicator->indicator.dimension);
        }
        data.panelJudgments << r;
    }
    auto pairOrder = [](const PanelJudgmentRecord &r) {
        return std::tuple(r.raterKey, r.round, r.scope != QStringLiteral("dimensions"), r.scope, r.firstKey, r.secondKey);
    };
    std::stable_sort(data.panelJudgments.begin(), data.panelJudgments.end(),
                     [&](const PanelJudgmentRecord &a, const PanelJudgmentRecord &b) { return pairOrder(a) < pairOrder(b); });
}

// Every weight set by name, its weights in the indicators' order.
void exportWeightSets(DataSet &data, const QList<WeightSet> &sets, const QHash<Id, QString> &stageKey,
                      const QHash<Id, QString> &indicatorKey, const QHash<QString, int> &indicatorOrder)
{
    for (const WeightSet &s : sets) {
        WeightSetRecord r{s.name, weightSetMethodKey(s.method), s.detail, s.round, stageKey.value(s.stageId), s.createdAt, s.active, {}, {}};
        for (auto w = s.weights.cbegin(); w != s.weights.cend(); ++w)
            r.values << WeightSetValueRecord{indicatorKey.value(w.key()), w.value(), {}};
        std::stable_sort(r.values.begin(), r.values.end(), [&](const WeightSetValueRecord &a, const WeightSetValueRecord &b) {
            return indicatorOrder.value(a.indicatorKey) < indicatorOrder.value(b.indicatorKey);
        });
        data.weightSets << r;
    }
    std::stable_sort(data.weightSets.begin(), data.weightSets.end(),
                     [](const WeightSetRecord &a, const WeightSetRecord &b) { return a.name < b.name; });
}
} // namespace

Result<DataSet> exportDataSet(const Store &store, bool streamTimeline)
{
    auto stages = store.stages().all();
    auto regions = store.regions().all();
    auto policies = streamTimeline ? Result<QList<Policy>>(QList<Policy>()) : store.policies().all();
    auto milestones = streamTimeline ? Result<QList<Milestone>>(QList<Milestone>()) : store.milestones().all();
    auto counts = store.counts();
    auto assessments = store.assessments().all();
    auto evidence = store.evidence().all();
    auto raters = store.raters().all();
    auto aggregate = store.raters().aggregate();
    auto indicators = store.indicators().all();
    auto values = store.indicatorValues().all();
    auto valueEvidence = store.indicatorValues().allEvidence();
    auto groups = store.groups().all();
    auto groupAggregate = store.groups().aggregate();
    auto comparisonSets = store.comparisonSets().all();
    auto recordLinks = store.recordLinks().all();
    auto panelSettings = store.panel().settings();
    auto panelPackets = store.panel().packets();
    auto panelScores = store.panel().allScores();
    auto panelJudgments = store.panel().allJudgments();
    auto weightSets = store.weightSets().all();
    for (const Status &s : {Status(weightSets), Status(panelSettings), Status(panelPackets), Status(panelScores), Status(panelJudgments), Status(groups), Status(groupAggregate), Status(comparisonSets), Status(recordLinks),Status(stages), Status(regions), Status(policies), Status(milestones), Status(assessments),
                            Status(evidence), Status(raters), Status(aggregate), Status(indicators), Status(values),
                            Status(valueEvidence), Status(counts)}) {
        if (!s)
            return s.error();
    }

    DataSet data;
    QHash<Id, QString> regionCode, stageKey, policyUid, milestoneUid;
    for (const Stage &s : *stages) {
        stageKey.insert(s.id, s.key);
        Stage copy = s;
        copy.id = NoId;
        data.stages << StageRecord{copy, {}};
    }
    for (const Region &r : *regions)
        regionCode.insert(r.id, r.code);
    // Parents before children, so the file reads top-down (the importer does not need it).
    QList<Region> ordered = *regions;
    std::stable_sort(ordered.begin(), ordered.end(), [](const Region &a, const Region &b) { return a.level < b.level; });
    for (const Region &r : ordered) {
        Region copy = r;
        copy.id = NoId;
        copy.parentId = NoId;
        data.regions << RegionRecord{copy, regionCode.value(r.parentId), {}};
    }
    for (const Policy &p : *policies) {
        policyUid.insert(p.id, p.uid);
        Policy copy = p;
        copy.id = NoId;
        copy.regionId = NoId;
        data.policies << PolicyRecord{copy, regionCode.value(p.regionId), {}};
    }
    for (const Milestone &m : *milestones) {
        milestoneUid.insert(m.id, m.uid);
        Milestone copy = m;
        copy.id = NoId;
        copy.regionId = NoId;
        data.milestones << MilestoneRecord{copy, regionCode.value(m.regionId), {}};
    }
    if (streamTimeline)
        data.streamed = std::make_shared<StoreTimeline>(store, regionCode, counts->policies, counts->milestones);
    // The uid of a policy or milestone an evidence link cites: from those
    // loaded, or one by one from the store when they are streamed.
    auto uidOf = [&](Evidence::Kind kind, Id id) -> QString {
        if (kind == Evidence::Kind::Policy) {
            if (const auto known = policyUid.constFind(id); known != policyUid.cend() || !streamTimeline)
                return known == policyUid.cend() ? QString() : *known;
            const auto p = store.policies().byId(id);
            return policyUid.insert(id, p ? p->uid : QString()).value();
        }
        if (const auto known = milestoneUid.constFind(id); known != milestoneUid.cend() || !streamTimeline)
            return known == milestoneUid.cend() ? QString() : *known;
        const auto m = store.milestones().byId(id);
        return milestoneUid.insert(id, m ? m->uid : QString()).value();
    };
    data.raterAggregate = *aggregate;
    QHash<Id, QString> raterKey, indicatorKey;
    for (const Rater &r : *raters) {
        raterKey.insert(r.id, r.key);
        Rater copy = r;
        copy.id = NoId;
        data.raters << RaterRecord{copy, {}};
    }
    for (const Indicator &i : *indicators) {
        indicatorKey.insert(i.id, i.key);
        Indicator copy = i;
        copy.id = NoId;
        data.indicators << IndicatorRecord{copy, {}};
    }
    QHash<Id, int> recordOfValue;
    for (const IndicatorValue &v : *values) {
        IndicatorValueRecord record;
        record.value.score = v.score;
        record.value.note = v.note;
        record.regionCode = regionCode.value(v.regionId);
        record.stageKey = stageKey.value(v.stageId);
        record.indicatorKey = indicatorKey.value(v.indicatorId);
        record.raterKey = raterKey.value(v.raterId);
        recordOfValue.insert(v.id, int(data.indicatorValues.size()));
        data.indicatorValues << record;
    }
    for (const IndicatorEvidence &e : *valueEvidence) {
        const int at = recordOfValue.value(e.valueId, -1);
        if (at < 0)
            continue;
        data.indicatorValues[at].evidence << EvidenceRef{e.kind, uidOf(e.kind, e.targetId), {}};
    }

    QHash<Id, int> recordOfAssessment;
    for (const Assessment &a : *assessments) {
        Assessment copy = a;
        copy.id = NoId;
        copy.regionId = NoId;
        copy.stageId = NoId;
        AssessmentRecord record;
        record.assessment = copy;
        record.regionCode = regionCode.value(a.regionId);
        record.stageKey = stageKey.value(a.stageId);
        recordOfAssessment.insert(a.id, int(data.assessments.size()));
        data.assessments << record;
    }
    for (const Evidence &e : *evidence) {
        const int at = recordOfAssessment.value(e.assessmentId, -1);
        if (at < 0)
            continue;
        data.assessments[at].evidence[e.dimension] << EvidenceRef{e.kind, uidOf(e.kind, e.targetId), {}};
    }
    // A canonical order, so two databases with the same content export the
    // same file whatever their ids: by date and uid, by region code and stage.
    auto byDateThenUid = [](const auto &a, const auto &b) {
        const auto &x = [](const auto &r) -> const auto & {
            if constexpr (std::is_same_v<std::decay_t<decltype(r)>, PolicyRecord>)
                return r.policy;
            else
                return r.milestone;
        };
        return std::pair(x(a).date.sortKey(), x(a).uid) < std::pair(x(b).date.sortKey(), x(b).uid);
    };
    std::stable_sort(data.policies.begin(), data.policies.end(), byDateThenUid);
    std::stable_sort(data.milestones.begin(), data.milestones.end(), byDateThenUid);
    QHash<QString, int> stageOrder;
    for (int i = 0; i < data.stages.size(); ++i)
        stageOrder.insert(data.stages[i].stage.key, i);
    std::stable_sort(data.assessments.begin(), data.assessments.end(), [&](const AssessmentRecord &a, const AssessmentRecord &b) {
        return std::pair(a.regionCode, stageOrder.value(a.stageKey)) < std::pair(b.regionCode, stageOrder.value(b.stageKey));
    });
    auto byKindThenUid = [](const EvidenceRef &a, const EvidenceRef &b) {
        return std::pair(int(a.kind), a.uid) < std::pair(int(b.kind), b.uid);
    };
    for (AssessmentRecord &r : data.assessments) {
        for (Dimension d : AllDimensions)
            std::sort(r.evidence[d].begin(), r.evidence[d].end(), byKindThenUid);
    }
    // Raters by key; indicators stay in dimension order; values by region, stage, indicator, rater.
    std::stable_sort(data.raters.begin(), data.raters.end(),
                     [](const RaterRecord &a, const RaterRecord &b) { return a.rater.key < b.rater.key; });
    QHash<QString, int> indicatorOrder;
    for (int i = 0; i < data.indicators.size(); ++i)
        indicatorOrder.insert(data.indicators[i].indicator.key, i);
    std::stable_sort(data.indicatorValues.begin(), data.indicatorValues.end(),
                     [&](const IndicatorValueRecord &a, const IndicatorValueRecord &b) {
                         return std::tuple(a.regionCode, stageOrder.value(a.stageKey), indicatorOrder.value(a.indicatorKey), a.raterKey)
                              < std::tuple(b.regionCode, stageOrder.value(b.stageKey), indicatorOrder.value(b.indicatorKey), b.raterKey);
                     });
    for (IndicatorValueRecord &r : data.indicatorValues)
        std::sort(r.evidence.begin(), r.evidence.end(), byKindThenUid);

    // Groups in the order they were added; members by code.
    data.groupAggregate = *groupAggregate;
    for (const RegionGroup &g : *groups) {
        GroupRecord record{g, {}, {}};
        record.group.id = NoId;
        record.group.memberIds.clear();
        for (Id member : g.memberIds)
            record.memberCodes.append(regionCode.value(member));
        record.memberCodes.sort();
        data.groups << record;
    }
    // Sets in the order they were saved; members in the set's order.
    for (const ComparisonSet &s : *comparisonSets) {
        ComparisonSetRecord record{s, {}, {}};
        record.set.id = NoId;
        record.set.memberIds.clear();
        for (Id member : s.memberIds)
            record.memberCodes.append(regionCode.value(member));
        data.comparisonSets << record;
    }
    // Causal links in the order they were made; their records by uid.
    for (const RecordLink &l : *recordLinks) {
        data.recordLinks << RecordLinkRecord{{l.from.kind, uidOf(l.from.kind, l.from.id), {}},
                                             {l.to.kind, uidOf(l.to.kind, l.to.id), {}},
                                             l.quote,
                                             l.location,
                                             l.note,
                                             {}};
    }
    exportPanel(data, *panelSettings, *panelPackets, *panelScores, *panelJudgments, stageKey, regionCode, raterKey, indicatorKey,
                stageOrder, indicatorOrder);
    exportWeightSets(data, *weightSets, stageKey, indicatorKey, indicatorOrder);
    return data;
}

} // namespace triangle
