#include "XlsxReader.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QIODevice>
#include <QXmlStreamReader>

#include <unzip.h>

#include <algorithm>
#include <cmath>

namespace triangle {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(triangle::XlsxReader)
};

constexpr qint64 MiB = 1024 * 1024;

struct ZipCloser
{
    void operator()(void *zip) const { unzClose(zip); }
};
using Zip = std::unique_ptr<void, ZipCloser>;

// One part of the package, unpacked as it is read and refused past the
// bounds of XlsxPackage: no more than MaxPartBytes, no run of MaxRunBytes
// without a '<'.
class PartDevice : public QIODevice
{
public:
    PartDevice(unzFile zip, const QString &name)
        : m_zip(zip)
        , m_name(name)
    {
    }
    ~PartDevice() override
    {
        if (m_unpacking)
            unzCloseCurrentFile(m_zip);
    }
    PartDevice(const PartDevice &) = delete;
    PartDevice &operator=(const PartDevice &) = delete;

    // False when the package has no such part, or (with problem() set) when it cannot be unpacked.
    bool start()
    {
        const QByteArray entry = m_name.toUtf8();
        if (unzLocateFile(m_zip, entry.constData(), 1) != UNZ_OK)
            return false;
        // minizip hands a part it cannot unpack (bzip2, LZMA…) over still compressed.
        unz_file_info64 info;
        if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) == UNZ_OK && info.compression_method != 0
            && info.compression_method != Z_DEFLATED) {
            m_problem = Tr::tr("its part %1 is compressed with a method that is not supported (zip method %2); save the "
                               "workbook again with Excel, WPS or LibreOffice")
                            .arg(m_name)
                            .arg(info.compression_method);
            return false;
        }
        if (unzOpenCurrentFile(m_zip) != UNZ_OK) {
            m_problem = Tr::tr("its part %1 cannot be unpacked").arg(m_name);
            return false;
        }
        m_unpacking = true;
        return open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    const QString &problem() const { return m_problem; }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 max) override
    {
        if (!m_problem.isEmpty())
            return -1;
        if (!m_unpacking)
            return 0;
        // Less than a run at a time, so that only a run crossing reads can be too long.
        const int got = unzReadCurrentFile(m_zip, data, unsigned(std::min<qint64>(max, 64 * 1024)));
        if (got == 0) {
            // Closing checks the part's CRC.
            m_unpacking = false;
            if (unzCloseCurrentFile(m_zip) != UNZ_OK)
                return fail(Tr::tr("its part %1 is damaged").arg(m_name));
            return 0;
        }
        if (got < 0)
            return fail(Tr::tr("its part %1 is damaged").arg(m_name));
        m_total += got;
        if (m_total > XlsxPackage::MaxPartBytes)
            return fail(Tr::tr("its part %1 unpacks to more than %2 MiB").arg(m_name).arg(XlsxPackage::MaxPartBytes / MiB));
        const QByteArrayView bytes(data, got);
        const qsizetype first = bytes.indexOf('<');
        if (m_run + (first < 0 ? got : first) > XlsxPackage::MaxRunBytes)
            return fail(Tr::tr("its part %1 holds a text or tag of more than %2 MiB; a cell holds at most 32,767 characters")
                            .arg(m_name)
                            .arg(XlsxPackage::MaxRunBytes / MiB));
        m_run = first < 0 ? m_run + got : got - bytes.lastIndexOf('<') - 1;
        return got;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 fail(const QString &problem)
    {
        m_problem = problem;
        return -1;
    }

    unzFile m_zip;
    QString m_name;
    bool m_unpacking = false;
    qint64 m_total = 0;
    qint64 m_run = 0; // bytes since the last '<'
    QString m_problem;
};

// The XML of one part, read as it is unpacked. A DTD is refused: Excel, WPS
// and LibreOffice never write one, and its entities could expand a few bytes
// into gigabytes or name files outside the package.
class PartXml
{
public:
    PartXml(unzFile zip, const QString &name)
        : m_name(name)
        , m_device(zip, name)
    {
        m_found = m_device.start();
        if (m_found)
            xml.setDevice(&m_device);
    }

