#include "DataCommands.h"

#include "PanelCommands.h"

#include "data/DataExporter.h"
#include "data/DataFiles.h"
#include "data/DataImporter.h"
#include "data/DefaultDatabase.h"
#include "store/Backups.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace triangle::cli {

namespace {
QString shown(const QString &path) { return QDir::toNativeSeparators(path); }

QString countsLine(const EntityCounts &c)
{
    QString line = QCoreApplication::translate("triangle::cli::ImportCommand",
                                               "%1 regions, %2 stages, %3 assessments, %4 policies, %5 milestones, %6 evidence links")
                       .arg(c.regions)
                       .arg(c.stages)
                       .arg(c.assessments)
                       .arg(c.policies)
                       .arg(c.milestones)
                       .arg(c.evidence);
    // The scorecard only where there is one, in words of its own, so the
    // line above keeps its translation.
    if (c.indicators || c.raters || c.indicatorValues || c.indicatorEvidence)
        line += QCoreApplication::translate("triangle::cli::ImportCommand",
                                            ", %1 indicators, %2 raters, %3 indicator values with %4 evidence links")
                    .arg(c.indicators)
                    .arg(c.raters)
                    .arg(c.indicatorValues)
                    .arg(c.indicatorEvidence);
    if (c.groups)
        line += QCoreApplication::translate("triangle::cli::ImportCommand", ", %n region group(s)", nullptr, c.groups);
    if (c.comparisonSets)
        line += QCoreApplication::translate("triangle::cli::ImportCommand", ", %n comparison set(s)", nullptr, c.comparisonSets);
    if (c.panelPackets || c.panelScores || c.panelJudgments)
        line += QCoreApplication::translate("triangle::cli::ImportCommand", ", the expert panel's %1 packets, %2 answers and %3 comparisons")
                    .arg(c.panelPackets)
                    .arg(c.panelScores)
                    .arg(c.panelJudgments);
    return line;
}
} // namespace

QString ExportCommand::summary() const
{
    return tr("Write the whole database to a JSON file, an Excel workbook or CSV files.");
}

QString ExportCommand::description() const
{
    return tr("Writes every region, stage, assessment, policy, milestone and evidence link of the database given with "
              "--db (or the default database).\n"
              "-o FILE.json writes one JSON file; -o FILE.xlsx an Excel workbook with a sheet per entity (headers in "
              "the interface language above the field keys) and a Triangles sheet of metrics and radar charts; "
              "-o NAME.csv writes a folder NAME holding one CSV file per entity (UTF-8; add --bom for Excel and WPS). "
              "The format is described in docs/data-format.md; importing the output into an empty database gives the "
              "same content.");
}

void ExportCommand::addOptions(QCommandLineParser &parser) const
{
    addDatabaseOption(parser);
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("Where to write: FILE.json, FILE.xlsx or NAME.csv."), tr("OUT")});
    parser.addOption({QStringLiteral("bom"), tr("Start each CSV file with a byte-order mark.")});
}

int ExportCommand::run(const QCommandLineParser &parser, Output &io) const
{
    const QString out = parser.value(QStringLiteral("output"));
    if (out.isEmpty()) {
        io.err << tr("triangle-studio export: say where to write with -o FILE.json, -o FILE.xlsx or -o NAME.csv") << Qt::endl;
        return ExitUsage;
    }
    const std::unique_ptr<Store> store = openDatabaseForReading(parser, *this, io);
    if (!store || !outputsSpareDatabase(*store, dataOutputFiles(out), *this, io))
        return ExitFailure;
    // Policies and milestones are walked from the store while the file is written.
    auto data = exportDataSet(*store, true);
    if (!data) {
        io.err << tr("triangle-studio export: %1").arg(data.error().message) << Qt::endl;
        return ExitFailure;
    }
    if (const QString error = writeDataPath(*data, out, parser.isSet(QStringLiteral("bom"))); !error.isEmpty()) {
        io.err << tr("triangle-studio export: %1").arg(error) << Qt::endl;
        return ExitFailure;
    }
    io.out << tr("Wrote %1 to %2").arg(countsLine(*store->counts()), shown(dataOutputLocation(out))) << Qt::endl;
    return ExitOk;
}

QString ImportCommand::summary() const
{
    return tr("Read a JSON file, an Excel workbook or a folder of CSV files into the database, all or nothing.");
}

QString ImportCommand::description() const
{
    return tr("Usage: triangle-studio import [--db FILE] [--on-conflict fail|skip|update] IN.json|IN.xlsx|IN_FOLDER\n"
              "A returned scoring packet (see `triangle-studio packet`), or a folder of them, is recognised and its answers "
              "stored as its expert's for its round; it reports what was filled, left empty and out of range, and refuses "
              "a packet of another database or an altered one with nothing written.\n"
              "Checks the whole input first and reports every problem with its file and line, sheet and row, or JSON "
              "path, and field; a workbook's Triangles sheet is derived and not read; nothing is written unless all of it is valid, and then all of it is written in one "
              "transaction. Records are matched by their keys (region code, stage key, policy or milestone uid, "
              "region and stage of an assessment): --on-conflict says what to do with one already in the database "
              "(fail, the default; skip it; or update it from the file).");
}

