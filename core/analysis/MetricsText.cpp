#include "MetricsText.h"

#include "model/DomainNames.h"

#include <QCoreApplication>
#include <QStringList>

namespace triangle {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(triangle::MetricsText)
};
} // namespace

QString formName(const FormResult &form)
{
    switch (form.form) {
    case TriangleForm::BalancedLow: return Tr::tr("Balanced, low");
    case TriangleForm::BalancedHigh: return Tr::tr("Balanced, high");
    case TriangleForm::AdvantageLed:
        return Tr::tr("Advantage-led by %1").arg(dimensionShortName(form.dimension.value_or(Dimension::Mission)));
    case TriangleForm::Lagging:
        return Tr::tr("%1 lagging").arg(dimensionShortName(form.dimension.value_or(Dimension::Mission)));
    }
    return {};
}

QString leadersText(DimensionSet leaders, double tolerance)
{
    QStringList names;
    for (Dimension d : AllDimensions) {
        if (leaders.contains(d))
            names.append(dimensionShortName(d));
    }
    if (names.size() == 1)
        return names.first();
    if (names.size() == DimensionCount)
        return Tr::tr("none (all three within %1 of the highest)").arg(tolerance, 0, 'f', 1);
    return Tr::tr("%1 (tied)").arg(names.join(Tr::tr(" = ")));
}

QString explainMetrics(const TriangleMetrics &m)
{
    QStringList sentences;
    sentences << Tr::tr("Area %1 of a possible %2; balance %3 (lowest score over highest; 1 is equilateral).")
                     .arg(m.area, 0, 'f', 1)
                     .arg(equilateralArea(MaxScore), 0, 'f', 1)
                     .arg(m.balance, 0, 'f', 2);
    switch (m.form.form) {
    case TriangleForm::BalancedLow:
        sentences << Tr::tr("Balanced (balance at least %1, or all scores within %2) with a mean score of %3, below %4: "
                            "an initial, balanced-low triangle.")
                         .arg(BalancedMinRatio, 0, 'f', 2)
                         .arg(AdvantageMargin, 0, 'f', 1)
                         .arg(m.mean, 0, 'f', 1)
                         .arg(BalancedHighMean, 0, 'f', 1);
        break;
    case TriangleForm::BalancedHigh:
        sentences << Tr::tr("Balanced (balance at least %1, or all scores within %2) with a mean score of %3, reaching %4: "
                            "a balanced-high triangle.")
                         .arg(BalancedMinRatio, 0, 'f', 2)
                         .arg(AdvantageMargin, 0, 'f', 1)
                         .arg(m.mean, 0, 'f', 1)
                         .arg(BalancedHighMean, 0, 'f', 1);
        break;
    case TriangleForm::AdvantageLed:
        sentences << Tr::tr("Unbalanced (balance below %1), and the widest gap is %2's lead over the others: an advantage "
                            "triangle, pulled along by this dimension.")
                         .arg(BalancedMinRatio, 0, 'f', 2)
                         .arg(dimensionName(*m.form.dimension));
        break;
    case TriangleForm::Lagging:
        sentences << Tr::tr("Unbalanced (balance below %1), and the widest gap is %2 trailing the others: the triangle is "
                            "held back by it.")
                         .arg(BalancedMinRatio, 0, 'f', 2)
                         .arg(dimensionName(*m.form.dimension));
        break;
    }
    return sentences.join(QLatin1Char(' '));
}

} // namespace triangle