    bool found() const { return m_found; }
    bool atEnd() const { return !m_found || xml.atEnd(); }
    void readNext()
    {
        xml.readNext();
        if (xml.isDTD()) {
            m_dtd = true;
            xml.raiseError(QStringLiteral("DTD"));
        }
    }
    // Why the part could not be read, other than its XML's own error: its
    // unpacking, its bounds or a DTD; empty when none of these.
    QString problem() const
    {
        if (!m_device.problem().isEmpty())
            return m_device.problem();
        if (m_dtd)
            return Tr::tr("its part %1 has a document type declaration (DTD), which Excel and WPS never write; it is not read").arg(m_name);
        return {};
    }

    QXmlStreamReader xml;

private:
    QString m_name;
    PartDevice m_device;
    bool m_found = false;
    bool m_dtd = false;
};

// The shared strings as UTF-8 in chunks, each string whole in one: a large
// workbook's text is mostly these, held for the whole read.
class SharedStrings
{
public:
    qsizetype size() const { return m_starts.size(); }
    qint64 bytes() const { return m_bytes; }

    QString at(qsizetype i) const
    {
        const quint32 start = m_starts[i];
        const quint32 chunk = start / ChunkBytes;
        const quint32 end = i + 1 < m_starts.size() && m_starts[i + 1] / ChunkBytes == chunk
            ? m_starts[i + 1]
            : chunk * ChunkBytes + quint32(m_chunks[chunk].size());
        return QString::fromUtf8(m_chunks[chunk].constData() + start % ChunkBytes, end - start);
    }

    // `utf8` is at most MaxStringBytes.
    void append(const QByteArray &utf8)
    {
        // Never filled to the brim, so that every start falls inside its chunk.
        if (m_chunks.isEmpty() || m_chunks.last().size() + utf8.size() >= ChunkBytes) {
            m_chunks.append(QByteArray());
            m_chunks.last().reserve(ChunkBytes);
        }
        m_starts.append(quint32((m_chunks.size() - 1) * ChunkBytes + m_chunks.last().size()));
        m_chunks.last().append(utf8);
        m_bytes += utf8.size();
    }

    static constexpr qsizetype MaxStringBytes = XlsxPackage::MaxRunBytes;

private:
    static constexpr quint32 ChunkBytes = 4 * MiB;
    QList<QByteArray> m_chunks;
    QList<quint32> m_starts; // of each string, counting every chunk as ChunkBytes long
    qint64 m_bytes = 0;
};

// The text of an element holding a string (<si>, <is>): its <t>, or its
// rich-text runs' <t> joined; phonetic guides (<rPh>) are not part of it.
QString stringItem(QXmlStreamReader &xml)
{
    QString text;
    const QString end = xml.name().toString();
    int phonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"rPh")
                ++phonetic;
            else if (xml.name() == u"t" && phonetic == 0)
                text += xml.readElementText();
        } else if (xml.isEndElement()) {
            if (xml.name() == u"rPh")
                --phonetic;
            else if (xml.name() == end)
                break;
        }
    }
    return text;
}

