#include "PanelCommands.h"

#include "PanelOutput.h"
#include "data/MadeFolders.h"
#include "data/OutputFile.h"
#include "data/PacketFiles.h"
#include "data/ScoringPacketReader.h"
#include "store/Backups.h"
#include "store/Store.h"

#include <QDir>
#include <QFileInfo>

namespace triangle::cli {

namespace {
QString shown(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// An expert named by key or by name.
std::optional<Rater> findExpert(const QList<Rater> &raters, const QString &named)
{
    for (const Rater &r : raters)
        if (r.key == named)
            return r;
    for (const Rater &r : raters)
        if (r.name == named)
            return r;
    return std::nullopt;
}
} // namespace

QString PacketCommand::summary() const
{
    return tr("Scoring packets for experts: one workbook each, to fill in with Excel, WPS or LibreOffice and import back.");
}

QString PacketCommand::description() const
{
    return tr("Usage: triangle-studio packet [--db FILE] --rater KEY|NAME[,…] --regions CODES --stage KEY [--round N] "
              "[--deadline TEXT] [--comparisons] -o OUT.xlsx|OUT_FOLDER\n"
              "Writes one workbook per expert, in the expert's language: an instructions sheet (what to do, the scale, "
              "the deadline, each indicator's definition and rubric), a sheet with a row per region and indicator (the "
              "rubric's anchors as a drop-down list, the score checked to lie from 0 to 10 in steps of 0.1, a note), "
              "and with --comparisons a sheet of pairwise comparisons on Saaty's 1–9 scale. Everything but the cells to "
              "fill in is protected, without a password. A packet shows no other expert's scores; from round 2 on it "
              "shows each item's median and interquartile range from the round before and the expert's own score, and "
              "asks for a reason when the new score lies outside that range. The database records each packet, so "
              "that `triangle-studio import` takes the returned file back. With one expert -o may name the file; with "
              "several, -o names a folder and each file is named after its expert, stage and round.");
}

void PacketCommand::addOptions(QCommandLineParser &parser) const
{
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("rater"), tr("The experts (rater keys or names), comma-separated."), tr("EXPERTS")});
    parser.addOption({QStringLiteral("regions"), tr("Region codes, group:KEY or set:KEY, comma-separated."), tr("CODES")});
    parser.addOption({QStringLiteral("stage"), tr("The stage to score (its key: initial, advantage, target, …)."), tr("KEY")});
    parser.addOption({QStringLiteral("round"), tr("The Delphi round (default 1)."), tr("N"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("deadline"), tr("When the packet is due back, as the experts should read it."), tr("TEXT")});
    parser.addOption({QStringLiteral("comparisons"), tr("Add the sheet of pairwise comparisons (AHP).")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("The workbook (one expert) or the folder to write."), tr("OUT")});
}

int PacketCommand::run(const QCommandLineParser &parser, Output &io) const
{
    auto fail = [&](const QString &message, int code) {
        io.err << tr("triangle-studio packet: %1").arg(message) << Qt::endl;
        return code;
    };
    for (const QString &required : {QStringLiteral("rater"), QStringLiteral("regions"), QStringLiteral("stage"), QStringLiteral("output")})
        if (parser.value(required).trimmed().isEmpty())
            return fail(tr("--%1 is required").arg(required == QLatin1String("output") ? QStringLiteral("o") : required), ExitUsage);
    bool roundOk = false;
    const int round = parser.value(QStringLiteral("round")).toInt(&roundOk);
    if (!roundOk || round < 1 || round > 20)
        return fail(tr("--round must be a whole number from 1 to 20, not “%1”").arg(parser.value(QStringLiteral("round"))), ExitUsage);
    const QStringList named = parser.value(QStringLiteral("rater")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QString out = parser.value(QStringLiteral("output"));
    const bool toFolder = named.size() > 1 || QFileInfo(out).isDir() || !out.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive);
    if (named.size() > 1 && out.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive))
        return fail(tr("with several experts, -o names a folder, not “%1”").arg(out), ExitUsage);

