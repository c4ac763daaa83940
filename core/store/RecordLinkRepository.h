#pragma once

#include "Repository.h"
#include "model/RecordLink.h"

#include <QCoreApplication>
#include <QList>

namespace triangle {

// Causal links between a region's records ("A drove B", with the quoted
// sentence). Writes are announced as Store::LinksChanged; a record's delete
// removes its links by the schema's cascade, and announces LinksChanged too.
class RecordLinkRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(triangle::RecordLinkRepository)

public:
    explicit RecordLinkRepository(Store &store) : Repository(store) {}

    Result<QList<RecordLink>> all() const; // by id
    Result<QList<RecordLink>> forRegion(Id regionId) const; // by id
    // The links from or to `record`: what deleting it takes away, for undo.
    Result<QList<RecordLink>> touching(const RecordRef &record) const;
    Result<RecordLink> byId(Id id) const;

    // Adding a link whose id is set stores it under that id (undo). Both
    // records must exist and belong to the link's region; a pair already
    // linked is a Conflict.
    Result<Id> add(const RecordLink &link);
    Status update(const RecordLink &link); // both ends, quote, location and note
    Status remove(Id id);

private:
    Status checkEnds(const RecordLink &link) const;
    Result<QList<RecordLink>> select(const QString &where, const QVariantList &values) const;
};

} // namespace triangle
