#include "FindingsCommand.h"

#include "analysis/Findings.h"
#include "data/OutputFile.h"
#include "model/DomainNames.h"
#include "store/FindingsQueries.h"
#include "store/Store.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
};

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

QByteArray csv(const QList<RegionResult> &results)
{
    QStringList lines{QStringLiteral("region,name,claim,verdict,rule_version,explanation,missing,numbers,thresholds")};
    for (const RegionResult &r : results) {
        for (const ClaimFinding &f : r.findings.claims)
            lines << QStringList{r.region.code, csvCell(localizedName(r.region.nameZh, r.region.nameEn)), claimKey(f.claim),
                                 verdictKey(f.verdict), QString::number(FindingsRuleVersion), csvCell(f.explanation),
                                 csvCell(f.missing.join(QStringLiteral("; "))), csvCell(numbersText(f)), csvCell(f.thresholds)}
                         .join(QLatin1Char(','));
    }
    return (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

QByteArray json(const QList<RegionResult> &results)
{
    QJsonArray regions;
    for (const RegionResult &r : results) {
        QJsonArray claims;
        for (const ClaimFinding &f : r.findings.claims) {
            QJsonObject numbers;
            for (const FindingNumber &n : f.numbers)
                numbers.insert(n.key, n.rounded()); // on its grid: 0.7, not 0.7000000000000002
            claims.append(QJsonObject{{QStringLiteral("claim"), claimKey(f.claim)},
                                      {QStringLiteral("verdict"), verdictKey(f.verdict)},
                                      {QStringLiteral("explanation"), f.explanation},
                                      {QStringLiteral("missing"), QJsonArray::fromStringList(f.missing)},
                                      {QStringLiteral("numbers"), numbers},
                                      {QStringLiteral("thresholds"), f.thresholds}});
        }
        regions.append(QJsonObject{{QStringLiteral("code"), r.region.code},
                                   {QStringLiteral("name_zh"), r.region.nameZh},
                                   {QStringLiteral("name_en"), r.region.nameEn},
                                   {QStringLiteral("claims"), claims}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("rule_version"), FindingsRuleVersion}, {QStringLiteral("regions"), regions}})
        .toJson(QJsonDocument::Indented);
}

QString markdown(const QList<RegionResult> &results)
{
    QString md = FindingsCommand::tr("# Findings\n\n") + findingsRuleText() + QStringLiteral("\n\n");
    QStringList header{FindingsCommand::tr("Region")};
    for (Claim c : AllClaims)
        header << claimName(c);
    md += QStringLiteral("| %1 |\n|%2\n").arg(header.join(QStringLiteral(" | ")), QStringLiteral("---|").repeated(header.size()));
    for (const RegionResult &r : results) {
        QStringList row{QStringLiteral("%1 %2").arg(localizedName(r.region.nameZh, r.region.nameEn), r.region.code)};
        for (const ClaimFinding &f : r.findings.claims)
            row << verdictName(f.verdict);
        md += QStringLiteral("| %1 |\n").arg(row.join(QStringLiteral(" | ")));
    }
    for (const RegionResult &r : results) {
        md += QStringLiteral("\n## %1 (%2)\n\n").arg(localizedName(r.region.nameZh, r.region.nameEn), r.region.code);
        md += QStringLiteral("%1.\n\n").arg(verdictTallyText(tallyVerdicts(r.findings)));
        for (const ClaimFinding &f : r.findings.claims) {
            md += QStringLiteral("- **%1 — %2.** %3").arg(claimName(f.claim), verdictName(f.verdict), f.explanation);
            if (!f.thresholds.isEmpty())
                md += FindingsCommand::tr(" *Rule: %1.*").arg(f.thresholds);
            md += QLatin1Char('\n');
        }
    }
    return md;
}

QString table(const QList<RegionResult> &results)
{
    QString text = findingsRuleText() + QLatin1Char('\n');
    for (const RegionResult &r : results) {
        text += QStringLiteral("%1 %2: %3\n")
                    .arg(localizedName(r.region.nameZh, r.region.nameEn), r.region.code, verdictTallyText(tallyVerdicts(r.findings)));
        for (const ClaimFinding &f : r.findings.claims)
            text += QStringLiteral("  %1: %2 — %3\n").arg(claimName(f.claim), verdictName(f.verdict).toUpper(), f.explanation);
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
              "[-o OUT.csv|OUT.json|OUT.md]\n"
              "For each region: continuous evolution (every score rises or holds from the initial to the advantage to "
              "the target stage), advantage traction read from the scores (the dimension leading at the advantage stage "
              "gained most first, the others gain more than it afterwards) and from the dated evidence (the leader's "
              "policies and milestones reach half their total first), and dynamic balance (the balance falls to the "
              "advantage stage and rises to the target). Each is supported, not supported, or lacks data (what is "
              "missing is said), with the numbers and thresholds used (docs/method.md).\n"
              "Default --regions all: every assessed region. Without -o prints a readable table; -o writes CSV (a row "
              "per region and claim), JSON or Markdown. The database is opened read-only.");
}

void FindingsCommand::addOptions(QCommandLineParser &parser) const
{
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("regions"), tr("Region codes, group:KEY or set:KEY, comma-separated, or all (default)."), tr("CODES"),
                      QStringLiteral("all")});
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

    QList<RegionResult> results;
    for (Id id : *regions) {
        auto region = store->regions().byId(id);
        auto input = findingsInputFor(*store, id);
        if (!region)
            return fail(region.error().message, ExitFailure);
        if (!input)
            return fail(input.error().message, ExitFailure);
        results << RegionResult{*region, findingsFor(*input)};
    }

    if (*format == Format::Table) {
        io.out << table(results) << Qt::flush;
        return ExitOk;
    }
    const QByteArray bytes = *format == Format::Csv ? csv(results) : *format == Format::Json ? json(results) : markdown(results).toUtf8();
    const QString shown = QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath());
    if (const QString error = writeOutputFile(out, bytes); !error.isEmpty())
        return fail(error, ExitFailure);
    io.out << tr("Wrote %1").arg(shown) << Qt::endl;
    return ExitOk;
}

} // namespace triangle::cli
