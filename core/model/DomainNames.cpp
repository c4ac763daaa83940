#include "DomainNames.h"

#include <QCoreApplication>
#include <QSettings>

namespace triangle {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(triangle::DomainNames)
};
} // namespace

QString dimensionName(Dimension d)
{
    switch (d) {
    case Dimension::Mission: return Tr::tr("Mission management");
    case Dimension::Political: return Tr::tr("Political management");
    case Dimension::Operational: return Tr::tr("Operational management");
    }
    return {};
}

QString dimensionShortName(Dimension d)
{
    switch (d) {
    case Dimension::Mission: return Tr::tr("Mission");
    case Dimension::Political: return Tr::tr("Political");
    case Dimension::Operational: return Tr::tr("Operational");
    }
    return {};
}

QString levelName(Level level)
{
    switch (level) {
    case Level::National: return Tr::tr("National");
    case Level::Province: return Tr::tr("Province");
    case Level::City: return Tr::tr("City");
    case Level::County: return Tr::tr("County");
    }
    return {};
}

QString policyKindName(PolicyKind kind)
{
    switch (kind) {
    case PolicyKind::Law: return Tr::tr("Law or local regulation");
    case PolicyKind::Regulation: return Tr::tr("Administrative or Party regulation");
    case PolicyKind::Rule: return Tr::tr("Government rule (local or departmental)");
    case PolicyKind::Plan: return Tr::tr("Plan");
    case PolicyKind::Pilot: return Tr::tr("Pilot");
    case PolicyKind::Standard: return Tr::tr("Standard");
    case PolicyKind::Platform: return Tr::tr("Platform");
    case PolicyKind::Institution: return Tr::tr("Institutional change");
    case PolicyKind::Other: return Tr::tr("Other");
    }
    return {};
}

QString dataBasisName(DataBasis basis)
{
    switch (basis) {
    case DataBasis::Observed: return Tr::tr("observed");
    case DataBasis::Illustrative: return Tr::tr("illustrative");
    }
    return {};
}

QString dataBasisDescription(DataBasis basis)
{
    switch (basis) {
    case DataBasis::Observed: return Tr::tr("observed: the scores and records were gathered from documents and measurement");
    case DataBasis::Illustrative:
        return Tr::tr("illustrative: built from a narrative (the article's), not measured; a verdict shows what that "
                      "reading gives, not an observation");
    }
    return {};
}

namespace {
Language currentLanguage = Language::English; // the language of the source strings
} // namespace

Language uiLanguage() { return currentLanguage; }
void setUiLanguage(Language language) { currentLanguage = language; }
bool preferChinese() { return currentLanguage == Language::Chinese; }

namespace {
const QString LanguageKey = QStringLiteral("ui/language");
}

QString languagePreference() { return QSettings().value(LanguageKey).toString(); }
void setLanguagePreference(const QString &code) { QSettings().setValue(LanguageKey, code); }

QString localizedName(const QString &zh, const QString &en)
{
    if (preferChinese())
        return zh.isEmpty() ? en : zh;
    return en.isEmpty() ? zh : en;
}

QString stageYears(int startYear, int endYear)
{
    return startYear == endYear ? QString::number(startYear) : QStringLiteral("%1–%2").arg(startYear).arg(endYear);
}

} // namespace triangle
