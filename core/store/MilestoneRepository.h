#pragma once

#include "RecordFilter.h"
#include "Repository.h"

#include <QCoreApplication>
#include <QList>

namespace triangle {

// The milestones on the timeline, by date.
class MilestoneRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(triangle::MilestoneRepository)

public:
    explicit MilestoneRepository(Store &store) : Repository(store) {}

    Result<QList<Milestone>> all(const RecordFilter &filter = {}) const;
    Result<Milestone> byId(Id id) const;
    Result<Milestone> byUid(const QString &uid) const;
    // Generates a uid when empty; a milestone whose id is set is stored under it (undo).
    Result<Id> add(const Milestone &milestone);
    Status update(const Milestone &milestone);
    Status remove(Id id); // with the evidence links citing it
};

} // namespace triangle
