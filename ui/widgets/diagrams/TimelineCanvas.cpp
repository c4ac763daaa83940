#include "TimelineCanvas.h"

#include "model/DomainNames.h"
#include "render/TimelineRenderer.h"
#include "store/Store.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace triangle {

namespace {
constexpr double NearPx = 2.0; // around a marker, still on it
} // namespace

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
        if (auto p = m_store->policies().byId(marker.id))
            return tr("Policy, %1\n%2\n%3").arg(p->date.toString(), localizedName(p->titleZh, p->titleEn), policyKindName(p->kind));
    } else if (auto m = m_store->milestones().byId(marker.id)) {
        return tr("Milestone, %1\n%2").arg(m->date.toString(), localizedName(m->titleZh, m->titleEn));
    }
    return {};
}

QString TimelineCanvas::toolTipAt(QPointF pos) const
{
    // Every record under the pointer, so that markers stacked close together
    // and those whose label found no room read in full; or the record whose
    // (perhaps shortened) label is under it.
    QList<const TimelineLayout::Marker *> hits = m_layout.markersNear(pos, NearPx);
    if (hits.isEmpty()) {
        if (const TimelineLayout::Marker *labelled = m_layout.labelAt(pos))
            hits << labelled;
    }
    // A crowded lane's strip: the count of one year and dimension.
    if (hits.isEmpty()) {
        if (const TimelineLayout::DensityCell *cell = m_layout.densityAt(pos); cell && cell->lane < m_figure.lanes.size())
            return tr("%1, %2, %3: %n record(s)", nullptr, cell->count)
                .arg(m_figure.lanes[cell->lane].label, QString::number(cell->year), dimensionName(cell->dimension));
    }
    QStringList texts;
    for (const TimelineLayout::Marker *marker : hits) {
        if (const QString text = describe(*marker); !text.isEmpty())
            texts << text;
    }
    return texts.join(QStringLiteral("\n\n"));
}

bool TimelineCanvas::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (const QString text = toolTipAt(help->pos()); !text.isEmpty())
            QToolTip::showText(help->globalPos(), text, this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace triangle