// Relationship id → the part it points to, from the .rels part `relsPart`,
// resolved against the folder of the part that owns the relationships.
// nullopt when the package has no such part, or (with `error` set) when it
// cannot be read or a target climbs above the package's root.
std::optional<QHash<QString, QString>> relationships(unzFile zip, const QString &relsPart, const QString &folder, QString *error,
                                                     QHash<QString, QString> *byType = nullptr)
{
    PartXml part(zip, relsPart);
    QHash<QString, QString> targets;
    while (!part.atEnd()) {
        part.readNext();
        QXmlStreamReader &xml = part.xml;
        if (!xml.isStartElement() || xml.name() != u"Relationship")
            continue;
        const auto attributes = xml.attributes();
        const QString written = attributes.value(QLatin1StringView("Target")).toString();
        if (attributes.value(QLatin1StringView("TargetMode")) == u"External")
            continue;
        const QString target = written.startsWith(QLatin1Char('/')) ? written.mid(1) : folder + written;
        // "xl/worksheets/../sharedStrings.xml" → "xl/sharedStrings.xml"
        QStringList parts;
        for (const QString &step : target.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
            if (step == QStringLiteral("..")) {
                if (parts.isEmpty()) {
                    *error = Tr::tr("its part %1 points outside the package (“%2”)").arg(relsPart, written);
                    return std::nullopt;
                }
                parts.removeLast();
            } else if (step != QStringLiteral(".")) {
                parts << step;
            }
        }
        const QString resolved = parts.join(QLatin1Char('/'));
        targets.insert(attributes.value(QLatin1StringView("Id")).toString(), resolved);
        if (byType)
            byType->insert(attributes.value(QLatin1StringView("Type")).toString().section(QLatin1Char('/'), -1), resolved);
    }
    if (const QString problem = part.problem(); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    if (part.xml.hasError()) {
        *error = Tr::tr("its part %1 is not well-formed XML: %2").arg(relsPart, part.xml.errorString());
        return std::nullopt;
    }
    if (!part.found())
        return std::nullopt;
    return targets;
}

// How much of a date a number format shows; nullopt when it shows no date.
std::optional<PartialDate::Precision> datePrecisionOfFormat(int id, const QString &code)
{
    using P = PartialDate::Precision;
    // Built-in formats have no code in the file: 17 is "mmm-yy"; 27, 36, 50,
    // 52 and 57 are the East Asian "yyyy年m月".
    static const QList<int> builtInMonth = {17, 27, 36, 50, 52, 57};
    static const QList<int> builtInDay = {14, 15, 16, 22, 28, 29, 30, 31, 53, 54, 58};
    if (code.isEmpty()) {
        if (builtInMonth.contains(id))
            return P::Month;
        if (builtInDay.contains(id))
            return P::Day;
        return std::nullopt;
    }
    // Only the first section counts (positive numbers); quoted text, escaped
    // characters and [colours]/[$-locale] do not.
    QString plain;
    bool quoted = false;
    int bracket = 0;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (quoted) {
            quoted = c != QLatin1Char('"');
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i;
        } else if (c == QLatin1Char('[')) {
            ++bracket;
        } else if (c == QLatin1Char(']')) {
            --bracket;
        } else if (c == QLatin1Char(';') && bracket == 0) {
            break;
        } else if (bracket == 0) {
            plain += c.toLower();
        }
    }
    const bool year = plain.contains(QLatin1Char('y'));
    const bool day = plain.contains(QLatin1Char('d'));
    if (!year && !day)
        return std::nullopt; // "0.0", "mm:ss", "General"
    if (day)
        return P::Day;
    return plain.contains(QLatin1Char('m')) ? P::Month : P::Year;
}

// "B12" → column 1, row 12; false when it is no cell reference.
bool parseReference(QStringView ref, int *column, int *row)
{
    int c = 0;
    qsizetype i = 0;
    for (; i < ref.size() && ref[i].isLetter(); ++i) {
        c = c * 26 + (ref[i].toUpper().unicode() - 'A' + 1);
        if (c > 16384)
            return false;
    }
    bool ok = false;
    const int r = ref.mid(i).toInt(&ok);
    if (i == 0 || !ok || r < 1)
        return false;
    *column = c - 1;
    *row = r;
    return true;
}

