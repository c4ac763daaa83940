#pragma once

// Speaks another language for a while: a scoring packet is written in its
// expert's language whatever the window's is. Installs the app's own
// translation for `language` (":/i18n", compiled into the executable) on top
// of the installed ones, so that tr() answers in it, and sets the language
// names are shown in; the destructor puts both back. Without that
// translation (a test program) tr() gives the English source text.

#include "DomainNames.h"

#include <memory>

class QTranslator;

namespace triangle {

class ScopedLanguage
{
public:
    explicit ScopedLanguage(Language language);
    ~ScopedLanguage();
    ScopedLanguage(const ScopedLanguage &) = delete;
    ScopedLanguage &operator=(const ScopedLanguage &) = delete;

private:
    Language m_previous;
    std::unique_ptr<QTranslator> m_translator; // installed while it lives
};

} // namespace triangle
