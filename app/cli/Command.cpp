#include "Command.h"

#include "Translations.h"
#include "data/DefaultDatabase.h"
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
    parser.addOption({QStringLiteral("lang"), Command::tr("zh_CN or en (default: the interface language)."), Command::tr("LANG")});
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

std::optional<QList<Id>> regionsFromCodes(const Store &store, const QString &codes, const std::function<QList<Id>()> &all,
                                          const Command &command, Output &io)
{
    if (codes.trimmed() == QStringLiteral("all"))
        return all();
    QList<Id> out;
    for (const QString &raw : codes.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString code = raw.trimmed();
        auto region = store.regions().byCode(code);
        if (!region) {
            io.err << Command::tr("triangle-studio %1: unknown region code “%2”").arg(command.name(), code) << Qt::endl;
            return std::nullopt;
        }
        if (!out.contains(region->id))
            out << region->id;
    }
    return out;
}

} // namespace triangle::cli
