#pragma once

#include "RecordFilter.h"
#include "Repository.h"

#include <QCoreApplication>
#include <QList>

namespace triangle {

// The policies on the timeline, by date.
class PolicyRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(triangle::PolicyRepository)

public:
    explicit PolicyRepository(Store &store) : Repository(store) {}

    Result<QList<Policy>> all(const RecordFilter &filter = {}) const;
    Result<Policy> byId(Id id) const;
    Result<Policy> byUid(const QString &uid) const;
    // Generates a uid when empty; a policy whose id is set is stored under it (undo).
    Result<Id> add(const Policy &policy);
    Status update(const Policy &policy);
    Status remove(Id id); // with the evidence links citing it
};

} // namespace triangle
