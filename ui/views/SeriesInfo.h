#pragma once

#include "model/Entities.h"

#include <QString>

namespace triangle {

// What a triangle view needs to know about one series beyond its scores:
// which assessment it shows (for edits) and what to say when hovered.
struct SeriesInfo
{
    Id assessmentId = NoId;
    QString regionName;
    QString stageName;
    PerDimension<QString> rationale;
    PerDimension<int> evidenceCount;
    bool editable = false;
};

} // namespace triangle
