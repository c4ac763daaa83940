#include "TriangleAggregate.h"

#include "MetricsText.h"

#include <QCoreApplication>

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
    out.form = classifyForm(out.scores);
    out.membersWithForm = int(std::count_if(assessed.begin(), assessed.end(),
                                            [&](const DimensionScores &s) { return classifyForm(s) == out.form; }));
    return out;
}

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(triangle::TriangleAggregate)
};
} // namespace

QString representativenessWarning(const TriangleAggregate &a)
{
    if (a.representative() || a.isEmpty())
        return {};
    return Tr::tr("Only %1 of %n members are assessed: it does not represent the other %2.", nullptr, a.members)
        .arg(a.assessed)
        .arg(a.members - a.assessed);
}

QString aggregateFormNote(const TriangleAggregate &a)
{
    if (a.assessed < 2)
        return {};
    if (a.membersWithForm == 0)
        return Tr::tr("Its form, %1, is the aggregate triangle's: no assessed member has it.").arg(formName(a.form));
    return Tr::tr("Its form, %1, is the aggregate triangle's: %2 of %n assessed members have it.", nullptr, a.assessed)
        .arg(formName(a.form))
        .arg(a.membersWithForm);
}

} // namespace triangle
