#include "PanelTables.h"

#include "Store.h"
#include "analysis/AgreementText.h"
#include "model/DomainNames.h"

#include <cmath>

namespace triangle {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(triangle::PanelTables)
};

QString number(double value, int decimals = 3)
{
    return QString::number(value, 'f', decimals);
}

QString optionalNumber(const std::optional<double> &value, int decimals = 3)
{
    return value ? number(*value, decimals) : QStringLiteral("–");
}

QString pValue(const std::optional<double> &p)
{
    if (!p)
        return QStringLiteral("–");
    return *p < 0.001 ? QStringLiteral("< 0.001") : number(*p);
}

QString stageName(const Stage &stage)
{
    return localizedName(stage.nameZh, stage.nameEn);
}

QString scopeName(const QString &scope)
{
    if (const auto d = dimensionFromKey(scope))
        return dimensionName(*d);
    return Tr::tr("the three dimensions");
}

QString expertName(const PanelContext &run, Id id)
{
    for (const Rater &r : run.summary.experts)
        if (r.id == id)
            return r.name;
    return QString::number(id);
}

QString itemName(const PanelContext &run, const QString &scope, const QString &key)
{
    if (scope == QLatin1String("dimensions")) {
        if (const auto d = dimensionFromKey(key))
            return dimensionShortName(*d);
        return key;
    }
    for (const Indicator &i : run.indicators)
        if (i.key == key)
            return localizedName(i.nameZh, i.nameEn);
    return key;
}

QString repairText(const PanelContext &run, const ExpertConsistency &c)
{
    if (!c.result.repair)
        return {};
    const AhpRepair &r = *c.result.repair;
    auto saaty = [](double v) { return v >= 1.0 ? QString::number(std::lround(v)) : QStringLiteral("1/%1").arg(std::lround(1.0 / v)); };
    return Tr::tr("%1 vs %2 (now %3) breaks consistency most; %4 would bring CR to %5")
        .arg(itemName(run, c.scope, c.itemKeys.value(r.row)), itemName(run, c.scope, c.itemKeys.value(r.column)), saaty(r.currentValue),
             saaty(r.suggestedValue), number(r.ratioAfter));
}

} // namespace

QString expertKeyOf(const PanelContext &run, Id id)
{
    for (const Rater &r : run.summary.experts)
        if (r.id == id)
            return r.key;
    return QString::number(id);
}

Result<PanelContext> panelContext(const Store &store, const PanelOptions &options)
{
    PanelContext out;
    auto summary = panelSummary(store, options);
    if (!summary)
        return summary.error();
    out.summary = *summary;
    auto regions = store.regions().all();
    if (!regions)
        return regions.error();
    for (const Region &r : std::as_const(*regions))
        out.regions.insert(r.id, r);
    auto indicators = store.indicators().all();
    if (!indicators)
        return indicators.error();
    for (const Indicator &i : std::as_const(*indicators))
        out.indicators.insert(i.id, i);
    auto stages = store.stages().all();
    if (!stages)
        return stages.error();
    for (const Stage &s : std::as_const(*stages))
        out.stages.insert(s.id, s);
    return out;
}

