#include "OdtBodyWriter.h"

#include "OdfParts.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>

#include <numeric>

namespace triangle {

using namespace odf;

namespace {
constexpr int FigureDpi = 200;
constexpr double MinTypePt = 7; // as in the PDF: legible on paper
// A table column's width: 2 to ColumnWeights shares of the column.
constexpr int ColumnWeights = 12;

// A column as wide as its longest text asks, from 2 (a score) to
// ColumnWeights (a note), a Chinese character counted as two.
int columnWeight(QTextTable *table, int column)
{
    int longest = 0;
    for (int row = 0; row < table->rows(); ++row) {
        const QTextTableCell cell = table->cellAt(row, column);
        if (cell.columnSpan() > 1)
            continue;
        int length = 0;
        for (auto it = cell.begin(); !it.atEnd(); ++it) {
            for (QChar c : it.currentBlock().text())
                length += c.unicode() >= 0x2E80 ? 2 : 1;
        }
        longest = std::max(longest, length);
    }
    return std::clamp((longest + 7) / 8, 2, ColumnWeights); // 2: a header such as “Score” on one line
}

bool isHeaderRow(QTextTable *table)
{
    for (int column = 0; column < table->columns(); ++column) {
        const QTextBlock first = table->cellAt(0, column).firstCursorPosition().block();
        if (!first.text().isEmpty() && first.charFormat().fontWeight() < QFont::Bold
            && first.begin().fragment().charFormat().fontWeight() < QFont::Bold)
            return false;
    }
    return true;
}
} // namespace

void OdtBodyWriter::pageBreak()
{
    m_xml.writeEmptyElement(TextNs, QStringLiteral("p"));
    m_xml.writeAttribute(TextNs, QStringLiteral("style-name"), QStringLiteral("PageBreak"));
}

void OdtBodyWriter::block(const ReportBlock &block)
{
    switch (block.kind) {
    case ReportBlock::Kind::Text: richText(block.html); break;
    case ReportBlock::Kind::Figure: figure(block); break;
    case ReportBlock::Kind::DatedList: datedList(block); break;
    }
}

void OdtBodyWriter::richText(const QString &html)
{
    QTextDocument doc;
    doc.setHtml(html);
    writeFrame(doc.rootFrame());
}

void OdtBodyWriter::writeFrame(QTextFrame *frame)
{
    QTextList *openList = nullptr;
    auto closeList = [&] {
        if (openList)
            m_xml.writeEndElement();
        openList = nullptr;
    };
    for (auto it = frame->begin(); !it.atEnd(); ++it) {
        if (QTextFrame *child = it.currentFrame()) {
            closeList();
            if (auto *table = qobject_cast<QTextTable *>(child))
                writeTable(table);
            else
                writeFrame(child);
            continue;
        }
        const QTextBlock block = it.currentBlock();
        if (QTextList *list = block.textList()) {
            if (list != openList) {
                closeList();
                m_xml.writeStartElement(TextNs, QStringLiteral("list"));
                m_xml.writeAttribute(TextNs, QStringLiteral("style-name"), QStringLiteral("Bullets"));
                openList = list;
            }
            m_xml.writeStartElement(TextNs, QStringLiteral("list-item"));
            writeBlock(block, QStringLiteral("Text_20_body"));
            m_xml.writeEndElement();
            continue;
        }
        closeList();
        if (block.text().trimmed().isEmpty())
            continue; // the empty paragraph Qt keeps around tables
        writeBlock(block, QStringLiteral("Text_20_body"));
    }
    closeList();
}

// A heading as text:h with its outline level, else a paragraph in `style`.
void OdtBodyWriter::writeBlock(const QTextBlock &block, const QString &style)
{
    const int level = std::clamp(block.blockFormat().headingLevel(), 0, 4);
    if (level > 0) {
        m_xml.writeStartElement(TextNs, QStringLiteral("h"));
        m_xml.writeAttribute(TextNs, QStringLiteral("style-name"), headingStyle(level));
        m_xml.writeAttribute(TextNs, QStringLiteral("outline-level"), QString::number(level));
    } else {
        m_xml.writeStartElement(TextNs, QStringLiteral("p"));
        m_xml.writeAttribute(TextNs, QStringLiteral("style-name"), style);
    }
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        const QString text = fragment.text().replace(QChar::LineSeparator, QLatin1Char('\n'));
        const QTextCharFormat format = fragment.charFormat();
        // A colour set in the HTML (a region's swatch) gets a text style of its own.
        QString span = format.foreground().style() == Qt::SolidPattern
            ? colourStyle(format.foreground().color())
            : QString();
        if (span.isEmpty() && level == 0 && format.fontWeight() >= QFont::Bold)
            span = QStringLiteral("Strong_20_Emphasis");
        if (!span.isEmpty()) {
            m_xml.writeStartElement(TextNs, QStringLiteral("span"));
            m_xml.writeAttribute(TextNs, QStringLiteral("style-name"), span);
        }
        m_xml.writeCharacters(text);
        if (!span.isEmpty())
            m_xml.writeEndElement();
    }
    m_xml.writeEndElement();
}

QString OdtBodyWriter::colourStyle(const QColor &colour)
{
    const QString hex = colour.name(QColor::HexRgb);
    m_colours.insert(hex);
    return QStringLiteral("Colour_%1").arg(hex.mid(1));
}

