#pragma once

#include "Repository.h"
#include "model/Scorecard.h"

#include <QCoreApplication>
#include <QList>

namespace triangle {

// The indicator set: indicators with their rubrics, per dimension.
class IndicatorRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(triangle::IndicatorRepository)

public:
    explicit IndicatorRepository(Store &store) : Repository(store) {}

    // By dimension, then order; each with its rubric, ascending.
    Result<QList<Indicator>> all() const;
    Result<Indicator> byId(Id id) const;
    Result<Indicator> byKey(const QString &key) const;
    // Adding an indicator whose id is set stores it under that id (undo).
    Result<Id> add(const Indicator &indicator);
    // Replaces the indicator and its rubric; a changed weight re-derives the scores.
    Status update(const Indicator &indicator);
    Status remove(Id id); // with every value given for it

private:
    Status writeRubric(const Indicator &indicator);
};

} // namespace triangle
