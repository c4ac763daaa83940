#include "OlderSchemaFile.h"

#include "TestData.h"
#include "store/Migrations.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace triangle::test {

void makeOlderSchemaFile(const QString &path, int version, const QStringList &statements)
{
    OpenOptions options;
    options.createIfMissing = true;
    {
        auto created = Store::open(path, options, builtinMigrations().mid(0, version));
        ASSERT_OK(created);
        ASSERT_EQ((*created)->schemaVersion(), version);
    }
    // The Store is closed: no second descriptor beside a live connection.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("older-file"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        for (const QString &sql : statements)
            ASSERT_TRUE(q.exec(sql)) << qPrintable(sql) << ": " << qPrintable(q.lastError().text());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("older-file"));
}

namespace {
QString quoted(QString text) { return QLatin1Char('\'') + text.replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\''); }
} // namespace

QString olderRegionInsert(const QString &code, const QString &nameZh, Level level, const QString &parentCode)
{
    const QString parent = parentCode.isEmpty() ? QStringLiteral("NULL")
                                                : QStringLiteral("(SELECT id FROM regions WHERE code = %1)").arg(quoted(parentCode));
    return QStringLiteral("INSERT INTO regions (code, name_zh, name_en, level, parent_id, agency, notes) "
                          "VALUES (%1, %2, '', %3, %4, '', '')")
        .arg(quoted(code), quoted(nameZh), quoted(levelKey(level)), parent);
}

} // namespace triangle::test
