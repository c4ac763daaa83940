#include "PanelStatistics.h"

#include "Store.h"
#include "model/DomainNames.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace triangle {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(triangle::PanelStatistics)
};

QList<Indicator> inPanelOrder(QList<Indicator> indicators)
{
    std::stable_sort(indicators.begin(), indicators.end(), [](const Indicator &a, const Indicator &b) {
        if (a.dimension != b.dimension)
            return index(a.dimension) < index(b.dimension);
        return a.sortOrder < b.sortOrder;
    });
    return indicators;
}

PanelAgreement agreementOf(const QList<ReliabilityUnit> &units, int resamples)
{
    return {krippendorffAlpha(units, AlphaMetric::Interval), bootstrapAlphaInterval(units, resamples)};
}

// The scope's items: a dimension's indicators, or the three dimensions.
struct Scope
{
    QString key;
    QList<QString> itemKeys;
    QList<Id> indicatorIds; // empty for "dimensions"
};

QList<Scope> comparisonScopes(const QList<Indicator> &ordered)
{
    QList<Scope> out;
    for (Dimension d : AllDimensions) {
        Scope scope{dimensionKey(d), {}, {}};
        for (const Indicator &indicator : ordered) {
            if (indicator.dimension == d) {
                scope.itemKeys.append(indicator.key);
                scope.indicatorIds.append(indicator.id);
            }
        }
        if (scope.itemKeys.size() >= 2)
            out.append(scope);
    }
    Scope dimensions{QStringLiteral("dimensions"), {}, {}};
    for (Dimension d : AllDimensions)
        dimensions.itemKeys.append(dimensionKey(d));
    out.append(dimensions);
    return out;
}

// Where a judgment's pair falls in a scope's matrix: (row, column), or nullopt.
std::optional<std::pair<int, int>> cellOf(const PanelJudgment &j, const Scope &scope)
{
    qsizetype row = -1, column = -1;
    if (scope.indicatorIds.isEmpty()) {
        if (!j.firstDimension || !j.secondDimension)
            return std::nullopt;
        row = scope.itemKeys.indexOf(dimensionKey(*j.firstDimension));
        column = scope.itemKeys.indexOf(dimensionKey(*j.secondDimension));
    } else {
        row = scope.indicatorIds.indexOf(j.firstIndicatorId);
        column = scope.indicatorIds.indexOf(j.secondIndicatorId);
    }
    if (row < 0 || column < 0)
        return std::nullopt;
    return std::pair{int(row), int(column)};
}

QList<ExpertConsistency> consistencyOf(int round, const QList<PanelJudgment> &judgments, const QList<Scope> &scopes, double limit)
{
    QMap<Id, QList<PanelJudgment>> byExpert;
    for (const PanelJudgment &j : judgments)
        byExpert[j.raterId].append(j);
    QList<ExpertConsistency> out;
    for (auto it = byExpert.cbegin(); it != byExpert.cend(); ++it) {
        for (const Scope &scope : scopes) {
            const int n = int(scope.itemKeys.size());
            ExpertConsistency c;
            c.expertId = it.key();
            c.round = round;
            c.scope = scope.key;
            c.itemKeys = scope.itemKeys;
            c.pairsNeeded = n * (n - 1) / 2;
            PairwiseMatrix matrix = PairwiseMatrix::identity(n);
            for (const PanelJudgment &j : it.value()) {
                if (const auto cell = cellOf(j, scope)) {
                    matrix.set(cell->first, cell->second, j.value);
                    ++c.pairsGiven;
                }
            }
            if (c.pairsGiven == 0)
                continue; // the expert was not asked about this scope
            if (c.pairsGiven == c.pairsNeeded) {
                c.matrix = matrix;
                c.result = ahpWeights(matrix);
                c.passes = !c.result.weights.isEmpty() && c.result.consistencyRatio && *c.result.consistencyRatio <= limit;
            } else {
                c.result.reason = Tr::tr("%1 of the %2 comparisons are given").arg(c.pairsGiven).arg(c.pairsNeeded);
            }
            out.append(c);
        }
    }
    return out;
}

