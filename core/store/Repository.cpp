#include "Repository.h"

#include "Store.h"

namespace triangle {

Result<QSqlQuery> Repository::read(const QString &sql, const QVariantList &values, const QString &context) const
{
    return m_store.readStatement(sql, values, context);
}

Result<QSqlQuery> Repository::writeStatement(const QString &sql, const QVariantList &values, unsigned changes,
                                             const QString &context)
{
    return m_store.writeStatement(sql, values, changes, context);
}

Status Repository::write(const std::function<Status()> &work)
{
    return m_store.write(work);
}

Result<Id> Repository::insertRow(const QString &sql, const QVariantList &values, unsigned changes, const QString &context,
                                 const std::function<Status()> &after, unsigned listed)
{
    Id id = NoId;
    Status status = write([&]() -> Status {
        auto q = writeStatement(sql, values, changes, context);
        if (!q)
            return q.error();
        id = q->lastInsertId().toLongLong();
        if (listed)
            listRecord(listed, id);
        return after ? after() : Status();
    });
    if (!status)
        return status.error();
    return id;
}

Status Repository::changeRow(const QString &sql, const QVariantList &values, unsigned changes, const QString &context,
                             const QString &missing, const std::function<Status()> &after)
{
    return write([&]() -> Status {
        auto q = writeStatement(sql, values, changes, context);
        if (!q)
            return q.error();
        if (q->numRowsAffected() == 0)
            return notFound(missing);
        return after ? after() : Status();
    });
}

Status Repository::removeRow(const QString &table, Id id, unsigned changes, const QString &context, const QString &missing)
{
    return changeRow(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table), {id}, changes, context, missing);
}

void Repository::listRecord(unsigned change, Id id)
{
    m_store.listRecord(change, id);
}

QHash<Id, int> Repository::idCounts(QSqlQuery &query)
{
    QHash<Id, int> counts;
    while (query.next())
        counts.insert(query.value(0).toLongLong(), query.value(1).toInt());
    return counts;
}

StoreError Repository::notFound(const QString &message) const
{
    return m_store.notFound(message);
}

} // namespace triangle
