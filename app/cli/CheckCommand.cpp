#include "CheckCommand.h"

#include "store/Store.h"

#include <QDir>
#include <QFileInfo>

namespace triangle::cli {

QString CheckCommand::summary() const
{
    return tr("Check a database: schema version, integrity and record counts.");
}

QString CheckCommand::description() const
{
    return tr("Opens the database given with --db (or the default database, which is created and seeded with "
              "the article's data if it does not exist yet), runs SQLite's integrity check, and prints the schema "
              "version and the number of regions, stages, assessments, policies, milestones and evidence links.\n"
              "A file given with --db is opened read-only and never changed.\n"
              "Exits with 0 when the database is sound, 1 otherwise.");
}

void CheckCommand::addOptions(QCommandLineParser &parser) const
{
    addDatabaseOption(parser);
}

int CheckCommand::run(const QCommandLineParser &parser, Output &io) const
{
    const QString path = databasePathOption(parser);
    const bool existed = QFileInfo::exists(path);
    const std::unique_ptr<Store> opened = openDatabaseForReading(parser, *this, io);
    if (!opened)
        return ExitFailure;
    const Store &store = *opened;

    auto integrity = store.quickCheck();
    auto counts = store.counts();
    if (!integrity || !counts) {
        io.err << tr("triangle-studio check: %1").arg((!integrity ? integrity.error() : counts.error()).message) << Qt::endl;
        return ExitFailure;
    }

    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    if (store.wasCreated() && !existed)
        io.out << tr("Created the default database and seeded it with the article's data.") << Qt::endl;
    io.out << tr("Database:       %1").arg(shown) << Qt::endl
           << tr("Schema version: %1").arg(store.schemaVersion()) << Qt::endl
           << tr("Integrity:      %1").arg(*integrity == QStringLiteral("ok") ? tr("ok") : *integrity) << Qt::endl
           << tr("Regions:        %1").arg(counts->regions) << Qt::endl
           << tr("Stages:         %1").arg(counts->stages) << Qt::endl
           << tr("Assessments:    %1").arg(counts->assessments) << Qt::endl
           << tr("Policies:       %1").arg(counts->policies) << Qt::endl
           << tr("Milestones:     %1").arg(counts->milestones) << Qt::endl
           << tr("Evidence links: %1").arg(counts->evidence) << Qt::endl
           << tr("Indicators:     %1").arg(counts->indicators) << Qt::endl
           << tr("Raters:         %1").arg(counts->raters) << Qt::endl
           << tr("Indicator values: %1 (with %2 evidence links)").arg(counts->indicatorValues).arg(counts->indicatorEvidence)
           << Qt::endl
           << tr("Region groups:  %1").arg(counts->groups) << Qt::endl
           << tr("Comparison sets: %1").arg(counts->comparisonSets) << Qt::endl;
    if (*integrity != QStringLiteral("ok")) {
        io.err << tr("triangle-studio check: “%1” failed the integrity check.").arg(shown) << Qt::endl;
        return ExitFailure;
    }
    return ExitOk;
}

} // namespace triangle::cli
