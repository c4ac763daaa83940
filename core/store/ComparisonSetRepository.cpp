#include "ComparisonSetRepository.h"

#include "SqlSupport.h"
#include "Store.h"
#include "model/Validation.h"

namespace triangle {

namespace {
const QString SetColumns = QStringLiteral("id, key, name, note");

ComparisonSet readSet(const QSqlQuery &q)
{
    ComparisonSet s;
    s.id = q.value(0).toLongLong();
    s.key = q.value(1).toString();
    s.name = q.value(2).toString();
    s.note = q.value(3).toString();
    return s;
}

Id readId(const QSqlQuery &row) { return row.value(0).toLongLong(); }
} // namespace

Result<QList<ComparisonSet>> ComparisonSetRepository::all() const
{
    auto q = read(QStringLiteral("SELECT %1 FROM comparison_sets ORDER BY id").arg(SetColumns), {},
                  tr("Reading comparison sets"));
    if (!q)
        return q.error();
    QList<ComparisonSet> sets = readAll<ComparisonSet>(*q, readSet);
    auto m = read(QStringLiteral("SELECT set_id, region_id FROM comparison_set_members ORDER BY set_id, position"), {},
                  tr("Reading comparison sets"));
    if (!m)
        return m.error();
    QHash<Id, QList<Id>> members;
    while (m->next())
        members[m->value(0).toLongLong()].append(m->value(1).toLongLong());
    for (ComparisonSet &s : sets)
        s.memberIds = members.value(s.id);
    return sets;
}

Result<QList<Id>> ComparisonSetRepository::memberIds(Id setId) const
{
    auto q = read(QStringLiteral("SELECT region_id FROM comparison_set_members WHERE set_id = ? ORDER BY position"),
                  {setId}, tr("Reading a comparison set"));
    if (!q)
        return q.error();
    return readAll<Id>(*q, readId);
}

Result<ComparisonSet> ComparisonSetRepository::byId(Id id) const
{
    return oneSet(QStringLiteral("id"), id, tr("There is no comparison set with id %1 in the database.").arg(id));
}

Result<ComparisonSet> ComparisonSetRepository::byKey(const QString &key) const
{
    return oneSet(QStringLiteral("key"), key, tr("There is no comparison set “%1” in the database.").arg(key));
}

Result<ComparisonSet> ComparisonSetRepository::oneSet(const QString &column, const QVariant &value,
                                                      const QString &missing) const
{
    auto q = read(QStringLiteral("SELECT %1 FROM comparison_sets WHERE %2 = ?").arg(SetColumns, column), {value},
                  tr("Reading a comparison set"));
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(missing);
    ComparisonSet s = readSet(*q);
    auto ids = memberIds(s.id);
    if (!ids)
        return ids.error();
    s.memberIds = *ids;
    return s;
}

Result<ComparisonSet> ComparisonSetRepository::byKeyOrName(const QString &text) const
{
    const QString wanted = text.trimmed();
    if (auto byItsKey = byKey(wanted); byItsKey || byItsKey.error().kind != StoreError::Kind::NotFound)
        return byItsKey;
    auto sets = all();
    if (!sets)
        return sets.error();
    for (const ComparisonSet &s : std::as_const(*sets)) {
        if (s.name.trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            return s;
    }
    return notFound(tr("There is no comparison set “%1” in the database.").arg(wanted));
}

Result<QList<Id>> ComparisonSetRepository::regionIdsOf(const QString &text) const
{
    auto set = byKeyOrName(text);
    if (!set)
        return set.error();
    return set->memberIds;
}

Status ComparisonSetRepository::requireFreeKey(const ComparisonSet &set) const
{
    auto existing = byKey(set.key);
    if (existing && existing->id != set.id)
        return StoreError{StoreError::Kind::Conflict,
                          tr("A comparison set with key “%1” already exists (%2).").arg(set.key, existing->name),
                          {{QStringLiteral("key"), tr("is already used by %1").arg(existing->name)}}};
    return {};
}

Status ComparisonSetRepository::storeMembers(Id setId, const QList<Id> &regionIds)
{
    auto cleared = writeStatement(QStringLiteral("DELETE FROM comparison_set_members WHERE set_id = ?"), {setId},
                                  Store::GroupsChanged, tr("Saving the members of a comparison set"));
    if (!cleared)
        return cleared.error();
    for (int position = 0; position < regionIds.size(); ++position) {
        if (Status added = addMembership({setId, regionIds[position], position}); !added)
            return added;
    }
    return {};
}

Result<Id> ComparisonSetRepository::add(const ComparisonSet &set)
{
    if (const FieldProblems problems = validateComparisonSet(set); !problems.isEmpty())
        return invalidRecord(tr("Comparison set %1").arg(set.key), problems);
    Id id = NoId;
    Status status = write([&]() -> Status {
        if (Status free = requireFreeKey(set); !free)
            return free;
        auto q = writeStatement(QStringLiteral("INSERT INTO comparison_sets (id, key, name, note) VALUES (?, ?, ?, ?)"),
                                {idOrNull(set.id), set.key, set.name, set.note}, Store::GroupsChanged,
                                tr("Adding comparison set %1").arg(set.key));
        if (!q)
            return q.error();
        id = q->lastInsertId().toLongLong();
        return storeMembers(id, set.memberIds);
    });
    if (!status)
        return status.error();
    return id;
}

Status ComparisonSetRepository::update(const ComparisonSet &set)
{
    if (const FieldProblems problems = validateComparisonSet(set); !problems.isEmpty())
        return invalidRecord(tr("Comparison set %1").arg(set.key), problems);
    return write([&]() -> Status {
        if (Status free = requireFreeKey(set); !free)
            return free;
        Status changed = changeRow(QStringLiteral("UPDATE comparison_sets SET key = ?, name = ?, note = ? WHERE id = ?"),
                                   {set.key, set.name, set.note, set.id}, Store::GroupsChanged,
                                   tr("Saving comparison set %1").arg(set.key),
                                   tr("There is no comparison set with id %1 in the database.").arg(set.id));
        if (!changed)
            return changed;
        return storeMembers(set.id, set.memberIds);
    });
}

Status ComparisonSetRepository::remove(Id id)
{
    return removeRow(QStringLiteral("comparison_sets"), id, Store::GroupsChanged, tr("Deleting a comparison set"),
                     tr("There is no comparison set with id %1 in the database.").arg(id));
}

Status ComparisonSetRepository::addMembership(const ComparisonSetMembership &m)
{
    return write([&]() -> Status {
        auto q = writeStatement(QStringLiteral("INSERT INTO comparison_set_members (set_id, region_id, position) "
                                               "VALUES (?, ?, ?)"),
                                {m.setId, m.regionId, m.position}, Store::GroupsChanged,
                                tr("Adding a region to a comparison set"));
        if (!q)
            return q.error();
        return {};
    });
}

Result<QList<ComparisonSetMembership>> ComparisonSetRepository::membershipsOf(const QList<Id> &regionIds) const
{
    QList<ComparisonSetMembership> out;
    for (Id regionId : regionIds) {
        auto q = read(QStringLiteral("SELECT set_id, region_id, position FROM comparison_set_members WHERE region_id = ? "
                                     "ORDER BY set_id"),
                      {regionId}, tr("Reading comparison sets"));
        if (!q)
            return q.error();
        while (q->next())
            out.append({q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toInt()});
    }
    return out;
}

} // namespace triangle
