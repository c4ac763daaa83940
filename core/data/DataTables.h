#pragma once

#include "CsvTable.h"
#include "DataSet.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

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

// The rows of a table too large to hold (a CSV file of a million
// milestones), read again from the file each time they are walked.
class TableRows
{
public:
    virtual ~TableRows() = default;
    virtual qint64 bytes() const = 0; // how much there is to read, for progress
    // Each row with the line it starts on and where it starts, until `take`
    // returns false; false with `error` set when the file cannot be read.
    virtual bool forEachRow(const std::function<bool(const QStringList &row, int line, qint64 at)> &take, QString *error) const = 0;
    // The row that starts at `at` (from forEachRow).
    virtual QStringList rowAt(qint64 at) const = 0;
};

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
    // Set for a policies or milestones table that is streamed: `cells` then
    // has its header and no rows.
    std::shared_ptr<const TableRows> streamedRows;
};

// "regions.csv: line 4", "sheet regions: row 4".
QString tableRowPlace(const SourceTable &table, int line);

// The tables (each at most once) as a DataSet, checked by the JSON reader's
// rules. Every problem and every record's origin names the table, the row and
// the column.
// Streamed tables are checked here in one walk and walked again by
// DataSet::streamed to be imported; `progress` is told the bytes walked.
DataReadOutput readDataTables(const QList<SourceTable> &tables, const DataProgress &progress = {});

// The rows of each table (by name), as text, in the columns' order; a table
// with no rows is absent. Dates and numbers are in the forms the reader takes.
// Policies and milestones, listed or streamed, are left to policyRow() and
// milestoneRow() so that a writer can take them one at a time.
QHash<QString, QList<QStringList>> dataTableRows(const DataSet &data);
QStringList policyRow(const PolicyRecord &record);
QStringList milestoneRow(const MilestoneRecord &record);
// True for the tables whose rows dataTableRows leaves out: policies, milestones.
bool isTimelineTable(const QString &table);
// Each row of one of them, listed then streamed, until `take` returns false;
// false when stopped or when the stream could not be read.
bool forEachTimelineRow(const DataSet &data, const QString &table, const std::function<bool(const QStringList &)> &take);

} // namespace triangle
