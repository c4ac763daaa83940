#include "ScopedLanguage.h"

#include <QCoreApplication>
#include <QTranslator>

namespace triangle {

ScopedLanguage::ScopedLanguage(Language language) : m_previous(uiLanguage())
{
    if (language != m_previous && QCoreApplication::instance()) {
        auto translator = std::make_unique<QTranslator>();
        const QString name = language == Language::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
        if (translator->load(QStringLiteral(":/i18n/triangle_%1.qm").arg(name)) && QCoreApplication::installTranslator(translator.get()))
            m_translator = std::move(translator);
    }
    setUiLanguage(language);
}

ScopedLanguage::~ScopedLanguage()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    setUiLanguage(m_previous);
}

} // namespace triangle
