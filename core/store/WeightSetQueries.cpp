#include "WeightSetQueries.h"

#include "PanelStatistics.h"

#include "ScorecardQueries.h"
#include "Store.h"
#include "analysis/ScoreDerivation.h"
#include "model/DomainNames.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace triangle {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(triangle::WeightSetQueries)
};

StoreError invalid(const QString &message)
{
    return StoreError{StoreError::Kind::Invalid, message, {}};
}

QList<Indicator> indicatorsOf(const QList<Indicator> &indicators, Dimension d)
{
    QList<Indicator> out;
    for (const Indicator &i : indicators) {
        if (i.dimension == d)
            out.append(i);
    }
    return out;
}

QString stageShown(const Stage &stage)
{
    return stage.nameZh.isEmpty() ? stage.key : stage.nameZh;
}
} // namespace

Result<WeightSet> deriveDataWeightSet(const Store &store, Id stageId, WeightSetMethod method, const QString &name)
{
    if (method != WeightSetMethod::Entropy && method != WeightSetMethod::Critic)
        return invalid(Tr::tr("Weights from the data are made by the entropy method or CRITIC."));
    auto stage = store.stages().byId(stageId);
    if (!stage)
        return stage.error();
    auto indicators = store.indicators().all();
    if (!indicators)
        return indicators.error();
    auto aggregate = store.raters().aggregate();
    if (!aggregate)
        return aggregate.error();
    auto values = store.indicatorValues().forStage(stageId);
    if (!values)
        return values.error();

    // Per region and indicator, the raters' scores; regions in id order.
    QMap<Id, QHash<Id, QList<double>>> byRegion;
    for (const IndicatorValue &v : *values)
        byRegion[v.regionId][v.indicatorId].append(v.score);

    WeightSet set;
    set.name = name.trimmed();
    set.method = method;
    set.stageId = stageId;
    QStringList perDimension;
    QStringList constant;
    QSet<Id> withValues;
    for (const IndicatorValue &v : *values)
        withValues.insert(v.indicatorId);
    QStringList unscored;
    for (Dimension d : AllDimensions) {
        const QList<Indicator> all = indicatorsOf(*indicators, d);
        if (all.isEmpty())
            continue;
        // An indicator no region has a value for at this stage says nothing
        // about them: weight 0, and the others are weighed without it.
        QList<Indicator> own;
        for (const Indicator &i : all) {
            if (withValues.contains(i.id)) {
                own.append(i);
            } else {
                set.weights.insert(i.id, 0.0);
                unscored << i.nameZh;
            }
        }
        if (own.isEmpty())
            return invalid(Tr::tr("No weights from the data for %1 at stage %2: none of its indicators has a value there.")
                               .arg(dimensionName(d), stageShown(*stage)));
        if (own.size() == 1) {
            set.weights.insert(own.first().id, 1.0);
            perDimension << Tr::tr("%1: one indicator with values, weight 1").arg(dimensionShortName(d));
            continue;
        }
        QList<RegionScores> rows;
        QList<bool> higherIsBetter;
        for (const Indicator &i : own)
            higherIsBetter << (i.direction == IndicatorDirection::HigherIsBetter);
        for (auto region = byRegion.cbegin(); region != byRegion.cend(); ++region) {
            RegionScores row;
            bool any = false;
            for (const Indicator &i : own) {
                const QList<double> given = region->value(i.id);
                if (given.isEmpty()) {
                    row << std::nullopt;
                } else {
                    row << aggregateOf(given, *aggregate);
                    any = true;
                }
            }
            if (any) // a region not scored on this dimension at all is not "missing a value" of it
                rows << row;
        }
        DataWeightsResult result = method == WeightSetMethod::Entropy ? entropyWeights(rows, higherIsBetter)
                                                                     : criticWeights(rows, higherIsBetter);
        if (result.weights.isEmpty() && method == WeightSetMethod::Critic) {
            // CRITIC weighs an indicator by its conflict with the others; when
            // every other indicator of the dimension is constant there is none
            // to measure, yet the one that varies is plainly the one that
            // tells the regions apart: it takes the whole weight, as entropy gives it.
            const DataWeightsResult spread = entropyWeights(rows, higherIsBetter);
            if (!spread.weights.isEmpty() && spread.constantIndicators.size() == own.size() - 1)
                result = spread;
        }
        if (result.weights.isEmpty())
            return invalid(Tr::tr("No weights from the data for %1 at stage %2: %3")
                               .arg(dimensionName(d), stageShown(*stage), result.reason));
        for (qsizetype k = 0; k < own.size(); ++k)
            set.weights.insert(own[k].id, result.weights[k]);
        for (int k : result.constantIndicators)
            constant << own[k].nameZh;
        perDimension << (result.regionsLeftOut > 0
                             ? Tr::tr("%1: %2 regions, %3 left out for a missing value")
                                   .arg(dimensionShortName(d))
                                   .arg(result.regionsUsed)
                                   .arg(result.regionsLeftOut)
                             : Tr::tr("%1: %2 regions").arg(dimensionShortName(d)).arg(result.regionsUsed));
    }
    set.detail = (method == WeightSetMethod::Entropy
                      ? Tr::tr("entropy at %1, min–max, per dimension, raters' %2")
                      : Tr::tr("CRITIC at %1, min–max, per dimension, raters' %2"))
                     .arg(stageShown(*stage), raterAggregateKey(*aggregate))
                 + QStringLiteral("; ") + perDimension.join(QStringLiteral("; "));
    if (!unscored.isEmpty())
        set.detail += QStringLiteral("; ")
            + Tr::tr("weight 0 (no value at this stage): %1").arg(unscored.join(QStringLiteral(", ")));
    if (!constant.isEmpty())
        set.detail += QStringLiteral("; ")
            + Tr::tr("weight 0 (every region scores the same): %1").arg(constant.join(QStringLiteral(", ")));
    return set;
}

