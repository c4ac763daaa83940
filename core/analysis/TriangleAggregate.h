#pragma once

// One triangle standing for several: a region group's (长三角 from Shanghai,
// Jiangsu, Zhejiang and Anhui) or a parent region's roll-up from its
// children. Explained in docs/method.md; keep the two in step.

#include "TriangleMetrics.h"
#include "model/Dimension.h"
#include "model/RegionGroup.h"

#include <QList>
#include <QString>

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

    // The aggregate triangle's form, and how many assessed members have it
    // themselves: a mean of triangles has a form of its own, which may be
    // no member's ("balanced, high" from three advantage-led provinces).
    FormResult form;
    int membersWithForm = 0;

    bool isEmpty() const { return assessed == 0; }
    bool hasSpread() const { return assessed > 1; }
    // Whether the triangle can stand for its members: at least half of them
    // assessed, and more than one unless there is only one. The national
    // roll-up of 3 of 31 provinces, or a group with one assessed member of
    // four, cannot.
    bool representative() const { return assessed * 2 >= members && (assessed >= 2 || members == 1); }
};

// The aggregate of the assessed members' scores, dimension by dimension
// (a median of an even count is the mean of the middle two). `members`
// counts every member, assessed or not.
TriangleAggregate aggregateTriangles(const QList<DimensionScores> &assessed, int members, GroupAggregate method);

// For beside an aggregate, in the UI language: "Only 3 of 31 members are
// assessed: it does not represent the other 28." when it is not
// representative; empty when it is.
QString representativenessWarning(const TriangleAggregate &aggregate);
// "Its form, Balanced, high, is the mean triangle's: no assessed member has
// it." (or "2 of 3 assessed members have it"); empty for one member.
QString aggregateFormNote(const TriangleAggregate &aggregate);

} // namespace triangle