void ImportCommand::addOptions(QCommandLineParser &parser) const
{
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("on-conflict"), tr("fail (default), skip or update"), tr("POLICY"), QStringLiteral("fail")});
    parser.addPositionalArgument(QStringLiteral("input"), tr("A .json file, an .xlsx workbook or a folder of CSV files."));
}

int ImportCommand::run(const QCommandLineParser &parser, Output &io) const
{
    const QString policyName = parser.value(QStringLiteral("on-conflict"));
    const QHash<QString, ConflictPolicy> policies = {{QStringLiteral("fail"), ConflictPolicy::Fail},
                                                     {QStringLiteral("skip"), ConflictPolicy::Skip},
                                                     {QStringLiteral("update"), ConflictPolicy::Update}};
    if (!policies.contains(policyName)) {
        io.err << tr("triangle-studio import: --on-conflict must be fail, skip or update, not “%1”").arg(policyName) << Qt::endl;
        return ExitUsage;
    }
    const QString input = parser.positionalArguments().value(0);
    // A returned scoring packet, or a folder of them (issue 22).
    if (isPacketInput(input))
        return importPackets(parser, *this, input, io);
    const DataReadOutput read = readDataPath(input);
    auto report = [&](const DataProblems &problems) {
        io.err << tr("triangle-studio import: nothing was imported; %n problem(s) in %1:", nullptr, int(problems.size())).arg(shown(input))
               << Qt::endl;
        for (const DataProblem &p : problems)
            io.err << QStringLiteral("  %1: %2").arg(p.location, p.message) << Qt::endl;
    };
    if (!read.problems.isEmpty()) {
        report(read.problems);
        return ExitFailure;
    }
    // A --db file that does not exist yet is created empty (and removed again
    // if the import fails); without --db the default database is used.
    const QString dbPath = parser.value(QStringLiteral("db"));
    const bool creating = !dbPath.isEmpty() && !QFileInfo::exists(dbPath);
    OpenOptions options;
    options.createIfMissing = creating;
    auto store = dbPath.isEmpty() ? openOrCreateSeeded(defaultDatabasePath()) : Store::open(dbPath, options);
    if (!store) {
        io.err << tr("triangle-studio import: %1").arg(store.error().message) << Qt::endl;
        return ExitFailure;
    }
    // A snapshot before every import, so that an unwanted one can be undone
    // from it without losing the imports before it.
    if (!creating) {
        if (auto backup = Backups::takeForUser(**store); !backup)
            io.err << tr("triangle-studio import: warning: no backup was taken: %1").arg(backup.error().message) << Qt::endl;
        else
            io.out << tr("Backed up %1 to %2 first.").arg(shown((*store)->filePath()), shown(backup->path)) << Qt::endl;
    }
    const DataImporter::Output imported = DataImporter::import(**store, read.data, policies.value(policyName));
    if (!imported.ok() && creating)
        Store::removeCreatedDatabase(std::move(*store)); // with the folders made for it
    if (!imported.ok()) {
        if (imported.problems.isEmpty())
            io.err << tr("triangle-studio import: %1").arg(imported.error->message) << Qt::endl;
        else
            report(imported.problems);
        return ExitFailure;
    }
    // The import is committed; moving it out of the log makes the file whole
    // by itself. Should that not complete, say which file must be kept.
    if (Status moved = (*store)->checkpoint(); !moved)
        io.err << tr("triangle-studio import: %1").arg(moved.error().message) << Qt::endl;
    io.out << (creating ? tr("Created %1 and imported into it.") : tr("Imported into %1.")).arg(shown(dbPath.isEmpty() ? (*store)->filePath() : dbPath))
           << Qt::endl
           << tr("Added:   %1").arg(countsLine(imported.summary.added)) << Qt::endl
           << tr("Updated: %1").arg(countsLine(imported.summary.updated)) << Qt::endl
           << tr("Skipped: %1").arg(countsLine(imported.summary.skipped)) << Qt::endl;
    const ImportSummary &s = imported.summary;
    if (s.weightSetsAdded + s.weightSetsUpdated + s.weightSetsSkipped > 0)
        io.out << tr("Weight sets: %1 added, %2 updated, %3 skipped").arg(s.weightSetsAdded).arg(s.weightSetsUpdated).arg(s.weightSetsSkipped)
               << Qt::endl;
    for (const QString &note : s.notes)
        io.out << tr("Note: %1").arg(note) << Qt::endl;
    return ExitOk;
}

} // namespace triangle::cli
