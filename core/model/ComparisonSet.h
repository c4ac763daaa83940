#pragma once

// A named, ordered selection of regions an analyst compares again and again
// ("the three cases", "coastal provinces"): saved from the navigator, drawn
// in its order by the diagrams, the figures and the command line (set:KEY).

#include "Entities.h"

#include <QList>
#include <QString>

namespace triangle {

struct ComparisonSet
{
    Id id = NoId;
    QString key;         // what the command line names it by: "三个案例" in set:三个案例
    QString name;        // as the analyst typed it
    QString note;
    QList<Id> memberIds; // region ids, in the order they are compared

    friend bool operator==(const ComparisonSet &, const ComparisonSet &) = default;
};

// Whether a set's key can be written after "set:" in a --regions list: not
// blank, and no comma (it separates the list) and no white space (a shell
// splits on it). Chinese is welcome.
bool isValidComparisonSetKey(const QString &key);

// The key a set saved under `name` gets: the name trimmed, its commas and runs
// of white space turned into "-" ("Coastal, north" → "Coastal-north").
QString comparisonSetKeyFromName(const QString &name);

} // namespace triangle
