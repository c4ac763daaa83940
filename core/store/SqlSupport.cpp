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

StoreError sqlError(const QSqlQuery &query, const QString &context)
{
    const QSqlError error = query.lastError();
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    StoreError out{StoreError::Kind::Sql, Tr::tr("%1: %2").arg(context, detail), {}};
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
    for (const QVariant &value : values) {
        // A null QString binds as SQL NULL; text columns hold '' for "none".
        if (value.metaType() == QMetaType::fromType<QString>() && value.toString().isNull())
            query.addBindValue(QStringLiteral(""));
        else
            query.addBindValue(value);
    }
    if (!query.exec())
        return sqlError(query, context);
    return query;
}

} // namespace triangle