PanelAhpWeights groupWeightsOf(int round, const Scope &scope, const QList<ExpertConsistency> &consistency,
                               const PanelSettings &settings, bool includeInconsistent)
{
    PanelAhpWeights w;
    w.round = round;
    w.scope = scope.key;
    w.itemKeys = scope.itemKeys;
    w.indicatorIds = scope.indicatorIds;
    w.aggregation = settings.ahpAggregation;
    QList<PairwiseMatrix> matrices;
    QList<QList<double>> priorities;
    for (const ExpertConsistency &c : consistency) {
        if (c.round != round || c.scope != scope.key)
            continue;
        if (c.matrix && !c.result.weights.isEmpty() && (c.passes || includeInconsistent)) {
            w.expertsUsed.append(c.expertId);
            matrices.append(*c.matrix);
            priorities.append(c.result.weights);
        } else {
            w.expertsLeftOut.append(c.expertId);
        }
    }
    if (matrices.isEmpty()) {
        w.reason = w.expertsLeftOut.isEmpty() ? Tr::tr("no expert compared these items")
                                              : Tr::tr("no expert's comparisons are complete and consistent enough");
        return w;
    }
    if (settings.ahpAggregation == QLatin1String("aip")) {
        w.weights = aggregatePriorities(priorities, PriorityMean::Arithmetic);
    } else {
        const AhpResult aggregate = ahpWeights(aggregateJudgments(matrices));
        w.weights = aggregate.weights;
        w.aggregate = aggregate;
        if (aggregate.weights.isEmpty())
            w.reason = aggregate.reason;
    }
    return w;
}
} // namespace

PanelRoundStatistics roundStatistics(const Stage &stage, int round, const QList<PanelScore> &scores, const QList<Indicator> &indicators,
                                     const QList<Region> &regions, const DelphiStopRule &rule, int resamples)
{
    PanelRoundStatistics out;
    out.stage = stage;
    out.round = round;
    out.answers = int(scores.size());
    QSet<Id> experts;
    // item → expert → score
    QHash<Id, QHash<Id, QHash<Id, double>>> byRegion;
    for (const PanelScore &s : scores) {
        experts.insert(s.raterId);
        byRegion[s.regionId][s.indicatorId][s.raterId] = s.score;
    }
    out.expertIds = QList<Id>(experts.begin(), experts.end());
    std::sort(out.expertIds.begin(), out.expertIds.end());

    const QList<Indicator> ordered = inPanelOrder(indicators);
    struct Item
    {
        PanelItemStatistics statistics;
        ReliabilityUnit unit; // one value per expert, in expertIds order
    };
    QList<Item> items;
    for (const Region &region : regions) {
        const auto regionIt = byRegion.constFind(region.id);
        if (regionIt == byRegion.cend())
            continue;
        for (const Indicator &indicator : ordered) {
            const auto itemIt = regionIt->constFind(indicator.id);
            if (itemIt == regionIt->cend())
                continue;
            Item item;
            item.statistics.regionId = region.id;
            item.statistics.indicatorId = indicator.id;
            item.statistics.dimension = indicator.dimension;
            item.statistics.label = Tr::tr("%1 · %2").arg(localizedName(indicator.nameZh, indicator.nameEn),
                                                          localizedName(region.nameZh, region.nameEn));
            QList<double> values;
            for (Id expert : std::as_const(out.expertIds)) {
                const auto value = itemIt->constFind(expert);
                if (value == itemIt->cend()) {
                    item.unit.append(std::nullopt);
                } else {
                    item.unit.append(*value);
                    values.append(*value);
                }
            }
            item.statistics.spread = itemSpread(values);
            items.append(item);
        }
    }

    QList<ReliabilityUnit> allUnits;
    QList<LabelledSpread> labelled;
    for (const Item &item : std::as_const(items)) {
        out.items.append(item.statistics);
        allUnits.append(item.unit);
        labelled.append({item.statistics.label, item.statistics.spread});
    }
    QList<LabelledConcordance> concordances;
    for (Dimension d : AllDimensions) {
        ScoresByRater byExpert(out.expertIds.size());
        QList<ReliabilityUnit> units;
        PanelDimensionStatistics dimension;
        dimension.dimension = d;
        for (const Item &item : std::as_const(items)) {
            if (item.statistics.dimension != d)
                continue;
            units.append(item.unit);
            for (qsizetype e = 0; e < out.expertIds.size(); ++e)
                byExpert[e].append(item.unit[e]);
            if (const auto cv = item.statistics.spread.coefficientOfVariation)
                dimension.maxCoefficientOfVariation = std::max(dimension.maxCoefficientOfVariation.value_or(*cv), *cv);
        }
        if (units.isEmpty())
            continue;
        dimension.concordance = kendallW(byExpert);
        dimension.agreement = agreementOf(units, resamples);
        concordances.append({dimensionName(d), dimension.concordance});
        out.dimensions.append(dimension);
    }
    out.stageAgreement = agreementOf(allUnits, resamples);
    out.stop = delphiStopVerdict(labelled, concordances, rule);
    return out;
}

