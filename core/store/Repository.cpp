#include "Repository.h"

#include "DatedRecordRows.h"
#include "Store.h"

#include <QCoreApplication>

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

Result<PreparedStatement> Repository::prepare(const QString &sql, unsigned changes, const QString &context) const
{
    return prepare(m_store, sql, changes, context);
}

Result<PreparedStatement> Repository::prepare(Store &store, const QString &sql, unsigned changes, const QString &context)
{
    auto query = store.prepareStatement(sql, context);
    if (!query)
        return query.error();
    return PreparedStatement(store, std::move(*query), changes);
}

Status PreparedStatement::run(const QVariantList &values, const std::function<QString()> &context)
{
    return m_store->runStatement(m_query, values, m_changes, context);
}

Result<PreparedStatement *> UidRowBatch::statement(std::optional<PreparedStatement> &slot, const QString &sql, unsigned changes)
{
    if (!slot) {
        auto prepared = Repository::prepare(m_store, sql, changes, QCoreApplication::translate("triangle::Store", "Starting a change"));
        if (!prepared)
            return prepared.error();
        slot.emplace(std::move(*prepared));
    }
    return &*slot;
}

Result<Id> UidRowBatch::idOfUid(const QString &uid, const std::function<QString()> &context)
{
    // The table name is one of our own, never input.
    auto find = statement(m_find, QStringLiteral("SELECT id FROM %1 WHERE uid = ?").arg(m_table), 0);
    if (!find)
        return find.error();
    if (Status s = (*find)->run({uid}, context); !s)
        return s.error();
    QSqlQuery &q = (*find)->query();
    const Id id = q.next() ? q.value(0).toLongLong() : NoId;
    q.finish();
    return id;
}

Result<bool> UidRowBatch::wasEmpty(const std::function<QString()> &context)
{
    if (!m_wasEmpty) {
        auto any = Repository::prepare(m_store, QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)").arg(m_table), 0, context());
        if (!any)
            return any.error();
        if (Status s = any->run({}, context); !s)
            return s.error();
        m_wasEmpty = any->query().next() && any->query().value(0).toInt() == 0;
    }
    return *m_wasEmpty;
}

Result<Id> UidRowBatch::insert(const QVariantList &values, const std::function<QString()> &context)
{
    auto insert = statement(m_insert, dated::insertSql(m_table, m_columns), m_changes);
    if (!insert)
        return insert.error();
    if (Status s = (*insert)->run(values, context); !s)
        return s.error();
    return (*insert)->query().lastInsertId().toLongLong();
}

Status UidRowBatch::update(const QVariantList &values, const std::function<QString()> &context)
{
    auto update = statement(m_update, dated::updateSql(m_table, m_columns), m_changes);
    if (!update)
        return update.error();
    return (*update)->run(values, context);
}

StoreError Repository::notFound(const QString &message) const
{
    return m_store.notFound(message);
}

} // namespace triangle
