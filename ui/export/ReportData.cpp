#include "ReportData.h"

#include "ReportScorecard.h"
#include "ViewFigures.h"
#include "model/DomainNames.h"
#include "render/FigureBuilder.h"
#include "render/Palette.h"
#include "render/SeriesColours.h"
#include "data/Provenance.h"
#include "store/CausalLinkQueries.h"
#include "store/EvidenceCoverageQueries.h"
#include "store/FindingsQueries.h"
#include "store/GroupTriangles.h"
#include "store/RegionRecords.h"
#include "store/ScorecardQueries.h"
#include "store/ScoreSync.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

namespace triangle {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(triangle::ReportData)
};

// The policies and milestones cited, read once each however often they are cited.
class EvidenceNames
{
public:
    explicit EvidenceNames(const Store &store) : m_store(store) {}

    Result<ReportEvidence> of(Evidence::Kind kind, Id targetId)
    {
        const auto key = std::pair(int(kind), targetId);
        if (auto it = m_cache.constFind(key); it != m_cache.constEnd())
            return *it;
        ReportEvidence evidence;
        evidence.kind = kind;
        if (kind == Evidence::Kind::Policy) {
            auto policy = m_store.policies().byId(targetId);
            if (!policy)
                return policy.error();
            evidence.title = localizedName(policy->titleZh, policy->titleEn);
            evidence.date = policy->date;
            evidence.issuer = policy->issuer;
        } else {
            auto milestone = m_store.milestones().byId(targetId);
            if (!milestone)
                return milestone.error();
            evidence.title = localizedName(milestone->titleZh, milestone->titleEn);
            evidence.date = milestone->date;
        }
        m_cache.insert(key, evidence);
        return evidence;
    }

private:
    const Store &m_store;
    QHash<std::pair<int, Id>, ReportEvidence> m_cache;
};

void addOnce(QList<ReportEvidence> &list, const ReportEvidence &evidence)
{
    for (const ReportEvidence &e : list) {
        if (e.kind == evidence.kind && e.title == evidence.title && e.date == evidence.date)
            return;
    }
    list << evidence;
}

// One assessment with, per dimension, its rationale, evidence (linked to the
// score or to one of its indicator values) and indicator scores.
Result<ReportAssessment> assembleAssessment(const Store &store, const Stage &stage, const Assessment &assessment,
                                            const QHash<Id, Indicator> &indicators, const QHash<Id, QString> &raterNames,
                                            EvidenceNames &names)
{
    ReportAssessment out{stage, assessment, {}, {}};
    auto derivation = derivationFor(store, assessment.regionId, assessment.stageId);
    if (!derivation)
        return derivation.error();
    for (Dimension d : AllDimensions) {
        ReportDimension &dim = out.dimensions[d];
        dim.score = assessment.scores[d];
        dim.origin = assessment.origin[d];
        dim.rationale = assessment.rationale[d];
        dim.derivation = (*derivation)[d];
        for (const RaterDimensionScore &r : std::as_const(dim.derivation.raters))
            dim.raterScores << std::pair(raterNames.value(r.raterId), r.score);
    }
    auto links = store.evidence().forAssessment(assessment.id);
    if (!links)
        return links.error();
    for (const Evidence &link : std::as_const(*links)) {
        auto evidence = names.of(link.kind, link.targetId);
        if (!evidence)
            return evidence.error();
        addOnce(out.dimensions[link.dimension].evidence, *evidence);
    }
    auto values = store.indicatorValues().forAssessment(assessment.regionId, assessment.stageId);
    if (!values)
        return values.error();
    // In the indicators' own order, then by rater.
    std::stable_sort(values->begin(), values->end(), [&](const IndicatorValue &a, const IndicatorValue &b) {
        const int sa = indicators.value(a.indicatorId).sortOrder;
        const int sb = indicators.value(b.indicatorId).sortOrder;
        return sa != sb ? sa < sb : a.raterId < b.raterId;
    });
    for (const IndicatorValue &value : std::as_const(*values)) {
        const auto indicator = indicators.constFind(value.indicatorId);
        if (indicator == indicators.constEnd())
            continue;
        ReportDimension &dim = out.dimensions[indicator->dimension];
        dim.indicators << ReportIndicatorScore{localizedName(indicator->nameZh, indicator->nameEn),
                                               raterNames.value(value.raterId), value.score, value.note};
        auto cited = store.indicatorValues().evidenceFor(value.id);
        if (!cited)
            return cited.error();
        for (const IndicatorEvidence &link : std::as_const(*cited)) {
            auto evidence = names.of(link.kind, link.targetId);
            if (!evidence)
                return evidence.error();
            addOnce(dim.evidence, *evidence);
        }
    }
    // An indicator left unscored is named, so that a reader sees the set is larger than the scores.
    QSet<Id> scored;
    for (const IndicatorValue &value : std::as_const(*values))
        scored.insert(value.indicatorId);
    QList<Indicator> ordered = indicators.values();
    std::sort(ordered.begin(), ordered.end(), [](const Indicator &a, const Indicator &b) { return a.sortOrder < b.sortOrder; });
    for (const Indicator &indicator : std::as_const(ordered)) {
        if (!scored.contains(indicator.id))
            out.dimensions[indicator.dimension].unscored << localizedName(indicator.nameZh, indicator.nameEn);
    }
    return out;
}

