#pragma once

#include "Dimension.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace triangle {

// One fact counted in several dimensions (issue 21 §11): a policy or
// milestone cited by indicator values of two or three dimensions of one
// region at one stage. Whether that is legitimate is the analyst's call, made
// in the values' notes; this only finds it and says so.

// One indicator value's citation of one record.
struct EvidenceCitation
{
    QString record;      // "policy:UID" or "milestone:UID", as the data files write it
    Dimension dimension = Dimension::Mission; // the citing indicator's
    QString indicator;   // the citing indicator's name, as shown

    friend bool operator==(const EvidenceCitation &, const EvidenceCitation &) = default;
};

struct DoubleCount
{
    QString record;
    PerDimension<QStringList> indicators; // per dimension, the indicators that cite it (empty: not cited there)

    int dimensionCount() const;
    friend bool operator==(const DoubleCount &a, const DoubleCount &b)
    {
        return a.record == b.record && a.indicators == b.indicators;
    }
};

// The records among `citations` (all of one region and stage) cited in more
// than one dimension, in the order of their first citation; each dimension's
// indicators in citation order, each once.
QList<DoubleCount> findDoubleCounts(const QList<EvidenceCitation> &citations);

// "Sichuan, advantage: 'milestone:…' is counted in political (Provincial
// legislation) and operational (Standardisation)", in the UI language.
QString doubleCountText(const DoubleCount &count, const QString &region, const QString &stage);

} // namespace triangle
