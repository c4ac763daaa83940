#pragma once

// The parts of an OpenDocument text package besides its body: the
// namespaces, styles.xml (fonts, A4 page, the named paragraph styles, with
// heading sizes and weights for Chinese as well as Latin text), content.xml's
// automatic styles, meta.xml and the manifest.

#include "ZipArchive.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QXmlStreamWriter>

#include <utility>

namespace triangle::odf {

inline const QString OfficeNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
inline const QString StyleNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
inline const QString TextNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
inline const QString TableNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
inline const QString DrawNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:drawing:1.0");
inline const QString FoNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
inline const QString SvgNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0");
inline const QString XlinkNs = QStringLiteral("http://www.w3.org/1999/xlink");
inline const QString MetaNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:meta:1.0");
inline const QString DcNs = QStringLiteral("http://purl.org/dc/elements/1.1/");
inline const QString ManifestNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0");
inline const QString MimeType = QStringLiteral("application/vnd.oasis.opendocument.text");

constexpr double ColumnPt = 481.9; // A4 less 2 cm margins: 17 cm

// The prefixes for the namespaces above, declared on the next element written.
void declareNamespaces(QXmlStreamWriter &xml);

// The named paragraph style of a heading of `level` (1–4).
QString headingStyle(int level);

QByteArray stylesXml();
// content.xml's automatic styles, with a style per table column (name, width
// in points) and per text colour ("#RRGGBB", named Colour_RRGGBB).
void writeAutomaticStyles(QXmlStreamWriter &xml, const QList<std::pair<QString, double>> &columnWidths,
                          const QStringList &colours);
QByteArray metaXml(const QString &title);
QByteArray manifestXml(const QList<ZipEntry> &entries);

} // namespace triangle::odf
