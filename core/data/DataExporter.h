#pragma once

#include "DataSet.h"
#include "store/Result.h"
#include "store/Store.h"

namespace triangle {

// Everything in a Store as a DataSet that refers by natural keys, ready for
// a data file. Importing it into an empty database gives the same content.
// With `streamTimeline` the policies and milestones are not loaded: the
// DataSet walks them from the store when it is written (DataSet::streamed),
// so a database of a million milestones is exported in little memory; the
// store must then stay open until the DataSet is written.
Result<DataSet> exportDataSet(const Store &store, bool streamTimeline = false);

} // namespace triangle
