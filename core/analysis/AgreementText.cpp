#include "AgreementText.h"

#include "model/DomainNames.h"

#include <QCoreApplication>

#include <cmath>

namespace triangle {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(triangle::AgreementText)
};
} // namespace

QString agreementScopeName(std::optional<Dimension> dimension)
{
    return dimension ? dimensionShortName(*dimension) : Tr::tr("all indicators");
}

QString agreementScopeKey(std::optional<Dimension> dimension)
{
    return dimension ? dimensionKey(*dimension) : QStringLiteral("all");
}

QString pooledOverStagesName() { return Tr::tr("Pooled over stages"); }

QString alphaNumber(double value)
{
    const double rounded = std::round(value * 1000.0) / 1000.0;
    return QString::number(rounded == 0.0 ? 0.0 : rounded, 'f', 3); // no "-0.000"
}

QString alphaIntervalText(const AlphaInterval &interval)
{
    if (!interval.low || !interval.high)
        return QStringLiteral("—");
    return QStringLiteral("[%1, %2]").arg(alphaNumber(*interval.low), alphaNumber(*interval.high));
}

QString agreementText(const AgreementEstimate &estimate)
{
    if (!estimate.alpha.alpha || !estimate.verdict)
        return Tr::tr("not computable (%1)").arg(estimate.alpha.reason);
    const QString verdict = alphaVerdictName(*estimate.verdict);
    if (!estimate.interval.low)
        return Tr::tr("%1, %2; no interval (%3)").arg(alphaNumber(*estimate.alpha.alpha), verdict, estimate.interval.reason);
    return Tr::tr("%1, 95 % interval %2, %3").arg(alphaNumber(*estimate.alpha.alpha), alphaIntervalText(estimate.interval), verdict);
}

QString withAgreementFigures(const QString &text)
{
    return text.arg(AlphaBootstrapResamples).arg(AlphaBootstrapSeed).arg(alphaNumber(AlphaReliableMin), alphaNumber(AlphaTentativeMin));
}

QString agreementMethodNote()
{
    return withAgreementFigures(Tr::tr("Krippendorff's α, interval metric; its 95 % interval is the percentile bootstrap over the "
                                       "scored items (%1 resamples, seed %2). Krippendorff's conventions: α ≥ %3 reliable; %4 ≤ α "
                                       "< %3 tentative conclusions only; below %4 unreliable."));
}

QString pooledOverStagesNote()
{
    return Tr::tr("Pooled over stages, the differences between the stages' scores count as agreement, so α can be high "
                  "where every stage's is low: read the stages.");
}

} // namespace triangle
