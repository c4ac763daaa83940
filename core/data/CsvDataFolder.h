#pragma once

#include "DataSet.h"

#include <QString>

namespace triangle {

// The data format as a folder of CSV files, one per entity: settings.csv,
// stages.csv, regions.csv, policies.csv, milestones.csv, raters.csv,
// indicators.csv, rubric_levels.csv, indicator_values.csv,
// indicator_evidence.csv, assessments.csv, evidence.csv (columns in
// docs/data-format.md). Every file is optional; a file's columns may come in
// any order. Rows are read as data tables (DataTables.h), and each problem
// names the file, line and column.
using CsvReadOutput = DataReadOutput;

CsvReadOutput readCsvFolder(const QString &folder);

// Writes the files into `folder` (created if missing). Returns an empty
// string, or a sentence saying what went wrong.
QString writeCsvFolder(const DataSet &data, const QString &folder, bool withBom);

} // namespace triangle
