#pragma once

#include "EvidenceDoubleCount.h"

#include <QString>

namespace triangle {

// How much of an assessment rests on linked evidence (issue 21 §10): its
// dimension scores with a policy or milestone linked to the score itself,
// and its indicator values (every rater's) with one linked to the value.
struct EvidenceCoverage
{
    int dimensionsBacked = 0;
    int dimensions = 3;
    int valuesBacked = 0;
    int values = 0;
    // Records its indicator values cite in more than one dimension.
    QList<DoubleCount> doubleCounts;

    friend bool operator==(const EvidenceCoverage &, const EvidenceCoverage &) = default;
};

// "evidence: 2 of 3 dimensions, 5 of 13 indicator values", in the UI
// language; the indicator values are left out when there are none.
QString evidenceCoverageText(const EvidenceCoverage &coverage);

} // namespace triangle
