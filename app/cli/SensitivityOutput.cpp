#include "SensitivityOutput.h"

#include "TextTable.h"
#include "analysis/MetricsText.h"
#include "data/CsvTable.h"
#include "model/DomainNames.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace triangle::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(triangle::cli::SensitivityOutput)
};

// Stable keys for scripts, whatever the interface language.
QString formKey(TriangleForm form)
{
    switch (form) {
    case TriangleForm::BalancedLow: return QStringLiteral("balanced-low");
    case TriangleForm::BalancedHigh: return QStringLiteral("balanced-high");
    case TriangleForm::AdvantageLed: return QStringLiteral("advantage-led");
    case TriangleForm::Lagging: return QStringLiteral("lagging");
    }
    return {};
}

QString optionalKey(const std::optional<Dimension> &d) { return d ? dimensionKey(*d) : QString(); }
QString number(double value) { return QString::number(value, 'g', 12); }
QString percent(double share) { return QStringLiteral("%1%").arg(share * 100.0, 0, 'f', 1); }

QString regionLabel(const SensitivityRun &run, Id id)
{
    const auto found = run.regions.constFind(id);
    if (found == run.regions.cend())
        return QString::number(id);
    return QStringLiteral("%1 %2 (%3)").arg(found->nameZh, found->nameEn, found->code);
}

QString stageLabel(const Stage &stage)
{
    return QStringLiteral("%1 (%2)").arg(localizedName(stage.nameZh, stage.nameEn), stage.key);
}
} // namespace

QString sensitivityTable(const SensitivityRun &run)
{
    const SensitivityResult &r = run.result;
    QString text = provenanceText(run.provenance) + QLatin1Char('\n');
    text += Tr::tr("Weight sensitivity at %1: %n draw(s), concentration %2, seed %3", nullptr, r.draws)
                       .arg(stageLabel(run.stage), number(r.concentration), QString::number(r.seed))
        + QLatin1Char('\n');
    text += Tr::tr("Each draw takes each dimension's indicator weights from Dirichlet(concentration × the stored\n"
                   "weights) and derives the scores again; “changes” is the share of draws whose reading differs from\n"
                   "the one with the stored weights. Rank 1 is the largest triangle area.")
        + QStringLiteral("\n\n");

    QList<QStringList> rows{{Tr::tr("Region"), Tr::tr("Leading"), Tr::tr("Changes"), Tr::tr("Form"), Tr::tr("Changes"),
                             Tr::tr("Rank (range)"), Tr::tr("Changes")}};
    QList<QStringList> shares{{Tr::tr("Region"), dimensionKey(Dimension::Mission), dimensionKey(Dimension::Political),
                               dimensionKey(Dimension::Operational), Tr::tr("shared")}};
    QStringList handOnly;
    for (const SensitivityRegionResult &region : r.regions) {
        const QString label = regionLabel(run, region.regionId);
        rows.append({label, region.baselineLeading ? dimensionKey(*region.baselineLeading) : Tr::tr("shared"),
                     percent(region.leadingChangeRate), formName(region.baselineForm), percent(region.formChangeRate),
                     QStringLiteral("%1 (%2–%3)").arg(region.baselineRank).arg(region.rankMin).arg(region.rankMax),
                     percent(region.rankChangeRate)});
        shares.append({label, percent(region.leadingShare[Dimension::Mission]), percent(region.leadingShare[Dimension::Political]),
                       percent(region.leadingShare[Dimension::Operational]), percent(region.noLeaderShare)});
        if (!region.weightsApply)
            handOnly << label;
    }
    text += aligned(rows, {false, false, true, false, true, true, true});
    text += QLatin1Char('\n') + Tr::tr("Share of draws in which each dimension leads:") + QLatin1Char('\n');
    text += aligned(shares, {false, true, true, true, true});
    if (!handOnly.isEmpty())
        text += QLatin1Char('\n') + Tr::tr("Every score set by hand, so the weights do not apply: %1").arg(handOnly.join(Tr::tr(", ")))
            + QLatin1Char('\n');
    if (!run.notAssessed.isEmpty()) {
        QStringList names;
        for (const Region &region : run.notAssessed)
            names << QStringLiteral("%1 %2 (%3)").arg(region.nameZh, region.nameEn, region.code);
        text += QLatin1Char('\n') + Tr::tr("Not assessed at this stage: %1").arg(names.join(Tr::tr(", "))) + QLatin1Char('\n');
    }
    return text;
}

