#include "XlsxReader.h"

#include "DataFiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QXmlStreamReader>

#include <unzip.h>

#include <cmath>
#include <memory>

namespace triangle {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(triangle::XlsxReader)
};

// A part's uncompressed size is limited as the file is: a small zip must not
// unpack into gigabytes.
constexpr qint64 MaxPartBytes = MaxDataFileBytes;

struct ZipCloser
{
    void operator()(void *zip) const { unzClose(zip); }
};
using Zip = std::unique_ptr<void, ZipCloser>;

// The bytes of the part `name`; nullopt when the package has no such part.
std::optional<QByteArray> readPart(unzFile zip, const QString &name, QString *error)
{
    const QByteArray entry = name.toUtf8();
    if (unzLocateFile(zip, entry.constData(), 1) != UNZ_OK)
        return std::nullopt;
    if (unzOpenCurrentFile(zip) != UNZ_OK) {
        *error = Tr::tr("its part %1 cannot be unpacked").arg(name);
        return std::nullopt;
    }
    QByteArray bytes;
    char buffer[64 * 1024];
    int got = 0;
    while ((got = unzReadCurrentFile(zip, buffer, sizeof buffer)) > 0) {
        bytes.append(buffer, got);
        if (bytes.size() > MaxPartBytes) {
            unzCloseCurrentFile(zip);
            *error = Tr::tr("its part %1 unpacks to more than %2 MiB").arg(name).arg(MaxPartBytes / (1024 * 1024));
            return std::nullopt;
        }
    }
    // Closing checks the part's CRC.
    if (unzCloseCurrentFile(zip) != UNZ_OK || got < 0) {
        *error = Tr::tr("its part %1 is damaged").arg(name);
        return std::nullopt;
    }
    return bytes;
}

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
// nullopt, with `error` set, when a target climbs above the package's root.
std::optional<QHash<QString, QString>> relationships(const QByteArray &rels, const QString &relsPart, const QString &folder,
                                                     QString *error, QHash<QString, QString> *byType = nullptr)
{
    QHash<QString, QString> targets;
    QXmlStreamReader xml(rels);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement() || xml.name() != u"Relationship")
            continue;
        const auto attributes = xml.attributes();
        const QString written = attributes.value(QLatin1StringView("Target")).toString();
        if (attributes.value(QLatin1StringView("TargetMode")) == u"External")
            continue;
        const QString target = written.startsWith(QLatin1Char('/')) ? written.mid(1) : folder + written;
        // "xl/worksheets/../sharedStrings.xml" → "xl/sharedStrings.xml"
        QStringList parts;
        for (const QString &part : target.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
            if (part == QStringLiteral("..")) {
                if (parts.isEmpty()) {
                    *error = Tr::tr("its part %1 points outside the package (“%2”)").arg(relsPart, written);
                    return std::nullopt;
                }
                parts.removeLast();
            } else if (part != QStringLiteral(".")) {
                parts << part;
            }
        }
        const QString resolved = parts.join(QLatin1Char('/'));
        targets.insert(attributes.value(QLatin1StringView("Id")).toString(), resolved);
        if (byType)
            byType->insert(attributes.value(QLatin1StringView("Type")).toString().section(QLatin1Char('/'), -1), resolved);
    }
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

// Per cell style index (<c s="…">), the date precision its number format shows.
QList<std::optional<PartialDate::Precision>> styleDatePrecisions(const QByteArray &styles)
{
    QHash<int, QString> codes;
    QList<std::optional<PartialDate::Precision>> byStyle;
    QXmlStreamReader xml(styles);
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"numFmt")
                codes.insert(xml.attributes().value(QLatin1StringView("numFmtId")).toInt(), xml.attributes().value(QLatin1StringView("formatCode")).toString());
            else if (xml.name() == u"cellXfs")
                inCellXfs = true;
            else if (inCellXfs && xml.name() == u"xf") {
                const int id = xml.attributes().value(QLatin1StringView("numFmtId")).toInt();
                byStyle << datePrecisionOfFormat(id, codes.value(id));
            }
        } else if (xml.isEndElement() && xml.name() == u"cellXfs") {
            inCellXfs = false;
        }
    }
    return byStyle;
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

struct SheetContext
{
    const QStringList &sharedStrings;
    const QList<std::optional<PartialDate::Precision>> &datePrecisions;
};

