#include "GroupRepository.h"

#include "SqlSupport.h"
#include "Store.h"
#include "model/Validation.h"

#include <algorithm>

namespace triangle {

namespace {
const QString GroupColumns = QStringLiteral("id, key, name_zh, name_en, note, source");

RegionGroup readGroup(const QSqlQuery &q)
{
    RegionGroup g;
    g.id = q.value(0).toLongLong();
    g.key = q.value(1).toString();
    g.nameZh = q.value(2).toString();
    g.nameEn = q.value(3).toString();
    g.note = q.value(4).toString();
    g.source = q.value(5).toString();
    return g;
}

QVariantList groupValues(const RegionGroup &g)
{
    return {g.key, g.nameZh, g.nameEn, g.note, g.source};
}

QList<Id> sortedUnique(QList<Id> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}
} // namespace

Result<QList<RegionGroup>> GroupRepository::all() const
{
    auto q = read(QStringLiteral("SELECT %1 FROM region_groups ORDER BY id").arg(GroupColumns), {}, tr("Reading region groups"));
    if (!q)
        return q.error();
    QList<RegionGroup> groups = readAll<RegionGroup>(*q, readGroup);
    auto m = read(QStringLiteral("SELECT group_id, region_id FROM group_members ORDER BY group_id, region_id"), {},
                  tr("Reading region groups"));
    if (!m)
        return m.error();
    QHash<Id, QList<Id>> members;
    while (m->next())
        members[m->value(0).toLongLong()].append(m->value(1).toLongLong());
    for (RegionGroup &g : groups)
        g.memberIds = members.value(g.id);
    return groups;
}

Result<QList<Id>> GroupRepository::memberIds(Id groupId) const
{
    auto q = read(QStringLiteral("SELECT region_id FROM group_members WHERE group_id = ? ORDER BY region_id"), {groupId},
                  tr("Reading a region group"));
    if (!q)
        return q.error();
    return readAll<Id>(*q, [](const QSqlQuery &row) { return row.value(0).toLongLong(); });
}

Result<RegionGroup> GroupRepository::byId(Id id) const
{
    return oneGroup(QStringLiteral("id"), id, tr("There is no region group with id %1 in the database.").arg(id));
}

Result<RegionGroup> GroupRepository::byKey(const QString &key) const
{
    return oneGroup(QStringLiteral("key"), key, tr("There is no region group “%1” in the database.").arg(key));
}

Result<RegionGroup> GroupRepository::oneGroup(const QString &column, const QVariant &value, const QString &missing) const
{
    auto q = read(QStringLiteral("SELECT %1 FROM region_groups WHERE %2 = ?").arg(GroupColumns, column), {value},
                  tr("Reading a region group"));
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(missing);
    RegionGroup g = readGroup(*q);
    auto ids = memberIds(g.id);
    if (!ids)
        return ids.error();
    g.memberIds = *ids;
    return g;
}

Result<RegionGroup> GroupRepository::byKeyOrName(const QString &text) const
{
    const QString wanted = text.trimmed();
    if (auto byItsKey = byKey(wanted); byItsKey || byItsKey.error().kind != StoreError::Kind::NotFound)
        return byItsKey;
    auto groups = all();
    if (!groups)
        return groups.error();
    for (const RegionGroup &g : std::as_const(*groups)) {
        if (g.nameZh == wanted || (!g.nameEn.isEmpty() && g.nameEn.compare(wanted, Qt::CaseInsensitive) == 0))
            return g;
    }
    return notFound(tr("There is no region group “%1” in the database.").arg(wanted));
}

Status GroupRepository::requireFreeKey(const RegionGroup &group) const
{
    auto existing = byKey(group.key);
    if (existing && existing->id != group.id)
        return StoreError{StoreError::Kind::Conflict,
                          tr("A region group with key “%1” already exists (%2).").arg(group.key, existing->nameZh),
                          {{QStringLiteral("key"), tr("is already used by %1").arg(existing->nameZh)}}};
    return {};
}

Status GroupRepository::storeMembers(Id groupId, const QList<Id> &regionIds)
{
    auto cleared = writeStatement(QStringLiteral("DELETE FROM group_members WHERE group_id = ?"), {groupId},
                                  Store::GroupsChanged, tr("Saving the members of a region group"));
    if (!cleared)
        return cleared.error();
    for (Id regionId : sortedUnique(regionIds)) {
        if (Status added = addMembership(groupId, regionId); !added)
            return added;
    }
    return {};
}

Result<Id> GroupRepository::add(const RegionGroup &group)
{
    if (const FieldProblems problems = validateRegionGroup(group); !problems.isEmpty())
        return invalidRecord(tr("Region group %1").arg(group.key), problems);
    Id id = NoId;
    Status status = write([&]() -> Status {
        if (Status free = requireFreeKey(group); !free)
            return free;
        auto q = writeStatement(QStringLiteral("INSERT INTO region_groups (id, key, name_zh, name_en, note, source) "
                                               "VALUES (?, ?, ?, ?, ?, ?)"),
                                QVariantList{idOrNull(group.id)} + groupValues(group), Store::GroupsChanged,
                                tr("Adding region group %1").arg(group.key));
        if (!q)
            return q.error();
        id = q->lastInsertId().toLongLong();
        return storeMembers(id, group.memberIds);
    });
    if (!status)
        return status.error();
    return id;
}

Status GroupRepository::update(const RegionGroup &group)
{
    if (const FieldProblems problems = validateRegionGroup(group); !problems.isEmpty())
        return invalidRecord(tr("Region group %1").arg(group.key), problems);
    return write([&]() -> Status {
        if (Status free = requireFreeKey(group); !free)
            return free;
        Status changed = changeRow(QStringLiteral("UPDATE region_groups SET key = ?, name_zh = ?, name_en = ?, note = ?, "
                                                  "source = ? WHERE id = ?"),
                                   groupValues(group) + QVariantList{group.id}, Store::GroupsChanged,
                                   tr("Saving region group %1").arg(group.key),
                                   tr("There is no region group with id %1 in the database.").arg(group.id));
        if (!changed)
            return changed;
        return storeMembers(group.id, group.memberIds);
    });
}

Status GroupRepository::remove(Id id)
{
    return removeRow(QStringLiteral("region_groups"), id, Store::GroupsChanged, tr("Deleting a region group"),
                     tr("There is no region group with id %1 in the database.").arg(id));
}

Status GroupRepository::setMembers(Id groupId, const QList<Id> &regionIds)
{
    return write([&]() -> Status {
        auto exists = byId(groupId);
        if (!exists)
            return exists.error();
        return storeMembers(groupId, regionIds);
    });
}

Status GroupRepository::addMembership(Id groupId, Id regionId)
{
    return write([&]() -> Status {
        auto q = writeStatement(QStringLiteral("INSERT INTO group_members (group_id, region_id) VALUES (?, ?)"),
                                {groupId, regionId}, Store::GroupsChanged, tr("Adding a member to a region group"));
        if (!q)
            return q.error();
        return {};
    });
}

Result<QList<Region>> GroupRepository::members(Id groupId) const
{
    auto ids = memberIds(groupId);
    if (!ids)
        return ids.error();
    QList<Region> out;
    for (Id id : std::as_const(*ids)) {
        auto region = store().regions().byId(id);
        if (!region)
            return region.error();
        out.append(*region);
    }
    std::sort(out.begin(), out.end(), [](const Region &a, const Region &b) { return a.code < b.code; });
    return out;
}

Result<QList<std::pair<Id, Id>>> GroupRepository::membershipsOf(const QList<Id> &regionIds) const
{
    QList<std::pair<Id, Id>> out;
    for (Id regionId : regionIds) {
        auto q = read(QStringLiteral("SELECT group_id, region_id FROM group_members WHERE region_id = ? ORDER BY group_id"),
                      {regionId}, tr("Reading region groups"));
        if (!q)
            return q.error();
        while (q->next())
            out.append({q->value(0).toLongLong(), q->value(1).toLongLong()});
    }
    return out;
}

Result<QList<Id>> GroupRepository::childRegionIds(Id parentId) const
{
    auto q = read(QStringLiteral("SELECT id FROM regions WHERE parent_id = ? ORDER BY code"), {parentId},
                  tr("Reading the sub-regions of a region"));
    if (!q)
        return q.error();
    return readAll<Id>(*q, [](const QSqlQuery &row) { return row.value(0).toLongLong(); });
}

Result<GroupAggregate> GroupRepository::aggregate() const
{
    auto q = read(QStringLiteral("SELECT value FROM settings WHERE key = 'group_aggregate'"), {},
                  tr("Reading the group aggregate"));
    if (!q)
        return q.error();
    if (!q->next())
        return GroupAggregate::Mean;
    return groupAggregateFromKey(q->value(0).toString()).value_or(GroupAggregate::Mean);
}

Status GroupRepository::setAggregate(GroupAggregate aggregate)
{
    return write([&]() -> Status {
        auto q = writeStatement(QStringLiteral("INSERT INTO settings (key, value) VALUES ('group_aggregate', ?) "
                                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                                {groupAggregateKey(aggregate)}, Store::GroupsChanged, tr("Saving the group aggregate"));
        if (!q)
            return q.error();
        return {};
    });
}

} // namespace triangle
