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
// per assessed region, an "Agreement" sheet the raters' alpha per stage and
// scope (DataSetAgreement); they are derived, and not read back.
//
// The reader turns each sheet into the table the CSV reader reads
// (DataTables.h), so the checks and messages are the same, named by sheet,
// row and column header. A policies or milestones sheet whose part unpacks to
// `streamFrom` bytes or more is not held: its rows are kept in a temporary
// file, checked a row at a time and read again to be imported
// (DataSet::streamed), as a large CSV file's are. `progress` is told the
// bytes of those rows checked, and may cancel.
// The other sheets are held while they are checked: together no more than
// WorkbookMaxHeldRows rows and WorkbookMaxHeldCharacters characters, so that
// no workbook takes more than a few hundred MiB (docs/performance.md).
inline constexpr qint64 WorkbookStreamFromBytes = 8LL * 1024 * 1024;
inline constexpr qsizetype WorkbookMaxHeldRows = 25000;
inline constexpr qsizetype WorkbookMaxHeldCharacters = 8 * 1024 * 1024;
DataReadOutput readDataWorkbook(const QString &path, qint64 streamFrom = WorkbookStreamFromBytes, const DataProgress &progress = {});

// Returns an empty string, or a sentence saying what went wrong. The file is
// replaced only when the whole workbook was written.
QString writeDataWorkbook(const DataSet &data, const QString &path);

} // namespace triangle
