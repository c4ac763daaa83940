#pragma once

#include "Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace triangle {

// One step of the schema: the SQL that takes a database from version
// toVersion − 1 to toVersion. The built-in steps live in migrations/*.sql.
struct Migration
{
    int toVersion = 0;
    QString sql; // statements, each ending with ';' at the end of a line
};

// Written into PRAGMA application_id so that another program's SQLite file is
// told apart from ours ("TRST").
inline constexpr qint32 ApplicationId = 0x54525354;

const QList<Migration> &builtinMigrations();
int latestSchemaVersion(const QList<Migration> &migrations = builtinMigrations());

// Splits a migration's SQL into statements; comments and blank lines dropped.
QStringList splitSqlStatements(const QString &sql);

// Runs every step after `fromVersion` inside the caller's write transaction,
// setting user_version and application_id as it goes.
Status applyMigrations(QSqlDatabase &db, int fromVersion, const QList<Migration> &migrations);

// Fails, naming the first table, if any row refers to one that is not there:
// the check an upgrade run with foreign keys off makes before it commits.
Status checkForeignKeys(QSqlDatabase &db);

} // namespace triangle
