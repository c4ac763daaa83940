#pragma once

// Small helpers around QSqlQuery used by the Store: every statement is
// prepared and bound, and every failure becomes a StoreError.

#include "Result.h"
#include "model/Entities.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QVariantList>

namespace triangle {

// SQLite's primary result codes (sqlite3.h) that the Store tells apart.
enum SqliteCode : int {
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteIoError = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteNotADatabase = 26,
};

// The primary result code behind a QSQLITE error (its nativeErrorCode()), or 0.
int sqliteResultCode(const QSqlError &error);
// Busy, ReadOnly, IoError, Corrupt, DiskFull, CannotOpen, NotADatabase, or Sql.
StoreError::Kind kindOfSqliteCode(int code);

// A StoreError for a failed query: constraint failures become Conflict or
// Invalid, a held lock becomes Busy; `context` says what was being done.
StoreError sqlError(const QSqlQuery &query, const QString &context);

// Prepares `sql`, binds `values` in order and executes it.
Result<QSqlQuery> execPrepared(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                               const QString &context);

// Binds `values` in order to an already prepared statement and executes it;
// false on failure, with the reason in query.lastError().
bool execBound(QSqlQuery &query, const QVariantList &values);

// Every row of a SELECT, turned into records by `read`.
template<typename T, typename Reader>
QList<T> readAll(QSqlQuery &query, Reader read)
{
    QList<T> out;
    while (query.next())
        out.append(read(query));
    return out;
}

// The error for a record that breaks the rules in model/Validation.h.
StoreError invalidRecord(const QString &what, const FieldProblems &problems);

// NULL for NoId, so that optional references store as NULL.
inline QVariant idOrNull(Id id) { return id == NoId ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id); }

} // namespace triangle
