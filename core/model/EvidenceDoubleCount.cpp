#include "EvidenceDoubleCount.h"

#include <QCoreApplication>

#include <algorithm>

namespace triangle {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(triangle::EvidenceDoubleCount)
};

// The dimension as a word within a sentence ("counted in political (…)").
QString dimensionWord(Dimension d)
{
    switch (d) {
    case Dimension::Mission: return Tr::tr("mission", "within a sentence");
    case Dimension::Political: return Tr::tr("political", "within a sentence");
    case Dimension::Operational: return Tr::tr("operational", "within a sentence");
    }
    return {};
}
} // namespace

int DoubleCount::dimensionCount() const
{
    return int(std::count_if(indicators.values.cbegin(), indicators.values.cend(), [](const QStringList &l) { return !l.isEmpty(); }));
}

QList<DoubleCount> findDoubleCounts(const QList<EvidenceCitation> &citations)
{
    QList<DoubleCount> records; // every cited record, in the order of its first citation
    for (const EvidenceCitation &c : citations) {
        auto it = std::find_if(records.begin(), records.end(), [&](const DoubleCount &r) { return r.record == c.record; });
        if (it == records.end())
            it = records.insert(records.end(), DoubleCount{c.record, {}});
        QStringList &names = it->indicators[c.dimension];
        if (!names.contains(c.indicator))
            names << c.indicator;
    }
    records.removeIf([](const DoubleCount &r) { return r.dimensionCount() < 2; });
    return records;
}

QString doubleCountText(const DoubleCount &count, const QString &region, const QString &stage)
{
    QStringList parts;
    for (Dimension d : AllDimensions) {
        if (!count.indicators[d].isEmpty())
            parts << Tr::tr("%1 (%2)", "a dimension, then the indicators citing the record")
                         .arg(dimensionWord(d), count.indicators[d].join(Tr::tr(", ")));
    }
    const QString where = parts.size() == 3 ? Tr::tr("%1, %2 and %3").arg(parts[0], parts[1], parts[2])
                                            : Tr::tr("%1 and %2").arg(parts.value(0), parts.value(1));
    return Tr::tr("%1, %2: “%3” is counted in %4").arg(region, stage, count.record, where);
}

} // namespace triangle
