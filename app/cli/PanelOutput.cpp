#include "PanelOutput.h"

#include "TextTable.h"
#include "analysis/AgreementText.h"
#include "data/CsvTable.h"
#include "model/DomainNames.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace triangle::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(triangle::cli::PanelOutput)
};

QJsonValue jsonNumber(const std::optional<double> &value, int decimals = 4)
{
    if (!value || !std::isfinite(*value))
        return QJsonValue::Null;
    const double scale = std::pow(10.0, decimals);
    return std::round(*value * scale) / scale;
}

QString markdownCell(QString text)
{
    return text.replace(QLatin1Char('|'), QStringLiteral("\\|")).replace(QLatin1Char('\n'), QLatin1Char(' '));
}
} // namespace

QString panelTable(const PanelRun &run)
{
    QString out = Tr::tr("Expert panel · %1").arg(provenanceText(run.provenance)) + QLatin1Char('\n');
    for (const PanelTable &section : panelTables(run.context)) {
        out += QLatin1Char('\n') + section.title + QLatin1Char('\n');
        if (section.rows.isEmpty()) {
            out += Tr::tr("(none)") + QLatin1Char('\n');
        } else {
            QList<QStringList> rows{section.header};
            rows.append(section.rows);
            out += aligned(rows, section.numeric);
        }
        for (const QString &note : section.notes)
            out += note + QLatin1Char('\n');
    }
    return out;
}

QString panelMarkdown(const PanelRun &run)
{
    QString out = QStringLiteral("# ") + Tr::tr("Expert panel") + QStringLiteral("\n\n") + provenanceText(run.provenance) + QStringLiteral("\n");
    for (const PanelTable &section : panelTables(run.context)) {
        out += QStringLiteral("\n## ") + section.title + QStringLiteral("\n\n");
        if (section.rows.isEmpty()) {
            out += Tr::tr("(none)") + QStringLiteral("\n");
        } else {
            QStringList header, rule;
            for (qsizetype c = 0; c < section.header.size(); ++c) {
                header.append(markdownCell(section.header[c]));
                rule.append(section.numeric.value(c) ? QStringLiteral("---:") : QStringLiteral("---"));
            }
            out += QStringLiteral("| %1 |\n| %2 |\n").arg(header.join(QStringLiteral(" | ")), rule.join(QStringLiteral(" | ")));
            for (const QStringList &row : section.rows) {
                QStringList cells;
                for (const QString &cell : row)
                    cells.append(markdownCell(cell));
                out += QStringLiteral("| %1 |\n").arg(cells.join(QStringLiteral(" | ")));
            }
        }
        if (!section.notes.isEmpty())
            out += QLatin1Char('\n') + section.notes.join(QStringLiteral("  \n")) + QLatin1Char('\n');
    }
    return out;
}

