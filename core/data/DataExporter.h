#pragma once

#include "DataSet.h"
#include "store/Result.h"
#include "store/Store.h"

namespace triangle {

// Everything in a Store as a DataSet that refers by natural keys, ready for
// a data file. Importing it into an empty database gives the same content.
Result<DataSet> exportDataSet(const Store &store);

} // namespace triangle
