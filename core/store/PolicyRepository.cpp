#include "PolicyRepository.h"

#include "DatedRecordRows.h"
#include "SqlSupport.h"
#include "Store.h"
#include "model/Validation.h"

namespace triangle {

namespace {
using namespace dated;

const QString PolicyColumns = CommonColumns + QStringLiteral(", issuer, level, kind, summary, reference");

Policy readPolicy(const QSqlQuery &q)
{
    Policy p;
    readCommon(q, p);
    constexpr int c = CommonColumnCount;
    p.issuer = q.value(c).toString();
    p.level = levelFromKey(q.value(c + 1).toString()).value_or(Level::National);
    p.kind = policyKindFromKey(q.value(c + 2).toString()).value_or(PolicyKind::Other);
    p.summary = q.value(c + 3).toString();
    p.reference = q.value(c + 4).toString();
    return p;
}

QVariantList policyValues(const Policy &p, const QString &uid)
{
    return commonValues(p, uid) + QVariantList{p.issuer, levelKey(p.level), policyKindKey(p.kind), p.summary, p.reference};
}

} // namespace

Result<QList<Policy>> PolicyRepository::all(const RecordFilter &filter) const
{
    const auto [where, values] = filterClause(filter, {QStringLiteral("title_zh"), QStringLiteral("title_en"), QStringLiteral("issuer")});
    auto q = read(QStringLiteral("SELECT %1 FROM policies %2 %3").arg(PolicyColumns, where, DateOrder), values,
                  tr("Reading policies"));
    if (!q)
        return q.error();
    return readAll<Policy>(*q, readPolicy);
}

Status PolicyRepository::forEachByDate(const std::function<bool(const Policy &)> &take) const
{
    // PartialDate::sortKey() counts a missing month or day as 0.
    auto q = read(QStringLiteral("SELECT %1 FROM policies ORDER BY date_year, coalesce(date_month, 0), coalesce(date_day, 0), uid")
                      .arg(PolicyColumns),
                  {}, tr("Reading policies"));
    if (!q)
        return q.error();
    while (q->next()) {
        if (!take(readPolicy(*q)))
            return {};
    }
    // A read that stopped short (a damaged page, a failing disk) is not the end.
    if (q->lastError().isValid())
        return sqlError(*q, tr("Reading policies"));
    return {};
}

Result<Policy> PolicyRepository::byId(Id id) const
{
    auto q = read(QStringLiteral("SELECT %1 FROM policies WHERE id = ?").arg(PolicyColumns), {id}, tr("Reading a policy"));
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(tr("There is no policy with id %1 in the database.").arg(id));
    return readPolicy(*q);
}

Result<Policy> PolicyRepository::byUid(const QString &uid) const
{
    auto q = read(QStringLiteral("SELECT %1 FROM policies WHERE uid = ?").arg(PolicyColumns), {uid}, tr("Reading a policy"));
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(tr("There is no policy with uid “%1” in the database.").arg(uid));
    return readPolicy(*q);
}

Result<Id> PolicyRepository::add(const Policy &policy)
{
    if (const FieldProblems problems = validatePolicy(policy); !problems.isEmpty())
        return invalidRecord(tr("Policy %1").arg(policy.titleZh), problems);
    const QString uid = policy.uid.isEmpty() ? newUid() : policy.uid;
    return insertRow(insertSql(QStringLiteral("policies"), PolicyColumns),
                     QVariantList{idOrNull(policy.id)} + policyValues(policy, uid), Store::PoliciesChanged,
                     tr("Adding policy %1").arg(policy.titleZh), {}, Store::PoliciesChanged);
}

Status PolicyRepository::update(const Policy &policy)
{
    if (const FieldProblems problems = validatePolicy(policy); !problems.isEmpty())
        return invalidRecord(tr("Policy %1").arg(policy.titleZh), problems);
    return changeRow(updateSql(QStringLiteral("policies"), PolicyColumns),
                     policyValues(policy, policy.uid.isEmpty() ? newUid() : policy.uid) + QVariantList{policy.id},
                     Store::PoliciesChanged, tr("Saving policy %1").arg(policy.titleZh),
                     tr("There is no policy with id %1 in the database.").arg(policy.id), [&] {
                         listRecord(Store::PoliciesChanged, policy.id);
                         return Status();
                     });
}

Status PolicyRepository::remove(Id id)
{
    return changeRow(QStringLiteral("DELETE FROM policies WHERE id = ?"), {id}, Store::PoliciesChanged | Store::EvidenceChanged | Store::LinksChanged, tr("Deleting a policy"),
                     tr("There is no policy with id %1 in the database.").arg(id), [&] {
                         listRecord(Store::PoliciesChanged, id);
                         return Status();
                     });
}

PolicyRepository::Batch::Batch(Store &store) : m_rows(store, QStringLiteral("policies"), PolicyColumns, Store::PoliciesChanged) {}

Result<Id> PolicyRepository::Batch::idOfUid(const QString &uid)
{
    return m_rows.idOfUid(uid, [] { return tr("Reading a policy"); });
}

Result<bool> PolicyRepository::Batch::wasEmpty()
{
    return m_rows.wasEmpty([] { return tr("Reading a policy"); });
}

Result<Id> PolicyRepository::Batch::add(const Policy &policy)
{
    if (const FieldProblems problems = validatePolicy(policy); !problems.isEmpty())
        return invalidRecord(tr("Policy %1").arg(policy.titleZh), problems);
    const QString uid = policy.uid.isEmpty() ? newUid() : policy.uid;
    return m_rows.insert(QVariantList{idOrNull(policy.id)} + policyValues(policy, uid), [&] { return tr("Adding policy %1").arg(policy.titleZh); });
}

Status PolicyRepository::Batch::update(const Policy &policy)
{
    if (const FieldProblems problems = validatePolicy(policy); !problems.isEmpty())
        return invalidRecord(tr("Policy %1").arg(policy.titleZh), problems);
    return m_rows.update(policyValues(policy, policy.uid.isEmpty() ? newUid() : policy.uid) + QVariantList{policy.id},
                         [&] { return tr("Saving policy %1").arg(policy.titleZh); });
}

} // namespace triangle
