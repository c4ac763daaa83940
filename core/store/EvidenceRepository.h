#pragma once

#include "Repository.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace triangle {

// Links from one dimension's score of an assessment to the policy or
// milestone that supports it.
class EvidenceRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(triangle::EvidenceRepository)

public:
    explicit EvidenceRepository(Store &store) : Repository(store) {}

    Result<QList<Evidence>> forAssessment(Id assessmentId) const;
    Result<QList<Evidence>> citing(Evidence::Kind kind, Id targetId) const;
    Result<QList<Evidence>> all() const; // by id
    Result<Evidence> byId(Id id) const;
    // How many scores each policy (or milestone) supports, by its id.
    Result<QHash<Id, int>> countsByTarget(Evidence::Kind kind) const;
    // Adding a link whose id is set stores it under that id (undo).
    Result<Id> add(const Evidence &evidence);
    Status remove(Id id);
};

} // namespace triangle
