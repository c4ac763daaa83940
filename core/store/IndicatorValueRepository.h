#pragma once

#include "Repository.h"
#include "model/Scorecard.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace triangle {

// What raters gave each indicator, region and stage, with the evidence behind
// each value. Every write re-derives the assessment it bears on.
class IndicatorValueRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(triangle::IndicatorValueRepository)

public:
    explicit IndicatorValueRepository(Store &store) : Repository(store) {}

    Result<QList<IndicatorValue>> forAssessment(Id regionId, Id stageId) const;
    Result<QList<IndicatorValue>> forStage(Id stageId) const;
    Result<QList<IndicatorValue>> forRegion(Id regionId) const;
    Result<QList<IndicatorValue>> all() const;
    Result<IndicatorValue> byId(Id id) const;
    // The value a rater gave, if any.
    Result<std::optional<IndicatorValue>> find(Id regionId, Id stageId, Id indicatorId, Id raterId) const;

    // Adding a value whose id is set stores it under that id (undo).
    Result<Id> add(const IndicatorValue &value);
    Status update(const IndicatorValue &value);
    Status remove(Id id); // with its evidence

    Result<QList<IndicatorEvidence>> evidenceFor(Id valueId) const;
    Result<QList<IndicatorEvidence>> evidenceCiting(Evidence::Kind kind, Id targetId) const;
    Result<QList<IndicatorEvidence>> allEvidence() const;
    Result<Id> addEvidence(const IndicatorEvidence &evidence);
    Status removeEvidence(Id id);
};

} // namespace triangle
