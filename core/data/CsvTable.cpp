#include "CsvTable.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace triangle {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(triangle::CsvTable)
};

constexpr char16_t ByteOrderMark = 0xfeff;

QString quoted(const QString &field, QChar separator)
{
    // A field starting with U+FEFF would start the file with what a reader
    // takes for a byte-order mark; quoted, it is a character of the field.
    if (!field.contains(separator) && !field.contains(QLatin1Char('"')) && !field.contains(QLatin1Char('\n'))
        && !field.contains(QLatin1Char('\r')) && field.trimmed() == field && !field.startsWith(QChar(ByteOrderMark)))
        return field;
    QString out = field;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}
} // namespace

CsvTable CsvTable::parse(const QByteArray &input, QString *error)
{
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(bytes);
    if (utf8.hasError()) {
        *error = Tr::tr("the file is not UTF-8 text (save it as “CSV UTF-8”)");
        return {};
    }
    // A file joined from two that each began with a mark has a second one.
    qsizetype marks = 0;
    while (marks < text.size() && text[marks] == QChar(ByteOrderMark))
        ++marks;
    text.remove(0, marks);

    CsvTable table;
    QStringList record;
    QString field;
    bool inQuotes = false;
    bool fieldStarted = false;
    int line = 1;
    int recordLine = 1;
    qsizetype recordStart = 0;
    auto endRecord = [&](qsizetype at) -> bool {
        record << field;
        field.clear();
        fieldStarted = false;
        // A blank line is no record.
        if (!(record.size() == 1 && record.first().isEmpty())) {
            if (table.header.isEmpty()) {
                table.header = record;
            } else {
                table.rows << record;
                table.rowLines << recordLine;
            }
        }
        record.clear();
        if (at - recordStart > MaxRecordBytes) {
            *error = Tr::tr("line %1 is longer than %2 MiB").arg(recordLine).arg(MaxRecordBytes / 1024 / 1024);
            return false;
        }
        recordStart = at;
        recordLine = line;
        return true;
    };

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (i - recordStart > MaxRecordBytes) {
            *error = Tr::tr("line %1 is longer than %2 MiB").arg(recordLine).arg(MaxRecordBytes / 1024 / 1024);
            return {};
        }
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            inQuotes = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\r')) {
            // CRLF: the LF ends the record.
        } else if (c == QLatin1Char('\n')) {
            ++line;
            if (!endRecord(i + 1))
                return {};
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (inQuotes) {
        *error = Tr::tr("a quoted field that starts on line %1 is never closed").arg(recordLine);
        return {};
    }
    if (fieldStarted || !record.isEmpty())
        endRecord(text.size());
    if (table.header.isEmpty())
        *error = Tr::tr("the file is empty: it needs at least a header line");
    return table;
}

QString CsvTable::text(const QStringList &header, const QList<QStringList> &rows, QChar separator)
{
    QString text;
    auto line = [&](const QStringList &fields) {
        QStringList cells;
        for (const QString &f : fields)
            cells << quoted(f, separator);
        text += cells.join(separator) + QStringLiteral("\r\n");
    };
    if (!header.isEmpty())
        line(header);
    for (const QStringList &row : rows)
        line(row);
    return text;
}

QByteArray CsvTable::write(const QStringList &header, const QList<QStringList> &rows, bool bom)
{
    return (bom ? QByteArray("\xEF\xBB\xBF") : QByteArray()) + text(header, rows).toUtf8();
}

} // namespace triangle
