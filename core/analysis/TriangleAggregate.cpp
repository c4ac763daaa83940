#include "TriangleAggregate.h"

#include <algorithm>
#include <numeric>

namespace triangle {

TriangleAggregate aggregateTriangles(const QList<DimensionScores> &assessed, int members, GroupAggregate method)
{
    TriangleAggregate out;
    out.method = method;
    out.assessed = int(assessed.size());
    out.members = std::max(members, out.assessed);
    if (assessed.isEmpty())
        return out;
    for (Dimension d : AllDimensions) {
        QList<double> values;
        values.reserve(assessed.size());
        for (const DimensionScores &s : assessed)
            values.append(s[d]);
        std::sort(values.begin(), values.end());
        out.minimum[d] = values.first();
        out.maximum[d] = values.last();
        const qsizetype n = values.size();
        if (method == GroupAggregate::Median)
            out.scores[d] = n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
        else
            out.scores[d] = std::accumulate(values.begin(), values.end(), 0.0) / double(n);
    }
    return out;
}

} // namespace triangle
