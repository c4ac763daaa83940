#include "FigurePainter.h"

#include <QFontMetricsF>
#include <QLineF>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <algorithm>
#include <cmath>

namespace triangle {

FigurePainter::FigurePainter(QPainter &painter, const RenderOptions &options)
    : m_painter(painter)
    , m_options(options)
{
}

double FigurePainter::px(double points) const
{
    return FigureStyle::pixels(points, m_options.dpi);
}

QFont FigurePainter::font(double points, QFont::Weight weight) const
{
    QFont f = figureFont(points, m_options.dpi, m_options.printing);
    f.setWeight(weight);
    return f;
}

QPen FigurePainter::pen(const QColor &color, double widthPt, Qt::PenStyle style) const
{
    return QPen(color, px(widthPt), style, Qt::FlatCap, Qt::RoundJoin);
}

QPen FigurePainter::emphasisedPen(const QColor &color, double widthPt, Qt::PenStyle style, double scale) const
{
    QPen p = pen(color, widthPt * scale, style);
    if (style == Qt::SolidLine || style == Qt::NoPen || scale <= 1.0)
        return p;
    QList<qreal> pattern = p.dashPattern();
    for (qsizetype i = 1; i < pattern.size(); i += 2)
        pattern[i] /= scale;
    p.setDashPattern(pattern);
    return p;
}

QSizeF FigurePainter::textSize(const QFont &font, const QString &text, double maxWidth)
{
    const QRectF bounds = QFontMetricsF(font).boundingRect(QRectF(0, 0, maxWidth, 1e6),
                                                           Qt::AlignLeft | Qt::TextWordWrap, text);
    // Whole pixels and one to spare, so that drawing into exactly this size
    // never wraps a line more than measuring did.
    return {std::ceil(bounds.width()) + 1.0, std::ceil(bounds.height())};
}

void FigurePainter::text(const QRectF &rect, const QString &text, const QFont &font, const QColor &color, int flags) const
{
    m_painter.setFont(font);
    m_painter.setPen(color);
    m_painter.drawText(rect, flags | Qt::TextWordWrap, text);
}

void FigurePainter::haloText(const QRectF &rect, const QString &text, const QFont &font, const QColor &color) const
{
    const QFontMetricsF metrics(font);
    const QPointF baseline(rect.center().x() - metrics.horizontalAdvance(text) / 2.0,
                           rect.center().y() + (metrics.ascent() - metrics.descent()) / 2.0);
    QPainterPath outline;
    outline.addText(baseline, font, text);
    m_painter.strokePath(outline, QPen(style().background, px(2.4), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    m_painter.setFont(font);
    m_painter.setPen(color);
    m_painter.drawText(baseline, text);
}

void FigurePainter::marker(QPointF centre, double diameterPt, const QColor &color, MarkerShape shape) const
{
    const double r = px(diameterPt) / 2.0;
    // A thin background rim keeps markers that touch apart.
    if (shape == MarkerShape::Cross) {
        QPainterPath cross(centre - QPointF(r, 0));
        cross.lineTo(centre + QPointF(r, 0));
        cross.moveTo(centre - QPointF(0, r));
        cross.lineTo(centre + QPointF(0, r));
        m_painter.strokePath(cross, pen(style().background, 2.8));
        m_painter.strokePath(cross, pen(color, 1.2));
        return;
    }
    m_painter.setPen(pen(style().background, 0.8));
    m_painter.setBrush(color);
    switch (shape) {
    case MarkerShape::Circle:
        m_painter.drawEllipse(centre, r, r);
        break;
    case MarkerShape::Square: {
        const double half = r * 0.85; // squares look larger than circles of the same width
        m_painter.drawRect(QRectF(centre - QPointF(half, half), centre + QPointF(half, half)));
        break;
    }
    case MarkerShape::Diamond:
        m_painter.drawPolygon(QPolygonF{centre + QPointF(0, -r * 1.15), centre + QPointF(r * 1.15, 0),
                                        centre + QPointF(0, r * 1.15), centre + QPointF(-r * 1.15, 0)});
        break;
    case MarkerShape::Triangle:
        m_painter.drawPolygon(QPolygonF{centre + QPointF(0, -r * 1.2), centre + QPointF(r * 1.1, r * 0.75),
                                        centre + QPointF(-r * 1.1, r * 0.75)});
        break;
    case MarkerShape::Cross:
        break;
    }
}

void FigurePainter::ring(QPointF centre, double diameterPt, const QColor &color) const
{
    m_painter.setPen(pen(color, 1.2));
    m_painter.setBrush(Qt::NoBrush);
    const double r = px(diameterPt) / 2.0;
    m_painter.drawEllipse(centre, r, r);
}

void FigurePainter::band(QPointF from, QPointF to, QPointF along, const QColor &color) const
{
    QColor fill = color;
    fill.setAlphaF(float(style().spreadOpacity));
    m_painter.setBrush(Qt::NoBrush);
    m_painter.setPen(pen(fill, style().spreadBandPt)); // flat ends: the band stops at the scores
    m_painter.drawLine(from, to);
    // Darker caps mark the ends, which a pale band alone blurs against a fill.
    QColor cap = color;
    cap.setAlphaF(float(std::min(1.0, style().spreadOpacity * 2.5)));
    const QPointF across = QPointF(-along.y(), along.x()) * (px(style().spreadBandPt) / 2.0 + px(1.5));
    m_painter.setPen(pen(cap, style().spreadCapPt));
    for (const QPointF end : {from, to})
        m_painter.drawLine(end - across, end + across);
}

void FigurePainter::arrow(QPointF from, QPointF to, const QColor &color, double widthPt, double gap, double bend) const
{
    const double length = QLineF(from, to).length();
    const double headLength = px(widthPt * 3.5 + 2.0);
    if (length <= 2 * gap + headLength)
        return;
    auto unit = [](QPointF v) { return v / QLineF(QPointF(), v).length(); };
    const QPointF along = unit(to - from);
    const QPointF control = (from + to) / 2.0 + QPointF(-along.y(), along.x()) * (bend * length);
    // Leave the ends along the curve's own direction there.
    const QPointF start = from + unit(control - from) * gap;
    const QPointF tip = to - unit(to - control) * gap;
    const QPointF direction = unit(tip - control);
    const QPointF base = tip - direction * headLength;

    QPainterPath shaft(start);
    shaft.quadTo(control, base + direction * (headLength / 4.0)); // tucked under the head, no gap
    m_painter.setPen(pen(color, widthPt));
    m_painter.setBrush(Qt::NoBrush);
    m_painter.drawPath(shaft);
    const QPointF normal(-direction.y(), direction.x());
    const double halfWidth = headLength * 0.4;
    m_painter.setPen(Qt::NoPen);
    m_painter.setBrush(color);
    m_painter.drawPolygon(QPolygonF{tip, base + normal * halfWidth, base - normal * halfWidth});
}

} // namespace triangle
