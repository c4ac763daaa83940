#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace triangle {

namespace {
QString localeName(Language language)
{
    return language == Language::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}
} // namespace

std::optional<Language> languageFromCode(const QString &code)
{
    if (code.startsWith(QStringLiteral("zh"), Qt::CaseInsensitive))
        return Language::Chinese;
    if (code.startsWith(QStringLiteral("en"), Qt::CaseInsensitive))
        return Language::English;
    return std::nullopt;
}

Language resolveLanguage(const QString &requested)
{
    for (const QString &code : {requested, languagePreference()}) {
        if (auto language = languageFromCode(code))
            return *language;
    }
    return commandLineLanguage();
}

Language commandLineLanguage()
{
    return QLocale::system().language() == QLocale::Chinese ? Language::Chinese : Language::English;
}

void installTranslations(QCoreApplication &app, Language language)
{
    // Parented to the application, so they live as long as it does.
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/triangle_%1.qm").arg(localeName(language))))
        app.installTranslator(own);

    // Qt's own strings (standard buttons, dialogs) where Debian's
    // qt6-translations-l10n provides them.
    if (language == Language::Chinese) {
        auto *qt = new QTranslator(&app);
        if (qt->load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            app.installTranslator(qt);
    }
    QLocale::setDefault(language == Language::Chinese ? QLocale(QLocale::Chinese, QLocale::China)
                                                      : QLocale(QLocale::English, QLocale::UnitedStates));
    setUiLanguage(language);
}

} // namespace triangle
