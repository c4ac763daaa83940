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
    // Every one, one at a time without holding them all, by date and then uid
    // (an export's order) until `take` returns false.
    Status forEachByDate(const std::function<bool(const Milestone &)> &take) const;
    // Generates a uid when empty; a milestone whose id is set is stored under it (undo).
    Result<Id> add(const Milestone &milestone);
    Status update(const Milestone &milestone);
    Status remove(Id id); // with the evidence links citing it

    // Many milestones looked up, added and updated inside one Store::write, each
    // statement prepared once: what an import of a large file uses. The rules
    // are those of add() and update().
    class Batch
    {
    public:
        Result<Id> idOfUid(const QString &uid); // NoId when there is none
        // Whether the table held no row when this was first asked: then no
        // uid of an import can be there already but one it added itself.
        Result<bool> wasEmpty();
        Result<Id> add(const Milestone &milestone);
        Status update(const Milestone &milestone);

    private:
        friend class MilestoneRepository;
        explicit Batch(Store &store);
        UidRowBatch m_rows;
    };
    Batch batch() { return Batch(store()); }
};

} // namespace triangle
