#pragma once

#include "CsvTable.h"
#include "DataSet.h"

#include <QHash>
#include <QList>
#include <QString>

namespace triangle {

// The data format as tables, one per entity, with named columns
// (docs/data-format.md): what the CSV folder's files and the workbook's
// sheets hold. Both read through readDataTables, so a cell means the same and
// a problem is found by the same rules wherever the table was stored.

enum class ColumnType {
    Text,
    Integer,
    Number,
    Date,       // a partial date, "2016", "2016-05" or "2016-05-20"; text in CSV
    Dimensions, // dimension keys separated by ";", ",", "、" or spaces
};

struct DataColumn
{
    const char *key; // the field key, the CSV column's name: "name_zh"
    ColumnType type;
    bool required;
};

struct DataTableSpec
{
    const char *name; // "regions": the CSV file's base name, the sheet's name
    QList<DataColumn> columns;
};

// In reading order: a table whose rows attach to another's comes after it.
const QList<DataTableSpec> &dataTables();

// A readable column header in the UI language: "Name (Chinese)" / 中文名称.
QString dataColumnTitle(const QString &table, const QString &column);

// One table as a source holds it.
struct SourceTable
{
    enum class Rows { Lines, Rows }; // CSV files count lines, sheets rows

    QString table;     // "regions"
    QString shownName; // "regions.csv", "sheet regions": starts every place in it
    Rows rowsAre = Rows::Lines;
    QString error;     // set when the table cannot be read at all; then nothing else is used
    int keyLine = 1;   // where the field keys are
    CsvTable cells;    // header: the field keys, as found; rows with their lines
    QHash<QString, QString> titles; // field key → the header the source shows above it, if any
};

// "regions.csv: line 4", "sheet regions: row 4".
QString tableRowPlace(const SourceTable &table, int line);

// The tables (each at most once) as a DataSet, checked by the JSON reader's
// rules. Every problem and every record's origin names the table, the row and
// the column.
DataReadOutput readDataTables(const QList<SourceTable> &tables);

// The rows of each table (by name), as text, in the columns' order; a table
// with no rows is absent. Dates and numbers are in the forms the reader takes.
QHash<QString, QList<QStringList>> dataTableRows(const DataSet &data);

} // namespace triangle
