#include "SensitivityCommand.h"

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
constexpr int MaxDraws = 10'000'000;
// Seeds a JSON number holds exactly (2^53 − 1).
constexpr quint64 MaxSeed = 9'007'199'254'740'991ull;

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
    parser.addOption({QStringLiteral("draws"), tr("How many weight draws, 1–%1 (default 10000).").arg(MaxDraws), tr("N"),
                      QStringLiteral("10000")});
    parser.addOption({QStringLiteral("concentration"), tr("The Dirichlet concentration, above 0 (default 50)."), tr("K"),
                      QStringLiteral("50")});
    parser.addOption({QStringLiteral("seed"), tr("The random seed, a whole number from 0 (default 1)."), tr("S"), QStringLiteral("1")});
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
    bool ok = false;
    const QString drawsText = parser.value(QStringLiteral("draws"));
    const int draws = drawsText.toInt(&ok);
    if (!ok || draws < 1 || draws > MaxDraws)
        return fail(tr("--draws must be a whole number from 1 to %1, not “%2”").arg(MaxDraws).arg(drawsText), ExitUsage);
    const QString concentrationText = parser.value(QStringLiteral("concentration"));
    const double concentration = concentrationText.toDouble(&ok);
    if (!ok || !std::isfinite(concentration) || concentration <= 0)
        return fail(tr("--concentration must be a number above 0, not “%1”").arg(concentrationText), ExitUsage);
    const QString seedText = parser.value(QStringLiteral("seed"));
    const quint64 seed = seedText.toULongLong(&ok);
    if (!ok || seed > MaxSeed)
        return fail(tr("--seed must be a whole number from 0 to %1, not “%2”").arg(MaxSeed).arg(seedText), ExitUsage);
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
    input->draws = draws;
    input->concentration = concentration;
    input->seed = seed;
    SensitivityRun run;
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
