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

namespace triangle {

class Store;

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

    // The rows of "SELECT id, count(*) … GROUP BY id" as a hash.
    static QHash<Id, int> idCounts(QSqlQuery &query);

    Store &store() const { return m_store; }

private:
    Store &m_store;
};

} // namespace triangle
