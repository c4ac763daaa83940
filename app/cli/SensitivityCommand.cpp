#include "SensitivityCommand.h"

#include "DrawOptions.h"
#include "SensitivityOutput.h"
#include "data/OutputFile.h"
#include "store/ScorecardQueries.h"
#include "store/Store.h"

#include <QDir>
#include <QFileInfo>

#include <cmath>
#include <optional>

namespace triangle::cli {

namespace {
enum class Format { Table, Csv, Json };

std::optional<Format> formatFor(const QString &out)
{
    if (out.isEmpty())
        return Format::Table;
    if (out.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive))
        return Format::Csv;
    if (out.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive))
        return Format::Json;
    return std::nullopt;
}
} // namespace

QString SensitivityCommand::summary() const
{
    return tr("How robust each region's leading dimension, form and rank are to the indicator weights.");
}

QString SensitivityCommand::description() const
{
    return tr("Usage: triangle-studio sensitivity [--db FILE] --regions CODE[,CODE…]|all [--stage KEY] [--draws N] "
              "[--concentration K] [--seed S] [-o OUT.csv|OUT.json]\n"
              "Draws the indicator weights N times around the stored ones, each dimension's from Dirichlet(K × its "
              "normalised weights), derives the dimension scores again and counts how often each region's leading "
              "dimension, form and rank (by triangle area among the chosen regions) differ from what the stored "
              "weights give. A dimension set by hand keeps its score. The same seed gives the same result.\n"
              "“all” means every region with indicator values at the stage. Defaults: --stage advantage, --draws 10000, "
              "--concentration 50 (larger keeps the draws closer to the stored weights), --seed 1.\n"
              "Without -o prints a table; -o OUT.csv writes a header row of stable keys and a row per region, "
              "-o OUT.json the parameters and an object per region (rates and shares as fractions of the draws). "
              "The database is opened read-only.");
}

void SensitivityCommand::addOptions(QCommandLineParser &parser) const
{
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("regions"), tr("Region codes, group:KEY or set:KEY, comma-separated, or all."), tr("CODES")});
    parser.addOption({QStringLiteral("stage"), tr("The stage key (default advantage)."), tr("KEY"), QStringLiteral("advantage")});
    addDrawOptions(parser, 10000);
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("The CSV or JSON file to write (default: a table on standard output)."),
                      tr("OUT")});
}

int SensitivityCommand::run(const QCommandLineParser &parser, Output &io) const
{
    auto fail = [&](const QString &message, int code) {
        io.err << tr("triangle-studio sensitivity: %1").arg(message) << Qt::endl;
        return code;
    };
    // The command line first, so that a typo is reported before any database is opened.
    const QString codes = parser.value(QStringLiteral("regions")).trimmed();
    if (codes.isEmpty())
        return fail(tr("name the regions with --regions CODE[,CODE…] or --regions all"), ExitUsage);
    const std::optional<DrawOptions> drawn = drawOptions(parser, *this, io);
    if (!drawn)
        return ExitUsage;
    const QString out = parser.value(QStringLiteral("output"));
    const auto format = formatFor(out);
    if (!format)
        return fail(tr("“%1”: the file name must end in .csv or .json").arg(out), ExitUsage);

    const std::unique_ptr<Store> store = openDatabaseForReading(parser, *this, io);
    if (!store || !outputsSpareDatabase(*store, {out}, *this, io))
        return ExitFailure;
    const QString stageKey = parser.value(QStringLiteral("stage")).trimmed();
    auto stage = store->stages().byKey(stageKey);
    if (!stage) {
        QStringList keys;
        if (auto stages = store->stages().all()) {
            for (const Stage &s : *stages)
                keys << s.key;
        }
        return fail(tr("unknown stage “%1” (the stages are %2)").arg(stageKey, keys.join(QStringLiteral(", "))), ExitFailure);
    }

    QString noneWithValues;
    const auto chosen = regionsFromCodes(
        *store, codes,
        [&] {
            auto withValues = regionsWithIndicatorValues(*store, stage->id);
            if (withValues && withValues->isEmpty())
                noneWithValues = tr("no region has indicator values at stage “%1”").arg(stage->key);
            return withValues ? *withValues : QList<Id>{};
        },
        *this, io);
    if (!chosen)
        return ExitFailure;
    if (!noneWithValues.isEmpty())
        return fail(noneWithValues, ExitFailure);
    const QList<Id> regionIds = *chosen;

    auto input = sensitivityInputFor(*store, regionIds, stage->id);
    if (!input)
        return fail(input.error().message, ExitFailure);
    input->draws = drawn->draws;
    input->concentration = drawn->concentration;
    input->seed = drawn->seed;
    SensitivityRun run;
    auto provenance = provenanceOf(*store);
    if (!provenance)
        return fail(provenance.error().message, ExitFailure);
    run.provenance = *provenance;
    run.stage = *stage;
    run.result = runWeightSensitivity(*input);
    for (Id id : regionIds) {
        auto region = store->regions().byId(id);
        if (!region)
            return fail(region.error().message, ExitFailure);
        run.regions.insert(id, *region);
        if (std::none_of(input->regions.cbegin(), input->regions.cend(), [&](const SensitivityRegion &r) { return r.regionId == id; }))
            run.notAssessed << *region;
    }
    if (run.result.regions.isEmpty())
        return fail(tr("none of the regions is assessed at stage “%1”").arg(stage->key), ExitFailure);

    if (*format == Format::Table) {
        io.out << sensitivityTable(run) << Qt::flush;
        return ExitOk;
    }
    const QString shown = QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath());
    if (const QString error = writeOutputFile(out, *format == Format::Csv ? sensitivityCsv(run) : sensitivityJson(run)); !error.isEmpty())
        return fail(error, ExitFailure);
    io.out << tr("Wrote %1").arg(shown) << Qt::endl;
    return ExitOk;
}

} // namespace triangle::cli
