#pragma once

#include "DataSet.h"

#include <QString>
#include <QStringList>

namespace triangle {

// The data format as a folder of CSV files, one per entity: settings.csv,
// stages.csv, regions.csv, policies.csv, milestones.csv, raters.csv,
// indicators.csv, rubric_levels.csv, indicator_values.csv,
// indicator_evidence.csv, assessments.csv, evidence.csv (columns in
// docs/data-format.md). Every file is optional; a file's columns may come in
// any order. Rows are read as data tables (DataTables.h), and each problem
// names the file, line and column.
using CsvReadOutput = DataReadOutput;

// A policies.csv or milestones.csv of `streamFrom` bytes or more is not held
// in memory: it is checked a row at a time and read again to be imported
// (DataSet::streamed). `progress` is told the bytes checked, and may cancel.
inline constexpr qint64 CsvStreamFromBytes = 8LL * 1024 * 1024;
CsvReadOutput readCsvFolder(const QString &folder, qint64 streamFrom = CsvStreamFromBytes, const DataProgress &progress = {});

// Writes the files into `folder` (created if missing). Returns an empty
// string, or a sentence saying what went wrong.
QString writeCsvFolder(const DataSet &data, const QString &folder, bool withBom);

// The files writeCsvFolder writes in `folder`.
QStringList csvFolderFiles(const QString &folder);

} // namespace triangle
