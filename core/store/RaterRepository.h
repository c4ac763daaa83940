#pragma once

#include "Repository.h"
#include "model/Scorecard.h"

#include <QCoreApplication>
#include <QList>

namespace triangle {

// How the raters table stores a packet language: "zh_CN" or "en".
QString raterLanguageKey(Language language);

// The raters who score indicators, and how their scores are combined.
class RaterRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(triangle::RaterRepository)

public:
    explicit RaterRepository(Store &store) : Repository(store) {}

    Result<QList<Rater>> all() const; // by id
    Result<Rater> byId(Id id) const;
    Result<Rater> byKey(const QString &key) const;
    // Adding a rater whose id is set stores it under that id (undo).
    Result<Id> add(const Rater &rater);
    Status update(const Rater &rater);
    Status remove(Id id); // with every indicator value the rater gave

    // Mean or median over raters; the database remembers the choice, and
    // changing it re-derives every derived score.
    Result<RaterAggregate> aggregate() const;
    Status setAggregate(RaterAggregate aggregate);
};

} // namespace triangle