// Per cell style index (<c s="…">), the date precision its number format
// shows; nullopt with `error` set when the part cannot be read.
std::optional<QList<std::optional<PartialDate::Precision>>> styleDatePrecisions(unzFile zip, const QString &name, QString *error)
{
    // Excel allows 64,000 cell formats.
    constexpr qsizetype MaxFormats = 65536;
    QHash<int, QString> codes;
    QList<std::optional<PartialDate::Precision>> byStyle;
    PartXml part(zip, name);
    QXmlStreamReader &xml = part.xml;
    bool inCellXfs = false;
    while (!part.atEnd()) {
        part.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"numFmt")
                codes.insert(xml.attributes().value(QLatin1StringView("numFmtId")).toInt(), xml.attributes().value(QLatin1StringView("formatCode")).toString());
            else if (xml.name() == u"cellXfs")
                inCellXfs = true;
            else if (inCellXfs && xml.name() == u"xf") {
                const int id = xml.attributes().value(QLatin1StringView("numFmtId")).toInt();
                byStyle << datePrecisionOfFormat(id, codes.value(id));
            }
            if (codes.size() + byStyle.size() > MaxFormats) {
                *error = Tr::tr("its styles hold more than %1 formats").arg(MaxFormats);
                return std::nullopt;
            }
        } else if (xml.isEndElement() && xml.name() == u"cellXfs") {
            inCellXfs = false;
        }
    }
    if (const QString problem = part.problem(); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    if (xml.hasError()) {
        *error = Tr::tr("its part %1 is not well-formed XML: %2").arg(name, xml.errorString());
        return std::nullopt;
    }
    return byStyle;
}

} // namespace

struct XlsxPackage::State
{
    Zip zip;
    QList<Sheet> sheets;
    bool date1904 = false;
    SharedStrings sharedStrings;
    QList<std::optional<PartialDate::Precision>> datePrecisions;
};

const QList<XlsxPackage::Sheet> &XlsxPackage::sheets() const { return m_state->sheets; }

bool XlsxPackage::date1904() const { return m_state->date1904; }

std::optional<XlsxPackage> XlsxPackage::open(const QString &path, QString *error)
{
    auto state = std::make_shared<State>();
    state->zip.reset(unzOpen64(QFile::encodeName(path).constData()));
    if (!state->zip) {
        *error = Tr::tr("is not an Excel workbook (.xlsx): it is not a zip package");
        return std::nullopt;
    }
    unzFile zip = state->zip.get();
    const QString noWorkbook = Tr::tr("is not an Excel workbook (.xlsx): it has no workbook part");

    // The package says where its workbook is; Excel always puts it at xl/workbook.xml.
    QString workbookPart = QStringLiteral("xl/workbook.xml");
    {
        QHash<QString, QString> byType;
        if (relationships(zip, QStringLiteral("_rels/.rels"), QString(), error, &byType))
            workbookPart = byType.value(QStringLiteral("officeDocument"), workbookPart);
        else if (!error->isEmpty())
            return std::nullopt;
    }
    const QString folder = workbookPart.section(QLatin1Char('/'), 0, -2) + QLatin1Char('/');
    const QString relsPart = folder + QStringLiteral("_rels/") + workbookPart.section(QLatin1Char('/'), -1) + QStringLiteral(".rels");

    QList<std::pair<QString, QString>> sheetIds; // name → relationship id
    {
        PartXml part(zip, workbookPart);
        QXmlStreamReader &xml = part.xml;
        while (!part.atEnd()) {
            part.readNext();
            if (!xml.isStartElement())
                continue;
            const auto attributes = xml.attributes();
            if (xml.name() == u"workbookPr") {
                const QStringView date1904 = attributes.value(QLatin1StringView("date1904"));
                state->date1904 = date1904 == u"1" || date1904 == u"true";
            } else if (xml.name() == u"sheet") {
                QString id;
                for (const QXmlStreamAttribute &a : attributes) {
                    if (a.name() == u"id") // r:id, whatever the prefix
                        id = a.value().toString();
                }
                sheetIds.append({attributes.value(QLatin1StringView("name")).toString(), id});
            }
        }
        if (const QString problem = part.problem(); !problem.isEmpty()) {
            *error = problem;
            return std::nullopt;
        }
        if (!part.found()) {
            *error = noWorkbook;
            return std::nullopt;
        }
        if (xml.hasError()) {
            *error = Tr::tr("its workbook part is not well-formed XML: %1").arg(xml.errorString());
            return std::nullopt;
        }
    }
    QHash<QString, QString> partsByType;
    const auto targets = relationships(zip, relsPart, folder, error, &partsByType);
    if (!targets) {
        if (error->isEmpty())
            *error = noWorkbook;
        return std::nullopt;
    }
    for (const auto &[name, id] : sheetIds) {
        Sheet sheet{name, targets->value(id)};
        unz_file_info64 info{};
        if (!sheet.part.isEmpty() && unzLocateFile(zip, sheet.part.toUtf8().constData(), 1) == UNZ_OK
            && unzGetCurrentFileInfo64(zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) == UNZ_OK)
            sheet.unpackedBytes = qint64(info.uncompressed_size);
        state->sheets.append(sheet);
    }

    if (const QString name = partsByType.value(QStringLiteral("sharedStrings")); !name.isEmpty()) {
        PartXml part(zip, name);
        QXmlStreamReader &xml = part.xml;
        SharedStrings &strings = state->sharedStrings;
        while (!part.atEnd()) {
            part.readNext();
            if (!xml.isStartElement() || xml.name() != u"si")
                continue;
            const QByteArray text = stringItem(xml).toUtf8();
            if (strings.size() >= MaxSharedStrings) {
                *error = Tr::tr("it has more than %1 shared strings").arg(MaxSharedStrings);
                return std::nullopt;
            }
            if (text.size() > SharedStrings::MaxStringBytes || strings.bytes() + text.size() > MaxSharedStringBytes) {
                *error = Tr::tr("its shared strings hold more than %1 MiB of text, or one more than %2 MiB")
                             .arg(MaxSharedStringBytes / MiB)
                             .arg(SharedStrings::MaxStringBytes / MiB);
                return std::nullopt;
            }
            strings.append(text);
        }
        if (const QString problem = part.problem(); !problem.isEmpty()) {
            *error = problem;
            return std::nullopt;
        }
        if (xml.hasError()) {
            *error = Tr::tr("its shared strings are not well-formed XML: %1").arg(xml.errorString());
            return std::nullopt;
        }
    }
    if (const QString name = partsByType.value(QStringLiteral("styles")); !name.isEmpty()) {
        auto precisions = styleDatePrecisions(zip, name, error);
        if (!precisions)
            return std::nullopt;
        state->datePrecisions = *precisions;
    }
    XlsxPackage package;
    package.m_state = state;
    return package;
}

