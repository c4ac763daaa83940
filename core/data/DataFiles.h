#pragma once

#include "DataSet.h"

#include <QString>
#include <QStringList>

namespace triangle {

// Data in and out of files, in the form a path asks for: FILE.json is the
// JSON format; FILE.xlsx an Excel workbook with a sheet per entity; a folder
// — or, on export, FILE.csv, which names the folder FILE — holds one CSV
// file per entity.
// `progress` is told how far the check of a large file has come, and may cancel it.
DataReadOutput readDataPath(const QString &path, const DataProgress &progress = {});

// Where writeDataPath puts the data for `path`: the file, or the CSV folder.
QString dataOutputLocation(const QString &path);

// Every file writeDataPath would write for `path`.
QStringList dataOutputFiles(const QString &path);

// Returns an empty string, or a sentence saying what went wrong.
QString writeDataPath(const DataSet &data, const QString &path, bool csvBom);

inline constexpr qint64 MaxDataFileBytes = 256LL * 1024 * 1024;

} // namespace triangle
