#include "FigureBuilder.h"

#include "SeriesColours.h"

#include "analysis/Findings.h"
#include "analysis/TriangleAggregate.h"
#include "analysis/TriangleMetrics.h"
#include "model/BilingualText.h"
#include "model/DomainNames.h"
#include "store/CausalLinkQueries.h"
#include "store/FindingsQueries.h"
#include "store/ScoreSync.h"

#include <QFileInfo>

#include <algorithm>

namespace triangle {

namespace {
QString regionName(const Region &r) { return localizedName(r.nameZh, r.nameEn); }
QString stageName(const Stage &s) { return localizedName(s.nameZh, s.nameEn); }

QString stageYears(const Stage &s) { return triangle::stageYears(s.startYear, s.endYear); }

constexpr char NationalCode[] = "100000";

StoreError nothingToShow(const QString &message) { return StoreError{StoreError::Kind::NotFound, message, {}}; }

bool anyDerived(const Assessment &a)
{
    return std::any_of(AllDimensions.begin(), AllDimensions.end(), [&](Dimension d) { return a.origin[d] == ScoreOrigin::Derived; });
}

// The bands of the dimensions derived from more than one rater: a score
// typed by hand has no raters behind it, whatever they scored.
RaterBands bandsOf(const Assessment &assessment, const ScoreDerivation &derivation, int *raterCount = nullptr)
{
    RaterBands bands;
    for (Dimension d : AllDimensions) {
        const ScoreSpread &spread = derivation[d].spread;
        if (assessment.origin[d] != ScoreOrigin::Derived || spread.count < 2)
            continue;
        bands[d] = ScoreBand{spread.minimum, spread.maximum};
        if (raterCount)
            *raterCount = std::max(*raterCount, spread.count);
    }
    return bands;
}
} // namespace

FigureBuilder::FigureBuilder(const Store &store, QString provenance) : m_store(store), m_provenance(std::move(provenance)) {}

QString FigureBuilder::withDrawnWith(const QString &text) const
{
    const QString file = QFileInfo(m_store.filePath()).fileName();
    if (m_provenance.isEmpty())
        return tr("%1 %2", "a figure's footnote: the scores' sources, then where they are kept")
            .arg(text, tr("Triangle Studio, %1.").arg(file));
    return text + QLatin1Char('\n') + tr("%1 (%2).", "a figure's provenance, then its database file").arg(m_provenance, file);
}

Result<QList<Stage>> FigureBuilder::chosenStages(const QList<Id> &stageIds) const
{
    auto all = m_store.stages().all();
    if (!all || stageIds.isEmpty())
        return all;
    QList<Stage> chosen;
    for (const Stage &s : *all) {
        if (stageIds.contains(s.id))
            chosen << s;
    }
    return chosen;
}

namespace {
int assessedCount(const QList<Assessment> &shown)
{
    QList<Id> assessed;
    for (const Assessment &a : shown) {
        if (!assessed.contains(a.regionId))
            assessed << a.regionId;
    }
    return int(assessed.size());
}
} // namespace

QString FigureBuilder::assessedOfMembers(const QList<Assessment> &shown, int members)
{
    return tr("%1 of %n assessed", nullptr, members).arg(assessedCount(shown));
}

QString FigureBuilder::aggregateCaveat(const QList<Assessment> &shown, int members)
{
    // A reader takes a group's triangle for the group's: say when it is not,
    // and that a mean (or median) of triangles has a form of its own.
    const QString form = tr("Its form is that of the aggregate triangle, not necessarily the form of any member.");
    const int assessed = assessedCount(shown);
    if (assessed >= members)
        return form;
    return tr("Drawn from %1 of %n members only: it does not represent the others.", nullptr, members).arg(assessed)
        + QLatin1Char(' ') + form;
}

QString FigureBuilder::footnote(const QList<Assessment> &shown) const
{
    // Every distinct source note of the scores shown, then where they are kept.
    // Each note without its own full stop, so that the list ends with one
    // (Chinese punctuation in Chinese: "；" between notes, "。" after them).
    QStringList notes;
    for (const Assessment &a : shown) {
        QString note = shownText(a.sourceNote.trimmed());
        while (note.endsWith(QLatin1Char('.')) || note.endsWith(QChar(0x3002)))
            note.chop(1);
        if (!note.isEmpty() && !notes.contains(note))
            notes << note;
    }
    const QString text = notes.isEmpty() ? tr("Scores: analysts' judgements on a 0–10 scale.")
                                         : tr("Scores: %1.").arg(notes.join(tr("; ", "between the source notes of a figure's scores")));
    return withDrawnWith(text);
}

Status FigureBuilder::addSpread(TriangleSeries &series, const Assessment &assessment) const
{
    if (!anyDerived(assessment))
        return {};
    auto derivation = derivationFor(m_store, assessment.regionId, assessment.stageId);
    if (!derivation)
        return derivation.error();
    series.spread = bandsOf(assessment, *derivation, &series.raterCount);
    return {};
}

Result<QHash<Id, RaterBands>> FigureBuilder::raterBandsAt(Id stageId) const
{
    auto assessments = m_store.assessments().all(AssessmentRepository::Scope::ScoredOnly);
    if (!assessments)
        return assessments.error();
    QList<Assessment> derived;
    for (const Assessment &a : *assessments) {
        if (a.stageId == stageId && anyDerived(a))
            derived << a;
    }
    QHash<Id, RaterBands> bands;
    if (derived.isEmpty())
        return bands;
    auto indicators = m_store.indicators().all();
    if (!indicators)
        return indicators.error();
    auto values = m_store.indicatorValues().forStage(stageId);
    if (!values)
        return values.error();
    auto aggregate = m_store.raters().aggregate();
    if (!aggregate)
        return aggregate.error();
    QHash<Id, QList<IndicatorValue>> byRegion;
    for (const IndicatorValue &v : *values)
        byRegion[v.regionId] << v;
    for (const Assessment &a : derived) {
        const RaterBands b = bandsOf(a, deriveScores(*indicators, byRegion.value(a.regionId), *aggregate));
        if (std::any_of(b.values.begin(), b.values.end(), [](const auto &band) { return band.has_value(); }))
            bands.insert(a.regionId, b);
    }
    return bands;
}

Result<TriangleFigure> FigureBuilder::evolution(Id regionId, const QList<Id> &stageIds) const
{
    auto region = m_store.regions().byId(regionId);
    if (!region)
        return region.error();
    auto stages = chosenStages(stageIds);
    if (!stages)
        return stages.error();
    auto assessments = m_store.assessments().forRegion(regionId, AssessmentRepository::Scope::ScoredOnly);
    if (!assessments)
        return assessments.error();

    TriangleFigure figure;
    figure.title = tr("%1: the strategic triangle across stages").arg(regionName(*region));
    figure.arrowsBetweenSeries = true;
    QList<Assessment> shown;
    for (int i = 0; i < stages->size(); ++i) {
        const Stage &stage = (*stages)[i];
        for (const Assessment &a : *assessments) {
            if (a.stageId != stage.id)
                continue;
            TriangleSeries series;
            series.label = QStringLiteral("%1 (%2)").arg(stageName(stage), stageYears(stage));
            series.scores = a.scores;
            series.colorIndex = i;
            series.styleIndex = i;
            if (Status spread = addSpread(series, a); !spread)
                return spread.error();
            figure.series << series;
            shown << a;
        }
    }
    if (figure.series.isEmpty())
        return nothingToShow(tr("%1 has no assessment at the chosen stages.").arg(regionName(*region)));
    figure.subtitle = region->code;
    figure.footnote = footnote(shown);
    return figure;
}

Result<std::optional<TriangleSeries>> FigureBuilder::groupSeries(const RegionGroup &group, const Stage &stage,
                                                                  QList<Assessment> &shown) const
{
    auto method = m_store.groups().aggregate();
    if (!method)
        return method.error();
    QList<DimensionScores> scores;
    for (Id member : group.memberIds) {
        auto a = m_store.assessments().at(member, stage.id, AssessmentRepository::Scope::ScoredOnly);
        if (!a)
            return a.error();
        if (!a->has_value())
            continue;
        scores << (*a)->scores;
        shown << **a;
    }
    const TriangleAggregate aggregate = aggregateTriangles(scores, int(group.memberIds.size()), *method);
    if (aggregate.isEmpty())
        return std::optional<TriangleSeries>();
    TriangleSeries series;
    const QString name = localizedName(group.nameZh, group.nameEn);
    series.label = *method == GroupAggregate::Median
        ? tr("%1 (median of %2/%3)").arg(name).arg(aggregate.assessed).arg(aggregate.members)
        : tr("%1 (mean of %2/%3)").arg(name).arg(aggregate.assessed).arg(aggregate.members);
    series.scores = aggregate.scores;
    series.spreadOfMembers = true;
    for (Dimension d : AllDimensions) {
        if (aggregate.maximum[d] > aggregate.minimum[d])
            series.spread[d] = ScoreBand{aggregate.minimum[d], aggregate.maximum[d]};
    }
    series.raterCount = aggregate.assessed;
    return std::optional<TriangleSeries>(series);
}

Result<QList<TriangleSeries>> FigureBuilder::groupSeriesByStage(const RegionGroup &group, const QList<Stage> &stages,
                                                                QList<Assessment> &shown) const
{
    QList<TriangleSeries> all;
    for (int i = 0; i < stages.size(); ++i) {
        const Stage &stage = stages[i];
        auto series = groupSeries(group, stage, shown);
        if (!series)
            return series.error();
        if (!series->has_value())
            continue; // no member assessed at this stage
        TriangleSeries s = **series;
        s.label = QStringLiteral("%1 (%2)").arg(stageName(stage), stageYears(stage));
        s.colorIndex = i;
        s.styleIndex = i;
        all << s;
    }
    return all;
}

Result<TriangleFigure> FigureBuilder::groupEvolution(Id groupId, const QList<Id> &stageIds) const
{
    auto group = m_store.groups().byId(groupId);
    if (!group)
        return group.error();
    auto stages = chosenStages(stageIds);
    if (!stages)
        return stages.error();
    const QString name = localizedName(group->nameZh, group->nameEn);
    TriangleFigure figure;
    figure.title = tr("%1: the strategic triangle across stages").arg(name);
    figure.arrowsBetweenSeries = true;
    QList<Assessment> shown;
    auto series = groupSeriesByStage(*group, *stages, shown);
    if (!series)
        return series.error();
    figure.series = *series;
    if (figure.series.isEmpty())
        return nothingToShow(tr("No member of %1 is assessed at the chosen stages.").arg(name));
    auto method = m_store.groups().aggregate();
    if (!method)
        return method.error();
    // "1 of 4 assessed", not "4 members": the triangle is drawn from the assessed ones only.
    const QString assessed = assessedOfMembers(shown, int(group->memberIds.size()));
    figure.subtitle = *method == GroupAggregate::Median ? tr("Region group %1: median of its assessed members, %2").arg(group->key, assessed)
                                                        : tr("Region group %1: mean of its assessed members, %2").arg(group->key, assessed);
    figure.footnote = aggregateCaveat(shown, int(group->memberIds.size())) + QLatin1Char(' ') + footnote(shown);
    return figure;
}

Result<TriangleFigure> FigureBuilder::rollUpEvolution(Id regionId, const QList<Id> &stageIds) const
{
    auto region = m_store.regions().byId(regionId);
    if (!region)
        return region.error();
    auto children = m_store.groups().childRegionIds(regionId);
    if (!children)
        return children.error();
    auto stages = chosenStages(stageIds);
    if (!stages)
        return stages.error();
    // The sub-regions as an unnamed group of the region's own name.
    RegionGroup subRegions;
    subRegions.nameZh = region->nameZh;
    subRegions.nameEn = region->nameEn;
    subRegions.memberIds = *children;
    TriangleFigure figure;
    figure.title = tr("%1: roll-up from its sub-regions across stages").arg(regionName(*region));
    figure.arrowsBetweenSeries = true;
    QList<Assessment> shown;
    auto series = groupSeriesByStage(subRegions, *stages, shown);
    if (!series)
        return series.error();
    figure.series = *series;
    if (figure.series.isEmpty())
        return nothingToShow(tr("No sub-region of %1 is assessed at the chosen stages.").arg(regionName(*region)));
    auto method = m_store.groups().aggregate();
    if (!method)
        return method.error();
    const QString assessed = assessedOfMembers(shown, int(children->size()));
    figure.subtitle = *method == GroupAggregate::Median ? tr("%1: median of its assessed sub-regions, %2").arg(region->code, assessed)
                                                        : tr("%1: mean of its assessed sub-regions, %2").arg(region->code, assessed);
    figure.footnote = aggregateCaveat(shown, int(children->size())) + QLatin1Char(' ') + footnote(shown);
    return figure;
}

Result<TriangleFigure> FigureBuilder::comparison(const QList<Id> &regionIds, Id stageId, const QList<Id> &groupIds) const
{
    auto stages = chosenStages({stageId});
    if (!stages)
        return stages.error();
    if (stages->isEmpty())
        return nothingToShow(tr("There is no stage with id %1.").arg(stageId));
    const Stage stage = stages->first();

    auto colours = SeriesColours::of(m_store);
    if (!colours)
        return colours.error();

    TriangleFigure figure;
    figure.title = tr("%1: regions compared").arg(stageName(stage));
    QList<Assessment> shown;
    QStringList missing;
    for (Id regionId : regionIds) {
        auto region = m_store.regions().byId(regionId);
        if (!region)
            return region.error();
        auto a = m_store.assessments().at(region->id, stage.id, AssessmentRepository::Scope::ScoredOnly);
        if (!a)
            return a.error();
        if (!a->has_value()) {
            missing << regionName(*region);
            continue;
        }
        TriangleSeries series;
        series.label = regionName(*region);
        series.scores = (*a)->scores;
        series.colorIndex = colours->region(region->id);
        series.styleIndex = 0;
        if (Status spread = addSpread(series, **a); !spread)
            return spread.error();
        figure.series << series;
        shown << **a;
    }
    for (Id groupId : groupIds) {
        auto group = m_store.groups().byId(groupId);
        if (!group)
            return group.error();
        auto series = groupSeries(*group, stage, shown);
        if (!series)
            return series.error();
        if (!series->has_value()) {
            missing << localizedName(group->nameZh, group->nameEn);
            continue;
        }
        TriangleSeries s = **series;
        s.colorIndex = colours->group(group->id);
        figure.series << s;
    }
    if (figure.series.isEmpty())
        return nothingToShow(tr("None of the chosen regions is assessed at stage “%1”.").arg(stageName(stage)));
    figure.subtitle = missing.isEmpty() ? QString() : tr("Not assessed at this stage: %1").arg(missing.join(tr(", ")));
    figure.footnote = footnote(shown);
    return figure;
}

Result<BalanceMapFigure> FigureBuilder::balanceMap(const QList<Id> &regionIds, const QList<Id> &stageIds) const
{
    auto stages = chosenStages(stageIds);
    if (!stages)
        return stages.error();
    auto colours = SeriesColours::of(m_store);
    if (!colours)
        return colours.error();
    BalanceMapFigure figure;
    figure.title = tr("Balance map: each dimension's share of the total score");
    QList<Assessment> shown;
    for (Id regionId : regionIds) {
        auto region = m_store.regions().byId(regionId);
        if (!region)
            return region.error();
        auto assessments = m_store.assessments().forRegion(region->id, AssessmentRepository::Scope::ScoredOnly);
        if (!assessments)
            return assessments.error();
        BalancePath path;
        path.label = regionName(*region);
        path.colorIndex = colours->region(region->id);
        for (const Stage &stage : *stages) {
            for (const Assessment &a : *assessments) {
                if (a.stageId == stage.id) {
                    path.points << BalancePoint{stageName(stage), a.scores};
                    shown << a;
                }
            }
        }
        if (!path.points.isEmpty())
            figure.paths << path;
    }
    if (figure.paths.isEmpty())
        return nothingToShow(tr("None of the chosen regions has an assessment to place on the balance map."));
    figure.footnote = footnote(shown);
    return figure;
}

Result<TimelineFigure> FigureBuilder::timeline(const QList<Id> &regionIds, int fromYear, int toYear) const
{
    auto stages = m_store.stages().all();
    if (!stages)
        return stages.error();

    // The national level leads, when it has records and was not asked for by name.
    QList<Id> laneRegions = regionIds;
    bool nationalAdded = false;
    if (auto national = m_store.regions().byCode(QLatin1StringView(NationalCode)); national && !laneRegions.contains(national->id)) {
        laneRegions.prepend(national->id);
        nationalAdded = true;
    }

    // Records cited as evidence are marked first where a lane is crowded.
    auto citedPolicies = m_store.evidence().countsByTarget(Evidence::Kind::Policy);
    if (!citedPolicies)
        return citedPolicies.error();
    auto citedMilestones = m_store.evidence().countsByTarget(Evidence::Kind::Milestone);
    if (!citedMilestones)
        return citedMilestones.error();

    TimelineFigure figure;
    bool anyRecord = false;
    int firstYear = PartialDate::MaxYear, lastYear = PartialDate::MinYear;
    QStringList names;
    for (Id regionId : laneRegions) {
        auto region = m_store.regions().byId(regionId);
        if (!region)
            return region.error();
        RecordFilter filter;
        filter.regionId = regionId;
        filter.fromYear = fromYear;
        filter.toYear = toYear;
        auto policies = m_store.policies().all(filter);
        if (!policies)
            return policies.error();
        auto milestones = m_store.milestones().all(filter);
        if (!milestones)
            return milestones.error();
        const bool isNationalLane = nationalAdded && regionId == laneRegions.first();
        if (isNationalLane && policies->isEmpty() && milestones->isEmpty())
            continue;

        TimelineFigure::Lane lane;
        lane.label = isNationalLane ? tr("National") : regionName(*region);
        for (const Policy &p : *policies) {
            if (p.date.isValid())
                lane.items << TimelineFigure::Item{Evidence::Kind::Policy, p.id, p.date, localizedName(p.titleZh, p.titleEn), p.dimensions,
                                                   citedPolicies->contains(p.id) || p.kind == PolicyKind::Law || p.kind == PolicyKind::Regulation
                                                       || p.kind == PolicyKind::Rule};
        }
        for (const Milestone &m : *milestones) {
            if (m.date.isValid())
                lane.items << TimelineFigure::Item{Evidence::Kind::Milestone, m.id, m.date, localizedName(m.titleZh, m.titleEn), m.dimensions,
                                                   citedMilestones->contains(m.id)};
        }
        std::stable_sort(lane.items.begin(), lane.items.end(),
                         [](const TimelineFigure::Item &a, const TimelineFigure::Item &b) { return a.date < b.date; });
        for (const TimelineFigure::Item &item : lane.items) {
            firstYear = std::min(firstYear, item.date.year());
            lastYear = std::max(lastYear, item.date.year());
        }
        anyRecord = anyRecord || !lane.items.isEmpty();
        if (!isNationalLane)
            names << lane.label;
        figure.lanes << lane;
    }
    if (!anyRecord)
        return nothingToShow(tr("None of the chosen regions has a dated policy or milestone to place on the timeline."));

    for (const Stage &s : *stages) {
        figure.stages << TimelineFigure::StageBand{QStringLiteral("%1 (%2)").arg(stageName(s), stageYears(s)), s.startYear, s.endYear};
        if (fromYear == 0)
            firstYear = std::min(firstYear, s.startYear);
        if (toYear == 0)
            lastYear = std::max(lastYear, s.endYear);
    }
    figure.fromYear = fromYear != 0 ? fromYear : firstYear;
    figure.toYear = toYear != 0 ? toYear : lastYear;
    figure.title = tr("Policies and milestones over time");
    figure.subtitle = names.join(tr(", "));
    figure.footnote = withDrawnWith(tr("Markers are coloured by the dimensions a record bears on; a split marker bears on several."));
    return figure;
}

Result<TractionFigure> FigureBuilder::traction(Id regionId) const
{
    auto region = m_store.regions().byId(regionId);
    if (!region)
        return region.error();
    auto input = findingsInputFor(m_store, regionId);
    if (!input)
        return input.error();
    const CumulativeEvidence evidence = cumulativeEvidence(input->records);
    if (evidence.years.isEmpty())
        return nothingToShow(tr("%1 has no dated policy or milestone to count.").arg(regionName(*region)));
    auto stages = m_store.stages().all();
    if (!stages)
        return stages.error();

    TractionFigure figure;
    figure.title = tr("%1: cumulative evidence by dimension").arg(regionName(*region));
    figure.halfwayFormat = tr("half by %1");
    figure.countAxisTitle = tr("Records, cumulative");
    figure.years = evidence.years;
    // A bit set rather than an optional: GCC 12 takes an optional's == for uninitialised.
    DimensionSet leaderSet;
    std::optional<Dimension> leader;
    if (input->advantage) {
        leader = leadingDimension(*input->advantage);
        if (leader)
            leaderSet.insert(*leader);
    }
    for (Dimension d : AllDimensions) {
        TractionFigure::Curve &curve = figure.curves[d];
        curve.cumulative = evidence.cumulative[d];
        curve.total = evidence.totals[d];
        curve.halfwayYear = evidence.halfwayYear[d];
        curve.leading = leaderSet.contains(d);
        curve.label = curve.leading ? tr("%1 (leading)").arg(dimensionShortName(d)) : dimensionShortName(d);
        if (curve.total == 0)
            curve.label = tr("%1: no records").arg(curve.label);
    }
    QString reading;
    if (!input->advantage)
        reading = tr("not assessed at the advantage stage, so no leader is drawn");
    else if (!leader)
        reading = tr("no single dimension leads at the advantage stage");
    else
        reading = tr("%1 leads at the advantage stage (%2), drawn thicker")
                      .arg(dimensionName(*leader))
                      .arg(QStringLiteral("%1 / %2 / %3")
                               .arg((*input->advantage)[Dimension::Mission], 0, 'f', 1)
                               .arg((*input->advantage)[Dimension::Political], 0, 'f', 1)
                               .arg((*input->advantage)[Dimension::Operational], 0, 'f', 1));
    figure.subtitle = tr("%1 · %2").arg(region->code, reading);
    for (const Stage &s : *stages)
        figure.stages << TractionFigure::StageBand{QStringLiteral("%1 (%2)").arg(stageName(s), stageYears(s)), s.startYear, s.endYear};

    // Where the dates come from: the records themselves, and the references the policies cite.
    const auto dated = std::count_if(input->records.cbegin(), input->records.cend(), [](const DatedRecord &r) { return r.date.isValid(); });
    RecordFilter own;
    own.regionId = regionId;
    QStringList references;
    if (auto policies = m_store.policies().all(own)) {
        for (const Policy &p : *policies) {
            const QString reference = p.reference.trimmed();
            if (!reference.isEmpty() && !references.contains(reference))
                references << reference;
        }
    }
    figure.footnote = tr("Each of the region's %n dated policies and milestones counts in the year of its recorded date; "
                         "a record bearing on several dimensions counts once for each. The findings' reading counts each "
                         "record once (for its primary dimension, or shared) and only up to the advantage stage's end.",
                         nullptr, int(dated));
    if (!references.isEmpty())
        figure.footnote += QLatin1Char(' ') + tr("Policies as cited in: %1.").arg(references.join(tr("; ")));
    // The links the analyst recorded from the source, along their chains, each checked against the dates.
    auto links = causalReadingOf(m_store, regionId);
    if (!links)
        return links.error();
    if (!links->checks.isEmpty()) {
        figure.causalLinksHeading = tr("Causal links from the source: %1 after, %2 cannot tell, %3 contradict the dates")
                                        .arg(links->count(LinkOrder::After))
                                        .arg(links->count(LinkOrder::CannotTell))
                                        .arg(links->count(LinkOrder::Before));
        if (links->imputedCount() > 0)
            figure.causalLinksHeading += tr(" (* %1)").arg(CausalLinkText::imputedNote());
        for (int i : CausalLinkText::chainOrder(*links)) {
            const LinkCheck &c = links->checks[i];
            QString check = CausalLinkText::order(c.order);
            if (c.imputed())
                check += QLatin1Char('*');
            figure.causalLinks << TractionFigure::CausalLink{check, CausalLinkText::record(c.from), CausalLinkText::record(c.to),
                                                             c.link.location};
        }
        figure.footnote += QLatin1Char(' ') + tr("A causal link is checked by its dates: the record pulled must come after the "
                                                 "one that pulled it, read by the months the dates allow.");
    }
    figure.footnote = withDrawnWith(figure.footnote);
    return figure;
}

Result<DimensionChartData> FigureBuilder::dimensionSeries(const QList<Id> &regionIds, const QList<Id> &stageIds) const
{
    auto stages = chosenStages(stageIds);
    if (!stages)
        return stages.error();
    DimensionChartData data;
    data.title = tr("The three dimensions across stages");
    for (const Stage &s : *stages)
        data.stages << QStringLiteral("%1 (%2)").arg(stageName(s), stageYears(s));
    QList<Assessment> shown;
    QStringList missing;
    for (Id regionId : regionIds) {
        auto region = m_store.regions().byId(regionId);
        if (!region)
            return region.error();
        auto assessments = m_store.assessments().forRegion(regionId, AssessmentRepository::Scope::ScoredOnly);
        if (!assessments)
            return assessments.error();
        DimensionChartData::Region series{regionName(*region), {}};
        bool any = false;
        for (const Stage &s : *stages) {
            const auto found = std::find_if(assessments->cbegin(), assessments->cend(), [&](const Assessment &a) { return a.stageId == s.id; });
            if (found == assessments->cend()) {
                series.scores << std::nullopt;
                continue;
            }
            series.scores << found->scores;
            shown << *found;
            any = true;
        }
        if (any)
            data.regions << series;
        else
            missing << series.label;
    }
    if (data.regions.isEmpty())
        return nothingToShow(tr("None of the chosen regions is assessed at the chosen stages."));
    data.subtitle = missing.isEmpty() ? QString() : tr("Not assessed: %1").arg(missing.join(tr(", ")));
    data.footnote = footnote(shown);
    return data;
}

} // namespace triangle
