#include "AlphaConventions.h"

#include <QCoreApplication>

#include <cmath>

namespace triangle {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(triangle::AlphaConventions)
};

long thousandths(double value) { return std::lround(value * 1000.0); }
} // namespace

AlphaVerdict classifyAlpha(double alpha)
{
    const long shown = thousandths(alpha);
    if (shown >= thousandths(AlphaReliableMin))
        return AlphaVerdict::Reliable;
    if (shown >= thousandths(AlphaTentativeMin))
        return AlphaVerdict::Tentative;
    return AlphaVerdict::Unreliable;
}

QString alphaVerdictKey(AlphaVerdict verdict)
{
    switch (verdict) {
    case AlphaVerdict::Reliable: return QStringLiteral("reliable");
    case AlphaVerdict::Tentative: return QStringLiteral("tentative");
    case AlphaVerdict::Unreliable: return QStringLiteral("unreliable");
    }
    return {};
}

QString alphaVerdictName(AlphaVerdict verdict)
{
    switch (verdict) {
    case AlphaVerdict::Reliable: return Tr::tr("reliable");
    case AlphaVerdict::Tentative: return Tr::tr("tentative conclusions only");
    case AlphaVerdict::Unreliable: return Tr::tr("unreliable");
    }
    return {};
}

} // namespace triangle