Result<WeightSet> combineWeightSets(const Store &store, const WeightSet &subjective, const WeightSet &objective,
                                    CombineRule rule, double alpha, const QString &name)
{
    auto indicators = store.indicators().all();
    if (!indicators)
        return indicators.error();
    WeightSet set;
    set.name = name.trimmed();
    set.method = WeightSetMethod::Combined;
    set.stageId = objective.stageId != NoId ? objective.stageId : subjective.stageId;
    for (Dimension d : AllDimensions) {
        const QList<Indicator> own = indicatorsOf(*indicators, d);
        if (own.isEmpty())
            continue;
        QList<double> a, b;
        for (const Indicator &i : own) {
            for (const WeightSet *s : {&subjective, &objective}) {
                if (!s->weights.contains(i.id))
                    return invalid(Tr::tr("The weight set “%1” gives no weight to the indicator “%2”.").arg(s->name, i.nameZh));
            }
            a << subjective.weights.value(i.id);
            b << objective.weights.value(i.id);
        }
        const QList<double> combined = combinedWeights(a, b, rule, alpha);
        if (combined.isEmpty())
            return invalid(rule == CombineRule::Multiplicative
                               ? Tr::tr("The weights of %1 cannot be combined by the product: no indicator of it has a "
                                        "weight above 0 in both sets.")
                                     .arg(dimensionName(d))
                               : Tr::tr("The weights of %1 cannot be combined: α must lie between 0 and 1 and each set's "
                                        "weights must sum to more than 0.")
                                     .arg(dimensionName(d)));
        for (qsizetype k = 0; k < own.size(); ++k)
            set.weights.insert(own[k].id, combined[k]);
    }
    set.detail = rule == CombineRule::Multiplicative
        ? Tr::tr("%1 × %2, normalised per dimension (multiplicative)").arg(subjective.name, objective.name)
        : Tr::tr("%1 × %2 + %3 × %4, per dimension (linear)")
              .arg(QString::number(alpha, 'g', 3), subjective.name, QString::number(1.0 - alpha, 'g', 3), objective.name);
    return set;
}

