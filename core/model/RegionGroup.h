#pragma once

// A named set of regions that analysts compare as one: 长三角 (the Yangtze
// River Delta), 京津冀, the Yellow River provinces, or any set of their own.

#include "Entities.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <cstdint>
#include <optional>

namespace triangle {

struct RegionGroup
{
    Id id = NoId;
    QString key; // stable identifier, what the command line names it by: "yrd" in group:yrd
    QString nameZh;
    QString nameEn;
    QString note;        // what the members stand for, e.g. a province for some of its cities
    QString source;      // the plan or document that defines the group
    QList<Id> memberIds; // region ids, ascending

    friend bool operator==(const RegionGroup &, const RegionGroup &) = default;
};

// Whether a group's key can be written after "group:" on a command line:
// letters, digits, '_', '.' and '-'.
bool isValidGroupKey(const QString &key);

// How a group's triangle (and a parent region's roll-up) combines the scores
// of its assessed members, dimension by dimension.
enum class GroupAggregate : std::uint8_t {
    Mean,
    Median,
};

QString groupAggregateKey(GroupAggregate aggregate); // "mean", "median"
std::optional<GroupAggregate> groupAggregateFromKey(QStringView key);

} // namespace triangle
