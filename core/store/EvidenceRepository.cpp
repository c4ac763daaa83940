#include "EvidenceRepository.h"

#include "SqlSupport.h"
#include "Store.h"

namespace triangle {

namespace {
const QString EvidenceColumns = QStringLiteral("id, assessment_id, dimension, policy_id, milestone_id");

Evidence readEvidence(const QSqlQuery &q)
{
    Evidence e;
    e.id = q.value(0).toLongLong();
    e.assessmentId = q.value(1).toLongLong();
    e.dimension = dimensionFromKey(q.value(2).toString()).value_or(Dimension::Mission);
    const bool isPolicy = !q.value(3).isNull();
    e.kind = isPolicy ? Evidence::Kind::Policy : Evidence::Kind::Milestone;
    e.targetId = (isPolicy ? q.value(3) : q.value(4)).toLongLong();
    return e;
}
} // namespace
Result<QList<Evidence>> EvidenceRepository::forAssessment(Id assessmentId) const
{
    auto q = read(QStringLiteral("SELECT %1 FROM evidence WHERE assessment_id = ? ORDER BY id").arg(EvidenceColumns),
                  {assessmentId}, tr("Reading evidence"));
    if (!q)
        return q.error();
    return readAll<Evidence>(*q, readEvidence);
}

Result<QList<Evidence>> EvidenceRepository::citing(Evidence::Kind kind, Id targetId) const
{
    const QString column = kind == Evidence::Kind::Policy ? QStringLiteral("policy_id") : QStringLiteral("milestone_id");
    auto q = read(QStringLiteral("SELECT %1 FROM evidence WHERE %2 = ? ORDER BY id").arg(EvidenceColumns, column),
                  {targetId}, tr("Reading evidence"));
    if (!q)
        return q.error();
    return readAll<Evidence>(*q, readEvidence);
}

Result<QList<Evidence>> EvidenceRepository::all() const
{
    auto q = read(QStringLiteral("SELECT %1 FROM evidence ORDER BY id").arg(EvidenceColumns), {}, tr("Reading evidence"));
    if (!q)
        return q.error();
    return readAll<Evidence>(*q, readEvidence);
}

Result<Evidence> EvidenceRepository::byId(Id id) const
{
    auto q = read(QStringLiteral("SELECT %1 FROM evidence WHERE id = ?").arg(EvidenceColumns), {id}, tr("Reading evidence"));
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(tr("There is no evidence link with id %1 in the database.").arg(id));
    return readEvidence(*q);
}

Result<QHash<Id, int>> EvidenceRepository::countsByTarget(Evidence::Kind kind) const
{
    const QString column = kind == Evidence::Kind::Policy ? QStringLiteral("policy_id") : QStringLiteral("milestone_id");
    auto q = read(QStringLiteral("SELECT %1, count(*) FROM evidence WHERE %1 IS NOT NULL GROUP BY %1").arg(column), {},
                  tr("Counting evidence"));
    if (!q)
        return q.error();
    return idCounts(*q);
}

Result<Id> EvidenceRepository::add(const Evidence &evidence)
{
    const bool isPolicy = evidence.kind == Evidence::Kind::Policy;
    return insertRow(QStringLiteral("INSERT INTO evidence (id, assessment_id, dimension, policy_id, milestone_id) "
                                       "VALUES (?, ?, ?, ?, ?)"),
                        {idOrNull(evidence.id), evidence.assessmentId, dimensionKey(evidence.dimension),
                         idOrNull(isPolicy ? evidence.targetId : NoId), idOrNull(isPolicy ? NoId : evidence.targetId)},
                        Store::EvidenceChanged, tr("Linking evidence"));
}

Status EvidenceRepository::remove(Id id)
{
    return removeRow(QStringLiteral("evidence"), id, Store::EvidenceChanged, tr("Unlinking evidence"),
                     tr("There is no evidence link with id %1 in the database.").arg(id));
}

} // namespace triangle
