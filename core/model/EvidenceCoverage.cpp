#include "EvidenceCoverage.h"

#include <QCoreApplication>

namespace triangle {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(triangle::EvidenceCoverage)
};
} // namespace

QString evidenceCoverageText(const EvidenceCoverage &coverage)
{
    const QString dimensions = Tr::tr("%1 of %n dimension(s)", nullptr, coverage.dimensions).arg(coverage.dimensionsBacked);
    if (coverage.values == 0)
        return Tr::tr("evidence: %1").arg(dimensions);
    const QString values = Tr::tr("%1 of %n indicator value(s)", nullptr, coverage.values).arg(coverage.valuesBacked);
    return Tr::tr("evidence: %1, %2").arg(dimensions, values);
}

} // namespace triangle
