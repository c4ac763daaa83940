#pragma once

#include "store/Result.h"
#include "store/Store.h"

#include <QJsonObject>
#include <QString>

namespace triangle {

// What a result was computed with, so that a reader can compute it again
// (issue 21 §10): this program's version, the findings rules' version and
// the fingerprint of the data (DataFingerprint).
struct Provenance
{
    QString appVersion;
    int ruleVersion = 0;
    QString dataHash; // the full SHA-256, in hex
};

// This build's versions with the fingerprint of `store`'s data: computed
// once per command, report or export, not per figure.
Result<Provenance> provenanceOf(const Store &store);
Provenance provenanceOf(const QString &dataHash);

// "Triangle Studio 0.1.0 · rules v2 · data a1b2c3d4e5f6", in the UI language.
QString provenanceText(const Provenance &provenance);

// {"app_version": "0.1.0", "rule_version": 2, "data_hash": "<64 hex digits>"}
QJsonObject provenanceJson(const Provenance &provenance);

} // namespace triangle
