#include "SqlSupport.h"

#include <QCoreApplication>
#include <QSqlError>

namespace triangle {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(triangle::Store)
};
} // namespace

int sqliteResultCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    // The low byte is the primary code, also when extended codes are on.
    return ok ? code & 0xff : 0;
}

StoreError::Kind kindOfSqliteCode(int code)
{
    switch (code & 0xff) {
    case SqliteBusy:
    case SqliteLocked: return StoreError::Kind::Busy;
    case SqliteReadOnly: return StoreError::Kind::ReadOnly;
    case SqliteIoError: return StoreError::Kind::IoError;
    case SqliteCorrupt: return StoreError::Kind::Corrupt;
    case SqliteFull: return StoreError::Kind::DiskFull;
    case SqliteCantOpen: return StoreError::Kind::CannotOpen;
    case SqliteNotADatabase: return StoreError::Kind::NotADatabase;
    default: return StoreError::Kind::Sql;
    }
}

StoreError sqlError(const QSqlQuery &query, const QString &context)
{
    const QSqlError error = query.lastError();
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    StoreError out{kindOfSqliteCode(sqliteResultCode(error)), Tr::tr("%1: %2").arg(context, detail), {}};
    switch (out.kind) {
    case StoreError::Kind::Busy:
        out.message = Tr::tr("%1: another window or program is writing to the database. Try again in a moment.").arg(context);
        return out;
    case StoreError::Kind::DiskFull:
        out.message = Tr::tr("%1: the disk is full, or the database has reached its size limit; nothing of this change "
                             "was saved. Free some space and try again.")
                          .arg(context);
        return out;
    case StoreError::Kind::IoError:
        out.message = Tr::tr("%1: the disk reported an input/output error (%2); the file may be on a failing or "
                             "disconnected drive.")
                          .arg(context, detail);
        return out;
    case StoreError::Kind::Sql: break;
    default: return out;
    }
    // Constraint failures carry no code of their own without extended codes.
    if (detail.contains(QStringLiteral("UNIQUE constraint failed")))
        out.kind = StoreError::Kind::Conflict;
    else if (detail.contains(QStringLiteral("constraint failed")))
        out.kind = StoreError::Kind::Invalid;
    else if (detail.contains(QStringLiteral("database is locked")) || detail.contains(QStringLiteral("database is busy"))) {
        out.kind = StoreError::Kind::Busy;
        out.message = Tr::tr("%1: another window or program is writing to the database. Try again in a moment.").arg(context);
    }
    else if (detail.contains(QStringLiteral("readonly database")))
        out.kind = StoreError::Kind::ReadOnly;
    return out;
}

StoreError invalidRecord(const QString &what, const FieldProblems &problems)
{
    return StoreError{StoreError::Kind::Invalid, what + QStringLiteral(": ") + describeProblems(problems), problems};
}

Result<QSqlQuery> execPrepared(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                               const QString &context)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return sqlError(query, context);
    if (!execBound(query, values))
        return sqlError(query, context);
    return query;
}

bool execBound(QSqlQuery &query, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values[i];
        // A null QString binds as SQL NULL; text columns hold '' for "none".
        if (value.metaType() == QMetaType::fromType<QString>() && value.toString().isNull())
            query.bindValue(i, QStringLiteral(""));
        else
            query.bindValue(i, value);
    }
    return query.exec();
}

} // namespace triangle
