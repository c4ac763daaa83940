#pragma once

// Free text that an analyst (or the shipped data) wrote in both languages in
// one field: "中文。 (English.)" or "中文名 / English name". The data keeps
// both; what is shown to a reader is the part in the UI language only.

#include "DomainNames.h"

#include <QString>

namespace triangle {

// The part of `text` in `language`, when `text` is one of the two bilingual
// shapes above (Chinese first, then the English in trailing parentheses or
// after " / "); otherwise `text` as it is.
QString textInLanguage(const QString &text, Language language);

// textInLanguage() in the UI language: for reading, never for an edit field.
inline QString shownText(const QString &text) { return textInLanguage(text, uiLanguage()); }

} // namespace triangle
