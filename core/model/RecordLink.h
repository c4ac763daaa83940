#pragma once

#include "Entities.h"

#include <QString>

namespace triangle {

// One of a region's dated records: a policy or a milestone, by id.
struct RecordRef
{
    Evidence::Kind kind = Evidence::Kind::Policy;
    Id id = NoId;

    friend bool operator==(const RecordRef &, const RecordRef &) = default;
};

// An analyst's reading that record `from` drove record `to` ("A drove B"),
// with the source's sentence that says so and where it stands, so that the
// dates can be checked against the claim (analysis/CausalLinks).
struct RecordLink
{
    Id id = NoId;
    Id regionId = NoId; // both records belong to it
    RecordRef from;     // the puller
    RecordRef to;       // the pulled
    QString quote;      // the sentence, as the source has it; required
    QString location;   // where in the source: "§3.2, p. 7"
    QString note;

    friend bool operator==(const RecordLink &, const RecordLink &) = default;
};

} // namespace triangle