Result<WeightSet> ahpWeightSet(const Store &store, std::optional<int> round, bool includeInconsistent, const QString &name)
{
    PanelOptions options;
    options.includeInconsistent = includeInconsistent;
    options.rounds = false; // only the comparisons are wanted
    if (!round) {
        auto rounds = store.panel().judgmentRounds();
        if (!rounds)
            return rounds.error();
        if (rounds->isEmpty())
            return invalid(Tr::tr("No expert has given pairwise comparisons yet."));
        round = rounds->last();
    }
    options.round = round;
    auto summary = panelSummary(store, options);
    if (!summary)
        return summary.error();
    auto indicators = store.indicators().all();
    if (!indicators)
        return indicators.error();
    auto raters = store.raters().all();
    if (!raters)
        return raters.error();
    auto expertName = [&](Id id) {
        for (const Rater &r : std::as_const(*raters))
            if (r.id == id)
                return r.name;
        return QString::number(id);
    };

    WeightSet set;
    set.name = name.trimmed();
    set.method = WeightSetMethod::Ahp;
    set.round = round;
    QStringList used, leftOut, kept;
    for (Dimension d : AllDimensions) {
        const QList<Indicator> own = indicatorsOf(*indicators, d);
        const auto group = std::find_if(summary->weights.cbegin(), summary->weights.cend(), [&](const PanelAhpWeights &w) {
            return w.scope == dimensionKey(d) && !w.weights.isEmpty();
        });
        if (group == summary->weights.cend()) {
            for (const Indicator &i : own)
                set.weights.insert(i.id, i.weight);
            if (!own.isEmpty())
                kept.append(dimensionName(d));
            continue;
        }
        for (qsizetype k = 0; k < group->indicatorIds.size(); ++k)
            set.weights.insert(group->indicatorIds[k], group->weights[k]);
        for (Id e : group->expertsUsed)
            if (!used.contains(expertName(e)))
                used.append(expertName(e));
        for (Id e : group->expertsLeftOut)
            if (!leftOut.contains(QStringLiteral("%1 (%2)").arg(expertName(e), dimensionName(d))))
                leftOut.append(QStringLiteral("%1 (%2)").arg(expertName(e), dimensionName(d)));
    }
    if (kept.size() == int(std::count_if(AllDimensions.begin(), AllDimensions.end(),
                                         [&](Dimension d) { return !indicatorsOf(*indicators, d).isEmpty(); })))
        return invalid(Tr::tr("Round %1 has no group weights: no expert's comparisons of a dimension's indicators are complete "
                              "and consistent enough.")
                           .arg(*round));
    set.detail = Tr::tr("AHP (%1), round %2; experts used: %3").arg(summary->settings.ahpAggregation.toUpper()).arg(*round).arg(used.join(QStringLiteral(", ")));
    if (!leftOut.isEmpty())
        set.detail += Tr::tr("; left out: %1").arg(leftOut.join(QStringLiteral(", ")));
    if (!kept.isEmpty())
        set.detail += Tr::tr("; the weights in force kept for %1").arg(kept.join(QStringLiteral(", ")));
    return set;
}

Result<WeightSetComparisonAt> compareWeightSetsAt(const Store &store, Id stageId, const QList<WeightSet> &sets)
{
    if (sets.size() < 2)
        return invalid(Tr::tr("Name two or more weight sets to compare."));
    auto regionIds = regionsWithIndicatorValues(store, stageId);
    if (!regionIds)
        return regionIds.error();
    auto base = sensitivityInputFor(store, *regionIds, stageId);
    if (!base)
        return base.error();
    auto indicators = store.indicators().all();
    if (!indicators)
        return indicators.error();
    auto values = store.indicatorValues().forStage(stageId);
    if (!values)
        return values.error();
    // The weight slots as sensitivityInputFor lays them out: per dimension,
    // the indicators some region here was scored on, in the indicators' order.
    const QSet<Id> regions(regionIds->cbegin(), regionIds->cend());
    QSet<Id> scored;
    for (const IndicatorValue &v : *values) {
        if (regions.contains(v.regionId))
            scored.insert(v.indicatorId);
    }
    QList<PerDimension<QList<double>>> weightsPerSet;
    for (const WeightSet &set : sets) {
        PerDimension<QList<double>> weights;
        for (const Indicator &i : *indicators) {
            if (!scored.contains(i.id))
                continue;
            if (!set.weights.contains(i.id))
                return invalid(Tr::tr("The weight set “%1” gives no weight to the indicator “%2”.").arg(set.name, i.nameZh));
            weights[i.dimension].append(set.weights.value(i.id));
        }
        weightsPerSet.append(weights);
    }
    for (Dimension d : AllDimensions) {
        // The layout must be the one the input was built with.
        if (!weightsPerSet.isEmpty() && weightsPerSet.first()[d].size() != base->weights[d].size())
            return invalid(Tr::tr("The indicators changed while the weight sets were compared; try again."));
    }

    WeightSetComparisonAt out;
    out.sets = sets;
    out.comparison = compareWeightSets(*base, weightsPerSet);
    for (const WeightSetComparisonRegion &r : out.comparison.regions) {
        auto region = store.regions().byId(r.regionId);
        if (!region)
            return region.error();
        out.regions.append(*region);
    }
    return out;
}

} // namespace triangle
