#include "AgreementByStage.h"

#include "ScoreDerivation.h"

namespace triangle {

AgreementEstimate estimateAgreement(const QList<ReliabilityUnit> &units)
{
    AgreementEstimate out;
    out.alpha = krippendorffAlpha(units, AlphaMetric::Interval);
    out.interval = bootstrapAlphaInterval(units);
    if (out.alpha.alpha)
        out.verdict = classifyAlpha(*out.alpha.alpha);
    return out;
}

ScopedAgreement scopedAgreement(const QList<Indicator> &indicators, const QList<IndicatorValue> &values, const QList<Id> &raterOrder)
{
    ScopedAgreement out;
    out.all = estimateAgreement(reliabilityUnits(indicators, values, raterOrder));
    for (Dimension d : AllDimensions)
        out.byDimension[d] = estimateAgreement(reliabilityUnits(indicators, values, raterOrder, d));
    return out;
}

AgreementByStage agreementByStage(const QList<Indicator> &indicators, const QList<IndicatorValue> &values,
                                  const QList<Id> &raterOrder, const QList<Id> &stageOrder)
{
    AgreementByStage out;
    for (Id stage : stageOrder) {
        QList<IndicatorValue> atStage;
        for (const IndicatorValue &v : values) {
            if (v.stageId == stage)
                atStage.append(v);
        }
        out.perStage.append(scopedAgreement(indicators, atStage, raterOrder));
    }
    out.pooled = scopedAgreement(indicators, values, raterOrder);
    return out;
}

} // namespace triangle
