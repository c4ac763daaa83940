#pragma once

// Tables for a terminal: columns as wide as their widest cell, East Asian
// wide characters counted as two columns.

#include <QList>
#include <QString>
#include <QStringList>

namespace triangle::cli {

// Columns a terminal shows the text in.
int displayWidth(const QString &text);

// Each row a line, cells two spaces apart; a column marked in `rightAligned`
// is aligned right (numbers), the others left. No trailing spaces.
QString aligned(const QList<QStringList> &rows, const QList<bool> &rightAligned);

} // namespace triangle::cli
