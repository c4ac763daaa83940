#include "TractionView.h"

#include "model/DomainNames.h"
#include "render/TractionRenderer.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPicture>
#include <QToolTip>

namespace triangle {

TractionView::TractionView(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Cumulative evidence by dimension"));
    updateDescription();
}

void TractionView::setFigure(const TractionFigure &figure)
{
    m_figure = figure;
    m_layoutValid = false;
    updateDescription();
    update();
}

const TractionLayout &TractionView::layout() const
{
    if (!m_layoutValid) {
        QPicture scratch; // laid out without painting, for events before the next paint
        QPainter painter(&scratch);
        m_layout = TractionRenderer::render(painter, QRectF(rect()), m_figure, renderOptions());
        m_layoutValid = true;
    }
    return m_layout;
}

QString TractionView::toolTipAt(QPointF pos) const
{
    const TractionLayout &l = layout();
    if (!l.plot.adjusted(0, -1, 0, 1).contains(pos))
        return {};
    const auto year = l.yearAt(pos.x());
    const qsizetype i = year ? m_figure.years.indexOf(*year) : -1;
    if (i < 0)
        return {};
    QString html = QStringLiteral("<b>%1</b>").arg(tr("By the end of %1").arg(*year).toHtmlEscaped());
    for (Dimension d : AllDimensions) {
        const TractionFigure::Curve &curve = m_figure.curves[d];
        QString line = tr("%1: %2 of %n record(s)", nullptr, curve.total).arg(dimensionShortName(d)).arg(curve.cumulative.value(i));
        if (curve.halfwayYear == *year)
            line = tr("%1, half-way").arg(line);
        html += QStringLiteral("<br>") + (curve.leading ? QStringLiteral("<b>%1</b>").arg(line.toHtmlEscaped()) : line.toHtmlEscaped());
    }
    return QStringLiteral("<div style=\"white-space:nowrap\">%1</div>").arg(html); // short lines: never wrapped
}

QSize TractionView::minimumSizeHint() const
{
    return {300, 220};
}

QSize TractionView::sizeHint() const
{
    return {640, 480};
}

RenderOptions TractionView::renderOptions() const
{
    RenderOptions options;
    options.dpi = logicalDpiY();
    return options;
}

void TractionView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    m_layout = TractionRenderer::render(painter, QRectF(rect()), m_figure, renderOptions());
    m_layoutValid = true;
}

void TractionView::resizeEvent(QResizeEvent *event)
{
    m_layoutValid = false;
    QWidget::resizeEvent(event);
}

void TractionView::mouseMoveEvent(QMouseEvent *event)
{
    const QString tip = toolTipAt(event->position());
    if (tip.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), tip, this);
    QWidget::mouseMoveEvent(event);
}

void TractionView::leaveEvent(QEvent *event)
{
    QToolTip::hideText();
    QWidget::leaveEvent(event);
}

void TractionView::updateDescription()
{
    // What a screen reader says instead of the picture: the half-way years.
    QStringList years;
    for (Dimension d : AllDimensions) {
        const TractionFigure::Curve &curve = m_figure.curves[d];
        years << (curve.halfwayYear ? tr("%1 reaches half of %n record(s) by %2", nullptr, curve.total).arg(curve.label).arg(*curve.halfwayYear)
                                    : tr("%1 has no records").arg(curve.label));
    }
    setAccessibleDescription(m_figure.years.isEmpty() ? m_figure.title : tr("%1. %2.").arg(m_figure.title, years.join(tr("; "))));
}

} // namespace triangle