    auto store = openDatabaseForWriting(parser, *this, io);
    if (!store)
        return ExitFailure;
    auto raters = store->raters().all();
    if (!raters)
        return fail(raters.error().message, ExitFailure);
    QList<Rater> experts;
    for (const QString &name : named) {
        const auto expert = findExpert(*raters, name.trimmed());
        if (!expert)
            return fail(tr("there is no rater “%1” (add the expert first, in the window's Panel page)").arg(name.trimmed()), ExitFailure);
        experts.append(*expert);
    }
    auto stage = store->stages().byKey(parser.value(QStringLiteral("stage")).trimmed());
    if (!stage)
        return fail(stage.error().message, ExitFailure);
    const auto regions = regionsFromCodes(*store, parser.value(QStringLiteral("regions")), [] { return QList<Id>{}; }, *this, io);
    if (!regions)
        return ExitFailure;
    if (regions->isEmpty())
        return fail(tr("--regions names no region"), ExitUsage);
    // A run that fails takes back the folders it made and left empty.
    MadeFolders made;
    if (toFolder && !made.make(out))
        return fail(tr("the folder %1 cannot be made").arg(shown(out)), ExitFailure);
    auto failAndTidy = [&](const QString &message) {
        made.removeEmpty();
        return fail(message, ExitFailure);
    };

    int written = 0;
    for (const Rater &expert : std::as_const(experts)) {
        const QString path = toFolder ? QDir(out).filePath(packetFileName(expert, *stage, round)) : out;
        if (!outputsSpareDatabase(*store, {path}, *this, io)) {
            made.removeEmpty();
            return ExitFailure;
        }
        const PacketRequest request{expert.id, stage->id, *regions, round, parser.value(QStringLiteral("deadline")),
                                    parser.isSet(QStringLiteral("comparisons"))};
        auto packet = makePacketFile(*store, request, path);
        if (!packet)
            return failAndTidy(tr("no packet for %1: %2").arg(expert.name, packet.error().message));
        io.out << tr("Wrote %1 for %2: %n item(s)", nullptr, int(packet->items.size())).arg(shown(path), expert.name) << Qt::endl;
        ++written;
    }
    if (Status moved = store->checkpoint(); !moved)
        io.err << tr("triangle-studio packet: %1").arg(moved.error().message) << Qt::endl;
    return written > 0 ? ExitOk : ExitFailure;
}

bool isPacketInput(const QString &input)
{
    const QFileInfo info(input);
    if (info.isFile())
        return input.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive) && isScoringPacket(input);
    if (!info.isDir())
        return false;
    const QDir dir(input);
    if (!dir.entryList({QStringLiteral("*.csv")}, QDir::Files).isEmpty())
        return false;
    for (const QString &name : dir.entryList({QStringLiteral("*.xlsx")}, QDir::Files))
        if (isScoringPacket(dir.filePath(name)))
            return true;
    return false;
}

int importPackets(const QCommandLineParser &parser, const Command &command, const QString &input, Output &io)
{
    auto store = openDatabaseForWriting(parser, command, io);
    if (!store)
        return ExitFailure;
    // A snapshot before every import, as for data files.
    if (auto backup = Backups::takeForUser(*store); !backup)
        io.err << PacketCommand::tr("triangle-studio import: warning: no backup was taken: %1").arg(backup.error().message) << Qt::endl;
    else
        io.out << PacketCommand::tr("Backed up %1 to %2 first.").arg(shown(store->filePath()), shown(backup->path)) << Qt::endl;

    PacketFolderImport result;
    if (QFileInfo(input).isDir()) {
        result = importPacketFolder(*store, input);
    } else if (auto report = importPacketFile(*store, input)) {
        result.imported.append(*report);
    } else {
        result.refused.append({QFileInfo(input).fileName(), report.error().message});
    }
    for (const PacketImportReport &report : std::as_const(result.imported))
        for (const QString &line : describePacketImport(report))
            io.out << line << Qt::endl;
    for (const auto &[file, why] : std::as_const(result.refused))
        io.err << PacketCommand::tr("triangle-studio import: %1").arg(why) << Qt::endl;
    for (const QString &file : std::as_const(result.skipped))
        io.out << PacketCommand::tr("Skipped %1: not a scoring packet.").arg(file) << Qt::endl;
    if (Status moved = store->checkpoint(); !moved)
        io.err << PacketCommand::tr("triangle-studio import: %1").arg(moved.error().message) << Qt::endl;
    io.out << PacketCommand::tr("Imported %1 packet(s), refused %2.").arg(result.imported.size()).arg(result.refused.size()) << Qt::endl;
    return result.refused.isEmpty() && !result.imported.isEmpty() ? ExitOk : ExitFailure;
}

