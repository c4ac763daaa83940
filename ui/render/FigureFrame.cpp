#include "FigureFrame.h"

#include <QRegularExpression>

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace triangle {

namespace {
constexpr double SamplePt = FigureFrame::LegendSamplePt;
constexpr double LandscapeRatio = 1.25;
constexpr double LegendColumnShare = 0.3; // of the width, at most
constexpr int MinDpi = 12;                // how far a figure shrinks to fit a small area

QColor faded(const QColor &color, const QColor &background)
{
    // A third of the colour on the background: present, clearly switched off.
    return QColor::fromRgbF(color.redF() / 3 + background.redF() * 2 / 3, color.greenF() / 3 + background.greenF() * 2 / 3,
                            color.blueF() / 3 + background.blueF() * 2 / 3);
}
} // namespace

FigureFrame::FigureFrame(const FigurePainter &fp, const QRectF &area, const QString &title, const QString &subtitle,
                         const QString &footnote, const QList<LegendEntry> &legend)
    : m_fp(fp)
    , m_title(title)
    , m_subtitle(subtitle)
    , m_footnote(footnote)
    , m_legend(legend)
{
    const FigureStyle &style = fp.style();
    m_titleFont = fp.font(style.titlePt, QFont::Bold);
    m_subtitleFont = fp.font(style.subtitlePt);
    m_footnoteFont = fp.font(style.footnotePt);
    m_legendFont = fp.font(style.legendPt);

    const double margin = fp.px(style.marginPt);
    const double gap = fp.px(style.gapPt);
    const QRectF inner = area.adjusted(margin, margin, -margin, -margin);
    double widest = 0.0; // a word longer than the width does not wrap
    auto measure = [&](const QFont &font, const QString &text) {
        const QSizeF size = FigurePainter::textSize(font, text, inner.width());
        widest = std::max(widest, size.width());
        return size.height();
    };
    double top = inner.top();
    if (!title.isEmpty()) {
        m_titleRect = QRectF(inner.left(), top, inner.width(), measure(m_titleFont, title));
        top = m_titleRect.bottom();
    }
    if (!subtitle.isEmpty()) {
        top += fp.px(style.labelGapPt);
        m_subtitleRect = QRectF(inner.left(), top, inner.width(), measure(m_subtitleFont, subtitle));
        top = m_subtitleRect.bottom();
    }
    if (top > inner.top())
        top += gap;
    double bottom = inner.bottom();
    if (!footnote.isEmpty()) {
        const double height = measure(m_footnoteFont, footnote);
        m_footnoteRect = QRectF(inner.left(), bottom - height, inner.width(), height);
        bottom = m_footnoteRect.top() - gap;
    }
    m_plot = QRectF(inner.left(), top, inner.width(), std::max(0.0, bottom - top));
    const QRectF legendSpace = m_plot; // the legend takes its room from the plot's
    layOutLegend();
    m_fits = widest <= inner.width() && !m_plot.isEmpty()
        && std::all_of(m_legendRects.begin(), m_legendRects.end(), [&](const QRectF &r) { return legendSpace.contains(r); });
}

QString FigureFrame::elidedKeepingYears(const QFontMetricsF &metrics, const QString &label, double room)
{
    // "Advantage triangle (2016–2020)": the years in the trailing brackets tell
    // the stages apart, so a label too long is shortened before them
    // ("Advantage tri… (2016–2020)"), never through them ("Advantage triangle (2…").
    if (metrics.horizontalAdvance(label) <= room)
        return label;
    const bool bracketed = label.endsWith(QLatin1Char(')')) || label.endsWith(QChar(0xFF09));
    const qsizetype open = std::max(label.lastIndexOf(QLatin1Char('(')), label.lastIndexOf(QChar(0xFF08)));
    static const QRegularExpression years(QStringLiteral("^[(\\x{FF08}]\\d{4}([\\x{2013}-]\\d{4})?[)\\x{FF09}]$"));
    if (bracketed && open > 0 && years.match(label.mid(open)).hasMatch()) {
        const QString tail = label.mid(open);
        const QString head = label.left(open).trimmed();
        const QString space = label.at(open - 1).isSpace() ? QStringLiteral(" ") : QString();
        const double headRoom = room - metrics.horizontalAdvance(space + tail);
        if (headRoom >= metrics.horizontalAdvance(head.left(1) + QChar(0x2026)))
            return metrics.elidedText(head, Qt::ElideRight, headRoom) + space + tail;
    }
    return metrics.elidedText(label, Qt::ElideRight, room);
}

double FigureFrame::sampleWidth() const
{
    return m_fp.px(SamplePt) + m_fp.px(m_fp.style().labelGapPt) * 2;
}

QSizeF FigureFrame::entrySize(const LegendEntry &entry, double maxWidth) const
{
    const QFontMetricsF metrics(m_legendFont);
    const double labelWidth = std::min(metrics.horizontalAdvance(entry.label) + 1.0, maxWidth - sampleWidth());
    return {sampleWidth() + std::max(0.0, labelWidth), std::max(metrics.height(), m_fp.px(m_fp.style().leadRingPt))};
}

void FigureFrame::layOutLegend()
{
    if (m_legend.isEmpty())
        return;
    const double gap = m_fp.px(m_fp.style().gapPt);
    const double rowGap = m_fp.px(m_fp.style().labelGapPt);
    const QFontMetricsF metrics(m_legendFont);
    auto elide = [&](const LegendEntry &entry, const QSizeF &size) {
        m_legendLabels << elidedKeepingYears(metrics, entry.label, size.width() - sampleWidth());
    };

    if (m_plot.width() > m_plot.height() * LandscapeRatio) {
        // A column on the right, top-aligned with the plot.
        const double maxWidth = m_plot.width() * LegendColumnShare;
        double width = 0.0;
        for (const LegendEntry &entry : m_legend)
            width = std::max(width, entrySize(entry, maxWidth).width());
        double y = m_plot.top();
        for (const LegendEntry &entry : m_legend) {
            const QSizeF size = entrySize(entry, maxWidth);
            m_legendRects << QRectF(m_plot.right() - width, y, size.width(), size.height());
            elide(entry, size);
            y += size.height() + rowGap;
        }
        m_plot.setRight(m_plot.right() - width - gap);
        return;
    }

    // Rows below the plot, each centred, wrapping when full.
    const double spacing = m_fp.px(m_fp.style().gapPt) * 1.5;
    QList<QList<QSizeF>> rows{{}};
    double rowWidth = 0.0;
    for (const LegendEntry &entry : m_legend) {
        const QSizeF size = entrySize(entry, m_plot.width());
        if (!rows.last().isEmpty() && rowWidth + spacing + size.width() > m_plot.width()) {
            rows.append(QList<QSizeF>());
            rowWidth = 0.0;
        }
        rowWidth += (rows.last().isEmpty() ? 0.0 : spacing) + size.width();
        rows.last().append(size);
        elide(entry, size);
    }
    const double rowHeight = entrySize(m_legend.first(), m_plot.width()).height();
    const double height = rows.size() * rowHeight + (rows.size() - 1) * rowGap;
    double y = m_plot.bottom() - height;
    for (const QList<QSizeF> &row : rows) {
        double width = -spacing;
        for (const QSizeF &size : row)
            width += size.width() + spacing;
        double x = m_plot.center().x() - width / 2.0;
        for (const QSizeF &size : row) {
            m_legendRects << QRectF(QPointF(x, y), size);
            x += size.width() + spacing;
        }
        y += rowHeight + rowGap;
    }
    m_plot.setBottom(m_plot.bottom() - height - gap);
}

void FigureFrame::paint() const
{
    const FigureStyle &style = m_fp.style();
    if (!m_title.isEmpty())
        m_fp.text(m_titleRect, m_title, m_titleFont, style.text, Qt::AlignLeft | Qt::AlignTop);
    if (!m_subtitle.isEmpty())
        m_fp.text(m_subtitleRect, m_subtitle, m_subtitleFont, style.secondaryText, Qt::AlignLeft | Qt::AlignTop);
    if (!m_footnote.isEmpty())
        m_fp.text(m_footnoteRect, m_footnote, m_footnoteFont, style.secondaryText, Qt::AlignLeft | Qt::AlignTop);
    for (qsizetype i = 0; i < m_legend.size(); ++i)
        paintEntry(i);
}

void FigureFrame::paintEntry(qsizetype i) const
{
    const FigureStyle &style = m_fp.style();
    const LegendEntry &entry = m_legend[i];
    const QRectF &rect = m_legendRects[i];
    const double labelGap = m_fp.px(style.labelGapPt);
    const QColor color = entry.dimmed ? faded(entry.color, style.background) : entry.color;
    const QPointF middle(rect.left() + labelGap + m_fp.px(SamplePt) / 2.0, rect.center().y());
    if (entry.band) {
        const QPointF half(m_fp.px(SamplePt) / 2.0, 0);
        m_fp.band(middle - half, middle + half, QPointF(1, 0), color);
    }
    if (entry.lineStyle != Qt::NoPen) {
        const double half = m_fp.px(SamplePt) / 2.0;
        m_fp.painter().setPen(m_fp.emphasisedPen(color, style.seriesLinePt, entry.lineStyle, entry.lineScale));
        m_fp.painter().drawLine(middle - QPointF(half, 0), middle + QPointF(half, 0));
    }
    if (entry.marker)
        m_fp.marker(middle, style.markerPt, color, *entry.marker);
    if (entry.ring)
        m_fp.ring(middle, style.leadRingPt, color);
    const QRectF labelRect = rect.adjusted(sampleWidth(), 0, 0, 0);
    m_fp.text(labelRect, m_legendLabels[i], m_legendFont, entry.dimmed ? faded(style.text, style.background) : style.text,
              Qt::AlignLeft | Qt::AlignVCenter);
}

double FigureFrame::largestFit(const std::function<QSizeF(double)> &sizeAt, QSizeF available)
{
    double fits = 0.0;
    double tooBig = std::max(available.width(), available.height());
    for (int i = 0; i < 40 && tooBig - fits > 0.25; ++i) {
        const double scale = (fits + tooBig) / 2.0;
        const QSizeF size = sizeAt(scale);
        if (size.width() <= available.width() && size.height() <= available.height())
            fits = scale;
        else
            tooBig = scale;
    }
    return fits;
}

RenderOptions FigureFrame::shrunkToFit(QPainter &painter, const RenderOptions &options, const FrameFactory &frameFor,
                                       const std::function<bool(const FigurePainter &, const FigureFrame &)> &plotFits)
{
    auto fits = [&](const RenderOptions &candidate) {
        const FigurePainter fp(painter, candidate);
        const FigureFrame frame = frameFor(fp);
        return frame.fits() && plotFits(fp, frame);
    };
    RenderOptions fitted = options;
    // Each step shrinks every size by a fifth, the type no further than options.minTypePt.
    auto typeStaysLegible = [&](int dpi) { return options.style.smallestTypePt() * dpi / options.dpi >= options.minTypePt; };
    while (fitted.dpi > MinDpi && typeStaysLegible(fitted.dpi * 4 / 5) && !fits(fitted))
        fitted.dpi = fitted.dpi * 4 / 5;
    return fitted;
}

} // namespace triangle