// The region's policies and milestones, oldest first.
Result<QList<ReportEvidence>> datedRecords(const Store &store, Id regionId)
{
    auto own = regionRecords(store, regionId);
    if (!own)
        return own.error();
    QList<ReportEvidence> records;
    for (const Policy &p : std::as_const(own->policies))
        records << ReportEvidence{Evidence::Kind::Policy, localizedName(p.titleZh, p.titleEn), p.date, p.issuer};
    for (const Milestone &m : std::as_const(own->milestones))
        records << ReportEvidence{Evidence::Kind::Milestone, localizedName(m.titleZh, m.titleEn), m.date, QString()};
    std::stable_sort(records.begin(), records.end(), [](const ReportEvidence &a, const ReportEvidence &b) { return a.date < b.date; });
    return records;
}
Result<ReportGroup> assembleGroup(const Store &store, const RegionGroup &group, const QList<Stage> &stages)
{
    ReportGroup out;
    out.group = group;
    auto method = store.groups().aggregate();
    if (!method)
        return method.error();
    out.method = *method;
    for (const Stage &stage : stages) {
        auto triangle = groupTriangle(store, group, stage.id);
        if (!triangle)
            return triangle.error();
        if (!triangle->isEmpty())
            out.triangles << std::pair(stage, *triangle);
    }
    if (auto figure = FigureBuilder(store).groupEvolution(group.id))
        out.evolution = *figure;
    auto members = store.groups().members(group.id);
    if (!members)
        return members.error();
    out.members = *members;
    for (const Region &member : std::as_const(out.members)) {
        auto assessments = store.assessments().forRegion(member.id, AssessmentRepository::Scope::ScoredOnly);
        if (!assessments)
            return assessments.error();
        for (const Assessment &a : std::as_const(*assessments))
            out.memberScores.insert(std::pair(member.id, a.stageId), a.scores);
    }
    return out;
}
} // namespace