QString PanelCommand::summary() const
{
    return tr("The expert panel: packets, each round's convergence (CV, Kendall's W, α) and the AHP weights and their consistency.");
}

QString PanelCommand::description() const
{
    return tr("Usage: triangle-studio panel [--db FILE] [--stage KEY] [--round N] [--include-inconsistent] [-o OUT.csv|OUT.json|OUT.md]\n"
              "For each stage and Delphi round: who answered; per dimension Kendall's W with the tie correction, its "
              "chi-square and p-value, and Krippendorff's α with a 95 % bootstrap interval; the same α over the stage; "
              "each item's median, interquartile range and coefficient of variation; and whether the stop rule is met "
              "(set in the window's Panel page). For the pairwise comparisons: each expert's consistency ratio per "
              "scope with the comparison that most breaks it, and the group's weights by the geometric mean of the "
              "judgments (AIJ) or of the priorities (AIP), from the experts whose CR is within the limit unless "
              "--include-inconsistent. Without -o prints tables; -o writes CSV (a row per measure), JSON or Markdown. "
              "The database is opened read-only.");
}

void PanelCommand::addOptions(QCommandLineParser &parser) const
{
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("stage"), tr("Only this stage's rounds."), tr("KEY")});
    parser.addOption({QStringLiteral("round"), tr("Only this round."), tr("N")});
    parser.addOption({QStringLiteral("include-inconsistent"), tr("Keep experts whose consistency ratio is above the limit in the group's weights.")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("The CSV, JSON or Markdown file to write."), tr("OUT")});
}

int PanelCommand::run(const QCommandLineParser &parser, Output &io) const
{
    auto fail = [&](const QString &message, int code) {
        io.err << tr("triangle-studio panel: %1").arg(message) << Qt::endl;
        return code;
    };
    const QString out = parser.value(QStringLiteral("output"));
    enum class Format { Table, Csv, Json, Markdown } format = Format::Table;
    if (out.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive))
        format = Format::Csv;
    else if (out.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive))
        format = Format::Json;
    else if (out.endsWith(QStringLiteral(".md"), Qt::CaseInsensitive))
        format = Format::Markdown;
    else if (!out.isEmpty())
        return fail(tr("“%1”: the file name must end in .csv, .json or .md").arg(out), ExitUsage);
    PanelOptions options;
    options.includeInconsistent = parser.isSet(QStringLiteral("include-inconsistent"));
    if (parser.isSet(QStringLiteral("round"))) {
        bool ok = false;
        options.round = parser.value(QStringLiteral("round")).toInt(&ok);
        if (!ok || *options.round < 1)
            return fail(tr("--round must be a whole number from 1, not “%1”").arg(parser.value(QStringLiteral("round"))), ExitUsage);
    }

    const std::unique_ptr<Store> store = openDatabaseForReading(parser, *this, io);
    if (!store || !outputsSpareDatabase(*store, {out}, *this, io))
        return ExitFailure;
    if (parser.isSet(QStringLiteral("stage"))) {
        auto stage = store->stages().byKey(parser.value(QStringLiteral("stage")).trimmed());
        if (!stage)
            return fail(stage.error().message, ExitFailure);
        options.stageId = stage->id;
    }
    PanelRun run;
    auto context = panelContext(*store, options);
    if (!context)
        return fail(context.error().message, ExitFailure);
    run.context = *context;
    auto provenance = provenanceOf(*store);
    if (!provenance)
        return fail(provenance.error().message, ExitFailure);
    run.provenance = *provenance;

    if (format == Format::Table) {
        io.out << panelTable(run) << Qt::flush;
        return ExitOk;
    }
    const QByteArray bytes = format == Format::Csv ? panelCsv(run) : format == Format::Json ? panelJson(run) : panelMarkdown(run).toUtf8();
    if (const QString error = writeOutputFile(out, bytes); !error.isEmpty())
        return fail(error, ExitFailure);
    io.out << tr("Wrote %1").arg(shown(out)) << Qt::endl;
    return ExitOk;
}

} // namespace triangle::cli
