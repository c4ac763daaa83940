#include "OdtReportWriter.h"

#include "OdfParts.h"
#include "OdtBodyWriter.h"
#include "ZipArchive.h"
#include "data/OutputFile.h"

namespace triangle {

using namespace odf;

ReportWriter::Result OdtReportWriter::write(const ReportContent &content, const QString &odtPath,
                                            const ReportWriter::Progress &progress)
{
    ReportWriter::Result result;
    // The body first, in a document of its own: the automatic styles before
    // it in content.xml depend on its tables' columns.
    QByteArray body;
    QXmlStreamWriter bodyXml(&body); // not indented: white space in a paragraph is its text
    declareNamespaces(bodyXml);
    bodyXml.writeStartElement(OfficeNs, QStringLiteral("text"));
    OdtBodyWriter writer(bodyXml);
    const int total = int(content.sections.size());
    for (int i = 0; i < total; ++i) {
        if (i > 0)
            writer.pageBreak();
        for (const ReportBlock &block : content.sections[i].blocks)
            writer.block(block);
        if (progress && !progress(i + 1, total)) {
            result.cancelled = true;
            return result;
        }
    }
    bodyXml.writeEndElement();

    QByteArray contentXml;
    QXmlStreamWriter xml(&contentXml);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    declareNamespaces(xml);
    xml.writeStartElement(OfficeNs, QStringLiteral("document-content"));
    xml.writeAttribute(OfficeNs, QStringLiteral("version"), QStringLiteral("1.2"));
    writeAutomaticStyles(xml, writer.columnWidths(), writer.colours());
    const QString bodyMark = QStringLiteral("@@report-body@@"); // where the body goes
    xml.writeTextElement(OfficeNs, QStringLiteral("body"), bodyMark);
    xml.writeEndElement();
    xml.writeEndDocument();
    contentXml.replace(bodyMark.toUtf8(), body);

    QList<ZipEntry> parts{{QStringLiteral("content.xml"), contentXml}, {QStringLiteral("styles.xml"), stylesXml()},
                          {QStringLiteral("meta.xml"), metaXml(content.title)}};
    parts << writer.pictures();
    // The mimetype first and stored, as OpenDocument requires, then the manifest.
    QList<ZipEntry> entries{{QStringLiteral("mimetype"), MimeType.toLatin1(), true},
                            {QStringLiteral("META-INF/manifest.xml"), manifestXml(parts)}};
    entries << parts;
    const QByteArray odt = zipArchive(entries);
    if (odt.isEmpty()) {
        result.error = tr("The OpenDocument file could not be packed.");
        return result;
    }
    if (result.error = writeOutputFile(odtPath, odt); !result.error.isEmpty())
        return result;
    result.ok = true;
    result.pages = total;
    return result;
}

} // namespace triangle
