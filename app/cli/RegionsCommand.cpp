#include "RegionsCommand.h"

#include "data/AdministrativeLevels.h"
#include "data/DefaultDatabase.h"
#include "store/Backups.h"
#include "store/Store.h"

#include <QDir>

namespace triangle::cli {

namespace {
const QString AddLevels = QStringLiteral("add-levels");
}

QString RegionsCommand::summary() const
{
    return tr("Add the prefecture- and county-level units of mainland China to a database.");
}

QString RegionsCommand::description() const
{
    return tr("Usage: triangle-studio regions add-levels [--db FILE]\n"
              "add-levels adds the national level, the 31 provinces and the about 3,200 prefecture- and county-level "
              "units that ship with Triangle Studio (National Bureau of Statistics codes of 2023, English names "
              "generated from pinyin) wherever their code is not in the database yet, in one transaction. Regions "
              "already there are left exactly as they are, so running it again adds nothing.");
}

void RegionsCommand::addOptions(QCommandLineParser &parser) const
{
    addDatabaseOption(parser);
    parser.addPositionalArgument(QStringLiteral("action"), tr("What to do: add-levels."));
}

int RegionsCommand::run(const QCommandLineParser &parser, Output &io) const
{
    const QString action = parser.positionalArguments().value(0);
    if (action == AddLevels)
        return addLevels(parser, io);
    io.err << tr("triangle-studio regions: unknown action “%1” (the action is add-levels)").arg(action) << Qt::endl;
    return ExitUsage;
}

int RegionsCommand::addLevels(const QCommandLineParser &parser, Output &io) const
{
    auto store = openDatabaseForWriting(parser, *this, io);
    if (!store)
        return ExitFailure;
    // Today's snapshot first, as before an import.
    if (auto backup = Backups::takeDailyForUser(*store); !backup)
        io.err << tr("triangle-studio regions: warning: no backup was taken: %1").arg(backup.error().message) << Qt::endl;
    else if (*backup)
        io.out << tr("Backed up %1 to %2 first.")
                      .arg(QDir::toNativeSeparators(store->filePath()), QDir::toNativeSeparators((*backup)->path))
               << Qt::endl;
    auto added = AdministrativeLevels::addTo(*store);
    if (!added) {
        io.err << tr("triangle-studio regions: nothing was added: %1").arg(added.error().message) << Qt::endl;
        return ExitFailure;
    }
    if (Status moved = store->checkpoint(); !moved)
        io.err << tr("triangle-studio regions: %1").arg(moved.error().message) << Qt::endl;
    io.out << tr("Added %n region(s) to %1.", nullptr, added->added).arg(QDir::toNativeSeparators(store->filePath()))
           << Qt::endl
           << tr("Already there, left as they were: %1").arg(added->present) << Qt::endl;
    return ExitOk;
}

} // namespace triangle::cli
