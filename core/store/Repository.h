#pragma once

// The base of the per-aggregate repositories (regions, stages, assessments,
// evidence, policies, milestones, indicators, raters, indicator values): each reads and writes through the Store's one connection and its
// one write() transaction, so a change that spans aggregates still commits
// or rolls back whole, and the Store's signals still follow the commit.

#include "Result.h"
#include "model/Entities.h"

#include <QHash>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <functional>
#include <optional>

namespace triangle {

class Store;

// One statement prepared once and run for many rows through the Store's
// connection: an import's rows. A write runs only inside Store::write().
class PreparedStatement
{
public:
    // Binds `values` and runs the statement; `context` says what was being
    // done, and is asked for only when it fails.
    Status run(const QVariantList &values, const std::function<QString()> &context);
    QSqlQuery &query() { return m_query; }

private:
    friend class Repository;
    PreparedStatement(Store &store, QSqlQuery query, unsigned changes) : m_store(&store), m_query(std::move(query)), m_changes(changes) {}

    Store *m_store;
    QSqlQuery m_query;
    unsigned m_changes;
};

// Rows keyed by a uid (policies, milestones) looked up, added and updated
// many at a time inside one Store::write, each statement prepared once.
class UidRowBatch
{
public:
    UidRowBatch(Store &store, QString table, QString columns, unsigned changes)
        : m_store(store), m_table(std::move(table)), m_columns(std::move(columns)), m_changes(changes) {}

    Result<Id> idOfUid(const QString &uid, const std::function<QString()> &context); // NoId when absent
    Result<bool> wasEmpty(const std::function<QString()> &context); // the table had no row when first asked
    Result<Id> insert(const QVariantList &values, const std::function<QString()> &context); // the columns' values
    Status update(const QVariantList &values, const std::function<QString()> &context); // every column but id, then id

private:
    Result<PreparedStatement *> statement(std::optional<PreparedStatement> &slot, const QString &sql, unsigned changes);

    Store &m_store;
    QString m_table;
    QString m_columns; // "id, uid, …", as DatedRecordRows names them
    unsigned m_changes;
    std::optional<PreparedStatement> m_find, m_insert, m_update;
    std::optional<bool> m_wasEmpty;
};

class Repository
{
public:
    Repository(const Repository &) = delete;
    Repository &operator=(const Repository &) = delete;

protected:
    explicit Repository(Store &store) : m_store(store) {}
    ~Repository() = default;

    Result<QSqlQuery> read(const QString &sql, const QVariantList &values, const QString &context) const;
    // One statement inside the current write transaction; `changes` are Store::Change bits.
    Result<QSqlQuery> writeStatement(const QString &sql, const QVariantList &values, unsigned changes,
                                     const QString &context);
    Status write(const std::function<Status()> &work);
    // The statement just written wrote exactly this record (Store::changedRecords).
    void listRecord(unsigned change, Id id);
    StoreError notFound(const QString &message) const;

    // One INSERT in its own write, returning the new row's id; `after` runs
    // inside the same transaction (a resync of derived scores). `listed`, a
    // Change bit, names the new row as the record of that kind it wrote.
    Result<Id> insertRow(const QString &sql, const QVariantList &values, unsigned changes, const QString &context,
                         const std::function<Status()> &after = {}, unsigned listed = 0);
    // One UPDATE or DELETE in its own write; `missing` is the error when no
    // row matched, `after` runs inside the same transaction.
    Status changeRow(const QString &sql, const QVariantList &values, unsigned changes, const QString &context,
                     const QString &missing, const std::function<Status()> &after = {});
    // DELETE of one row by id in its own write; `table` is one of our own names, never input.
    Status removeRow(const QString &table, Id id, unsigned changes, const QString &context, const QString &missing);

    // A statement to run many times; `changes` are Store::Change bits when it writes.
    Result<PreparedStatement> prepare(const QString &sql, unsigned changes, const QString &context) const;
    friend class UidRowBatch;
    static Result<PreparedStatement> prepare(Store &store, const QString &sql, unsigned changes, const QString &context);

    // The rows of "SELECT id, count(*) … GROUP BY id" as a hash.
    static QHash<Id, int> idCounts(QSqlQuery &query);

    Store &store() const { return m_store; }

private:
    Store &m_store;
};

} // namespace triangle
