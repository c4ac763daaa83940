#pragma once

// The names users read for the fixed parts of the model, in the UI language
// (through Qt Linguist). Stage names are data, stored in both languages.

#include "Dimension.h"
#include "Kinds.h"

#include <QString>

namespace triangle {

QString dimensionName(Dimension d);      // "Mission management" / 使命管理
QString dimensionShortName(Dimension d); // "Mission" / 使命
QString levelName(Level level);
QString policyKindName(PolicyKind kind);
// "observed" / "illustrative": the word beside every verdict.
QString dataBasisName(DataBasis basis);
// What the word means, for a tooltip, a form and a report's note.
QString dataBasisDescription(DataBasis basis);

// The language the UI (and figures) speak. The app sets it when it installs
// its translation; records that carry both names are shown in it.
enum class Language { Chinese, English };
Language uiLanguage();
void setUiLanguage(Language language);
bool preferChinese();

// The language the user chose in the settings: "zh_CN", "en", or empty for
// the system's. Read at start-up, so a change applies on the next start.
QString languagePreference();
void setLanguagePreference(const QString &code);

// The name of a record that has both, in the UI language, falling back to the other.
QString localizedName(const QString &zh, const QString &en);

// A stage's years: "2016–2020", or "2011" for a stage of one year.
QString stageYears(int startYear, int endYear);

} // namespace triangle
