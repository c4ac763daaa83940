#pragma once

#include "ReportContent.h"
#include "ZipArchive.h"

#include <QColor>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QXmlStreamWriter>

#include <utility>

class QTextBlock;
class QTextFrame;
class QTextTable;

namespace triangle {

// Writes report blocks as the body of an OpenDocument text: rich text parsed
// by QTextDocument and written element by element (headings as text:h with
// their outline level, bullets as text:list, tables as table:table with a
// header row), figures drawn at print size into PNG pictures.
class OdtBodyWriter
{
public:
    explicit OdtBodyWriter(QXmlStreamWriter &xml) : m_xml(xml) {}

    // The pictures the body names, for the package.
    QList<ZipEntry> pictures() const { return m_pictures; }
    // (style name, width in points) of every table column written.
    QList<std::pair<QString, double>> columnWidths() const { return m_columnWidths; }
    // The text colours used ("#RRGGBB"), each with its style Colour_RRGGBB.
    QStringList colours() const { return QStringList(m_colours.begin(), m_colours.end()); }

    void pageBreak();
    void block(const ReportBlock &block);

private:
    void richText(const QString &html);
    void writeFrame(QTextFrame *frame);
    void writeBlock(const QTextBlock &block, const QString &style);
    void writeTable(QTextTable *table);
    QString colourStyle(const QColor &colour);
    void figure(const ReportBlock &block);
    void datedList(const ReportBlock &block);

    QXmlStreamWriter &m_xml;
    QList<ZipEntry> m_pictures;
    QList<std::pair<QString, double>> m_columnWidths;
    QSet<QString> m_colours;
    int m_tables = 0;
};

} // namespace triangle
