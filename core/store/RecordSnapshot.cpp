#include "RecordSnapshot.h"

#include "IndicatorRepository.h"
#include "IndicatorValueRepository.h"
#include "RaterRepository.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <functional>

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

// Appends the links not seen yet (`seen` holds their ids).
template<typename Link>
Status appendUnique(QList<Link> &to, QSet<Id> &seen, const Result<QList<Link>> &links)
{
    if (!links)
        return links.error();
    for (const Link &link : *links) {
        if (!seen.contains(link.id)) {
            seen.insert(link.id);
            to.append(link);
        }
    }
    return {};
}

// The evidence that cites any of the snapshot's policies or milestones, or
// belongs to any of its assessments, each link once.
Status collectEvidence(const Store &store, RecordSnapshot &s)
{
    QSet<Id> seen;
    for (const Assessment &a : std::as_const(s.assessments)) {
        if (Status ok = appendUnique(s.evidence, seen, store.evidence().forAssessment(a.id)); !ok)
            return ok;
    }
    for (const Policy &p : std::as_const(s.policies)) {
        if (Status ok = appendUnique(s.evidence, seen, store.evidence().citing(Evidence::Kind::Policy, p.id)); !ok)
            return ok;
    }
    for (const Milestone &m : std::as_const(s.milestones)) {
        if (Status ok = appendUnique(s.evidence, seen, store.evidence().citing(Evidence::Kind::Milestone, m.id)); !ok)
            return ok;
    }
    return {};
}

// The causal links from or to the snapshot's policies and milestones, each once.
Status collectLinks(const Store &store, RecordSnapshot &s)
{
    QSet<Id> seen;
    for (const Policy &p : std::as_const(s.policies)) {
        if (Status ok = appendUnique(s.recordLinks, seen, store.recordLinks().touching({Evidence::Kind::Policy, p.id})); !ok)
            return ok;
    }
    for (const Milestone &m : std::as_const(s.milestones)) {
        if (Status ok = appendUnique(s.recordLinks, seen, store.recordLinks().touching({Evidence::Kind::Milestone, m.id}));
            !ok)
            return ok;
    }
    return {};
}

// The evidence of the snapshot's indicator values, and the indicator evidence
// citing its policies and milestones, each link once.
Status collectIndicatorEvidence(const Store &store, RecordSnapshot &s)
{
    QSet<Id> seen;
    for (const IndicatorEvidence &e : std::as_const(s.indicatorEvidence))
        seen.insert(e.id);
    const IndicatorValueRepository &values = store.indicatorValues();
    for (const IndicatorValue &v : std::as_const(s.indicatorValues)) {
        if (Status ok = appendUnique(s.indicatorEvidence, seen, values.evidenceFor(v.id)); !ok)
            return ok;
    }
    for (const Policy &p : std::as_const(s.policies)) {
        if (Status ok = appendUnique(s.indicatorEvidence, seen, values.evidenceCiting(Evidence::Kind::Policy, p.id)); !ok)
            return ok;
    }
    for (const Milestone &m : std::as_const(s.milestones)) {
        if (Status ok = appendUnique(s.indicatorEvidence, seen, values.evidenceCiting(Evidence::Kind::Milestone, m.id)); !ok)
            return ok;
    }
    return {};
}

// Values matching `keep`, with their evidence, and the assessments with a
// derived score that those values feed.
Status collectValues(const Store &store, RecordSnapshot &s, const std::function<bool(const IndicatorValue &)> &keep)
{
    auto values = store.indicatorValues().all();
    if (!values)
        return values.error();
    QSet<QPair<Id, Id>> fed;
    for (const IndicatorValue &v : *values) {
        if (keep(v)) {
            s.indicatorValues.append(v);
            fed.insert({v.regionId, v.stageId});
        }
    }
    auto assessments = store.assessments().all();
    if (!assessments)
        return assessments.error();
    for (const Assessment &a : *assessments) {
        const bool derived = std::any_of(AllDimensions.begin(), AllDimensions.end(),
                                         [&a](Dimension d) { return a.origin[d] == ScoreOrigin::Derived; });
        if (derived && fed.contains({a.regionId, a.stageId}))
            s.derivedAssessments.append(a);
    }
    return collectIndicatorEvidence(store, s);
}
} // namespace

