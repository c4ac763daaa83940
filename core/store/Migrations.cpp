#include "Migrations.h"

#include "SqlSupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace triangle {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(triangle::Migrations)
};

QString readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing built-in resource %s", qPrintable(path)); // a build error, not a user's
    return QString::fromUtf8(file.readAll());
}
} // namespace

const QList<Migration> &builtinMigrations()
{
    static const QList<Migration> migrations{
        {1, readResource(QStringLiteral(":/triangle/migrations/001-initial.sql"))},
        {2, readResource(QStringLiteral(":/triangle/migrations/002-scorecard.sql"))},
        {3, readResource(QStringLiteral(":/triangle/migrations/003-groups.sql"))},
        {4, readResource(QStringLiteral(":/triangle/migrations/004-policy-rules.sql"))},
        {5, readResource(QStringLiteral(":/triangle/migrations/005-comparison-sets.sql"))},
        {6, readResource(QStringLiteral(":/triangle/migrations/006-unscored.sql"))},
        {7, readResource(QStringLiteral(":/triangle/migrations/007-planned-stages.sql"))},
        {8, readResource(QStringLiteral(":/triangle/migrations/008-data-basis.sql"))},
        {9, readResource(QStringLiteral(":/triangle/migrations/009-record-weight.sql"))},
        {10, readResource(QStringLiteral(":/triangle/migrations/010-record-links.sql"))},
        {11, readResource(QStringLiteral(":/triangle/migrations/011-panel.sql"))},
        {12, readResource(QStringLiteral(":/triangle/migrations/012-weight-sets.sql"))},
    };
    return migrations;
}

int latestSchemaVersion(const QList<Migration> &migrations)
{
    int latest = 0;
    for (const Migration &m : migrations)
        latest = std::max(latest, m.toVersion);
    return latest;
}

QStringList splitSqlStatements(const QString &sql)
{
    QStringList statements;
    QString current;
    const QStringList lines = sql.split(QLatin1Char('\n'));
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(QStringLiteral("--")))
            continue;
        current += rawLine + QLatin1Char('\n');
        if (line.endsWith(QLatin1Char(';'))) {
            statements.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

Status applyMigrations(QSqlDatabase &db, int fromVersion, const QList<Migration> &migrations)
{
    QList<Migration> steps;
    for (const Migration &m : migrations) {
        if (m.toVersion > fromVersion)
            steps.append(m);
    }
    std::sort(steps.begin(), steps.end(), [](const Migration &a, const Migration &b) { return a.toVersion < b.toVersion; });

    for (const Migration &step : steps) {
        for (const QString &statement : splitSqlStatements(step.sql)) {
            QSqlQuery query(db);
            if (!query.exec(statement))
                return sqlError(query, Tr::tr("Upgrading the schema to version %1 failed").arg(step.toVersion));
        }
        // PRAGMA takes no bound parameters; both values are integers we control.
        QSqlQuery pragma(db);
        if (!pragma.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.toVersion))
            || !pragma.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId)))
            return sqlError(pragma, Tr::tr("Recording schema version %1 failed").arg(step.toVersion));
    }
    return {};
}

Status checkForeignKeys(QSqlDatabase &db)
{
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return sqlError(check, Tr::tr("Checking the upgraded database's references failed"));
    if (check.next()) {
        StoreError error;
        error.kind = StoreError::Kind::Corrupt;
        error.message = Tr::tr("The upgrade was not made: a row of “%1” refers to a row of “%2” that is not there.")
                            .arg(check.value(0).toString(), check.value(2).toString());
        return error;
    }
    return {};
}

} // namespace triangle
