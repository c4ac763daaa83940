#pragma once

#include "DataSet.h"

#include <QByteArray>

namespace triangle {

// Writes the JSON data format (docs/data-format.md) that JsonDataReader reads.
QByteArray writeJsonData(const DataSet &data);

} // namespace triangle