Result<PanelSummary> panelSummary(const Store &store, const PanelOptions &options)
{
    PanelSummary out;
    auto settings = store.panel().settings();
    if (!settings)
        return settings.error();
    out.settings = *settings;
    auto packets = store.panel().packets();
    if (!packets)
        return packets.error();
    out.packets = *packets;
    auto stages = store.stages().all();
    if (!stages)
        return stages.error();
    auto indicators = store.indicators().all();
    if (!indicators)
        return indicators.error();
    auto regions = store.regions().all();
    if (!regions)
        return regions.error();
    auto raters = store.raters().all();
    if (!raters)
        return raters.error();

    QSet<Id> experts;
    for (const PacketSummary &p : std::as_const(out.packets))
        experts.insert(p.raterId);
    const DelphiStopRule rule{settings->maxCoefficientOfVariation, settings->significance, settings->minimumW};
    for (const Stage &stage : std::as_const(*stages)) {
        if (!options.rounds || (options.stageId && *options.stageId != stage.id))
            continue;
        auto rounds = store.panel().rounds(stage.id);
        if (!rounds)
            return rounds.error();
        for (int round : std::as_const(*rounds)) {
            if (options.round && *options.round != round)
                continue;
            auto scores = store.panel().scores(stage.id, round);
            if (!scores)
                return scores.error();
            out.rounds.append(roundStatistics(stage, round, *scores, *indicators, *regions, rule, options.resamples));
            for (Id e : std::as_const(out.rounds.last().expertIds))
                experts.insert(e);
        }
    }

    auto judgmentRounds = store.panel().judgmentRounds();
    if (!judgmentRounds)
        return judgmentRounds.error();
    const QList<Scope> scopes = comparisonScopes(inPanelOrder(*indicators));
    for (int round : std::as_const(*judgmentRounds)) {
        if (options.round && *options.round != round)
            continue;
        auto judgments = store.panel().judgments(round);
        if (!judgments)
            return judgments.error();
        const QList<ExpertConsistency> consistency = consistencyOf(round, *judgments, scopes, settings->maxConsistencyRatio);
        out.consistency.append(consistency);
        for (const ExpertConsistency &c : consistency)
            experts.insert(c.expertId);
        for (const Scope &scope : scopes) {
            const bool asked = std::any_of(consistency.begin(), consistency.end(),
                                           [&](const ExpertConsistency &c) { return c.scope == scope.key; });
            if (asked)
                out.weights.append(groupWeightsOf(round, scope, consistency, *settings, options.includeInconsistent));
        }
    }
    for (const Rater &rater : std::as_const(*raters))
        if (experts.contains(rater.id))
            out.experts.append(rater);
    return out;
}

} // namespace triangle
