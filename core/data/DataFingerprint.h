#pragma once

#include "DataSet.h"
#include "store/Result.h"
#include "store/Store.h"

#include <QString>

namespace triangle {

// A SHA-256 of data as the JSON data format writes it (writeJsonData), in
// lower-case hex: the export is already canonical (natural keys, a fixed
// order, no database ids), so two databases with the same content have the
// same fingerprint, and `triangle-studio export -o data.json` writes a file
// whose sha256sum is the database's fingerprint. Empty when streamed
// records could not be read again.
QString dataFingerprint(const DataSet &data);

// The fingerprint of everything `store` holds, its policies and milestones
// streamed so that a large database is hashed in little memory.
Result<QString> dataFingerprint(const Store &store);

// The first 12 hex digits, as outputs print a fingerprint: 48 bits tell
// apart any two versions of a study a reader will meet.
inline constexpr int ShortFingerprintLength = 12;
inline QString shortFingerprint(const QString &fingerprint) { return fingerprint.left(ShortFingerprintLength); }

} // namespace triangle
