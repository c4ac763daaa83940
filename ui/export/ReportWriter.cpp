#include "ReportWriter.h"

#include "PdfTextLayer.h"
#include "ReportPages.h"
#include "render/FigureStyle.h"
#include "data/OutputFile.h"
#include "store/Store.h"

#include <QBuffer>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>

#include <algorithm>

namespace triangle {

namespace {
constexpr int Dpi = 300;
constexpr double MarginPt = 56; // about 2 cm
constexpr double MinTypePt = 7;  // the smallest type in a figure, legible on paper

double px(double points) { return points * Dpi / 72.0; }

// A document laid out at the report's resolution and column width.
void setUpDocument(QTextDocument &doc, QPainter &painter, const QString &html, double width)
{
    // The figures' fonts, so Chinese is set in a Simplified Chinese face.
    QFont font(figureFont(10, Dpi, true), painter.device()); // measured at the PDF's resolution
    font.setPointSizeF(10);
    doc.setDefaultFont(font);
    doc.setDefaultStyleSheet(QStringLiteral("h1 { font-size: 22pt; } h2 { font-size: 15pt; } h3 { font-size: 11pt; }"
                                            "h4 { font-size: 10pt; }"
                                            "td, th { padding: 2px 6px; font-size: 9pt; } th { text-align: left; background: #EEEEEE; }"
                                            ".note { color: #5C5C5C; font-size: 8pt; }"));
    doc.setHtml(html);
    doc.setTextWidth(width);
}

double htmlHeight(QPainter &painter, const QString &html, double width)
{
    QTextDocument doc;
    setUpDocument(doc, painter, html, width);
    return doc.size().height();
}

// Draws HTML at `top` of the column, returning the height used.
double drawHtml(QPainter &painter, const QString &html, const QRectF &column, double top)
{
    QTextDocument doc;
    setUpDocument(doc, painter, html, column.width());
    painter.save();
    painter.translate(column.left(), top);
    doc.drawContents(&painter, QRectF(0, 0, column.width(), column.bottom() - top));
    painter.restore();
    return doc.size().height();
}

// Lays the report's sections out on A4 pages, a section from the top of a
// page, its blocks one under another, running onto a further page when the
// next does not fit under the last.
class PdfLayout
{
public:
    PdfLayout(QPdfWriter &pdf, QPainter &painter)
        : m_pdf(pdf)
        , m_painter(painter)
        , m_column(QRectF(0, 0, pdf.width(), pdf.height()).adjusted(px(MarginPt), px(MarginPt), -px(MarginPt), -px(MarginPt)))
        , m_top(m_column.top())
    {
        m_options.dpi = Dpi;
        m_options.printing = true;
        m_options.minTypePt = MinTypePt;
    }

    int pages() const { return m_pages; }

    void section(const ReportSection &section)
    {
        if (m_started)
            newPage();
        m_started = true;
        for (const ReportBlock &block : section.blocks) {
            switch (block.kind) {
            case ReportBlock::Kind::Text: text(block); break;
            case ReportBlock::Kind::Figure: figure(block); break;
            case ReportBlock::Kind::DatedList: datedList(block); break;
            }
        }
    }

private:
    void newPage()
    {
        m_pdf.newPage();
        ++m_pages;
        m_top = m_column.top();
    }
    // A block under the last where there is room for it, else at the top of a further page.
    void roomFor(double height)
    {
        if (m_top + height > m_column.bottom() && m_top > m_column.top())
            newPage();
    }

    void text(const ReportBlock &block)
    {
        m_top += px(block.spaceBeforePt);
        const double height = htmlHeight(m_painter, block.html, m_column.width());
        const double room = m_column.bottom() - m_top;
        // A short block that does not fit goes whole to the next page; a
        // taller one (an indicator table with its notes) fills the room left
        // and runs on, so that pages are not left half empty.
        if (height <= room || (height <= m_column.height() / 3 && m_top > m_column.top())) {
            roomFor(height);
            m_top += drawHtml(m_painter, block.html, m_column, m_top) + px(8);
            return;
        }
        // Laid out in pages of the column's height, cut between lines, an
        // empty first line as tall as what is already on this page standing
        // for it (margins of the first block or the root frame do not: the
        // first is dropped, the second repeats on every page).
        QTextDocument doc;
        setUpDocument(doc, m_painter, block.html, m_column.width());
        QTextCursor start(&doc);
        start.insertBlock();
        QTextBlockFormat spacer;
        spacer.setLineHeight(m_top - m_column.top(), QTextBlockFormat::FixedHeight);
        QTextCursor(doc.begin()).setBlockFormat(spacer);
        const double page = m_column.height();
        doc.setPageSize(QSizeF(m_column.width(), page));
        const int pages = doc.pageCount();
        for (int i = 0; i < pages; ++i) {
            if (i > 0)
                newPage();
            m_painter.save();
            m_painter.translate(m_column.left(), m_column.top() - i * page);
            doc.drawContents(&m_painter, QRectF(0, i * page, m_column.width(), page));
            m_painter.restore();
        }
        // Paginated, the document is whole pages tall: its last block says where the text ends.
        const double end = doc.documentLayout()->blockBoundingRect(doc.lastBlock()).bottom() + doc.documentMargin();
        m_top = m_column.top() + (end - (pages - 1) * page) + px(8);
    }

