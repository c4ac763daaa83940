#pragma once

// When each dimension's dated evidence came (docs/method.md, "Findings",
// rules v3): every record counts once — for its primary dimension, or shared
// equally among the dimensions it bears on — and a date is the span it
// allows (a year-only date is any month of that year), so that the order of
// two dimensions is only read where the spans do not overlap.

#include "model/Dimension.h"
#include "model/PartialDate.h"

#include <QList>

#include <optional>

namespace triangle {

// A dated policy or milestone and the dimensions it bears on.
struct DatedRecord
{
    PartialDate date;
    DimensionSet dimensions;
    std::optional<Dimension> primary; // the dimension it counts for; none: shared among `dimensions`
    bool dateImputed = false;         // the source gives no date: placed from context
};

// How much a record counts for each dimension: 1 in all.
PerDimension<double> recordWeights(const DatedRecord &record);

// A month as a number: year × 12 + month − 1.
using MonthIndex = int;
MonthIndex monthIndex(int year, int month);
int yearOf(MonthIndex month);
QString monthText(MonthIndex month); // "2018-10"

// The months a date allows: a year alone is any month of it.
struct MonthSpan
{
    MonthIndex earliest = 0;
    MonthIndex latest = 0;
};
MonthSpan monthSpan(const PartialDate &date);

struct DimensionTiming
{
    double weight = 0.0;               // the records counted, each record's share
    int records = 0;                   // records bearing on the dimension at all
    std::optional<MonthIndex> onset;   // the earliest month a record may date from
    // The half-way point: the month by which the counted records reach half
    // the dimension's weight, at the earliest and the latest their dates allow.
    std::optional<MonthIndex> halfwayEarliest;
    std::optional<MonthIndex> halfwayLatest;
};

PerDimension<DimensionTiming> evidenceTiming(const QList<DatedRecord> &records);

// Whether span `a` comes before `b`: Before and After only where they do not
// overlap. What the dated evidence and the causal links both read order by.
enum class Order { Before, After, Overlap };
Order spanOrder(const MonthSpan &a, const MonthSpan &b);

// Whether `leader`'s half-way point comes before `other`'s (both with records),
// its span being the earliest and latest half-way points.
Order halfwayOrder(const DimensionTiming &leader, const DimensionTiming &other);

// A permutation test over the dimension labels: how often, with the records'
// shares shuffled among their dates (seeded), the leader's half-way point (at
// the middle of each record's span) comes at least as far ahead of the
// nearest other dimension's as it does in the data. (1 + such shuffles) /
// (1 + shuffles): small when an order this clear rarely arises by chance.
double halfwayPermutationP(const QList<DatedRecord> &records, Dimension leader, int shuffles, quint64 seed = 1);

} // namespace triangle
