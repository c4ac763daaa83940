#include "OdfParts.h"

#include "model/DomainNames.h"

namespace triangle::odf {

namespace {
// Size and weight for Latin, Chinese (Asian) and complex scripts alike:
// word processors take the Asian ones for Chinese characters.
void writeTextProperties(QXmlStreamWriter &xml, double sizePt, bool bold)
{
    xml.writeEmptyElement(StyleNs, QStringLiteral("text-properties"));
    const QString size = QStringLiteral("%1pt").arg(sizePt);
    xml.writeAttribute(FoNs, QStringLiteral("font-size"), size);
    xml.writeAttribute(StyleNs, QStringLiteral("font-size-asian"), size);
    xml.writeAttribute(StyleNs, QStringLiteral("font-size-complex"), size);
    if (bold) {
        xml.writeAttribute(FoNs, QStringLiteral("font-weight"), QStringLiteral("bold"));
        xml.writeAttribute(StyleNs, QStringLiteral("font-weight-asian"), QStringLiteral("bold"));
        xml.writeAttribute(StyleNs, QStringLiteral("font-weight-complex"), QStringLiteral("bold"));
    }
}

void writeParagraphStyle(QXmlStreamWriter &xml, const QString &name, const QString &displayName, double sizePt, bool bold,
                         int outlineLevel = 0, double spaceAbovePt = 0)
{
    xml.writeStartElement(StyleNs, QStringLiteral("style"));
    xml.writeAttribute(StyleNs, QStringLiteral("name"), name);
    xml.writeAttribute(StyleNs, QStringLiteral("display-name"), displayName);
    xml.writeAttribute(StyleNs, QStringLiteral("family"), QStringLiteral("paragraph"));
    if (outlineLevel > 0) {
        xml.writeAttribute(StyleNs, QStringLiteral("default-outline-level"), QString::number(outlineLevel));
        xml.writeAttribute(StyleNs, QStringLiteral("class"), QStringLiteral("text"));
        xml.writeAttribute(StyleNs, QStringLiteral("next-style-name"), QStringLiteral("Text_20_body"));
    }
    xml.writeEmptyElement(StyleNs, QStringLiteral("paragraph-properties"));
    xml.writeAttribute(FoNs, QStringLiteral("margin-top"), QStringLiteral("%1pt").arg(spaceAbovePt));
    xml.writeAttribute(FoNs, QStringLiteral("margin-bottom"), QStringLiteral("4pt"));
    if (outlineLevel > 0)
        xml.writeAttribute(FoNs, QStringLiteral("keep-with-next"), QStringLiteral("always"));
    writeTextProperties(xml, sizePt, bold);
    xml.writeEndElement();
}

// A style of `family` whose one properties element (`properties`) has `attributes`.
void writeStyle(QXmlStreamWriter &xml, const QString &name, const QString &family, const QString &properties,
                const QList<QXmlStreamAttribute> &attributes, const QString &parent = {})
{
    xml.writeStartElement(StyleNs, QStringLiteral("style"));
    xml.writeAttribute(StyleNs, QStringLiteral("name"), name);
    xml.writeAttribute(StyleNs, QStringLiteral("family"), family);
    if (!parent.isEmpty())
        xml.writeAttribute(StyleNs, QStringLiteral("parent-style-name"), parent);
    xml.writeEmptyElement(StyleNs, properties);
    for (const QXmlStreamAttribute &attribute : attributes)
        xml.writeAttribute(attribute);
    xml.writeEndElement();
}
} // namespace

void writeAutomaticStyles(QXmlStreamWriter &xml, const QList<std::pair<QString, double>> &columnWidths,
                          const QStringList &colours)
{
    xml.writeStartElement(OfficeNs, QStringLiteral("automatic-styles"));
    const QString paragraph = QStringLiteral("paragraph");
    const QString paragraphProperties = QStringLiteral("paragraph-properties");
    const QString body = QStringLiteral("Text_20_body");
    writeStyle(xml, QStringLiteral("PageBreak"), paragraph, paragraphProperties,
               {QXmlStreamAttribute(FoNs, QStringLiteral("break-before"), QStringLiteral("page"))}, body);
    writeStyle(xml, QStringLiteral("Figure"), paragraph, paragraphProperties,
               {QXmlStreamAttribute(FoNs, QStringLiteral("text-align"), QStringLiteral("center"))}, body);
    writeStyle(xml, QStringLiteral("ReportTable"), QStringLiteral("table"), QStringLiteral("table-properties"),
               {QXmlStreamAttribute(StyleNs, QStringLiteral("width"), QStringLiteral("%1pt").arg(ColumnPt)),
                QXmlStreamAttribute(TableNs, QStringLiteral("align"), QStringLiteral("margins"))});
    for (const auto &[name, width] : columnWidths)
        writeStyle(xml, name, QStringLiteral("table-column"), QStringLiteral("table-column-properties"),
                   {QXmlStreamAttribute(StyleNs, QStringLiteral("column-width"), QStringLiteral("%1pt").arg(width, 0, 'f', 1))});
    for (const QString &colour : colours)
        writeStyle(xml, QStringLiteral("Colour_%1").arg(colour.mid(1)), QStringLiteral("text"), QStringLiteral("text-properties"),
                   {QXmlStreamAttribute(FoNs, QStringLiteral("color"), colour)});
    writeStyle(xml, QStringLiteral("ReportCell"), QStringLiteral("table-cell"), QStringLiteral("table-cell-properties"),
               {QXmlStreamAttribute(FoNs, QStringLiteral("border"), QStringLiteral("0.5pt solid #BBBBBB")),
                QXmlStreamAttribute(FoNs, QStringLiteral("padding"), QStringLiteral("2pt"))});
    xml.writeEndElement();
}

QString headingStyle(int level) { return QStringLiteral("Heading_20_%1").arg(level); }

void declareNamespaces(QXmlStreamWriter &xml)
{
    xml.writeNamespace(OfficeNs, QStringLiteral("office"));
    xml.writeNamespace(StyleNs, QStringLiteral("style"));
    xml.writeNamespace(TextNs, QStringLiteral("text"));
    xml.writeNamespace(TableNs, QStringLiteral("table"));
    xml.writeNamespace(DrawNs, QStringLiteral("draw"));
    xml.writeNamespace(FoNs, QStringLiteral("fo"));
    xml.writeNamespace(SvgNs, QStringLiteral("svg"));
    xml.writeNamespace(XlinkNs, QStringLiteral("xlink"));
}

QByteArray stylesXml()
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    declareNamespaces(xml);
    xml.writeStartElement(OfficeNs, QStringLiteral("document-styles"));
    xml.writeAttribute(OfficeNs, QStringLiteral("version"), QStringLiteral("1.2"));

