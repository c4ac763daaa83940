#pragma once

// What every workbook written with libxlsxwriter shares (the data workbook,
// the scoring packets): written whole or not at all, and columns as wide as
// their text.

#include <QString>

#include <functional>

namespace triangle {

// libxlsxwriter writes a file of its own: `build` is given a file in a
// temporary folder to write the workbook into, and returns an empty string or
// what went wrong; only a workbook built without a fault is copied into place
// (writeOutputFile), so that `path` is replaced whole or left as it was.
// Returns an empty string, or a sentence naming the file and saying what went
// wrong.
QString writeWholeWorkbook(const QString &path, const std::function<QString(const QString &built)> &build);

// A text's width in Excel's column units of one digit: East Asian wide
// characters take two; the widest line of several.
int xlsxDisplayWidth(const QString &text);

} // namespace triangle