QByteArray panelCsv(const PanelRun &run)
{
    // One long table: every measure a row, named by stable keys, so that a
    // spreadsheet or R can filter and pivot it.
    const QStringList header{QStringLiteral("section"), QStringLiteral("stage"), QStringLiteral("round"), QStringLiteral("scope"),
                             QStringLiteral("expert"), QStringLiteral("region"), QStringLiteral("item"), QStringLiteral("measure"),
                             QStringLiteral("value")};
    QList<QStringList> rows;
    auto add = [&](const QString &section, const QString &stage, int round, const QString &scope, const QString &expert,
                   const QString &region, const QString &item, const QString &measure, const std::optional<double> &value) {
        rows.append({section, stage, round > 0 ? QString::number(round) : QString(), scope, expert, region, item, measure,
                     value && std::isfinite(*value) ? QString::number(*value, 'g', 10) : QString()});
    };
    const PanelSummary &s = run.context.summary;
    for (const PanelRoundStatistics &r : s.rounds) {
        const QString stage = r.stage.key;
        for (const PanelDimensionStatistics &d : r.dimensions) {
            const QString scope = dimensionKey(d.dimension);
            add(QStringLiteral("round"), stage, r.round, scope, {}, {}, {}, QStringLiteral("kendall_w"), d.concordance.w);
            add(QStringLiteral("round"), stage, r.round, scope, {}, {}, {}, QStringLiteral("chi_square"), d.concordance.chiSquare);
            add(QStringLiteral("round"), stage, r.round, scope, {}, {}, {}, QStringLiteral("df"), double(d.concordance.degreesOfFreedom));
            add(QStringLiteral("round"), stage, r.round, scope, {}, {}, {}, QStringLiteral("p_value"), d.concordance.pValue);
            add(QStringLiteral("round"), stage, r.round, scope, {}, {}, {}, QStringLiteral("alpha"), d.agreement.alpha.alpha);
            add(QStringLiteral("round"), stage, r.round, scope, {}, {}, {}, QStringLiteral("alpha_low"), d.agreement.interval.low);
            add(QStringLiteral("round"), stage, r.round, scope, {}, {}, {}, QStringLiteral("alpha_high"), d.agreement.interval.high);
            add(QStringLiteral("round"), stage, r.round, scope, {}, {}, {}, QStringLiteral("max_cv"), d.maxCoefficientOfVariation);
        }
        add(QStringLiteral("round"), stage, r.round, QStringLiteral("stage"), {}, {}, {}, QStringLiteral("alpha"), r.stageAgreement.alpha.alpha);
        add(QStringLiteral("round"), stage, r.round, QStringLiteral("stage"), {}, {}, {}, QStringLiteral("alpha_low"), r.stageAgreement.interval.low);
        add(QStringLiteral("round"), stage, r.round, QStringLiteral("stage"), {}, {}, {}, QStringLiteral("alpha_high"), r.stageAgreement.interval.high);
        add(QStringLiteral("round"), stage, r.round, QStringLiteral("stage"), {}, {}, {}, QStringLiteral("stop_rule_met"), r.stop.met ? 1.0 : 0.0);
        for (const PanelItemStatistics &i : r.items) {
            const QString region = run.context.regions.value(i.regionId).code;
            const QString item = run.context.indicators.value(i.indicatorId).key;
            const QString scope = dimensionKey(i.dimension);
            add(QStringLiteral("item"), stage, r.round, scope, {}, region, item, QStringLiteral("answers"), double(i.spread.answers));
            add(QStringLiteral("item"), stage, r.round, scope, {}, region, item, QStringLiteral("median"), i.spread.median);
            add(QStringLiteral("item"), stage, r.round, scope, {}, region, item, QStringLiteral("q1"), i.spread.lowerQuartile);
            add(QStringLiteral("item"), stage, r.round, scope, {}, region, item, QStringLiteral("q3"), i.spread.upperQuartile);
            add(QStringLiteral("item"), stage, r.round, scope, {}, region, item, QStringLiteral("mean"), i.spread.mean);
            add(QStringLiteral("item"), stage, r.round, scope, {}, region, item, QStringLiteral("sd"), i.spread.standardDeviation);
            add(QStringLiteral("item"), stage, r.round, scope, {}, region, item, QStringLiteral("cv"), i.spread.coefficientOfVariation);
        }
    }
    for (const ExpertConsistency &c : s.consistency) {
        const QString expert = expertKeyOf(run.context, c.expertId);
        add(QStringLiteral("consistency"), {}, c.round, c.scope, expert, {}, {}, QStringLiteral("pairs_given"), double(c.pairsGiven));
        add(QStringLiteral("consistency"), {}, c.round, c.scope, expert, {}, {}, QStringLiteral("lambda_max"),
            c.matrix ? std::optional<double>(c.result.lambdaMax) : std::nullopt);
        add(QStringLiteral("consistency"), {}, c.round, c.scope, expert, {}, {}, QStringLiteral("cr"), c.result.consistencyRatio);
        add(QStringLiteral("consistency"), {}, c.round, c.scope, expert, {}, {}, QStringLiteral("passes"), c.passes ? 1.0 : 0.0);
    }
    for (const PanelAhpWeights &w : s.weights)
        for (qsizetype i = 0; i < w.weights.size(); ++i)
            add(QStringLiteral("weights_") + w.aggregation, {}, w.round, w.scope, {}, {}, w.itemKeys.value(i), QStringLiteral("weight"), w.weights[i]);
    return CsvTable::write(header, rows, true);
}

