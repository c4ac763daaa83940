#pragma once

// One triangle standing for several: a region group's (长三角 from Shanghai,
// Jiangsu, Zhejiang and Anhui) or a parent region's roll-up from its
// children. Explained in docs/method.md; keep the two in step.

#include "model/Dimension.h"
#include "model/RegionGroup.h"

#include <QList>

namespace triangle {

struct TriangleAggregate
{
    GroupAggregate method = GroupAggregate::Mean;
    int assessed = 0; // members with an assessment at the stage
    int members = 0;  // members in all
    // Per dimension, the mean or median of the assessed members' scores (not
    // rounded to the 0.1 grid), and their lowest and highest as the spread.
    // All zero when no member is assessed.
    DimensionScores scores;
    DimensionScores minimum;
    DimensionScores maximum;

    bool isEmpty() const { return assessed == 0; }
    bool hasSpread() const { return assessed > 1; }
};

// The aggregate of the assessed members' scores, dimension by dimension
// (a median of an even count is the mean of the middle two). `members`
// counts every member, assessed or not.
TriangleAggregate aggregateTriangles(const QList<DimensionScores> &assessed, int members, GroupAggregate method);

} // namespace triangle
