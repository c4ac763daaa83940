#pragma once

#include "DataSet.h"
#include "store/Result.h"
#include "store/Store.h"

#include <QStringList>

namespace triangle {

// What to do with a record whose key (stage key, region code, uid, or region
// and stage of an assessment) is already in the database.
enum class ConflictPolicy { Fail, Skip, Update };

struct ImportSummary
{
    EntityCounts added;
    EntityCounts updated;
    EntityCounts skipped;
    // Weight sets (format 9), which EntityCounts does not count.
    int weightSetsAdded = 0;
    int weightSetsUpdated = 0;
    int weightSetsSkipped = 0;
    // What was stored otherwise than the file says, and why: a weight set
    // marked active whose weights are not the indicators' is stored inactive.
    QStringList notes;
};

// Writes a DataSet into a Store in one transaction: every reference is
// resolved against the file and the database, every problem is collected,
// and nothing is written unless there are none.
class DataImporter
{
public:
    struct Output
    {
        ImportSummary summary;
        DataProblems problems;    // what is wrong with the data, if anything
        std::optional<StoreError> error; // set whenever nothing was written
        bool cancelled = false;          // progress returned false: nothing was written
        bool ok() const { return !error.has_value(); }
    };

    // `progress` is told the records written so far of all there are, and may
    // cancel the import (which then writes nothing).
    static Output import(Store &store, const DataSet &data, ConflictPolicy policy, const DataProgress &progress = {});
};

} // namespace triangle
