#pragma once

// The raters' agreement as a reader should weigh it: alpha with its bootstrap
// interval and Krippendorff's verdict, over all indicators and per dimension,
// stage by stage. Pooled over stages it is kept but labelled so: stages far
// apart in score make the differences between them look like agreement, so a
// pooled alpha can be high where every stage's is low.

#include "AlphaBootstrap.h"
#include "AlphaConventions.h"
#include "RaterAgreement.h"
#include "model/Scorecard.h"

#include <QList>

#include <optional>

namespace triangle {

struct AgreementEstimate
{
    AlphaResult alpha;                  // interval metric
    AlphaInterval interval;             // bootstrap over units
    std::optional<AlphaVerdict> verdict; // set when alpha is
};
AgreementEstimate estimateAgreement(const QList<ReliabilityUnit> &units);

// Over all indicators, and per dimension over that dimension's indicators.
struct ScopedAgreement
{
    AgreementEstimate all;
    PerDimension<AgreementEstimate> byDimension;
};
ScopedAgreement scopedAgreement(const QList<Indicator> &indicators, const QList<IndicatorValue> &values, const QList<Id> &raterOrder);

struct AgreementByStage
{
    QList<ScopedAgreement> perStage; // in the order of the stages asked for
    ScopedAgreement pooled;          // every stage's units together
};
AgreementByStage agreementByStage(const QList<Indicator> &indicators, const QList<IndicatorValue> &values,
                                  const QList<Id> &raterOrder, const QList<Id> &stageOrder);

} // namespace triangle
