#include "GroupsCommand.h"

#include "model/BilingualText.h"
#include "model/RegionGroup.h"
#include "store/Store.h"

namespace triangle::cli {

QString GroupsCommand::summary() const
{
    return tr("List the region groups: key, names, members and source.");
}

QString GroupsCommand::description() const
{
    return tr("Usage: triangle-studio groups [--db FILE]\n"
              "Prints each region group of the database: its key (what --regions group:KEY names), its Chinese and "
              "English names, its members by code and name, its note and the plan or document that defines it, and "
              "how group triangles are aggregated (mean or median). The database is opened read-only.");
}

void GroupsCommand::addOptions(QCommandLineParser &parser) const
{
    addDatabaseOption(parser);
}

int GroupsCommand::run(const QCommandLineParser &parser, Output &io) const
{
    const std::unique_ptr<Store> store = openDatabaseForReading(parser, *this, io);
    if (!store)
        return ExitFailure;
    auto groups = store->groups().all();
    auto method = store->groups().aggregate();
    if (!groups || !method) {
        io.err << tr("triangle-studio groups: %1").arg((!groups ? groups.error() : method.error()).message) << Qt::endl;
        return ExitFailure;
    }
    if (groups->isEmpty()) {
        io.out << tr("No region groups yet.") << Qt::endl;
        return ExitOk;
    }
    io.out << (*method == GroupAggregate::Median ? tr("A group's triangle is the median of its assessed members.")
                                                  : tr("A group's triangle is the mean of its assessed members."))
           << Qt::endl;
    for (const RegionGroup &group : *groups) {
        auto members = store->groups().members(group.id);
        if (!members) {
            io.err << tr("triangle-studio groups: %1").arg(members.error().message) << Qt::endl;
            return ExitFailure;
        }
        QStringList named;
        for (const Region &r : std::as_const(*members))
            named << QStringLiteral("%1 %2").arg(r.code, r.nameZh);
        io.out << Qt::endl << QStringLiteral("group:%1  %2  %3").arg(group.key, group.nameZh, group.nameEn) << Qt::endl
               << tr("  members (%1): %2").arg(members->size()).arg(named.join(tr(", "))) << Qt::endl;
        if (!group.note.isEmpty())
            io.out << tr("  note: %1").arg(shownText(group.note)) << Qt::endl;
        if (!group.source.isEmpty())
            io.out << tr("  source: %1").arg(group.source) << Qt::endl;
    }
    return ExitOk;
}

} // namespace triangle::cli
