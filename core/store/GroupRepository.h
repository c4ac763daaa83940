#pragma once

#include "Repository.h"
#include "model/RegionGroup.h"

#include <QCoreApplication>
#include <QList>

#include <utility>

namespace triangle {

// Region groups and their members, and how a group's triangle is aggregated
// (a setting that travels with the file, as the raters' aggregate does).
class GroupRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(triangle::GroupRepository)

public:
    explicit GroupRepository(Store &store) : Repository(store) {}

    Result<QList<RegionGroup>> all() const; // in the order they were added, with their members
    Result<RegionGroup> byId(Id id) const;
    Result<RegionGroup> byKey(const QString &key) const;
    // By key, else by its Chinese or English name (the English ignoring case):
    // what `--regions group:长三角` names.
    Result<RegionGroup> byKeyOrName(const QString &text) const;
    // Adding a group whose id is set stores it under that id (undo); its
    // members are stored with it.
    Result<Id> add(const RegionGroup &group);
    Status update(const RegionGroup &group); // fields and members
    Status remove(Id id);
    Status setMembers(Id groupId, const QList<Id> &regionIds);
    Result<QList<Region>> members(Id groupId) const; // ordered by code

    // (group id, region id) of every group the regions belong to: what
    // deleting those regions takes away, for undo.
    Result<QList<std::pair<Id, Id>>> membershipsOf(const QList<Id> &regionIds) const;
    Status addMembership(Id groupId, Id regionId);

    // The regions whose parent is `parentId`, ordered by code: the members of
    // a parent region's roll-up.
    Result<QList<Id>> childRegionIds(Id parentId) const;

    Result<GroupAggregate> aggregate() const; // Mean unless set
    Status setAggregate(GroupAggregate aggregate);

private:
    Status requireFreeKey(const RegionGroup &group) const;
    Status storeMembers(Id groupId, const QList<Id> &regionIds);
    Result<QList<Id>> memberIds(Id groupId) const;
    // The group whose `column` (our own name, never input) holds `value`, with its members.
    Result<RegionGroup> oneGroup(const QString &column, const QVariant &value, const QString &missing) const;
};

} // namespace triangle