    void figure(const ReportBlock &block)
    {
        const double height = std::min(reportFigureHeight(block, m_column.width(), m_options), m_column.height());
        roomFor(height);
        const QRectF area(m_column.left(), m_top, m_column.width(), height);
        m_painter.save();
        m_painter.setClipRect(area);
        block.paint(m_painter, area, m_options);
        m_painter.restore();
        m_top = area.bottom() + px(8);
    }

    // As many rows as fit on the page, saying how many more there are.
    void datedList(const ReportBlock &block)
    {
        auto listHtml = [&](qsizetype shown) {
            QString list = block.heading;
            if (block.rows.isEmpty())
                return list + block.none;
            list += QStringLiteral("<table cellspacing='0'>");
            for (qsizetype i = 0; i < shown; ++i)
                list += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(block.rows[i].first, block.rows[i].second.toHtmlEscaped());
            list += QStringLiteral("</table>");
            if (shown < block.rows.size())
                list += ReportWriter::tr("<p class='note'>… and %n more, not shown here.</p>", nullptr, int(block.rows.size() - shown));
            return list;
        };
        // The heading and the first few rows (or "none") where there is room
        // for them: a list cut to a row or two under a long argument says little.
        roomFor(htmlHeight(m_painter, listHtml(std::min<qsizetype>(5, block.rows.size())), m_column.width()));
        // The most rows that fit, by halving: laying out a table of 31,000
        // rows once per row dropped took hours. No row is shorter than 8 pt,
        // so no more than the page's height in 8 pt lines can fit.
        const double room = m_column.bottom() - m_top;
        auto fits = [&](qsizetype rows) { return htmlHeight(m_painter, listHtml(rows), m_column.width()) <= room; };
        qsizetype low = 0; // fits, or nothing does
        qsizetype high = std::min<qsizetype>(block.rows.size(), qsizetype(std::max(0.0, room) / px(8)) + 1);
        if (fits(high)) {
            low = high;
        } else {
            while (high - low > 1) { // low fits (or is 0), high does not
                const qsizetype middle = (low + high) / 2;
                (fits(middle) ? low : high) = middle;
            }
        }
        m_top += drawHtml(m_painter, listHtml(low), m_column, m_top) + px(8);
    }

    QPdfWriter &m_pdf;
    QPainter &m_painter;
    const QRectF m_column;
    double m_top;
    RenderOptions m_options;
    int m_pages = 1;
    bool m_started = false;
};
} // namespace

ReportWriter::Result ReportWriter::write(const Store &store, const QList<Id> &regionIds, const QString &pdfPath,
                                         const Progress &progress, const QList<Id> &groupIds)
{
    auto content = reportContent(store, regionIds, groupIds);
    if (!content) {
        Result result;
        result.error = content.error().message;
        return result;
    }
    return write(*content, pdfPath, progress);
}

ReportWriter::Result ReportWriter::write(const ReportContent &content, const QString &pdfPath, const Progress &progress)
{
    Result result;
    // Made in memory, then written whole (writeOutputFile): a cancel writes nothing.
    QByteArray bytes;
    QBuffer file(&bytes);
    file.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&file);
    pdf.setResolution(Dpi);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setTitle(content.title);
    pdf.setCreator(QStringLiteral("Triangle Studio"));
    QPainter painter(&pdf);
    painter.setRenderHint(QPainter::Antialiasing);
    PdfLayout layout(pdf, painter);
    const int total = int(content.sections.size());
    for (int i = 0; i < total; ++i) {
        layout.section(content.sections[i]);
        if (progress && !progress(i + 1, total)) {
            painter.end();
            result.cancelled = true;
            return result;
        }
    }
    painter.end();
    if (result.error = writeOutputFile(pdfPath, withReadableTextLayer(bytes)); !result.error.isEmpty())
        return result;
    result.ok = true;
    result.pages = layout.pages();
    return result;
}

} // namespace triangle
