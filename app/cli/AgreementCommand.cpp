#include "AgreementCommand.h"

#include "AgreementOutput.h"
#include "analysis/AgreementText.h"
#include "data/OutputFile.h"
#include "store/Store.h"

#include <QDir>
#include <QFileInfo>

namespace triangle::cli {

QString AgreementCommand::summary() const
{
    return tr("How far the raters agree, stage by stage: Krippendorff's α with a 95 % interval and verdict.");
}

QString AgreementCommand::description() const
{
    return withAgreementFigures(tr("Usage: triangle-studio agreement [--db FILE] [--regions CODE[,CODE…]|all] [-o OUT.csv|OUT.json]\n"
              "Krippendorff's α (interval metric) of the raters' indicator scores over the regions, for each stage and "
              "then pooled over stages, each over all indicators and per dimension; its 95 % interval is the percentile "
              "bootstrap over the scored items (%1 resamples, seed %2), and its verdict follows Krippendorff's conventions "
              "(reliable from %3, tentative conclusions only from %4, unreliable below). Read the stages: pooled over "
              "stages, the differences between stages count as agreement.\n"
              "Without --regions, or with “all”, every region with indicator values. Without -o prints a table; "
              "-o OUT.csv writes a header row of stable keys and a row per stage and scope, -o OUT.json the method and "
              "an object per stage and scope (numbers to three decimals). The database is opened read-only."));
}

void AgreementCommand::addOptions(QCommandLineParser &parser) const
{
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("regions"), tr("Region codes, group:KEY or set:KEY, comma-separated, or all (default)."),
                      tr("CODES"), QStringLiteral("all")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("The CSV or JSON file to write (default: a table on standard output)."),
                      tr("OUT")});
}

int AgreementCommand::run(const QCommandLineParser &parser, Output &io) const
{
    auto fail = [&](const QString &message, int code) {
        io.err << tr("triangle-studio agreement: %1").arg(message) << Qt::endl;
        return code;
    };
    const QString out = parser.value(QStringLiteral("output"));
    const bool csv = out.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive);
    if (!out.isEmpty() && !csv && !out.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive))
        return fail(tr("“%1”: the file name must end in .csv or .json").arg(out), ExitUsage);
    QString codes = parser.value(QStringLiteral("regions")).trimmed();
    if (codes.isEmpty())
        codes = QStringLiteral("all");

    const std::unique_ptr<Store> store = openDatabaseForReading(parser, *this, io);
    if (!store || !outputsSpareDatabase(*store, {out}, *this, io))
        return ExitFailure;
    QString lookup;
    const auto chosen = regionsFromCodes(
        *store, codes,
        [&] {
            auto withValues = regionsWithIndicatorValues(*store);
            if (!withValues)
                lookup = withValues.error().message;
            return withValues ? *withValues : QList<Id>{};
        },
        *this, io);
    if (!chosen)
        return ExitFailure;
    if (!lookup.isEmpty())
        return fail(lookup, ExitFailure);
    if (chosen->isEmpty())
        return fail(tr("no region has indicator values"), ExitFailure);

    AgreementRun run;
    for (Id id : *chosen) {
        auto region = store->regions().byId(id);
        if (!region)
            return fail(region.error().message, ExitFailure);
        run.regions << *region;
    }
    auto agreement = raterAgreementByStageFor(*store, *chosen);
    if (!agreement)
        return fail(agreement.error().message, ExitFailure);
    run.agreement = *agreement;
    auto provenance = provenanceOf(*store);
    if (!provenance)
        return fail(provenance.error().message, ExitFailure);
    run.provenance = *provenance;

    if (out.isEmpty()) {
        io.out << agreementTable(run) << Qt::flush;
        return ExitOk;
    }
    const QString shown = QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath());
    if (const QString error = writeOutputFile(out, csv ? agreementCsv(run) : agreementJson(run)); !error.isEmpty())
        return fail(error, ExitFailure);
    io.out << tr("Wrote %1").arg(shown) << Qt::endl;
    return ExitOk;
}

} // namespace triangle::cli
