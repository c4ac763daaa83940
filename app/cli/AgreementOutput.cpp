#include "AgreementOutput.h"

#include "TextTable.h"
#include "analysis/AgreementText.h"
#include "data/CsvTable.h"
#include "model/DomainNames.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace triangle::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(triangle::cli::AgreementOutput)
};

// One row of the output: a stage (none: pooled over stages) and a scope.
struct Row
{
    const Stage *stage = nullptr;
    std::optional<Dimension> dimension;
    const AgreementEstimate *estimate = nullptr;
};

QList<Row> rowsOf(const AgreementRun &run)
{
    QList<Row> rows;
    auto add = [&rows](const Stage *stage, const ScopedAgreement &scoped) {
        rows.append({stage, std::nullopt, &scoped.all});
        for (Dimension d : AllDimensions)
            rows.append({stage, d, &scoped.byDimension[d]});
    };
    const StageAgreements &a = run.agreement;
    for (qsizetype s = 0; s < a.stages.size() && s < a.agreement.perStage.size(); ++s)
        add(&a.stages[s], a.agreement.perStage[s]);
    add(nullptr, a.agreement.pooled);
    return rows;
}

QString verdictKey(const AgreementEstimate &e) { return e.verdict ? alphaVerdictKey(*e.verdict) : QStringLiteral("not-computable"); }

// The reason no α, or no interval, is given (empty when both are).
QString reasonOf(const AgreementEstimate &e)
{
    if (!e.alpha.alpha)
        return e.alpha.reason;
    return e.interval.low ? QString() : e.interval.reason;
}

// Rounded to the three decimals shown: a bootstrap quantile's last bits are noise.
double rounded(double value)
{
    const double r = std::round(value * 1000.0) / 1000.0;
    return r == 0.0 ? 0.0 : r;
}

QJsonValue number(const std::optional<double> &value) { return value ? QJsonValue(rounded(*value)) : QJsonValue(QJsonValue::Null); }
QString cell(const std::optional<double> &value) { return value ? alphaNumber(*value) : QString(); }
} // namespace

QString agreementTable(const AgreementRun &run)
{
    QStringList names;
    for (const Region &r : run.regions)
        names << QStringLiteral("%1 (%2)").arg(localizedName(r.nameZh, r.nameEn), r.code);
    QString text = provenanceText(run.provenance) + QLatin1Char('\n');
    text += Tr::tr("Agreement between raters over %n region(s): %1", nullptr, int(run.regions.size()))
                       .arg(names.join(Tr::tr(", ")))
        + QLatin1Char('\n') + agreementMethodNote() + QStringLiteral("\n\n");

    QList<QStringList> table{{Tr::tr("Stage"), Tr::tr("Scope"), Tr::tr("α"), Tr::tr("95 % interval"), Tr::tr("Units"), Tr::tr("Verdict")}};
    QStringList reasons; // each once, numbered in the verdict column
    const Stage *previous = nullptr;
    bool first = true;
    for (const Row &row : rowsOf(run)) {
        const AgreementEstimate &e = *row.estimate;
        QString stage;
        if (first || row.stage != previous)
            stage = row.stage ? QStringLiteral("%1 (%2)").arg(localizedName(row.stage->nameZh, row.stage->nameEn), row.stage->key)
                              : pooledOverStagesName();
        first = false;
        previous = row.stage;
        QString verdict = e.verdict ? alphaVerdictName(*e.verdict) : Tr::tr("not computable");
        if (const QString reason = reasonOf(e); !reason.isEmpty()) {
            if (!reasons.contains(reason))
                reasons << reason;
            verdict += QStringLiteral(" (%1)").arg(reasons.indexOf(reason) + 1);
        }
        table.append({stage, agreementScopeName(row.dimension), e.alpha.alpha ? alphaNumber(*e.alpha.alpha) : QStringLiteral("—"),
                      alphaIntervalText(e.interval), QString::number(e.alpha.pairableUnits), verdict});
    }
    text += aligned(table, {false, false, true, true, true, false});
    text += QLatin1Char('\n') + Tr::tr("Units: an indicator of one region at one stage scored by two raters or more.") + QLatin1Char('\n');
    text += pooledOverStagesNote() + QLatin1Char('\n');
    for (qsizetype i = 0; i < reasons.size(); ++i)
        text += QStringLiteral("(%1) %2\n").arg(i + 1).arg(reasons[i]);
    return text;
}