void OdtBodyWriter::writeTable(QTextTable *table)
{
    m_xml.writeStartElement(TableNs, QStringLiteral("table"));
    m_xml.writeAttribute(TableNs, QStringLiteral("name"), QStringLiteral("Table%1").arg(++m_tables));
    m_xml.writeAttribute(TableNs, QStringLiteral("style-name"), QStringLiteral("ReportTable"));
    // Each column as wide as its share of the weights (an automatic style of its own).
    QList<int> weights;
    for (int column = 0; column < table->columns(); ++column)
        weights << columnWeight(table, column);
    const double sum = std::accumulate(weights.begin(), weights.end(), 0.0);
    for (int column = 0; column < table->columns(); ++column) {
        const QString style = QStringLiteral("Table%1.C%2").arg(m_tables).arg(column + 1);
        m_columnWidths << std::pair(style, ColumnPt * weights[column] / sum);
        m_xml.writeEmptyElement(TableNs, QStringLiteral("table-column"));
        m_xml.writeAttribute(TableNs, QStringLiteral("style-name"), style);
    }
    for (int row = 0; row < table->rows(); ++row) {
        // A first row of <th> cells (bold) repeats as the table's header.
        const bool header = row == 0 && isHeaderRow(table);
        if (header)
            m_xml.writeStartElement(TableNs, QStringLiteral("table-header-rows"));
        m_xml.writeStartElement(TableNs, QStringLiteral("table-row"));
        for (int column = 0; column < table->columns(); ++column) {
            const QTextTableCell cell = table->cellAt(row, column);
            if (cell.row() != row || cell.column() != column) {
                m_xml.writeEmptyElement(TableNs, QStringLiteral("covered-table-cell"));
                continue;
            }
            m_xml.writeStartElement(TableNs, QStringLiteral("table-cell"));
            m_xml.writeAttribute(TableNs, QStringLiteral("style-name"), QStringLiteral("ReportCell"));
            m_xml.writeAttribute(OfficeNs, QStringLiteral("value-type"), QStringLiteral("string"));
            if (cell.columnSpan() > 1)
                m_xml.writeAttribute(TableNs, QStringLiteral("number-columns-spanned"), QString::number(cell.columnSpan()));
            for (auto it = cell.begin(); !it.atEnd(); ++it) {
                if (it.currentBlock().isValid())
                    writeBlock(it.currentBlock(), header ? QStringLiteral("Table_20_Heading") : QStringLiteral("Table_20_Contents"));
            }
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
        if (header)
            m_xml.writeEndElement();
    }
    m_xml.writeEndElement();
}

// The figure drawn at print size into a PNG, shown full column width.
void OdtBodyWriter::figure(const ReportBlock &block)
{
    RenderOptions options;
    options.dpi = FigureDpi;
    options.printing = true;
    options.minTypePt = MinTypePt;
    const double width = ColumnPt * FigureDpi / 72.0;
    const double height = reportFigureHeight(block, width, options);
    QImage image(QSize(qRound(width), qRound(height)), QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(qRound(FigureDpi / 0.0254));
    image.setDotsPerMeterY(qRound(FigureDpi / 0.0254));
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        block.paint(painter, QRectF(0, 0, width, height), options);
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    const QString name = QStringLiteral("Pictures/figure%1.png").arg(m_pictures.size() + 1);
    m_pictures << ZipEntry{name, png, true}; // PNG is compressed already

    m_xml.writeStartElement(TextNs, QStringLiteral("p"));
    m_xml.writeAttribute(TextNs, QStringLiteral("style-name"), QStringLiteral("Figure"));
    m_xml.writeStartElement(DrawNs, QStringLiteral("frame"));
    m_xml.writeAttribute(DrawNs, QStringLiteral("name"), QStringLiteral("Figure%1").arg(m_pictures.size()));
    m_xml.writeAttribute(TextNs, QStringLiteral("anchor-type"), QStringLiteral("as-char"));
    m_xml.writeAttribute(SvgNs, QStringLiteral("width"), QStringLiteral("%1pt").arg(ColumnPt));
    m_xml.writeAttribute(SvgNs, QStringLiteral("height"), QStringLiteral("%1pt").arg(height * 72.0 / FigureDpi, 0, 'f', 1));
    m_xml.writeEmptyElement(DrawNs, QStringLiteral("image"));
    m_xml.writeAttribute(XlinkNs, QStringLiteral("href"), name);
    m_xml.writeAttribute(XlinkNs, QStringLiteral("type"), QStringLiteral("simple"));
    m_xml.writeAttribute(XlinkNs, QStringLiteral("show"), QStringLiteral("embed"));
    m_xml.writeAttribute(XlinkNs, QStringLiteral("actuate"), QStringLiteral("onLoad"));
    m_xml.writeEndElement();
    m_xml.writeEndElement();
}

// Every row: an editable document need not cut the list to a page.
void OdtBodyWriter::datedList(const ReportBlock &block)
{
    QString html = block.heading;
    if (block.rows.isEmpty()) {
        html += block.none;
    } else {
        html += QStringLiteral("<table>");
        for (const auto &[date, what] : block.rows)
            html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(date, what.toHtmlEscaped());
        html += QStringLiteral("</table>");
    }
    richText(html);
}

} // namespace triangle