Result<ReportData> assembleReportData(const Store &store, const QList<Id> &regionIds, const QList<Id> &groupIds)
{
    ReportData data;
    data.databaseName = QFileInfo(store.filePath()).fileName();
    auto provenance = provenanceOf(store);
    if (!provenance)
        return provenance.error();
    data.provenance = provenanceText(*provenance);
    auto coverage = evidenceCoverage(store);
    if (!coverage)
        return coverage.error();
    auto stages = store.stages().all();
    if (!stages)
        return stages.error();
    data.stages = *stages;
    auto raters = store.raters().all();
    if (!raters)
        return raters.error();
    for (const Rater &r : std::as_const(*raters))
        data.raterNames.insert(r.id, r.name);
    auto indicatorList = store.indicators().all();
    if (!indicatorList)
        return indicatorList.error();
    data.indicatorCount = int(indicatorList->size());
    auto aggregate = store.raters().aggregate();
    if (!aggregate)
        return aggregate.error();
    data.raterAggregate = *aggregate;
    QHash<Id, Indicator> indicators;
    for (const Indicator &i : std::as_const(*indicatorList))
        indicators.insert(i.id, i);
    auto colours = SeriesColours::of(store);
    if (!colours)
        return colours.error();

    QList<Id> memberIds;
    for (Id id : groupIds) {
        auto g = store.groups().byId(id);
        if (!g)
            return g.error();
        auto group = assembleGroup(store, *g, data.stages);
        if (!group)
            return group.error();
        data.groups << *group;
        for (Id member : g->memberIds) {
            if (!memberIds.contains(member))
                memberIds << member;
        }
    }
    EvidenceNames names(store);
    // The cover names the provenance once for every figure: a second footnote
    // line on each would push a full page's last rows onto another.
    const FigureBuilder builder(store);
    for (Id id : regionIds) {
        auto r = store.regions().byId(id);
        if (!r)
            return r.error();
        ReportRegion region;
        region.region = *r;
        region.colour = seriesColor(colours->region(id));
        auto assessments = store.assessments().forRegion(id, AssessmentRepository::Scope::ScoredOnly);
        if (!assessments)
            return assessments.error();
        for (const Stage &stage : std::as_const(data.stages)) {
            for (const Assessment &a : std::as_const(*assessments)) {
                if (a.stageId != stage.id)
                    continue;
                auto assembled = assembleAssessment(store, stage, a, indicators, data.raterNames, names);
                if (!assembled)
                    return assembled.error();
                assembled->coverage = coverage->value(a.id);
                region.assessments << *assembled;
            }
        }
        if (auto evolution = builder.evolution(id))
            region.evolution = *evolution;
        else
            region.noEvolution = evolution.error().message;
        FigureRequest chart;
        chart.view = FigureView::Dimensions;
        chart.regions = {id};
        if (auto paint = viewFigurePaint(store, chart))
            region.dimensionChart = *paint;
        auto records = datedRecords(store, id);
        if (!records)
            return records.error();
        region.records = *records;
        auto links = causalReadingOf(store, id);
        if (!links)
            return links.error();
        region.causalLinks = *links;
        for (const Stage &stage : std::as_const(data.stages)) {
            auto rolled = rollUpTriangle(store, id, stage.id);
            if (!rolled)
                return rolled.error();
            if (!rolled->isEmpty())
                region.rollUps << std::pair(stage, *rolled);
        }
        data.regions << region;
        data.analysed << *r;
    }
    if (regionIds.isEmpty()) {
        for (Id id : std::as_const(memberIds)) {
            auto r = store.regions().byId(id);
            if (!r)
                return r.error();
            data.analysed << *r;
        }
    }
    for (const Region &r : std::as_const(data.analysed)) {
        auto input = findingsUncertaintyInputFor(store, r.id);
        if (!input)
            return input.error();
        data.findings.insert(r.id, findingsFor(input->findings));
        data.uncertainty.insert(r.id, findingsUncertainty(*input));
        data.thresholds.insert(r.id, thresholdSensitivity(input->findings));
    }
    auto allAssessments = store.assessments().all(AssessmentRepository::Scope::ScoredOnly);
    if (!allAssessments)
        return allAssessments.error();
    QList<Id> analysed;
    for (const Region &r : std::as_const(data.analysed))
        analysed << r.id;
    if (data.raterNames.size() > 1) {
        auto agreement = raterAgreementByStageFor(store, analysed);
        if (!agreement)
            return agreement.error();
        data.raterAgreement = *agreement;
    }
    auto panel = panelContext(store);
    if (!panel)
        return panel.error();
    if (!panel->summary.packets.isEmpty() || !panel->summary.consistency.isEmpty())
        data.panel = *panel;
    data.sensitivityStage = sensitivityStage(data.stages, *allAssessments, analysed);
    if (data.sensitivityStage) {
        auto sensitivity = reportSensitivity(store, data.analysed, *data.sensitivityStage);
        if (!sensitivity)
            return sensitivity.error();
        data.sensitivity = *sensitivity;
    }
    for (const Stage &stage : std::as_const(data.stages)) {
        if (auto figure = builder.comparison(regionIds, stage.id, groupIds)) {
            figure->legendLimit = DefaultLegendLimit;
            data.comparison << *figure;
        }
    }
    if (data.analysed.isEmpty() && data.groups.isEmpty())
        return StoreError{StoreError::Kind::Invalid, Tr::tr("Choose at least one region for the report."), {}};
    return data;
}

} // namespace triangle