bool XlsxPackage::forEachRow(qsizetype index, const std::function<bool(int, const XlsxRow &)> &take, QString *error) const
{
    const Sheet &sheet = m_state->sheets.at(index);
    const QString &name = sheet.name;
    const QString missing = Tr::tr("its sheet %1 is missing from the package").arg(name);
    if (sheet.part.isEmpty()) {
        *error = missing;
        return false;
    }
    PartXml part(m_state->zip.get(), sheet.part);
    QXmlStreamReader &xml = part.xml;
    int row = 0;
    int column = -1;
    XlsxRow cells;
    qsizetype characters = 0;
    bool more = true;
    auto fail = [error](const QString &message) {
        *error = message;
        return false;
    };
    while (more && !part.atEnd()) {
        part.readNext();
        if (xml.isEndElement() && xml.name() == u"row" && !cells.isEmpty()) {
            more = take(row, cells);
            cells.clear();
            characters = 0;
            continue;
        }
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"row") {
            // A row or cell without its reference follows the one before.
            const int r = xml.attributes().value(QLatin1StringView("r")).toInt();
            const int next = r > 0 ? r : row + 1;
            if (next <= row || next > MaxRows)
                return fail(Tr::tr("sheet %1 has row %2 after row %3; a sheet's rows are stored in order, up to row %4")
                                .arg(name)
                                .arg(next)
                                .arg(row)
                                .arg(MaxRows));
            row = next;
            column = -1;
            continue;
        }
        if (xml.name() != u"c")
            continue;
        const auto attributes = xml.attributes();
        const QStringView reference = attributes.value(QLatin1StringView("r"));
        int r = row;
        int c = column + 1;
        if (row == 0 || (!reference.isEmpty() && (!parseReference(reference, &c, &r) || r != row)) || c >= 16384)
            return fail(Tr::tr("sheet %1 has a cell with the reference “%2”").arg(name, reference.toString()));
        column = c;
        const QString type = attributes.value(QLatin1StringView("t")).toString();
        const int style = attributes.value(QLatin1StringView("s")).toInt();
        QString value;
        std::optional<QString> inlineText;
        while (!part.atEnd()) {
            part.readNext();
            if (xml.isEndElement() && xml.name() == u"c")
                break;
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"v")
                value = xml.readElementText();
            else if (xml.name() == u"is")
                inlineText = stringItem(xml);
            else
                xml.skipCurrentElement(); // <f>, <extLst>
        }
        XlsxCell cell;
        if (type == QStringLiteral("s")) {
            bool ok = false;
            const int index = value.toInt(&ok);
            if (!ok || index < 0 || index >= m_state->sharedStrings.size())
                return fail(Tr::tr("sheet %1, cell %2%3 refers to a shared string that is not there").arg(name, xlsxColumnName(c)).arg(r));
            cell.text = m_state->sharedStrings.at(index);
        } else if (type == QStringLiteral("inlineStr")) {
            cell.text = inlineText.value_or(value);
        } else if (type == QStringLiteral("str") || type == QStringLiteral("d")) {
            cell.text = value; // a formula's text result; an ISO 8601 date
        } else if (type == QStringLiteral("e")) {
            cell.type = XlsxCell::Type::Error;
            cell.text = value;
        } else if (type == QStringLiteral("b")) {
            cell.type = XlsxCell::Type::Boolean;
            cell.number = value.trimmed() == QStringLiteral("1") ? 1 : 0;
        } else {
            if (value.isEmpty())
                continue; // a cell with a style and no value
            bool ok = false;
            cell.type = XlsxCell::Type::Number;
            cell.number = value.toDouble(&ok);
            if (!ok)
                return fail(Tr::tr("sheet %1, cell %2%3 holds “%4” where a number belongs").arg(name, xlsxColumnName(c)).arg(r).arg(value));
            cell.datePrecision = m_state->datePrecisions.value(style);
        }
        if (cell.type == XlsxCell::Type::Text && cell.text.isEmpty())
            continue;
        // A row of cells that all name one long shared string would otherwise be gigabytes.
        characters += cell.text.size();
        if (characters > MaxRowCharacters)
            return fail(Tr::tr("sheet %1, row %2 holds more than %3 characters").arg(name).arg(row).arg(MaxRowCharacters));
        cells[c] = cell;
    }
    if (!more)
        return true;
    if (const QString problem = part.problem(); !problem.isEmpty())
        return fail(problem);
    if (!part.found())
        return fail(missing);
    if (xml.hasError())
        return fail(Tr::tr("sheet %1 is not well-formed XML: %2").arg(name, xml.errorString()));
    return true;
}

