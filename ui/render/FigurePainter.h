#pragma once

#include "Palette.h"
#include "RenderOptions.h"

#include <QFont>
#include <QList>
#include <QPen>

class QPainter;

namespace triangle {

// Drawing primitives at figure sizes: every size is given in points and
// drawn in device pixels at the options' DPI.
class FigurePainter
{
public:
    FigurePainter(QPainter &painter, const RenderOptions &options);

    QPainter &painter() const { return m_painter; }
    const FigureStyle &style() const { return m_options.style; }

    // The series to highlight, or -1: none when printing.
    int highlighted() const { return m_options.printing ? -1 : m_options.highlightedSeries; }
    // Indexes of the visible items, the highlighted one last so it lies on top.
    template<typename Item>
    QList<qsizetype> drawingOrder(const QList<Item> &items) const
    {
        QList<qsizetype> order;
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (items[i].visible && i != highlighted())
                order << i;
        }
        if (highlighted() >= 0 && highlighted() < items.size() && items[highlighted()].visible)
            order << highlighted();
        return order;
    }

    double px(double points) const;
    QFont font(double points, QFont::Weight weight = QFont::Normal) const;
    QPen pen(const QColor &color, double widthPt, Qt::PenStyle style = Qt::SolidLine) const;
    // An emphasised line, `scale` times as wide, whose dashes keep the gaps
    // of the plain line: Qt measures dashes in line widths, so a wide dotted
    // line would otherwise break up into far-apart blocks.
    QPen emphasisedPen(const QColor &color, double widthPt, Qt::PenStyle style, double scale) const;

    // The size `text` takes in `font`, wrapped at maxWidth pixels.
    static QSizeF textSize(const QFont &font, const QString &text, double maxWidth);

    void text(const QRectF &rect, const QString &text, const QFont &font, const QColor &color, int flags) const;
    // One line centred in `rect`, ringed by the background colour so that
    // lines beneath break around the glyphs and the label stays readable.
    void haloText(const QRectF &rect, const QString &text, const QFont &font, const QColor &color) const;
    void marker(QPointF centre, double diameterPt, const QColor &color, MarkerShape shape = MarkerShape::Circle) const;
    void ring(QPointF centre, double diameterPt, const QColor &color) const;
    // An arrow that stops `gap` pixels short of either end, where markers
    // sit, bowed to its right by `bend` times its length; none when too short.
    // A translucent band from `from` to `to` (which may coincide), pointing
    // along the unit vector `along`, with a short cap across each end.
    void band(QPointF from, QPointF to, QPointF along, const QColor &color) const;
    void arrow(QPointF from, QPointF to, const QColor &color, double widthPt, double gap = 0.0, double bend = 0.0) const;

private:
    QPainter &m_painter;
    const RenderOptions &m_options;
};

} // namespace triangle
