#include "Command.h"

#include "data/DefaultDatabase.h"

namespace triangle::cli {

void addDatabaseOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("db"),
                      Command::tr("The database file to use (default: %1).").arg(defaultDatabasePath()),
                      Command::tr("FILE")});
}

QString databasePathOption(const QCommandLineParser &parser)
{
    const QString given = parser.value(QStringLiteral("db"));
    return given.isEmpty() ? defaultDatabasePath() : given;
}

} // namespace triangle::cli