QList<PanelTable> panelTables(const PanelContext &run, PanelItems which)
{
    const PanelSummary &s = run.summary;
    QList<PanelTable> out;

    PanelTable experts{Tr::tr("Experts"),
                    {Tr::tr("Expert"), Tr::tr("Organisation"), Tr::tr("Field"), Tr::tr("Years"), Tr::tr("Packets"), Tr::tr("Returned")},
                    {}, {false, false, false, true, true, true}, {}};
    for (const Rater &r : s.experts) {
        int sent = 0, returned = 0;
        for (const PacketSummary &p : s.packets) {
            if (p.raterId == r.id) {
                ++sent;
                returned += !p.returnedAt.isEmpty();
            }
        }
        experts.rows.append({r.name, r.organisation, r.field, r.experienceYears ? QString::number(*r.experienceYears) : QString(),
                             QString::number(sent), QString::number(returned)});
    }
    out.append(experts);

    PanelTable packets{Tr::tr("Packets"),
                    {Tr::tr("Expert"), Tr::tr("Stage"), Tr::tr("Round"), Tr::tr("Regions"), Tr::tr("Made"), Tr::tr("Returned"), Tr::tr("Answered")},
                    {}, {false, false, true, true, false, false, true}, {}};
    for (const PacketSummary &p : s.packets)
        packets.rows.append({expertName(run, p.raterId), stageName(run.stages.value(p.stageId)), QString::number(p.round),
                             QString::number(p.regionIds.size()), p.createdAt.left(10), p.returnedAt.left(10),
                             QStringLiteral("%1/%2").arg(p.answered).arg(p.items)});
    out.append(packets);

    for (const PanelRoundStatistics &r : s.rounds) {
        PanelTable round{Tr::tr("%1, round %2: %3 experts, %4 answers").arg(stageName(r.stage)).arg(r.round).arg(r.expertIds.size()).arg(r.answers),
                      {Tr::tr("Scope"), Tr::tr("Items"), QStringLiteral("W"), QStringLiteral("χ²"), Tr::tr("df"), QStringLiteral("p"),
                       QStringLiteral("α"), Tr::tr("95 % interval"), Tr::tr("Max CV")},
                      {}, {false, true, true, true, true, true, true, false, true}, {}};
        for (const PanelDimensionStatistics &d : r.dimensions) {
            const ConcordanceResult &w = d.concordance;
            round.rows.append({dimensionName(d.dimension), QString::number(w.items), optionalNumber(w.w), optionalNumber(w.chiSquare, 2),
                               QString::number(w.degreesOfFreedom), pValue(w.pValue), optionalNumber(d.agreement.alpha.alpha),
                               alphaIntervalText(d.agreement.interval), optionalNumber(d.maxCoefficientOfVariation)});
            if (!w.reason.isEmpty())
                round.notes.append(Tr::tr("W for %1: %2").arg(dimensionName(d.dimension), w.reason));
        }
        round.rows.append({Tr::tr("Stage"), QString::number(r.items.size()), {}, {}, {}, {}, optionalNumber(r.stageAgreement.alpha.alpha),
                           alphaIntervalText(r.stageAgreement.interval), {}});
        round.notes.append(r.stop.met ? Tr::tr("Stop rule (CV ≤ %1, W significant at %2%3): met.")
                                            .arg(number(s.settings.maxCoefficientOfVariation, 2), number(s.settings.significance, 2),
                                                 s.settings.minimumW ? Tr::tr(", W ≥ %1").arg(number(*s.settings.minimumW, 2)) : QString())
                                      : Tr::tr("Stop rule (CV ≤ %1, W significant at %2%3): not met.")
                                            .arg(number(s.settings.maxCoefficientOfVariation, 2), number(s.settings.significance, 2),
                                                 s.settings.minimumW ? Tr::tr(", W ≥ %1").arg(number(*s.settings.minimumW, 2)) : QString()));
        for (const QString &unmet : r.stop.unmet)
            round.notes.append(QStringLiteral("  – ") + unmet);
        out.append(round);

        PanelTable items{Tr::tr("%1, round %2: items").arg(stageName(r.stage)).arg(r.round),
                      {Tr::tr("Item"), Tr::tr("Answers"), Tr::tr("Median"), QStringLiteral("Q1–Q3"), Tr::tr("Mean"), QStringLiteral("CV")},
                      {}, {false, true, true, false, true, true}, {}};
        for (const PanelItemStatistics &i : r.items) {
            const auto cv = i.spread.coefficientOfVariation;
            if (which == PanelItems::AboveLimit && !(cv && *cv > s.settings.maxCoefficientOfVariation))
                continue;
            items.rows.append({i.label, QString::number(i.spread.answers), number(i.spread.median, 1),
                               QStringLiteral("%1–%2").arg(number(i.spread.lowerQuartile, 2), number(i.spread.upperQuartile, 2)),
                               number(i.spread.mean, 2), optionalNumber(i.spread.coefficientOfVariation)});
        }
        if (which == PanelItems::AboveLimit) {
            items.title = Tr::tr("%1, round %2: items whose CV is above %3").arg(stageName(r.stage)).arg(r.round).arg(number(s.settings.maxCoefficientOfVariation, 2));
            if (items.rows.isEmpty())
                items.notes.append(Tr::tr("Every item's CV is within the limit."));
        }
        out.append(items);
    }

    if (!s.consistency.isEmpty()) {
        PanelTable consistency{Tr::tr("Consistency of the experts' comparisons (CR limit %1)").arg(number(s.settings.maxConsistencyRatio, 2)),
                            {Tr::tr("Round"), Tr::tr("Expert"), Tr::tr("Scope"), Tr::tr("Pairs"), QStringLiteral("λmax"), QStringLiteral("CR"),
                             Tr::tr("Passes"), Tr::tr("To repair")},
                            {}, {true, false, false, true, true, true, false, false}, {}};
        for (const ExpertConsistency &c : s.consistency)
            consistency.rows.append({QString::number(c.round), expertName(run, c.expertId), scopeName(c.scope),
                                     QStringLiteral("%1/%2").arg(c.pairsGiven).arg(c.pairsNeeded),
                                     c.matrix ? number(c.result.lambdaMax) : QStringLiteral("–"), optionalNumber(c.result.consistencyRatio),
                                     c.passes ? Tr::tr("yes") : Tr::tr("no"), c.matrix ? repairText(run, c) : c.result.reason});
        out.append(consistency);
    }
    for (const PanelAhpWeights &w : s.weights) {
        PanelTable weights{Tr::tr("Round %1, %2: the group's weights (%3)").arg(w.round).arg(scopeName(w.scope), w.aggregation.toUpper()),
                        {Tr::tr("Item"), Tr::tr("Weight")}, {}, {false, true}, {}};
        for (qsizetype i = 0; i < w.weights.size(); ++i)
            weights.rows.append({itemName(run, w.scope, w.itemKeys.value(i)), number(w.weights[i])});
        QStringList used, left;
        for (Id e : w.expertsUsed)
            used.append(expertName(run, e));
        for (Id e : w.expertsLeftOut)
            left.append(expertName(run, e));
        weights.notes.append(Tr::tr("Experts used: %1.").arg(used.isEmpty() ? Tr::tr("none") : used.join(QStringLiteral(", "))));
        if (!left.isEmpty())
            weights.notes.append(Tr::tr("Left out (comparisons incomplete or CR above the limit): %1.").arg(left.join(QStringLiteral(", "))));
        if (w.aggregate && w.aggregate->consistencyRatio)
            weights.notes.append(Tr::tr("CR of the aggregated judgments: %1.").arg(number(*w.aggregate->consistencyRatio)));
        if (!w.reason.isEmpty())
            weights.notes.append(w.reason);
        out.append(weights);
    }
    return out;
}


} // namespace triangle
