#include "FindingsCommand.h"

#include "CausalLinksJson.h"
#include "DrawOptions.h"

#include "analysis/Findings.h"
#include "analysis/FindingsUncertainty.h"
#include "analysis/ParallelFor.h"
#include "analysis/ThresholdSensitivity.h"
#include "data/OutputFile.h"
#include "data/Provenance.h"
#include "model/DomainNames.h"
#include "store/FindingsQueries.h"
#include "store/Store.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace triangle::cli {

namespace {
enum class Format { Table, Csv, Json, Markdown };

std::optional<Format> formatFor(const QString &out)
{
    if (out.isEmpty())
        return Format::Table;
    for (auto [suffix, format] : {std::pair{".csv", Format::Csv}, std::pair{".json", Format::Json}, std::pair{".md", Format::Markdown}}) {
        if (out.endsWith(QLatin1StringView(suffix), Qt::CaseInsensitive))
            return format;
    }
    return std::nullopt;
}

struct RegionResult
{
    Region region;
    RegionFindings findings;
    FindingsUncertainty uncertainty;
    std::optional<QList<ConcentrationPoint>> curve;
    std::optional<ThresholdSensitivity> swept; // for JSON and Markdown
    QJsonArray causalLinks; // JSON only (CausalLinksJson)
};

// A share as files write it: a fraction of the draws to 3 decimals.
double roundedShare(double share) { return std::round(share * 1000.0) / 1000.0; }

QJsonObject verdictCounts(const VerdictShares &shares)
{
    QJsonObject counts;
    for (Verdict v : {Verdict::Supported, Verdict::NotSupported, Verdict::NotEnoughData, Verdict::CannotTell, Verdict::Planned}) {
        if (shares.counts[std::size_t(v)] > 0)
            counts.insert(verdictKey(v), shares.counts[std::size_t(v)]);
    }
    return counts;
}

QJsonObject uncertaintyJson(const ClaimUncertainty &u)
{
    QJsonObject o;
    if (u.weights) {
        o.insert(QStringLiteral("weight_draws"), u.weights->draws);
        o.insert(QStringLiteral("weight_share"), roundedShare(u.weights->share(u.reported)));
        o.insert(QStringLiteral("weight_verdicts"), verdictCounts(*u.weights));
    }
    if (u.raters) {
        o.insert(QStringLiteral("rater_resamples"), u.raters->draws);
        o.insert(QStringLiteral("rater_share"), roundedShare(u.raters->share(u.reported)));
        o.insert(QStringLiteral("rater_verdicts"), verdictCounts(*u.raters));
    }
    if (u.planVerdict) {
        // A planned claim: what the plan's values give read as observed.
        o.insert(QStringLiteral("plan_verdict"), verdictKey(*u.planVerdict));
        if (u.planWeights)
            o.insert(QStringLiteral("plan_weight_share"), roundedShare(u.planWeights->share(*u.planVerdict)));
        if (u.planRaters)
            o.insert(QStringLiteral("plan_rater_share"), roundedShare(u.planRaters->share(*u.planVerdict)));
    }
    o.insert(QStringLiteral("text"), uncertaintyText(u));
    return o;
}

QJsonArray curveJson(const QList<ConcentrationPoint> &curve)
{
    QJsonArray points;
    for (const ConcentrationPoint &p : curve) {
        QJsonObject change;
        for (Claim c : AllClaims)
            change.insert(claimKey(c), roundedShare(p.verdictChange[std::size_t(c)]));
        points.append(QJsonObject{{QStringLiteral("concentration"), p.concentration},
                                  {QStringLiteral("verdict_change"), change},
                                  {QStringLiteral("advantage_form_change"), roundedShare(p.advantageFormChange)}});
    }
    return points;
}

QJsonObject outcomeJson(const OutcomeAt &at)
{
    QJsonObject o{{QStringLiteral("value"), at.value}, {QStringLiteral("verdict"), verdictKey(at.outcome.verdict)}};
    if (at.outcome.planReading)
        o.insert(QStringLiteral("plan_verdict"), verdictKey(*at.outcome.planReading));
    return o;
}

// Per constant of the form classifier: the values tried and the run of them
// that keeps the reported verdict (values on their grid, as the sweep makes them).
QJsonArray thresholdsJson(const ClaimThresholdSensitivity &claim)
{
    QJsonArray readings;
    for (const ThresholdReading &r : claim.readings) {
        QJsonObject o{{QStringLiteral("threshold"), thresholdKey(r.threshold)},
                      {QStringLiteral("value"), r.value},
                      {QStringLiteral("swept_from"), r.sweep.valueAt(0)},
                      {QStringLiteral("swept_to"), r.sweep.valueAt(r.sweep.steps)},
                      {QStringLiteral("holds_from"), r.holdsFrom},
                      {QStringLiteral("holds_to"), r.holdsTo},
                      {QStringLiteral("text"), thresholdReadingText(r)}};
        if (r.below)
            o.insert(QStringLiteral("below"), outcomeJson(*r.below));
        if (r.above)
            o.insert(QStringLiteral("above"), outcomeJson(*r.above));
        readings.append(o);
    }
    return readings;
}

// "shared lead within (points) 0.5: holds …; balanced from … 0.80: holds for …", for a line of prose.
QString thresholdsText(const ClaimThresholdSensitivity &claim)
{
    QStringList parts;
    for (const ThresholdReading &r : claim.readings)
        parts << FindingsCommand::tr("%1 %2: %3")
                     .arg(thresholdName(r.threshold), QString::number(r.value, 'f', r.sweep.decimals), thresholdReadingText(r));
    return parts.join(FindingsCommand::tr("; "));
}

QString numbersText(const ClaimFinding &f)
{
    QStringList parts;
    for (const FindingNumber &n : f.numbers)
        parts << QStringLiteral("%1=%2").arg(n.key, QString::number(n.rounded(), 'f', n.decimals));
    return parts.join(QLatin1Char(';'));
}

QString csvCell(QString text)
{
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n')))
        text = QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return text;
}

QByteArray csv(const QList<RegionResult> &results, const Provenance &provenance)
{
    QStringList lines{QStringLiteral("region,name,claim,verdict,rule_version,data_basis,weight_draws,weight_share,rater_resamples,"
                                     "rater_share,explanation,missing,numbers,thresholds,app_version,data_hash")};
    auto count = [](const std::optional<VerdictShares> &s) { return s ? QString::number(s->draws) : QString(); };
    auto share = [](const std::optional<VerdictShares> &s, Verdict v) {
        return s ? QString::number(roundedShare(s->share(v)), 'f', 3) : QString();
    };
    for (const RegionResult &r : results) {
        for (const ClaimFinding &f : r.findings.claims) {
            const ClaimUncertainty &u = r.uncertainty.of(f.claim);
            lines << QStringList{r.region.code, csvCell(localizedName(r.region.nameZh, r.region.nameEn)), claimKey(f.claim),
                                 verdictKey(f.verdict), QString::number(FindingsRuleVersion), dataBasisKey(r.findings.basis),
                                 count(u.weights), share(u.weights, u.reported), count(u.raters), share(u.raters, u.reported),
                                 csvCell(f.explanation), csvCell(f.missing.join(QStringLiteral("; "))), csvCell(numbersText(f)),
                                 csvCell(f.thresholds), provenance.appVersion, provenance.dataHash}
                         .join(QLatin1Char(','));
        }
    }
    return (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

QByteArray json(const QList<RegionResult> &results, const DrawOptions &drawn, const Provenance &provenance)
{
    QJsonArray regions;
    for (const RegionResult &r : results) {
        QJsonArray claims;
        for (const ClaimFinding &f : r.findings.claims) {
            QJsonObject numbers;
            for (const FindingNumber &n : f.numbers)
                numbers.insert(n.key, n.rounded()); // on its grid: 0.7, not 0.7000000000000002
            QJsonObject claim{{QStringLiteral("claim"), claimKey(f.claim)},
                              {QStringLiteral("verdict"), verdictKey(f.verdict)},
                              {QStringLiteral("rule_version"), FindingsRuleVersion},
                              {QStringLiteral("data_basis"), dataBasisKey(r.findings.basis)},
                              {QStringLiteral("uncertainty"), uncertaintyJson(r.uncertainty.of(f.claim))},
                              {QStringLiteral("explanation"), f.explanation},
                              {QStringLiteral("missing"), QJsonArray::fromStringList(f.missing)},
                              {QStringLiteral("numbers"), numbers},
                              {QStringLiteral("thresholds"), f.thresholds}};
            if (f.verdictWithoutImputedDates)
                claim.insert(QStringLiteral("verdict_without_imputed_dates"), verdictKey(*f.verdictWithoutImputedDates));
            if (r.swept)
                claim.insert(QStringLiteral("threshold_sensitivity"), thresholdsJson(r.swept->of(f.claim)));
            claims.append(claim);
        }
        QJsonObject region{{QStringLiteral("code"), r.region.code},
                           {QStringLiteral("name_zh"), r.region.nameZh},
                           {QStringLiteral("name_en"), r.region.nameEn},
                           {QStringLiteral("data_basis"), dataBasisKey(r.findings.basis)},
                           {QStringLiteral("rater_count"), r.uncertainty.raterCount},
                           {QStringLiteral("claims"), claims}};
        if (r.curve)
            region.insert(QStringLiteral("concentration_curve"), curveJson(*r.curve));
        region.insert(QStringLiteral("causal_links"), r.causalLinks);
        regions.append(region);
    }
    const QJsonObject uncertainty{{QStringLiteral("draws"), drawn.draws},
                                  {QStringLiteral("rater_resamples"), drawn.draws},
                                  {QStringLiteral("concentration"), drawn.concentration},
                                  {QStringLiteral("seed"), double(drawn.seed)}}; // exact: --seed is at most 2^53 − 1
    return QJsonDocument(QJsonObject{{QStringLiteral("rule_version"), FindingsRuleVersion},
                                     {QStringLiteral("provenance"), provenanceJson(provenance)},
                                     {QStringLiteral("uncertainty"), uncertainty},
                                     {QStringLiteral("regions"), regions}})
        .toJson(QJsonDocument::Indented);
}

QString markdown(const QList<RegionResult> &results, const Provenance &provenance)
{
    QString md = FindingsCommand::tr("# Findings\n\n") + provenanceText(provenance) + QStringLiteral("\n\n");
    QStringList header{FindingsCommand::tr("Region")};
    for (Claim c : AllClaims)
        header << claimName(c);
    md += QStringLiteral("| %1 |\n|%2\n").arg(header.join(QStringLiteral(" | ")), QStringLiteral("---|").repeated(header.size()));
    for (const RegionResult &r : results) {
        QStringList row{QStringLiteral("%1 %2").arg(localizedName(r.region.nameZh, r.region.nameEn), r.region.code)};
        for (const ClaimFinding &f : r.findings.claims)
            row << FindingsCommand::tr("%1 (%2)").arg(verdictName(f.verdict), dataBasisName(r.findings.basis));
        md += QStringLiteral("| %1 |\n").arg(row.join(QStringLiteral(" | ")));
    }
    for (const RegionResult &r : results) {
        md += QStringLiteral("\n## %1 (%2)\n\n").arg(localizedName(r.region.nameZh, r.region.nameEn), r.region.code);
        md += QStringLiteral("%1.\n\n").arg(verdictTallyText(tallyVerdicts(r.findings)));
        md += FindingsCommand::tr("Data: %1.\n\n").arg(dataBasisDescription(r.findings.basis));
        for (const ClaimFinding &f : r.findings.claims) {
            md += QStringLiteral("- **%1 — %2.** %3").arg(claimName(f.claim), verdictName(f.verdict), f.explanation);
            if (!f.thresholds.isEmpty())
                md += FindingsCommand::tr(" *Rule: %1.*").arg(f.thresholds);
            md += FindingsCommand::tr(" *Under uncertainty: %1.*").arg(uncertaintyText(r.uncertainty.of(f.claim)));
            if (r.swept)
                md += FindingsCommand::tr(" *Under other thresholds: %1.*").arg(thresholdsText(r.swept->of(f.claim)));
            md += QLatin1Char('\n');
        }
    }
    return md;
}

QString table(const QList<RegionResult> &results, const Provenance &provenance)
{
    QString text = provenanceText(provenance) + QLatin1Char('\n');
    for (const RegionResult &r : results) {
        text += QStringLiteral("%1 %2: %3\n")
                    .arg(localizedName(r.region.nameZh, r.region.nameEn), r.region.code, verdictTallyText(tallyVerdicts(r.findings)));
        for (const ClaimFinding &f : r.findings.claims) {
            text += QStringLiteral("  %1: %2 [%3] — %4\n")
                        .arg(claimName(f.claim), verdictName(f.verdict).toUpper(), dataBasisName(r.findings.basis), f.explanation);
            text += FindingsCommand::tr("    under uncertainty: %1\n").arg(uncertaintyText(r.uncertainty.of(f.claim)));
        }
    }
    return text;
}
} // namespace

QString FindingsCommand::summary() const
{
    return tr("Test the article's claims on each region's data: verdicts with the numbers behind them.");
}

QString FindingsCommand::description() const
{
    return tr("Usage: triangle-studio findings [--db FILE] [--regions CODE[,CODE…]|all] [--lang zh_CN|en] "
              "[--draws N] [--concentration K] [--seed S] [-o OUT.csv|OUT.json|OUT.md]\n"
              "For each region: continuous evolution (every score rises or holds from the initial to the advantage to "
              "the target stage), advantage traction read from the scores (the dimension leading at the advantage stage "
              "gained most first, the others gain more than it afterwards) and from the dated evidence (the leader's "
              "policies and milestones reach half their total first), and dynamic balance (balanced, then led by one "
              "dimension at the advantage stage, then balanced again). Each is supported, not supported, cannot tell, "
              "planned, not observed, or lacks data (what is missing is said), with the numbers and thresholds used (docs/method.md), the rules' version and the "
              "region's data basis (observed, or illustrative: built from a narrative).\n"
              "Under uncertainty: each verdict is tested again under --draws weight draws around the stored weights "
              "(Dirichlet, --concentration) and as many resamples of the raters (where there are several), and shown "
              "with the share of draws that give it; JSON also has, per region, how often each verdict changes over "
              "κ = 1 to 200. Defaults: --draws 1000, --concentration 50, --seed 1; the same seed gives the same shares.\n"
              "Under other thresholds (JSON and Markdown): each constant of the form classifier is tried over a range, "
              "the others held, and each verdict is given with the values that keep it and what lies beyond them.\n"
              "Default --regions all: every assessed region. Without -o prints a readable table; -o writes CSV (a row "
              "per region and claim), JSON or Markdown. The database is opened read-only.");
}

void FindingsCommand::addOptions(QCommandLineParser &parser) const
{
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("regions"), tr("Region codes, group:KEY or set:KEY, comma-separated, or all (default)."), tr("CODES"),
                      QStringLiteral("all")});
    addDrawOptions(parser, DefaultVerdictDraws);
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      tr("The CSV, JSON or Markdown file to write (default: a table on standard output)."), tr("OUT")});
}

