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

StoreError Repository::notFound(const QString &message) const
{
    return m_store.notFound(message);
}

} // namespace triangle