// The <sheetData> of a worksheet part.
std::optional<XlsxSheet> readSheet(const QByteArray &bytes, const QString &name, const SheetContext &context, QString *error)
{
    XlsxSheet sheet;
    sheet.name = name;
    QXmlStreamReader xml(bytes);
    int row = 0;
    int column = -1;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"row") {
            // A row or cell without its reference follows the one before.
            const int r = xml.attributes().value(QLatin1StringView("r")).toInt();
            row = r > 0 ? r : row + 1;
            column = -1;
            continue;
        }
        if (xml.name() != u"c")
            continue;
        const auto attributes = xml.attributes();
        int r = row;
        int c = column + 1;
        if (attributes.hasAttribute(QLatin1StringView("r")) && !parseReference(attributes.value(QLatin1StringView("r")), &c, &r)) {
            *error = Tr::tr("sheet %1 has a cell with the reference “%2”").arg(name, attributes.value(QLatin1StringView("r")).toString());
            return std::nullopt;
        }
        column = c;
        const QString type = attributes.value(QLatin1StringView("t")).toString();
        const int style = attributes.value(QLatin1StringView("s")).toInt();
        QString value;
        std::optional<QString> inlineText;
        while (!xml.atEnd()) {
            xml.readNext();
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
            if (!ok || index < 0 || index >= context.sharedStrings.size()) {
                *error = Tr::tr("sheet %1, cell %2%3 refers to a shared string that is not there").arg(name, xlsxColumnName(c)).arg(r);
                return std::nullopt;
            }
            cell.text = context.sharedStrings[index];
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
            if (!ok) {
                *error = Tr::tr("sheet %1, cell %2%3 holds “%4” where a number belongs").arg(name, xlsxColumnName(c)).arg(r).arg(value);
                return std::nullopt;
            }
            cell.datePrecision = context.datePrecisions.value(style);
        }
        if (cell.type == XlsxCell::Type::Text && cell.text.isEmpty())
            continue;
        sheet.rows[r][c] = cell;
    }
    if (xml.hasError()) {
        *error = Tr::tr("sheet %1 is not well-formed XML: %2").arg(name, xml.errorString());
        return std::nullopt;
    }
    return sheet;
}
} // namespace

QString xlsxColumnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

QDate XlsxWorkbook::dateOfSerial(double serial) const
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
    const Zip zip(unzOpen64(QFile::encodeName(path).constData()));
    if (!zip) {
        *error = Tr::tr("is not an Excel workbook (.xlsx): it is not a zip package");
        return std::nullopt;
    }
    auto part = [&](const QString &name) { return readPart(zip.get(), name, error); };

    // The package says where its workbook is; Excel always puts it at xl/workbook.xml.
    QString workbookPart = QStringLiteral("xl/workbook.xml");
    if (const auto rels = part(QStringLiteral("_rels/.rels"))) {
        QHash<QString, QString> byType;
        if (!relationships(*rels, QStringLiteral("_rels/.rels"), QString(), error, &byType))
            return std::nullopt;
        workbookPart = byType.value(QStringLiteral("officeDocument"), workbookPart);
    }
    const QString folder = workbookPart.section(QLatin1Char('/'), 0, -2) + QLatin1Char('/');
    const QString relsPart = folder + QStringLiteral("_rels/") + workbookPart.section(QLatin1Char('/'), -1) + QStringLiteral(".rels");
    const auto workbookXml = part(workbookPart);
    const auto workbookRels = workbookXml ? part(relsPart) : std::nullopt;
    if (!workbookXml || !workbookRels) {
        if (error->isEmpty())
            *error = Tr::tr("is not an Excel workbook (.xlsx): it has no workbook part");
        return std::nullopt;
    }
    QHash<QString, QString> partsByType;
    const auto targets = relationships(*workbookRels, relsPart, folder, error, &partsByType);
    if (!targets)
        return std::nullopt;

    XlsxWorkbook workbook;
    QList<std::pair<QString, QString>> sheetParts; // name → part
    QXmlStreamReader xml(*workbookXml);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto attributes = xml.attributes();
        if (xml.name() == u"workbookPr") {
            const QStringView date1904 = attributes.value(QLatin1StringView("date1904"));
            workbook.date1904 = date1904 == u"1" || date1904 == u"true";
        } else if (xml.name() == u"sheet") {
            QString id;
            for (const QXmlStreamAttribute &a : attributes) {
                if (a.name() == u"id") // r:id, whatever the prefix
                    id = a.value().toString();
            }
            sheetParts.append({attributes.value(QLatin1StringView("name")).toString(), targets->value(id)});
        }
    }
    if (xml.hasError()) {
        *error = Tr::tr("its workbook part is not well-formed XML: %1").arg(xml.errorString());
        return std::nullopt;
    }

    QStringList sharedStrings;
    if (const QString name = partsByType.value(QStringLiteral("sharedStrings")); !name.isEmpty()) {
        const auto bytes = part(name);
        if (!bytes && !error->isEmpty())
            return std::nullopt;
        QXmlStreamReader strings(bytes.value_or(QByteArray()));
        while (!strings.atEnd()) {
            strings.readNext();
            if (strings.isStartElement() && strings.name() == u"si")
                sharedStrings << stringItem(strings);
        }
        if (strings.hasError()) {
            *error = Tr::tr("its shared strings are not well-formed XML: %1").arg(strings.errorString());
            return std::nullopt;
        }
    }
    QList<std::optional<PartialDate::Precision>> datePrecisions;
    if (const QString name = partsByType.value(QStringLiteral("styles")); !name.isEmpty()) {
        const auto bytes = part(name);
        if (!bytes && !error->isEmpty())
            return std::nullopt;
        datePrecisions = styleDatePrecisions(bytes.value_or(QByteArray()));
    }

    const SheetContext context{sharedStrings, datePrecisions};
    for (const auto &[name, partName] : sheetParts) {
        if (wanted && !wanted(name))
            continue;
        const auto bytes = partName.isEmpty() ? std::nullopt : part(partName);
        if (!bytes) {
            if (error->isEmpty())
                *error = Tr::tr("its sheet %1 is missing from the package").arg(name);
            return std::nullopt;
        }
        auto sheet = readSheet(*bytes, name, context, error);
        if (!sheet)
            return std::nullopt;
        workbook.sheets << *sheet;
    }
    return workbook;
}

} // namespace triangle
