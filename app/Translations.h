#pragma once

#include "model/DomainNames.h"

#include <QString>

class QCoreApplication;

namespace triangle {

// The language to use: `requested` ("zh_CN" or "en") when given, else the
// saved preference, else the system locale — any Chinese locale gives zh_CN,
// every other English.
Language resolveLanguage(const QString &requested = {});
// The command line's language: the system locale (LANG, LC_ALL), not the
// window's saved preference, so that a script run with LANG=en_US reads
// English whatever the window was last set to; --lang overrides it.
Language commandLineLanguage();
std::optional<Language> languageFromCode(const QString &code);

// Installs the app's and Qt's own translations for `language` and tells the
// core which language figures and names use.
void installTranslations(QCoreApplication &app, Language language);

} // namespace triangle
