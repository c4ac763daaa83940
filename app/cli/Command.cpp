#include "Command.h"

#include "Translations.h"
#include "data/DefaultDatabase.h"
#include "store/DatabaseFiles.h"
#include "store/Store.h"

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

void addLanguageOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("lang"), Command::tr("zh_CN or en (default: the system's language, from LANG or LC_ALL)."), Command::tr("LANG")});
}

bool applyLanguageOption(const QCommandLineParser &parser, const Command &command, Output &io)
{
    if (!parser.isSet(QStringLiteral("lang")))
        return true;
    const auto language = languageFromCode(parser.value(QStringLiteral("lang")));
    if (!language) {
        io.err << Command::tr("triangle-studio %1: --lang must be zh_CN or en, not “%2”")
                      .arg(command.name(), parser.value(QStringLiteral("lang")))
               << Qt::endl;
        return false;
    }
    installTranslations(*QCoreApplication::instance(), *language);
    return true;
}

std::unique_ptr<Store> openDatabaseForReading(const QCommandLineParser &parser, const Command &command, Output &io)
{
    auto opened = [&]() -> Result<std::unique_ptr<Store>> {
        if (!parser.isSet(QStringLiteral("db")))
            return openOrCreateSeeded(defaultDatabasePath());
        OpenOptions options;
        options.readOnly = true;
        return Store::open(parser.value(QStringLiteral("db")), options);
    }();
    if (!opened) {
        io.err << Command::tr("triangle-studio %1: %2").arg(command.name(), opened.error().message) << Qt::endl;
        return nullptr;
    }
    return std::move(*opened);
}

std::unique_ptr<Store> openDatabaseForWriting(const QCommandLineParser &parser, const Command &command, Output &io)
{
    const QString dbPath = parser.value(QStringLiteral("db"));
    auto opened = dbPath.isEmpty() ? openOrCreateSeeded(defaultDatabasePath()) : Store::open(dbPath, OpenOptions{});
    if (!opened) {
        io.err << Command::tr("triangle-studio %1: %2").arg(command.name(), opened.error().message) << Qt::endl;
        return nullptr;
    }
    return std::move(*opened);
}

bool outputsSpareDatabase(const Store &store, const QStringList &outputs, const Command &command, Output &io)
{
    const QString database = firstDatabaseOutput(outputs, store.filePath());
    if (database.isEmpty())
        return true;
    io.err << Command::tr("triangle-studio %1: %2").arg(command.name(), databaseOutputRefusal(database, store.filePath())) << Qt::endl;
    return false;
}

std::optional<RegionChoice> chooseRegions(const Store &store, const QString &value, const std::function<QList<Id>()> &all,
                                          const Command &command, Output &io)
{
    RegionChoice out;
    if (value.trimmed() == QStringLiteral("all")) {
        out.regions = all();
        return out;
    }
    const QString groupPrefix = QStringLiteral("group:");
    const QString setPrefix = QStringLiteral("set:");
    auto addRegion = [&out](Id id) {
        if (!out.regions.contains(id))
            out.regions << id;
    };
    for (const QString &raw : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString item = raw.trimmed();
        if (item.startsWith(setPrefix, Qt::CaseInsensitive)) {
            // A comparison set stands for its members, in its order, where it is named.
            const QString name = item.mid(setPrefix.size()).trimmed();
            auto members = store.comparisonSets().regionIdsOf(name);
            if (!members) {
                const QString message = members.error().kind == StoreError::Kind::NotFound
                    ? Command::tr("unknown comparison set “%1” (`triangle-studio groups` lists the sets)").arg(name)
                    : members.error().message;
                io.err << Command::tr("triangle-studio %1: %2").arg(command.name(), message) << Qt::endl;
                return std::nullopt;
            }
            for (Id id : std::as_const(*members))
                addRegion(id);
            continue;
        }
        if (item.startsWith(groupPrefix, Qt::CaseInsensitive)) {
            const QString name = item.mid(groupPrefix.size()).trimmed();
            auto group = store.groups().byKeyOrName(name);
            if (!group) {
                const QString message = group.error().kind == StoreError::Kind::NotFound
                    ? Command::tr("unknown region group “%1”").arg(name)
                    : group.error().message;
                io.err << Command::tr("triangle-studio %1: %2").arg(command.name(), message) << Qt::endl;
                return std::nullopt;
            }
            if (!out.groups.contains(group->id))
                out.groups << group->id;
            continue;
        }
        auto region = store.regions().byCode(item);
        if (!region) {
            io.err << Command::tr("triangle-studio %1: unknown region code “%2”").arg(command.name(), item) << Qt::endl;
            return std::nullopt;
        }
        addRegion(region->id);
    }
    return out;
}

std::optional<QList<Id>> regionsFromCodes(const Store &store, const QString &codes, const std::function<QList<Id>()> &all,
                                          const Command &command, Output &io)
{
    const auto choice = chooseRegions(store, codes, all, command, io);
    if (!choice)
        return std::nullopt;
    QList<Id> out = choice->regions;
    for (Id groupId : choice->groups) {
        auto members = store.groups().members(groupId);
        if (!members) {
            io.err << Command::tr("triangle-studio %1: %2").arg(command.name(), members.error().message) << Qt::endl;
            return std::nullopt;
        }
        for (const Region &r : std::as_const(*members)) {
            if (!out.contains(r.id))
                out << r.id;
        }
    }
    return out;
}

} // namespace triangle::cli