QString xlsxColumnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

QDate xlsxDateOfSerial(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial > 3e6)
        return {};
    const qint64 days = qint64(std::floor(serial));
    if (date1904)
        return QDate(1904, 1, 1).addDays(days);
    // The 1900 system counts 1900-02-29, a day that never was (serial 60), as
    // Lotus 1-2-3 did: serials after it are one day ahead.
    if (days < 60)
        return QDate(1899, 12, 31).addDays(days);
    return QDate(1899, 12, 30).addDays(days);
}

std::optional<XlsxWorkbook> XlsxWorkbook::read(const QString &path, QString *error, const std::function<bool(const QString &)> &wanted)
{
    const auto package = XlsxPackage::open(path, error);
    if (!package)
        return std::nullopt;
    XlsxWorkbook workbook;
    workbook.date1904 = package->date1904();
    for (qsizetype i = 0; i < package->sheets().size(); ++i) {
        XlsxSheet sheet{package->sheets()[i].name, {}};
        if (wanted && !wanted(sheet.name))
            continue;
        const bool read = package->forEachRow(
            i,
            [&sheet](int row, const XlsxRow &cells) {
                sheet.rows.insert(row, cells);
                return true;
            },
            error);
        if (!read)
            return std::nullopt;
        workbook.sheets << sheet;
    }
    return workbook;
}

} // namespace triangle
