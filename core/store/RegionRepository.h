#pragma once

#include "Repository.h"

#include <QCoreApplication>
#include <QList>

namespace triangle {

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

private:
    Status requireFreeCode(const Region &region) const;
};

} // namespace triangle
