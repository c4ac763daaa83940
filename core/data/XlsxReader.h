#pragma once

#include "model/PartialDate.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace triangle {

// One cell of a worksheet, as the workbook stores it.
struct XlsxCell
{
    enum class Type { Text, Number, Boolean, Error };

    Type type = Type::Text;
    QString text;      // Text (shared, inline or rich-text runs joined), Error ("#N/A")
    double number = 0; // Number; Boolean as 0 or 1
    // For a Number shown as a date: how much of the date its number format shows.
    std::optional<PartialDate::Precision> datePrecision;
};

// The cells of one row that have a value: 0-based column → cell.
using XlsxRow = QMap<int, XlsxCell>;

struct XlsxSheet
{
    QString name;
    QMap<int, XlsxRow> rows; // 1-based row → its cells; only rows with a value
};

// An Office Open XML workbook (.xlsx) as Excel, WPS and LibreOffice save it:
// the zip package read with minizip, its parts with QXmlStreamReader as they
// are unpacked. Opening reads the list of sheets, the shared strings and the
// styles; a sheet's rows are read one at a time, so that a sheet of a million
// rows is never held. Formulas are read as their cached results.
//
// What a hostile file could make of it is bounded: a part's unpacked size,
// any text or tag without markup, a row's text, the number and size of the
// shared strings (below); a part with a DTD (which Excel, WPS and LibreOffice
// never write, and whose entities could expand a few bytes into gigabytes or
// name other files) is refused.
class XlsxPackage
{
public:
    struct Sheet
    {
        QString name;
        QString part; // "xl/worksheets/sheet1.xml"; empty when the package does not say
        qint64 unpackedBytes = 0; // the part's size as the package's directory says (which a hostile file may belie)
    };

    // nullopt with `error` set to a sentence when it is no workbook or its
    // workbook part, relationships, shared strings or styles cannot be read.
    static std::optional<XlsxPackage> open(const QString &path, QString *error);

    const QList<Sheet> &sheets() const;
    bool date1904() const; // serial numbers count from 1904-01-01 (old Mac workbooks)

    // Each row of sheet `index` that has a value, in the order stored, with
    // its 1-based number, until `take` returns false. False with `error` set
    // when the sheet cannot be read (the rows before that were taken). Rows
    // must come in order, as every program writes them. One walk at a time.
    bool forEachRow(qsizetype index, const std::function<bool(int row, const XlsxRow &cells)> &take, QString *error) const;

    static constexpr qint64 MaxPartBytes = 256LL * 1024 * 1024;
    // A cell holds at most 32,767 characters; a tag or text longer than this
    // between two '<' is none that a spreadsheet wrote.
    static constexpr qint64 MaxRunBytes = 1024 * 1024;
    static constexpr qsizetype MaxSharedStrings = 4 * 1024 * 1024;
    static constexpr qint64 MaxSharedStringBytes = 96LL * 1024 * 1024; // as UTF-8
    static constexpr qsizetype MaxRowCharacters = 1024 * 1024;
    static constexpr int MaxRows = 1048576; // Excel's own limit

    struct State;

private:
    std::shared_ptr<const State> m_state;
};

// The day a date serial number stands for (its time of day dropped); invalid
// outside the calendar.
QDate xlsxDateOfSerial(double serial, bool date1904);

// A whole workbook's cells, for a small workbook (and the tests).
struct XlsxWorkbook
{
    QList<XlsxSheet> sheets; // in the workbook's order
    bool date1904 = false;

    QDate dateOfSerial(double serial) const { return xlsxDateOfSerial(serial, date1904); }

    // Reads the sheets `wanted` accepts by name (all without it). On failure
    // returns nullopt and sets `error` to a sentence.
    static std::optional<XlsxWorkbook> read(const QString &path, QString *error,
                                            const std::function<bool(const QString &)> &wanted = {});
};

// "A" for column 0, "AB" for 27.
QString xlsxColumnName(int column);

} // namespace triangle
