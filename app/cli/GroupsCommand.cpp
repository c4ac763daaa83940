#include "GroupsCommand.h"

#include "model/BilingualText.h"
#include "model/RegionGroup.h"
#include "store/Store.h"

namespace triangle::cli {

QString GroupsCommand::summary() const
{
    return tr("List the region groups (key, names, members and source) and the comparison sets.");
}

QString GroupsCommand::description() const
{
    return tr("Usage: triangle-studio groups [--db FILE]\n"
              "Prints each region group of the database: its key (what --regions group:KEY names), its Chinese and "
              "English names, its members by code and name, its note and the plan or document that defines it, and "
              "how group triangles are aggregated (mean or median); then each comparison set: its key (what "
              "--regions set:KEY names), its name and its members in the set's order. The database is opened read-only.");
}

void GroupsCommand::addOptions(QCommandLineParser &parser) const
{
    addDatabaseOption(parser);
}

namespace {
// "330000 浙江省, 140000 山西省", in the order given.
QString namedRegions(const QList<Region> &regions)
{
    QStringList named;
    for (const Region &r : regions)
        named << QStringLiteral("%1 %2").arg(r.code, r.nameZh);
    return named.join(GroupsCommand::tr(", "));
}
} // namespace

int GroupsCommand::run(const QCommandLineParser &parser, Output &io) const
{
    const std::unique_ptr<Store> store = openDatabaseForReading(parser, *this, io);
    if (!store)
        return ExitFailure;
    if (const int listed = listGroups(*store, io); listed != ExitOk)
        return listed;
    return listComparisonSets(*store, io);
}

int GroupsCommand::listComparisonSets(const Store &store, Output &io) const
{
    auto sets = store.comparisonSets().all();
    if (!sets) {
        io.err << tr("triangle-studio groups: %1").arg(sets.error().message) << Qt::endl;
        return ExitFailure;
    }
    if (sets->isEmpty())
        return ExitOk;
    io.out << Qt::endl << tr("Comparison sets:") << Qt::endl;
    for (const ComparisonSet &set : std::as_const(*sets)) {
        QList<Region> members;
        for (Id id : set.memberIds) {
            auto region = store.regions().byId(id);
            if (!region) {
                io.err << tr("triangle-studio groups: %1").arg(region.error().message) << Qt::endl;
                return ExitFailure;
            }
            members << *region;
        }
        io.out << Qt::endl << QStringLiteral("set:%1  %2").arg(set.key, set.name) << Qt::endl
               << tr("  members (%1): %2").arg(members.size()).arg(namedRegions(members)) << Qt::endl;
        if (!set.note.isEmpty())
            io.out << tr("  note: %1").arg(set.note) << Qt::endl;
    }
    return ExitOk;
}

int GroupsCommand::listGroups(const Store &store, Output &io) const
{
    auto groups = store.groups().all();
    auto method = store.groups().aggregate();
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
        auto members = store.groups().members(group.id);
        if (!members) {
            io.err << tr("triangle-studio groups: %1").arg(members.error().message) << Qt::endl;
            return ExitFailure;
        }
        io.out << Qt::endl << QStringLiteral("group:%1  %2  %3").arg(group.key, group.nameZh, group.nameEn) << Qt::endl
               << tr("  members (%1): %2").arg(members->size()).arg(namedRegions(*members)) << Qt::endl;
        if (!group.note.isEmpty())
            io.out << tr("  note: %1").arg(shownText(group.note)) << Qt::endl;
        if (!group.source.isEmpty())
            io.out << tr("  source: %1").arg(group.source) << Qt::endl;
    }
    return ExitOk;
}

} // namespace triangle::cli