QByteArray sensitivityCsv(const SensitivityRun &run)
{
    const SensitivityResult &r = run.result;
    const QStringList header{
        QStringLiteral("region"), QStringLiteral("name_zh"), QStringLiteral("name_en"), QStringLiteral("stage"),
        QStringLiteral("draws"), QStringLiteral("concentration"), QStringLiteral("seed"), QStringLiteral("weights_apply"),
        QStringLiteral("mission"), QStringLiteral("political"), QStringLiteral("operational"), QStringLiteral("leading"),
        QStringLiteral("leading_change_rate"), QStringLiteral("form"), QStringLiteral("form_dimension"),
        QStringLiteral("form_change_rate"), QStringLiteral("rank"), QStringLiteral("rank_min"), QStringLiteral("rank_max"),
        QStringLiteral("rank_change_rate"), QStringLiteral("leading_share_mission"), QStringLiteral("leading_share_political"),
        QStringLiteral("leading_share_operational"), QStringLiteral("no_leader_share"), QStringLiteral("app_version"),
        QStringLiteral("rule_version"), QStringLiteral("data_hash")};
    QList<QStringList> rows;
    for (const SensitivityRegionResult &region : r.regions) {
        const Region place = run.regions.value(region.regionId);
        rows.append({place.code, place.nameZh, place.nameEn, run.stage.key, QString::number(r.draws), number(r.concentration),
                     QString::number(r.seed), region.weightsApply ? QStringLiteral("true") : QStringLiteral("false"),
                     number(region.baselineScores[Dimension::Mission]), number(region.baselineScores[Dimension::Political]),
                     number(region.baselineScores[Dimension::Operational]), optionalKey(region.baselineLeading),
                     number(region.leadingChangeRate), formKey(region.baselineForm.form), optionalKey(region.baselineForm.dimension),
                     number(region.formChangeRate), QString::number(region.baselineRank), QString::number(region.rankMin),
                     QString::number(region.rankMax), number(region.rankChangeRate),
                     number(region.leadingShare[Dimension::Mission]), number(region.leadingShare[Dimension::Political]),
                     number(region.leadingShare[Dimension::Operational]), number(region.noLeaderShare), run.provenance.appVersion,
                     QString::number(run.provenance.ruleVersion), run.provenance.dataHash});
    }
    return CsvTable::write(header, rows, false);
}

QByteArray sensitivityJson(const SensitivityRun &run)
{
    const SensitivityResult &r = run.result;
    // To nine decimals: a weighted mean's last bits (6.300000000000001) are noise.
    auto perDimension = [](const PerDimension<double> &values) {
        QJsonObject o;
        for (Dimension d : AllDimensions)
            o.insert(dimensionKey(d), std::round(values[d] * 1e9) / 1e9);
        return o;
    };
    auto keyOrNull = [](const std::optional<Dimension> &d) { return d ? QJsonValue(dimensionKey(*d)) : QJsonValue(QJsonValue::Null); };
    QJsonArray regions;
    for (const SensitivityRegionResult &region : r.regions) {
        const Region place = run.regions.value(region.regionId);
        regions.append(QJsonObject{
            {QStringLiteral("code"), place.code},
            {QStringLiteral("name_zh"), place.nameZh},
            {QStringLiteral("name_en"), place.nameEn},
            {QStringLiteral("weights_apply"), region.weightsApply},
            {QStringLiteral("baseline_scores"), perDimension(region.baselineScores)},
            {QStringLiteral("leading"), keyOrNull(region.baselineLeading)},
            {QStringLiteral("leading_change_rate"), region.leadingChangeRate},
            {QStringLiteral("form"), formKey(region.baselineForm.form)},
            {QStringLiteral("form_dimension"), keyOrNull(region.baselineForm.dimension)},
            {QStringLiteral("form_change_rate"), region.formChangeRate},
            {QStringLiteral("rank"), region.baselineRank},
            {QStringLiteral("rank_min"), region.rankMin},
            {QStringLiteral("rank_max"), region.rankMax},
            {QStringLiteral("rank_change_rate"), region.rankChangeRate},
            {QStringLiteral("leading_share"), perDimension(region.leadingShare)},
            {QStringLiteral("no_leader_share"), region.noLeaderShare},
        });
    }
    QJsonArray notAssessed;
    for (const Region &region : run.notAssessed)
        notAssessed.append(region.code);
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("triangle-studio-sensitivity")},
        {QStringLiteral("provenance"), provenanceJson(run.provenance)},
        {QStringLiteral("stage"), run.stage.key},
        {QStringLiteral("draws"), r.draws},
        {QStringLiteral("concentration"), r.concentration},
        {QStringLiteral("seed"), qint64(r.seed)}, // the command keeps seeds within a double's exact integers
        {QStringLiteral("regions"), regions},
        {QStringLiteral("not_assessed"), notAssessed},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace triangle::cli
