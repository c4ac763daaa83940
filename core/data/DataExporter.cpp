#include "DataExporter.h"

#include <QHash>

namespace triangle {

Result<DataSet> exportDataSet(const Store &store)
{
    auto stages = store.stages();
    auto regions = store.regions();
    auto policies = store.policies();
    auto milestones = store.milestones();
    auto assessments = store.allAssessments();
    auto evidence = store.allEvidence();
    for (const Status &s : {Status(stages), Status(regions), Status(policies), Status(milestones), Status(assessments),
                            Status(evidence)}) {
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
        const QString uid = e.kind == Evidence::Kind::Policy ? policyUid.value(e.targetId) : milestoneUid.value(e.targetId);
        data.assessments[at].evidence[e.dimension] << EvidenceRef{e.kind, uid, {}};
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
    for (AssessmentRecord &r : data.assessments) {
        for (Dimension d : AllDimensions)
            std::sort(r.evidence[d].begin(), r.evidence[d].end(), [](const EvidenceRef &a, const EvidenceRef &b) {
                return std::pair(int(a.kind), a.uid) < std::pair(int(b.kind), b.uid);
            });
    }
    return data;
}

} // namespace triangle