EntityCounts RecordSnapshot::counts() const
{
    return {int(regions.size()),        int(stages.size()),          int(assessments.size()),
            int(policies.size()),       int(milestones.size()),      int(evidence.size()),
            int(indicators.size()),     int(raters.size()),          int(indicatorValues.size()),
            int(indicatorEvidence.size()), 0,                        0,
            int(recordLinks.size())};
}

Result<RecordSnapshot> snapshotRegion(const Store &store, Id regionId)
{
    auto all = store.regions().all();
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
        if (Status ok = appendAll(s.assessments, store.assessments().forRegion(r.id)); !ok)
            return ok.error();
        if (Status ok = appendAll(s.policies, store.policies().all(ofRegion)); !ok)
            return ok.error();
        if (Status ok = appendAll(s.milestones, store.milestones().all(ofRegion)); !ok)
            return ok.error();
    }
    if (Status ok = collectEvidence(store, s); !ok)
        return ok.error();
    if (Status ok = collectLinks(store, s); !ok)
        return ok.error();
    if (Status ok = collectValues(store, s, [&inTree](const IndicatorValue &v) { return inTree.contains(v.regionId); }); !ok)
        return ok.error();
    s.derivedAssessments.clear(); // the region's own assessments go with it and come back whole
    QList<Id> regionIds;
    for (const Region &r : std::as_const(s.regions))
        regionIds.append(r.id);
    auto memberships = store.groups().membershipsOf(regionIds);
    if (!memberships)
        return memberships.error();
    s.groupMemberships = *memberships;
    auto setMemberships = store.comparisonSets().membershipsOf(regionIds);
    if (!setMemberships)
        return setMemberships.error();
    s.setMemberships = *setMemberships;
    return s;
}

Result<RecordSnapshot> snapshotStage(const Store &store, Id stageId)
{
    auto stages = store.stages().all();
    auto assessments = store.assessments().all();
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
    if (Status ok = collectValues(store, s, [stageId](const IndicatorValue &v) { return v.stageId == stageId; }); !ok)
        return ok.error();
    s.derivedAssessments.clear(); // the stage's assessments go with it and come back whole
    return s;
}

Result<RecordSnapshot> snapshotAssessment(const Store &store, Id assessmentId)
{
    auto assessment = store.assessments().byId(assessmentId);
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
    auto policy = store.policies().byId(policyId);
    if (!policy)
        return policy.error();
    RecordSnapshot s;
    s.policies.append(*policy);
    if (Status ok = collectEvidence(store, s); !ok)
        return ok.error();
    if (Status ok = collectLinks(store, s); !ok)
        return ok.error();
    if (Status ok = collectIndicatorEvidence(store, s); !ok)
        return ok.error();
    return s;
}

Result<RecordSnapshot> snapshotMilestone(const Store &store, Id milestoneId)
{
    auto milestone = store.milestones().byId(milestoneId);
    if (!milestone)
        return milestone.error();
    RecordSnapshot s;
    s.milestones.append(*milestone);
    if (Status ok = collectEvidence(store, s); !ok)
        return ok.error();
    if (Status ok = collectLinks(store, s); !ok)
        return ok.error();
    if (Status ok = collectIndicatorEvidence(store, s); !ok)
        return ok.error();
    return s;
}

Result<RecordSnapshot> snapshotEvidence(const Store &store, Id evidenceId)
{
    auto link = store.evidence().byId(evidenceId);
    if (!link)
        return link.error();
    RecordSnapshot s;
    s.evidence.append(*link);
    return s;
}

Result<RecordSnapshot> snapshotRater(const Store &store, Id raterId)
{
    auto rater = store.raters().byId(raterId);
    if (!rater)
        return rater.error();
    RecordSnapshot s;
    s.raters.append(*rater);
    if (Status ok = collectValues(store, s, [raterId](const IndicatorValue &v) { return v.raterId == raterId; }); !ok)
        return ok.error();
    return s;
}