    xml.writeStartElement(OfficeNs, QStringLiteral("font-face-decls"));
    for (const QString &family : {QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans CJK SC")}) {
        xml.writeEmptyElement(StyleNs, QStringLiteral("font-face"));
        xml.writeAttribute(StyleNs, QStringLiteral("name"), family);
        xml.writeAttribute(SvgNs, QStringLiteral("font-family"), QStringLiteral("'%1'").arg(family));
    }
    xml.writeEndElement();

    xml.writeStartElement(OfficeNs, QStringLiteral("styles"));
    xml.writeStartElement(StyleNs, QStringLiteral("default-style"));
    xml.writeAttribute(StyleNs, QStringLiteral("family"), QStringLiteral("paragraph"));
    xml.writeEmptyElement(StyleNs, QStringLiteral("text-properties"));
    xml.writeAttribute(StyleNs, QStringLiteral("font-name"), QStringLiteral("Noto Sans"));
    xml.writeAttribute(StyleNs, QStringLiteral("font-name-asian"), QStringLiteral("Noto Sans CJK SC"));
    xml.writeAttribute(FoNs, QStringLiteral("font-size"), QStringLiteral("10pt"));
    xml.writeAttribute(StyleNs, QStringLiteral("font-size-asian"), QStringLiteral("10pt"));
    xml.writeAttribute(StyleNs, QStringLiteral("font-size-complex"), QStringLiteral("10pt"));
    xml.writeAttribute(StyleNs, QStringLiteral("language-asian"), QStringLiteral("zh"));
    xml.writeAttribute(StyleNs, QStringLiteral("country-asian"), QStringLiteral("CN"));
    xml.writeEndElement();

    writeParagraphStyle(xml, QStringLiteral("Text_20_body"), QStringLiteral("Text body"), 10, false);
    writeParagraphStyle(xml, QStringLiteral("Table_20_Contents"), QStringLiteral("Table Contents"), 9, false);
    writeParagraphStyle(xml, QStringLiteral("Table_20_Heading"), QStringLiteral("Table Heading"), 9, true);
    const double sizes[] = {22, 15, 11, 10};
    for (int level = 1; level <= 4; ++level)
        writeParagraphStyle(xml, headingStyle(level), QStringLiteral("Heading %1").arg(level), sizes[level - 1], true, level,
                            level == 1 ? 0 : 10);
    xml.writeStartElement(StyleNs, QStringLiteral("style"));
    xml.writeAttribute(StyleNs, QStringLiteral("name"), QStringLiteral("Strong_20_Emphasis"));
    xml.writeAttribute(StyleNs, QStringLiteral("display-name"), QStringLiteral("Strong Emphasis"));
    xml.writeAttribute(StyleNs, QStringLiteral("family"), QStringLiteral("text"));
    xml.writeEmptyElement(StyleNs, QStringLiteral("text-properties"));
    xml.writeAttribute(FoNs, QStringLiteral("font-weight"), QStringLiteral("bold"));
    xml.writeAttribute(StyleNs, QStringLiteral("font-weight-asian"), QStringLiteral("bold"));
    xml.writeAttribute(StyleNs, QStringLiteral("font-weight-complex"), QStringLiteral("bold"));
    xml.writeEndElement();
    // Bullets for the lists.
    xml.writeStartElement(TextNs, QStringLiteral("list-style"));
    xml.writeAttribute(StyleNs, QStringLiteral("name"), QStringLiteral("Bullets"));
    xml.writeStartElement(TextNs, QStringLiteral("list-level-style-bullet"));
    xml.writeAttribute(TextNs, QStringLiteral("level"), QStringLiteral("1"));
    xml.writeAttribute(TextNs, QStringLiteral("bullet-char"), QStringLiteral("•"));
    xml.writeEmptyElement(StyleNs, QStringLiteral("list-level-properties"));
    xml.writeAttribute(TextNs, QStringLiteral("space-before"), QStringLiteral("0.4cm"));
    xml.writeAttribute(TextNs, QStringLiteral("min-label-width"), QStringLiteral("0.4cm"));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement(); // styles

    xml.writeStartElement(OfficeNs, QStringLiteral("automatic-styles"));
    xml.writeStartElement(StyleNs, QStringLiteral("page-layout"));
    xml.writeAttribute(StyleNs, QStringLiteral("name"), QStringLiteral("A4"));
    xml.writeEmptyElement(StyleNs, QStringLiteral("page-layout-properties"));
    xml.writeAttribute(FoNs, QStringLiteral("page-width"), QStringLiteral("21cm"));
    xml.writeAttribute(FoNs, QStringLiteral("page-height"), QStringLiteral("29.7cm"));
    for (const QString &side : {QStringLiteral("top"), QStringLiteral("bottom"), QStringLiteral("left"), QStringLiteral("right")})
        xml.writeAttribute(FoNs, QStringLiteral("margin-") + side, QStringLiteral("2cm"));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeStartElement(OfficeNs, QStringLiteral("master-styles"));
    xml.writeEmptyElement(StyleNs, QStringLiteral("master-page"));
    xml.writeAttribute(StyleNs, QStringLiteral("name"), QStringLiteral("Standard"));
    xml.writeAttribute(StyleNs, QStringLiteral("page-layout-name"), QStringLiteral("A4"));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

// content.xml's body from the report's blocks; figures become the pictures it names.

QByteArray metaXml(const QString &title)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    xml.writeNamespace(OfficeNs, QStringLiteral("office"));
    xml.writeNamespace(MetaNs, QStringLiteral("meta"));
    xml.writeNamespace(DcNs, QStringLiteral("dc"));
    xml.writeStartElement(OfficeNs, QStringLiteral("document-meta"));
    xml.writeAttribute(OfficeNs, QStringLiteral("version"), QStringLiteral("1.2"));
    xml.writeStartElement(OfficeNs, QStringLiteral("meta"));
    xml.writeTextElement(DcNs, QStringLiteral("title"), title);
    xml.writeTextElement(MetaNs, QStringLiteral("generator"), QStringLiteral("Triangle Studio"));
    xml.writeTextElement(DcNs, QStringLiteral("language"), preferChinese() ? QStringLiteral("zh-CN") : QStringLiteral("en"));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}


QByteArray manifestXml(const QList<ZipEntry> &entries)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeNamespace(ManifestNs, QStringLiteral("manifest"));
    xml.writeStartElement(ManifestNs, QStringLiteral("manifest"));
    xml.writeAttribute(ManifestNs, QStringLiteral("version"), QStringLiteral("1.2"));
    auto entry = [&](const QString &path, const QString &type) {
        xml.writeEmptyElement(ManifestNs, QStringLiteral("file-entry"));
        xml.writeAttribute(ManifestNs, QStringLiteral("full-path"), path);
        xml.writeAttribute(ManifestNs, QStringLiteral("media-type"), type);
    };
    entry(QStringLiteral("/"), MimeType);
    for (const ZipEntry &e : entries)
        entry(e.name, e.name.endsWith(QStringLiteral(".png")) ? QStringLiteral("image/png") : QStringLiteral("text/xml"));
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

} // namespace triangle::odf
