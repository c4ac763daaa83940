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

namespace {
// Whether `size` bytes are UTF-8 (overlong forms and surrogates refused, as QStringDecoder does).
bool isUtf8(const char *data, qint64 size)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data);
    for (qint64 i = 0; i < size;) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned min = 0;
        unsigned code = 0;
        if ((c & 0xe0) == 0xc0) {
            extra = 1, min = 0x80, code = c & 0x1f;
        } else if ((c & 0xf0) == 0xe0) {
            extra = 2, min = 0x800, code = c & 0x0f;
        } else if ((c & 0xf8) == 0xf0) {
            extra = 3, min = 0x10000, code = c & 0x07;
        } else {
            return false;
        }
        if (i + extra >= size)
            return false;
        for (int k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xc0) != 0x80)
                return false;
            code = (code << 6) | (p[i + k] & 0x3f);
        }
        if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
            return false;
        i += extra + 1;
    }
    return true;
}
} // namespace

bool CsvTable::nextRecord(const char *data, qint64 size, qint64 &pos, int &line, QStringList &fields, int &recordLine, QString *error)
{
    // Byte-order marks at the start, one for each file joined into this one.
    if (pos == 0) {
        while (pos + 3 <= size && data[pos] == '\xEF' && data[pos + 1] == '\xBB' && data[pos + 2] == '\xBF')
            pos += 3;
    }
    while (pos < size) {
        fields.clear();
        recordLine = line;
        const qint64 start = pos;
        bool ended = false;
        // One field per turn: an unquoted one is decoded straight from the
        // bytes; a quoted one (or one with a stray CR) is gathered first.
        while (!ended) {
            QByteArray gathered;
            bool gathering = false;
            qint64 from = pos;
            if (pos < size && data[pos] == '"') {
                gathering = true;
                ++pos;
                while (true) {
                    if (pos >= size) {
                        *error = Tr::tr("a quoted field that starts on line %1 is never closed").arg(recordLine);
                        return false;
                    }
                    const char c = data[pos++];
                    if (c == '"') {
                        if (pos < size && data[pos] == '"') {
                            gathered += '"';
                            ++pos;
                            continue;
                        }
                        break;
                    }
                    if (c == '\n')
                        ++line;
                    gathered += c;
                    if (pos - start > MaxRecordBytes) {
                        *error = Tr::tr("line %1 is longer than %2 MiB").arg(recordLine).arg(MaxRecordBytes / 1024 / 1024);
                        return false;
                    }
                }
                from = pos;
            }
            // Up to the field's end; a CR outside quotes is dropped, as parse() does.
            while (pos < size) {
                const char c = data[pos];
                if (c == ',' || c == '\n')
                    break;
                if (c == '\r') {
                    gathered.append(data + from, pos - from);
                    gathering = true;
                    from = ++pos;
                    continue;
                }
                ++pos;
            }
            if (pos - start > MaxRecordBytes) {
                *error = Tr::tr("line %1 is longer than %2 MiB").arg(recordLine).arg(MaxRecordBytes / 1024 / 1024);
                return false;
            }
            fields << (gathering ? QString::fromUtf8(gathered.append(data + from, pos - from)) : QString::fromUtf8(data + from, pos - from));
            if (pos >= size) {
                ended = true;
            } else if (data[pos++] == '\n') {
                ++line;
                ended = true;
            }
        }
        if (!isUtf8(data + start, pos - start)) {
            *error = Tr::tr("the file is not UTF-8 text (save it as “CSV UTF-8”)");
            return false;
        }
        // A blank line is no record.
        if (!(fields.size() == 1 && fields.first().isEmpty()))
            return true;
    }
    return false;
}

QByteArray CsvTable::line(const QStringList &fields)
{
    return text({}, {fields}).toUtf8();
}

QByteArray CsvTable::write(const QStringList &header, const QList<QStringList> &rows, bool bom)
{
    return (bom ? QByteArray("\xEF\xBB\xBF") : QByteArray()) + text(header, rows).toUtf8();
}

} // namespace triangle