Result<RecordSnapshot> snapshotIndicator(const Store &store, Id indicatorId)
{
    auto indicator = store.indicators().byId(indicatorId);
    if (!indicator)
        return indicator.error();
    RecordSnapshot s;
    s.indicators.append(*indicator);
    if (Status ok = collectValues(store, s, [indicatorId](const IndicatorValue &v) { return v.indicatorId == indicatorId; });
        !ok)
        return ok.error();
    return s;
}

Result<RecordSnapshot> snapshotIndicatorValue(const Store &store, Id valueId)
{
    RecordSnapshot s;
    if (Status ok = collectValues(store, s, [valueId](const IndicatorValue &v) { return v.id == valueId; }); !ok)
        return ok.error();
    if (s.indicatorValues.isEmpty())
        return StoreError{StoreError::Kind::NotFound, Tr::tr("No indicator value %1 in the database.").arg(valueId), {}};
    return s;
}

Status restoreSnapshot(Store &store, const RecordSnapshot &snapshot)
{
    return store.write([&]() -> Status {
        for (const Region &r : snapshot.regions) {
            if (auto ok = store.regions().add(r); !ok)
                return ok.error();
        }
        for (const Stage &st : snapshot.stages) {
            if (auto ok = store.stages().add(st); !ok)
                return ok.error();
        }
        for (const Rater &r : snapshot.raters) {
            if (auto ok = store.raters().add(r); !ok)
                return ok.error();
        }
        for (const Indicator &i : snapshot.indicators) {
            if (auto ok = store.indicators().add(i); !ok)
                return ok.error();
        }
        // Values before assessments, so that a derived score finds them.
        for (const IndicatorValue &v : snapshot.indicatorValues) {
            if (auto ok = store.indicatorValues().add(v); !ok)
                return ok.error();
        }
        for (const Assessment &a : snapshot.assessments) {
            if (auto ok = store.assessments().add(a); !ok)
                return ok.error();
        }
        for (const Policy &p : snapshot.policies) {
            if (auto ok = store.policies().add(p); !ok)
                return ok.error();
        }
        for (const Milestone &m : snapshot.milestones) {
            if (auto ok = store.milestones().add(m); !ok)
                return ok.error();
        }
        for (const Evidence &e : snapshot.evidence) {
            if (auto ok = store.evidence().add(e); !ok)
                return ok.error();
        }
        for (const RecordLink &l : snapshot.recordLinks) {
            if (auto ok = store.recordLinks().add(l); !ok)
                return ok.error();
        }
        for (const IndicatorEvidence &e : snapshot.indicatorEvidence) {
            if (auto ok = store.indicatorValues().addEvidence(e); !ok)
                return ok.error();
        }
        for (const Assessment &a : snapshot.derivedAssessments) {
            if (Status ok = store.assessments().update(a); !ok)
                return ok;
        }
        for (const auto &[groupId, regionId] : snapshot.groupMemberships) {
            if (Status ok = store.groups().addMembership(groupId, regionId); !ok)
                return ok;
        }
        for (const ComparisonSetMembership &m : snapshot.setMemberships) {
            if (Status ok = store.comparisonSets().addMembership(m); !ok)
                return ok;
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
    if (c.indicators > 0)
        parts << Tr::tr("%n indicator(s)", nullptr, c.indicators);
    if (c.raters > 0)
        parts << Tr::tr("%n rater(s)", nullptr, c.raters);
    if (c.indicatorValues > 0)
        parts << Tr::tr("%n indicator value(s)", nullptr, c.indicatorValues);
    if (c.indicatorEvidence > 0)
        parts << Tr::tr("%n indicator evidence link(s)", nullptr, c.indicatorEvidence);
    if (c.recordLinks > 0)
        parts << Tr::tr("%n causal link(s)", nullptr, c.recordLinks);
    return parts.join(Tr::tr(", "));
}

} // namespace triangle
