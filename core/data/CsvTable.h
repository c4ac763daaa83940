#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace triangle {

// A CSV file (RFC 4180: commas, double quotes, fields across lines) as a
// header and rows, each row remembering the line it starts on.
struct CsvTable
{
    QStringList header;
    QList<QStringList> rows;
    QList<int> rowLines; // 1-based line of each row's first character

    // Parses UTF-8 bytes, with or without a byte-order mark, LF or CRLF.
    // On failure returns an empty table and sets `error` to a sentence that
    // names the line.
    static CsvTable parse(const QByteArray &bytes, QString *error);

    // One record of UTF-8 `data` from `pos` on, by the rules of parse(), for
    // a file read a row at a time: its fields and the line it starts on; `pos`
    // and `line` (1 at the start) move past it. A blank line is no record; a
    // byte-order mark at the start is skipped. False at the end, or with
    // `error` set when the rest cannot be read.
    static bool nextRecord(const char *data, qint64 size, qint64 &pos, int &line, QStringList &fields, int &recordLine,
                           QString *error);

    // Writes UTF-8 with CRLF line ends, quoting fields that need it; a BOM
    // first when `bom` (Excel and WPS then read Chinese correctly).
    static QByteArray write(const QStringList &header, const QList<QStringList> &rows, bool bom);
    // The same as text, fields split by `separator` (a tab makes the text
    // spreadsheets paste); no header line when `header` is empty.
    static QString text(const QStringList &header, const QList<QStringList> &rows, QChar separator = QLatin1Char(','));
    // One record of write()'s output: UTF-8, quoted as needed, with CRLF.
    static QByteArray line(const QStringList &fields);

    static constexpr qsizetype MaxRecordBytes = 1024 * 1024;
};

} // namespace triangle