QByteArray agreementCsv(const AgreementRun &run)
{
    const QStringList header{QStringLiteral("stage"),          QStringLiteral("pooled_over_stages"), QStringLiteral("scope"),
                             QStringLiteral("alpha"),          QStringLiteral("ci_low"),             QStringLiteral("ci_high"),
                             QStringLiteral("pairable_units"), QStringLiteral("pairable_values"),    QStringLiteral("verdict"),
                             QStringLiteral("reason"),         QStringLiteral("resamples"),          QStringLiteral("seed"),
                             QStringLiteral("app_version"),    QStringLiteral("rule_version"),       QStringLiteral("data_hash")};
    QList<QStringList> lines;
    for (const Row &row : rowsOf(run)) {
        const AgreementEstimate &e = *row.estimate;
        lines.append({row.stage ? row.stage->key : QString(), row.stage ? QStringLiteral("false") : QStringLiteral("true"),
                      agreementScopeKey(row.dimension), cell(e.alpha.alpha), cell(e.interval.low), cell(e.interval.high),
                      QString::number(e.alpha.pairableUnits), QString::number(e.alpha.pairableValues), verdictKey(e), reasonOf(e),
                      QString::number(e.interval.resamples), QString::number(e.interval.seed), run.provenance.appVersion,
                      QString::number(run.provenance.ruleVersion), run.provenance.dataHash});
    }
    return CsvTable::write(header, lines, false);
}

QByteArray agreementJson(const AgreementRun &run)
{
    auto scopes = [&run](const Stage *stage) {
        QJsonArray out;
        for (const Row &row : rowsOf(run)) {
            if (row.stage != stage)
                continue;
            const AgreementEstimate &e = *row.estimate;
            const QString reason = reasonOf(e);
            out.append(QJsonObject{
                {QStringLiteral("scope"), agreementScopeKey(row.dimension)},
                {QStringLiteral("alpha"), number(e.alpha.alpha)},
                {QStringLiteral("ci_low"), number(e.interval.low)},
                {QStringLiteral("ci_high"), number(e.interval.high)},
                {QStringLiteral("pairable_units"), e.alpha.pairableUnits},
                {QStringLiteral("pairable_values"), e.alpha.pairableValues},
                {QStringLiteral("verdict"), verdictKey(e)},
                {QStringLiteral("reason"), reason.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(reason)},
            });
        }
        return out;
    };
    QJsonArray stages;
    for (const Stage &stage : run.agreement.stages) {
        stages.append(QJsonObject{{QStringLiteral("stage"), stage.key},
                                  {QStringLiteral("name_zh"), stage.nameZh},
                                  {QStringLiteral("name_en"), stage.nameEn},
                                  {QStringLiteral("scopes"), scopes(&stage)}});
    }
    QJsonArray regions;
    for (const Region &r : run.regions)
        regions.append(r.code);
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("triangle-studio-agreement")},
        {QStringLiteral("provenance"), provenanceJson(run.provenance)},
        {QStringLiteral("metric"), QStringLiteral("interval")},
        {QStringLiteral("interval"), QJsonObject{{QStringLiteral("level"), AlphaIntervalLevel},
                                                 {QStringLiteral("method"), QStringLiteral("percentile bootstrap over units")},
                                                 {QStringLiteral("resamples"), AlphaBootstrapResamples},
                                                 {QStringLiteral("seed"), qint64(AlphaBootstrapSeed)}}},
        {QStringLiteral("conventions"), QJsonObject{{QStringLiteral("reliable_min"), AlphaReliableMin},
                                                    {QStringLiteral("tentative_min"), AlphaTentativeMin},
                                                    {QStringLiteral("source"), QStringLiteral("Krippendorff 2004, 2011")}}},
        {QStringLiteral("regions"), regions},
        {QStringLiteral("stages"), stages},
        {QStringLiteral("pooled_over_stages"), QJsonObject{{QStringLiteral("scopes"), scopes(nullptr)}}},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace triangle::cli