QByteArray panelJson(const PanelRun &run)
{
    const PanelSummary &s = run.context.summary;
    QJsonObject root;
    root.insert(QStringLiteral("provenance"), provenanceJson(run.provenance));
    root.insert(QStringLiteral("settings"), QJsonObject{{QStringLiteral("max_cv"), s.settings.maxCoefficientOfVariation},
                                                       {QStringLiteral("significance"), s.settings.significance},
                                                       {QStringLiteral("min_w"), jsonNumber(s.settings.minimumW)},
                                                       {QStringLiteral("ahp_aggregation"), s.settings.ahpAggregation},
                                                       {QStringLiteral("max_cr"), s.settings.maxConsistencyRatio}});
    QJsonArray experts;
    for (const Rater &r : s.experts)
        experts.append(QJsonObject{{QStringLiteral("key"), r.key},
                                   {QStringLiteral("name"), r.name},
                                   {QStringLiteral("organisation"), r.organisation},
                                   {QStringLiteral("field"), r.field},
                                   {QStringLiteral("experience_years"), r.experienceYears ? QJsonValue(*r.experienceYears) : QJsonValue()},
                                   {QStringLiteral("language"), r.language == Language::English ? QStringLiteral("en") : QStringLiteral("zh_CN")}});
    root.insert(QStringLiteral("experts"), experts);
    QJsonArray packets;
    for (const PacketSummary &p : s.packets) {
        QJsonArray regions;
        for (Id id : p.regionIds)
            regions.append(run.context.regions.value(id).code);
        packets.append(QJsonObject{{QStringLiteral("packet"), p.uuid},
                                   {QStringLiteral("expert"), expertKeyOf(run.context, p.raterId)},
                                   {QStringLiteral("stage"), run.context.stages.value(p.stageId).key},
                                   {QStringLiteral("round"), p.round},
                                   {QStringLiteral("regions"), regions},
                                   {QStringLiteral("comparisons"), p.comparisons},
                                   {QStringLiteral("created"), p.createdAt},
                                   {QStringLiteral("returned"), p.returnedAt.isEmpty() ? QJsonValue() : QJsonValue(p.returnedAt)},
                                   {QStringLiteral("items"), p.items},
                                   {QStringLiteral("answered"), p.answered}});
    }
    root.insert(QStringLiteral("packets"), packets);
    auto alphaJson = [](const PanelAgreement &a) {
        return QJsonObject{{QStringLiteral("alpha"), jsonNumber(a.alpha.alpha)},
                           {QStringLiteral("low"), jsonNumber(a.interval.low)},
                           {QStringLiteral("high"), jsonNumber(a.interval.high)},
                           {QStringLiteral("resamples"), a.interval.resamples}};
    };
    QJsonArray rounds;
    for (const PanelRoundStatistics &r : s.rounds) {
        QJsonArray dimensions, items, expertKeys, unmet;
        for (Id e : r.expertIds)
            expertKeys.append(expertKeyOf(run.context, e));
        for (const PanelDimensionStatistics &d : r.dimensions) {
            const ConcordanceResult &w = d.concordance;
            dimensions.append(QJsonObject{{QStringLiteral("dimension"), dimensionKey(d.dimension)},
                                          {QStringLiteral("items"), w.items},
                                          {QStringLiteral("raters"), w.raters},
                                          {QStringLiteral("items_dropped"), w.itemsDropped},
                                          {QStringLiteral("kendall_w"), jsonNumber(w.w)},
                                          {QStringLiteral("tie_correction"), w.tieCorrection},
                                          {QStringLiteral("chi_square"), jsonNumber(w.chiSquare)},
                                          {QStringLiteral("df"), w.degreesOfFreedom},
                                          {QStringLiteral("p_value"), jsonNumber(w.pValue, 6)},
                                          {QStringLiteral("w_reason"), w.reason},
                                          {QStringLiteral("agreement"), alphaJson(d.agreement)},
                                          {QStringLiteral("max_cv"), jsonNumber(d.maxCoefficientOfVariation)}});
        }
        for (const PanelItemStatistics &i : r.items)
            items.append(QJsonObject{{QStringLiteral("region"), run.context.regions.value(i.regionId).code},
                                     {QStringLiteral("indicator"), run.context.indicators.value(i.indicatorId).key},
                                     {QStringLiteral("dimension"), dimensionKey(i.dimension)},
                                     {QStringLiteral("answers"), i.spread.answers},
                                     {QStringLiteral("mean"), jsonNumber(i.spread.mean)},
                                     {QStringLiteral("median"), jsonNumber(i.spread.median)},
                                     {QStringLiteral("q1"), jsonNumber(i.spread.lowerQuartile)},
                                     {QStringLiteral("q3"), jsonNumber(i.spread.upperQuartile)},
                                     {QStringLiteral("sd"), jsonNumber(i.spread.standardDeviation)},
                                     {QStringLiteral("cv"), jsonNumber(i.spread.coefficientOfVariation)}});
        for (const QString &u : r.stop.unmet)
            unmet.append(u);
        rounds.append(QJsonObject{{QStringLiteral("stage"), r.stage.key},
                                  {QStringLiteral("round"), r.round},
                                  {QStringLiteral("experts"), expertKeys},
                                  {QStringLiteral("answers"), r.answers},
                                  {QStringLiteral("dimensions"), dimensions},
                                  {QStringLiteral("stage_agreement"), alphaJson(r.stageAgreement)},
                                  {QStringLiteral("stop_rule"), QJsonObject{{QStringLiteral("met"), r.stop.met}, {QStringLiteral("unmet"), unmet}}},
                                  {QStringLiteral("items"), items}});
    }
    root.insert(QStringLiteral("rounds"), rounds);
    QJsonArray consistency;
    for (const ExpertConsistency &c : s.consistency) {
        QJsonObject o{{QStringLiteral("expert"), expertKeyOf(run.context, c.expertId)},
                      {QStringLiteral("round"), c.round},
                      {QStringLiteral("scope"), c.scope},
                      {QStringLiteral("pairs_given"), c.pairsGiven},
                      {QStringLiteral("pairs_needed"), c.pairsNeeded},
                      {QStringLiteral("lambda_max"), c.matrix ? jsonNumber(c.result.lambdaMax) : QJsonValue()},
                      {QStringLiteral("ci"), c.matrix ? jsonNumber(c.result.consistencyIndex) : QJsonValue()},
                      {QStringLiteral("ri"), jsonNumber(c.result.randomIndex)},
                      {QStringLiteral("cr"), jsonNumber(c.result.consistencyRatio)},
                      {QStringLiteral("passes"), c.passes}};
        if (c.result.repair) {
            const AhpRepair &r = *c.result.repair;
            o.insert(QStringLiteral("repair"), QJsonObject{{QStringLiteral("first"), c.itemKeys.value(r.row)},
                                                          {QStringLiteral("second"), c.itemKeys.value(r.column)},
                                                          {QStringLiteral("current"), jsonNumber(r.currentValue)},
                                                          {QStringLiteral("suggested"), jsonNumber(r.suggestedValue)},
                                                          {QStringLiteral("cr_after"), jsonNumber(r.ratioAfter)}});
        }
        consistency.append(o);
    }
    root.insert(QStringLiteral("consistency"), consistency);
    QJsonArray weights;
    for (const PanelAhpWeights &w : s.weights) {
        QJsonObject values;
        for (qsizetype i = 0; i < w.weights.size(); ++i)
            values.insert(w.itemKeys.value(i), jsonNumber(w.weights[i]));
        QJsonArray used, left;
        for (Id e : w.expertsUsed)
            used.append(expertKeyOf(run.context, e));
        for (Id e : w.expertsLeftOut)
            left.append(expertKeyOf(run.context, e));
        weights.append(QJsonObject{{QStringLiteral("round"), w.round},
                                   {QStringLiteral("scope"), w.scope},
                                   {QStringLiteral("aggregation"), w.aggregation},
                                   {QStringLiteral("experts_used"), used},
                                   {QStringLiteral("experts_left_out"), left},
                                   {QStringLiteral("weights"), values},
                                   {QStringLiteral("aggregate_cr"), w.aggregate ? jsonNumber(w.aggregate->consistencyRatio) : QJsonValue()},
                                   {QStringLiteral("reason"), w.reason}});
    }
    root.insert(QStringLiteral("weights"), weights);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace triangle::cli
