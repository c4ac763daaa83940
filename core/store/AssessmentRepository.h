#pragma once

#include "Repository.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace triangle {

// A region's three scores at one stage, with their rationale and origin.
// Writing one re-derives its derived scores in the same transaction.
class AssessmentRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(triangle::AssessmentRepository)

public:
    explicit AssessmentRepository(Store &store) : Repository(store) {}

    // What a reader wants: every assessment (forms, exports, undo), or only
    // the triangles, whose three dimensions are all scored (figures, findings,
    // reports): a dimension nobody scored yet is not a score of 0.
    enum class Scope { All, ScoredOnly };

    Result<QList<Assessment>> forRegion(Id regionId, Scope scope = Scope::All) const; // in stage order
    Result<QList<Assessment>> all(Scope scope = Scope::All) const;                    // by region, then stage order
    // How many stages each assessed region is assessed at, by region id (one light query).
    Result<QHash<Id, int>> countsByRegion() const;
    Result<std::optional<Assessment>> at(Id regionId, Id stageId, Scope scope = Scope::All) const;
    Result<Assessment> byId(Id id) const;
    // Adding an assessment whose id is set stores it under that id (undo).
    Result<Id> add(const Assessment &assessment);
    Status update(const Assessment &assessment);
    Status remove(Id id); // with its evidence links
};

} // namespace triangle
