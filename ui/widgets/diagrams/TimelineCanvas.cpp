#include "TimelineCanvas.h"

#include "model/DomainNames.h"
#include "render/TimelineRenderer.h"
#include "store/Store.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace triangle {

TimelineCanvas::TimelineCanvas(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setMinimumSize(360, 240);
    setAccessibleName(tr("Timeline of policies and milestones"));
}

void TimelineCanvas::setFigure(const TimelineFigure &figure, const Store *store)
{
    m_figure = figure;
    m_store = store;
    update();
}

void TimelineCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    RenderOptions options;
    options.dpi = logicalDpiY();
    painter.fillRect(rect(), options.style.background);
    m_layout = TimelineRenderer::render(painter, QRectF(rect()), m_figure, options);
}

QString TimelineCanvas::describe(const TimelineLayout::Marker &marker) const
{
    if (!m_store)
        return {};
    if (marker.kind == Evidence::Kind::Policy) {
        if (auto p = m_store->policy(marker.id))
            return tr("Policy, %1\n%2\n%3").arg(p->date.toString(), localizedName(p->titleZh, p->titleEn), policyKindName(p->kind));
    } else if (auto m = m_store->milestone(marker.id)) {
        return tr("Milestone, %1\n%2").arg(m->date.toString(), localizedName(m->titleZh, m->titleEn));
    }
    return {};
}

bool TimelineCanvas::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (const TimelineLayout::Marker *marker = m_layout.markerAt(help->pos()))
            QToolTip::showText(help->globalPos(), describe(*marker), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace triangle
