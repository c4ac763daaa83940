#pragma once

#include "model/Entities.h"
#include "model/RecordLink.h"
#include "model/RegionGroup.h"
#include "model/Scorecard.h"

#include <QCoreApplication>
#include <QStringList>

namespace triangle {

// Three-way merge of an edit made from `base` (the record as a form read it)
// onto `current` (what is stored now, perhaps changed by another program
// meanwhile): each field the user changed takes the user's value, every other
// field keeps what is stored. `clashes` names, for the user, the fields both
// changed to different values; the merge gives those the user's value.
class EditMerge
{
    Q_DECLARE_TR_FUNCTIONS(triangle::EditMerge)

public:
    static Assessment merge(const Assessment &base, const Assessment &edited, const Assessment &current, QStringList &clashes);
    static Region merge(const Region &base, const Region &edited, const Region &current, QStringList &clashes);
    static Policy merge(const Policy &base, const Policy &edited, const Policy &current, QStringList &clashes);
    static Milestone merge(const Milestone &base, const Milestone &edited, const Milestone &current, QStringList &clashes);
    static Indicator merge(const Indicator &base, const Indicator &edited, const Indicator &current, QStringList &clashes);
    static Rater merge(const Rater &base, const Rater &edited, const Rater &current, QStringList &clashes);
    static Stage merge(const Stage &base, const Stage &edited, const Stage &current, QStringList &clashes);
    static RegionGroup merge(const RegionGroup &base, const RegionGroup &edited, const RegionGroup &current, QStringList &clashes);
    static RecordLink merge(const RecordLink &base, const RecordLink &edited, const RecordLink &current, QStringList &clashes);
};

} // namespace triangle
