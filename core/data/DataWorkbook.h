#pragma once

#include "DataSet.h"

#include <QString>

namespace triangle {

// The data format as an Excel workbook (.xlsx): one sheet per data table,
// named as the CSV folder's files are (regions, stages, …), with the same
// columns. Each sheet has a row of readable headers in the UI language, then
// a row of field keys that the reader goes by, both frozen; numbers are
// numbers, full dates are Excel dates, partial dates ("2016", "2016-05") are
// text. A "Triangles" sheet adds each assessment's metrics and a radar chart
// per assessed region; it is derived, and not read back.
//
// The reader turns each sheet into the table the CSV reader reads
// (DataTables.h), so the checks and messages are the same, named by sheet,
// row and column header.
DataReadOutput readDataWorkbook(const QString &path);

// Returns an empty string, or a sentence saying what went wrong. The file is
// replaced only when the whole workbook was written.
QString writeDataWorkbook(const DataSet &data, const QString &path);

} // namespace triangle
