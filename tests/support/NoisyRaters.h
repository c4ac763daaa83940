#pragma once

// Three raters who read every indicator of some regions at every stage: the
// item's value plus each rater's error, SD 0.8. The stages' scores lie three
// points apart, so pooled over the stages alpha is high while at each stage
// it is low (issue 21 §9): a store to test agreement on.

#include "analysis/RaterAgreement.h"
#include "model/Dimension.h"
#include "model/Scorecard.h"
#include "store/Store.h"

#include <QHash>
#include <QList>

namespace triangle::test {

struct NoisyRatings
{
    QList<Id> raters; // the three added, in id order
    // The scores as units, a unit per region and indicator, raters in `raters`'
    // order: by stage, over all indicators and per dimension.
    QHash<Id, QList<ReliabilityUnit>> units;
    QHash<Id, PerDimension<QList<ReliabilityUnit>>> unitsByDimension;
    QList<ReliabilityUnit> pooled; // every stage's units
};

// Adds the raters and their scores (and four indicators per dimension when
// the store has none, and an assessment where one is missing); fails the
// test on a store error.
NoisyRatings addNoisyRaters(Store &store, const QList<Id> &regions, const QList<Id> &stages);

} // namespace triangle::test
