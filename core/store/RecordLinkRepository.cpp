#include "RecordLinkRepository.h"

#include "SqlSupport.h"
#include "Store.h"
#include "model/Validation.h"

namespace triangle {

namespace {
const QString LinkColumns = QStringLiteral(
    "id, region_id, from_policy_id, from_milestone_id, to_policy_id, to_milestone_id, quote, location, note");

RecordRef readRef(const QSqlQuery &q, int policyColumn)
{
    const bool isPolicy = !q.value(policyColumn).isNull();
    return {isPolicy ? Evidence::Kind::Policy : Evidence::Kind::Milestone,
            (isPolicy ? q.value(policyColumn) : q.value(policyColumn + 1)).toLongLong()};
}

RecordLink readLink(const QSqlQuery &q)
{
    RecordLink l;
    l.id = q.value(0).toLongLong();
    l.regionId = q.value(1).toLongLong();
    l.from = readRef(q, 2);
    l.to = readRef(q, 4);
    l.quote = q.value(6).toString();
    l.location = q.value(7).toString();
    l.note = q.value(8).toString();
    return l;
}

// The (policy id, milestone id) pair of columns for one end: one of them NULL.
QVariantList refValues(const RecordRef &r)
{
    const bool isPolicy = r.kind == Evidence::Kind::Policy;
    return {isPolicy ? idOrNull(r.id) : idOrNull(NoId), isPolicy ? idOrNull(NoId) : idOrNull(r.id)};
}

QString tableOf(const RecordRef &r)
{
    return r.kind == Evidence::Kind::Policy ? QStringLiteral("policies") : QStringLiteral("milestones");
}
} // namespace

Result<QList<RecordLink>> RecordLinkRepository::select(const QString &where, const QVariantList &values) const
{
    auto q = read(QStringLiteral("SELECT %1 FROM record_links %2 ORDER BY id").arg(LinkColumns, where), values,
                  tr("Reading causal links"));
    if (!q)
        return q.error();
    return readAll<RecordLink>(*q, readLink);
}

Result<QList<RecordLink>> RecordLinkRepository::all() const { return select({}, {}); }

Result<QList<RecordLink>> RecordLinkRepository::forRegion(Id regionId) const
{
    return select(QStringLiteral("WHERE region_id = ?"), {regionId});
}

Result<QList<RecordLink>> RecordLinkRepository::touching(const RecordRef &record) const
{
    if (record.kind == Evidence::Kind::Policy)
        return select(QStringLiteral("WHERE from_policy_id = ? OR to_policy_id = ?"), {record.id, record.id});
    return select(QStringLiteral("WHERE from_milestone_id = ? OR to_milestone_id = ?"), {record.id, record.id});
}

Result<RecordLink> RecordLinkRepository::byId(Id id) const
{
    auto links = select(QStringLiteral("WHERE id = ?"), {id});
    if (!links)
        return links.error();
    if (links->isEmpty())
        return notFound(tr("There is no causal link with id %1 in the database.").arg(id));
    return links->first();
}

Status RecordLinkRepository::checkEnds(const RecordLink &link) const
{
    if (const FieldProblems problems = validateRecordLink(link); !problems.isEmpty())
        return invalidRecord(tr("Causal link"), problems);
    FieldProblems problems;
    for (const auto &[field, end] : {std::pair{QStringLiteral("from"), link.from}, std::pair{QStringLiteral("to"), link.to}}) {
        auto q = read(QStringLiteral("SELECT region_id FROM %1 WHERE id = ?").arg(tableOf(end)), {end.id},
                      tr("Reading causal links"));
        if (!q)
            return q.error();
        if (!q->next())
            problems.append({field, end.kind == Evidence::Kind::Policy ? tr("there is no policy with id %1").arg(end.id)
                                                                       : tr("there is no milestone with id %1").arg(end.id)});
        else if (q->value(0).toLongLong() != link.regionId)
            problems.append({field, tr("must be a record of the same region")});
    }
    if (!problems.isEmpty())
        return invalidRecord(tr("Causal link"), problems);
    auto same = read(QStringLiteral("SELECT id FROM record_links WHERE coalesce(from_policy_id, -from_milestone_id) = ? "
                                    "AND coalesce(to_policy_id, -to_milestone_id) = ? AND id IS NOT ?"),
                     {link.from.kind == Evidence::Kind::Policy ? link.from.id : -link.from.id,
                      link.to.kind == Evidence::Kind::Policy ? link.to.id : -link.to.id, idOrNull(link.id)},
                     tr("Reading causal links"));
    if (!same)
        return same.error();
    if (same->next())
        return StoreError{StoreError::Kind::Conflict, tr("These two records are already linked."),
                          {{QStringLiteral("to"), tr("is already linked from this record")}}};
    return {};
}

Result<Id> RecordLinkRepository::add(const RecordLink &link)
{
    Id id = NoId;
    Status status = write([&]() -> Status {
        if (Status ends = checkEnds(link); !ends)
            return ends;
        auto q = writeStatement(QStringLiteral("INSERT INTO record_links (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(LinkColumns),
                                QVariantList{idOrNull(link.id), link.regionId} + refValues(link.from) + refValues(link.to)
                                    + QVariantList{link.quote, link.location, link.note},
                                Store::LinksChanged, tr("Adding a causal link"));
        if (!q)
            return q.error();
        id = q->lastInsertId().toLongLong();
        return {};
    });
    if (!status)
        return status.error();
    return id;
}

Status RecordLinkRepository::update(const RecordLink &link)
{
    return write([&]() -> Status {
        if (Status ends = checkEnds(link); !ends)
            return ends;
        return changeRow(QStringLiteral("UPDATE record_links SET region_id = ?, from_policy_id = ?, from_milestone_id = ?, "
                                        "to_policy_id = ?, to_milestone_id = ?, quote = ?, location = ?, note = ? WHERE id = ?"),
                         QVariantList{link.regionId} + refValues(link.from) + refValues(link.to)
                             + QVariantList{link.quote, link.location, link.note, link.id},
                         Store::LinksChanged, tr("Saving a causal link"),
                         tr("There is no causal link with id %1 in the database.").arg(link.id));
    });
}

Status RecordLinkRepository::remove(Id id)
{
    return removeRow(QStringLiteral("record_links"), id, Store::LinksChanged, tr("Deleting a causal link"),
                     tr("There is no causal link with id %1 in the database.").arg(id));
}

} // namespace triangle
