#pragma once

#include "Repository.h"

#include <QCoreApplication>
#include <QList>

namespace triangle {

// The stages a region is assessed at (initial, advantage, target), in order.
class StageRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(triangle::StageRepository)

public:
    explicit StageRepository(Store &store) : Repository(store) {}

    Result<QList<Stage>> all() const; // by sort order, then start year
    Result<Stage> byId(Id id) const;
    Result<Stage> byKey(const QString &key) const;
    Result<Id> add(const Stage &stage);
    Status update(const Stage &stage);
    Status remove(Id id); // with the assessments made at it
};

} // namespace triangle
