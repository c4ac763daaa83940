#pragma once

#include "model/Entities.h"

#include <QString>

#include <optional>

namespace triangle {

// Narrows a list of policies or milestones; empty fields do not filter.
struct RecordFilter
{
    Id regionId = NoId;
    std::optional<Dimension> dimension;
    int fromYear = 0; // inclusive
    int toYear = 0;   // inclusive
    QString text;     // matched against titles and, for policies, the issuer

    bool operator==(const RecordFilter &) const = default;
};

} // namespace triangle
