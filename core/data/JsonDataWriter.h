#pragma once

#include "DataSet.h"

#include <QByteArray>
#include <QIODevice>

namespace triangle {

// Writes the JSON data format (docs/data-format.md) that JsonDataReader reads.
QByteArray writeJsonData(const DataSet &data);
// The same bytes written to `out` a record at a time, the policies and
// milestones of data.streamed included, so that a million of them never sit
// in memory at once. False when the device or the stream failed.
bool writeJsonData(const DataSet &data, QIODevice &out);

} // namespace triangle
