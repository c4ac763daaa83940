#pragma once

#include "Repository.h"

#include <QCoreApplication>
#include <QList>

namespace triangle {

// A region to add whose parent is named by its code rather than its id.
struct CodedRegion
{
    Region region; // id and parentId unset
    QString parentCode; // empty for the national level
};

// What RegionRepository::addMissing() did.
struct AddedRegions
{
    int added = 0;   // stored now
    int present = 0; // their code was already stored; left as they were
};

// The regions: the national level, provinces and any lower levels, by code.
class RegionRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(triangle::RegionRepository)

public:
    explicit RegionRepository(Store &store) : Repository(store) {}

    Result<QList<Region>> all() const; // ordered by code
    Result<Region> byId(Id id) const;
    Result<Region> byCode(const QString &code) const;
    // Adding a region whose id is set stores it under that id (undo).
    Result<Id> add(const Region &region);
    Status update(const Region &region);
    Status remove(Id id); // with its sub-regions and everything recorded for them
    // Adds, in one write, each of `regions` whose code is not stored yet,
    // under the stored region with its parent code; a region whose code is
    // stored is left exactly as it is. Parents must come before children.
    Result<AddedRegions> addMissing(const QList<CodedRegion> &regions);

private:
    Status requireFreeCode(const Region &region) const;
};

} // namespace triangle
