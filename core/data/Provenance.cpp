#include "Provenance.h"

#include "DataFingerprint.h"
#include "analysis/Findings.h"

#include <QCoreApplication>

namespace triangle {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(triangle::Provenance)
};
} // namespace

Provenance provenanceOf(const QString &dataHash)
{
    return Provenance{QStringLiteral(TRIANGLE_VERSION), FindingsRuleVersion, dataHash};
}

Result<Provenance> provenanceOf(const Store &store)
{
    auto hash = dataFingerprint(store);
    if (!hash)
        return hash.error();
    return provenanceOf(*hash);
}

QString provenanceText(const Provenance &provenance)
{
    // A provenance is always this build's (provenanceOf), so its rules are findingsRuleText()'s.
    return Tr::tr("Triangle Studio %1 · %2 · data %3", "the app's version, the findings rules' version, the data's fingerprint")
        .arg(provenance.appVersion, findingsRuleText(), shortFingerprint(provenance.dataHash));
}

QJsonObject provenanceJson(const Provenance &provenance)
{
    return QJsonObject{{QStringLiteral("app_version"), provenance.appVersion},
                       {QStringLiteral("rule_version"), provenance.ruleVersion},
                       {QStringLiteral("data_hash"), provenance.dataHash}};
}

} // namespace triangle
