#pragma once

#include "Repository.h"
#include "model/ComparisonSet.h"

#include <QCoreApplication>
#include <QList>

namespace triangle {

// A comparison set's place for one region, kept when the region is deleted so
// that undo puts it back where it was.
struct ComparisonSetMembership
{
    Id setId = NoId;
    Id regionId = NoId;
    int position = 0;

    friend bool operator==(const ComparisonSetMembership &, const ComparisonSetMembership &) = default;
};

// Comparison sets and their ordered members. Their writes are announced as
// Store::GroupsChanged: the views that list groups list the sets beside them.
//
// What the report dialog (and anything else choosing regions) needs is all()
// to list the sets and regionIdsOf() to turn set:KEY into ordered region ids.
class ComparisonSetRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(triangle::ComparisonSetRepository)

public:
    explicit ComparisonSetRepository(Store &store) : Repository(store) {}

    Result<QList<ComparisonSet>> all() const; // in the order they were saved, with their members in order
    Result<ComparisonSet> byId(Id id) const;
    Result<ComparisonSet> byKey(const QString &key) const;
    // By key, else by name (ignoring case): what `--regions set:NAME` names.
    Result<ComparisonSet> byKeyOrName(const QString &text) const;
    // The members of the set `text` names (byKeyOrName), in the set's order.
    Result<QList<Id>> regionIdsOf(const QString &text) const;

    // Adding a set whose id is set stores it under that id (undo).
    Result<Id> add(const ComparisonSet &set);
    Status update(const ComparisonSet &set); // key, name, note and members
    Status remove(Id id);

    // The places the regions hold in sets: what deleting those regions takes
    // away, for undo; addMembership puts one back.
    Result<QList<ComparisonSetMembership>> membershipsOf(const QList<Id> &regionIds) const;
    Status addMembership(const ComparisonSetMembership &membership);

private:
    Status requireFreeKey(const ComparisonSet &set) const;
    Status storeMembers(Id setId, const QList<Id> &regionIds);
    Result<QList<Id>> memberIds(Id setId) const;
    // The set whose `column` (our own name, never input) holds `value`, with its members.
    Result<ComparisonSet> oneSet(const QString &column, const QVariant &value, const QString &missing) const;
};

} // namespace triangle