int FindingsCommand::run(const QCommandLineParser &parser, Output &io) const
{
    auto fail = [&](const QString &message, int code) {
        io.err << tr("triangle-studio findings: %1").arg(message) << Qt::endl;
        return code;
    };
    const QString out = parser.value(QStringLiteral("output"));
    const auto format = formatFor(out);
    if (!format)
        return fail(tr("“%1”: the file name must end in .csv, .json or .md").arg(out), ExitUsage);
    const std::optional<DrawOptions> drawn = drawOptions(parser, *this, io);
    if (!drawn)
        return ExitUsage;
    const std::unique_ptr<Store> store = openDatabaseForReading(parser, *this, io);
    if (!store || !outputsSpareDatabase(*store, {out}, *this, io))
        return ExitFailure;
    const auto regions = regionsFromCodes(*store, parser.value(QStringLiteral("regions")), [&] {
        auto assessed = assessedRegions(*store);
        return assessed ? *assessed : QList<Id>{};
    }, *this, io);
    if (!regions)
        return ExitFailure;
    if (regions->isEmpty())
        return fail(tr("no region is assessed yet"), ExitFailure);

    auto inputs = findingsUncertaintyInputsFor(*store, *regions);
    if (!inputs)
        return fail(inputs.error().message, ExitFailure);
    const auto provenance = provenanceOf(*store);
    if (!provenance)
        return fail(provenance.error().message, ExitFailure);
    const UncertaintySettings settings{drawn->concentration, drawn->draws, drawn->draws, drawn->seed};
    QList<RegionResult> results(regions->size());
    for (qsizetype i = 0; i < regions->size(); ++i) {
        auto region = store->regions().byId(regions->at(i));
        if (!region)
            return fail(region.error().message, ExitFailure);
        results[i].region = *region;
        if (*format == Format::Json) {
            auto links = causalLinksJson(*store, region->id);
            if (!links)
                return fail(links.error().message, ExitFailure);
            results[i].causalLinks = *links;
        }
    }
    // The draws of each region on every core (each seeded alike, so the
    // result is the same as one after another), saying how far they are.
    const bool sweep = *format == Format::Json || *format == Format::Markdown;
    parallelFor(
        int(results.size()),
        [&](int i) {
            const FindingsUncertaintyInput &input = inputs->at(i);
            RegionResult &r = results[i];
            r.findings = findingsFor(input.findings);
            r.uncertainty = findingsUncertainty(input, settings);
            if (*format == Format::Json)
                r.curve = concentrationCurve(input, drawn->draws, drawn->seed);
            if (sweep)
                r.swept = thresholdSensitivity(input.findings);
        },
        [&](int done) {
            io.err << tr("triangle-studio findings: %1 of %n region(s) tested…", nullptr, int(results.size())).arg(done) << Qt::endl;
        });

    if (*format == Format::Table) {
        io.out << table(results, *provenance) << Qt::flush;
        return ExitOk;
    }
    const QByteArray bytes = *format == Format::Csv    ? csv(results, *provenance)
                           : *format == Format::Json ? json(results, *drawn, *provenance)
                                                     : markdown(results, *provenance).toUtf8();
    const QString shown = QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath());
    if (const QString error = writeOutputFile(out, bytes); !error.isEmpty())
        return fail(error, ExitFailure);
    io.out << tr("Wrote %1").arg(shown) << Qt::endl;
    return ExitOk;
}

} // namespace triangle::cli
