#pragma once

#include "model/PartialDate.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>
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

struct XlsxSheet
{
    QString name;
    QMap<int, QMap<int, XlsxCell>> rows; // 1-based row → 0-based column → cell; only cells with a value
};

// The cells of an Office Open XML workbook (.xlsx) as Excel, WPS and
// LibreOffice save it: the zip package read with minizip, its parts with
// QXmlStreamReader. Formulas are read as their cached results.
struct XlsxWorkbook
{
    QList<XlsxSheet> sheets; // in the workbook's order
    bool date1904 = false;   // serial numbers count from 1904-01-01 (old Mac workbooks)

    // The day a date serial number stands for (its time of day dropped);
    // invalid outside the calendar.
    QDate dateOfSerial(double serial) const;

    // Reads the sheets `wanted` accepts by name (all without it). On failure
    // returns nullopt and sets `error` to a sentence.
    static std::optional<XlsxWorkbook> read(const QString &path, QString *error,
                                            const std::function<bool(const QString &)> &wanted = {});

    // Shared strings are held in memory to be looked up: no more than these.
    static constexpr qsizetype MaxSharedStrings = 4 * 1024 * 1024;
};

// "A" for column 0, "AB" for 27.
QString xlsxColumnName(int column);

} // namespace triangle
