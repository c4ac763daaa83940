#include "BalanceMapView.h"

#include "analysis/TriangleMetrics.h"
#include "model/DomainNames.h"
#include "render/BalanceMapRenderer.h"

#include <QKeyEvent>
#include <QLineF>
#include <QPainter>
#include <QPicture>
#include <QToolTip>

namespace triangle {

namespace {
constexpr double HitTolerancePx = 8.0;
constexpr double PathBend = 0.15; // as BalanceMapRenderer bows its arrows
constexpr int CurveSamples = 24;

// Distance from `pos` to the bowed arrow between two points, as FigurePainter draws it.
double distanceToArrow(QPointF from, QPointF to, QPointF pos)
{
    const double length = QLineF(from, to).length();
    if (length == 0.0)
        return QLineF(from, pos).length();
    const QPointF along = (to - from) / length;
    const QPointF control = (from + to) / 2.0 + QPointF(-along.y(), along.x()) * (PathBend * length);
    double nearest = QLineF(from, pos).length();
    for (int k = 1; k <= CurveSamples; ++k) {
        const double t = double(k) / CurveSamples;
        const QPointF p = from * ((1 - t) * (1 - t)) + control * (2 * (1 - t) * t) + to * (t * t);
        nearest = std::min(nearest, QLineF(p, pos).length());
    }
    return nearest;
}
} // namespace

BalanceMapView::BalanceMapView(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Balance map"));
    updateDescription();
}

void BalanceMapView::setFigure(const BalanceMapFigure &figure)
{
    m_figure = figure;
    for (BalancePath &path : m_figure.paths)
        path.visible = m_userVisibility.value(path.label, path.visible);
    const int count = int(m_figure.paths.size());
    if (m_selected >= count)
        m_selected = -1;
    if (m_current >= count)
        m_current = -1;
    m_hover = {};
    relayout();
    updateDescription();
}

const BalanceMapLayout &BalanceMapView::layout() const
{
    if (!m_layoutValid) {
        QPicture scratch; // laid out without painting, for events before the next paint
        QPainter painter(&scratch);
        m_layout = BalanceMapRenderer::render(painter, QRectF(rect()), m_figure, renderOptions());
        m_layoutValid = true;
    }
    return m_layout;
}

void BalanceMapView::setSelectedPath(int index)
{
    index = index >= 0 && index < m_figure.paths.size() ? index : -1;
    if (index != m_selected) {
        m_selected = index;
        update();
    }
}

bool BalanceMapView::isPathVisible(int index) const
{
    return index >= 0 && index < m_figure.paths.size() && m_figure.paths[index].visible;
}

void BalanceMapView::setPathVisible(int index, bool visible)
{
    if (index < 0 || index >= m_figure.paths.size() || m_figure.paths[index].visible == visible)
        return;
    m_figure.paths[index].visible = visible;
    m_userVisibility.insert(m_figure.paths[index].label, visible);
    relayout(); // hiding a path may zoom the map in or out
    emit seriesVisibilityChanged(index, visible);
}

int BalanceMapView::highlightedPath() const
{
    if (m_hover.kind != Hit::Kind::None)
        return m_hover.path;
    if (m_current >= 0 && hasFocus())
        return m_current;
    return m_selected;
}

QSize BalanceMapView::minimumSizeHint() const
{
    return {260, 240};
}

QSize BalanceMapView::sizeHint() const
{
    return {640, 480};
}

RenderOptions BalanceMapView::renderOptions() const
{
    RenderOptions options;
    options.dpi = logicalDpiY();
    options.highlightedSeries = highlightedPath();
    return options;
}

void BalanceMapView::relayout()
{
    m_layoutValid = false;
    update();
}

void BalanceMapView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    m_layout = BalanceMapRenderer::render(painter, QRectF(rect()), m_figure, renderOptions());
    m_layoutValid = true;
}

void BalanceMapView::resizeEvent(QResizeEvent *event)
{
    relayout();
    QWidget::resizeEvent(event);
}

BalanceMapView::Hit BalanceMapView::hitTest(QPointF pos) const
{
    const BalanceMapLayout &l = layout();
    for (int i = 0; i < l.legendEntries.size(); ++i) {
        if (l.legendEntries[i].contains(pos))
            return {Hit::Kind::Legend, i};
    }
    Hit hit;
    double nearest = HitTolerancePx;
    for (int i = 0; i < m_figure.paths.size() && i < l.points.size(); ++i) {
        if (!m_figure.paths[i].visible)
            continue;
        const QList<QPointF> &points = l.points[i];
        for (int k = 0; k < points.size(); ++k) {
            const double distance = QLineF(points[k], pos).length();
            // A tie goes to the highlighted path, which lies on top.
            if (distance < nearest || (distance == nearest && i == highlightedPath())) {
                nearest = distance;
                hit = {Hit::Kind::Point, i, k};
            }
        }
    }
    if (hit.kind != Hit::Kind::None)
        return hit;
    for (int i = 0; i < m_figure.paths.size() && i < l.points.size(); ++i) {
        if (!m_figure.paths[i].visible)
            continue;
        const QList<QPointF> &points = l.points[i];
        for (int k = 1; k < points.size(); ++k) {
            const double distance = distanceToArrow(points[k - 1], points[k], pos);
            if (distance < nearest) {
                nearest = distance;
                hit = {Hit::Kind::Path, i};
            }
        }
    }
    return hit;
}

QString BalanceMapView::pointToolTip(int path, int point) const
{
    const BalancePath &p = m_figure.paths[path];
    const BalancePoint &b = p.points[point];
    const PerDimension<double> s = shares(b.scores);
    QString html = QStringLiteral("<b>%1</b>").arg(tr("%1, %2").arg(p.label, b.stageLabel).toHtmlEscaped());
    for (Dimension d : AllDimensions) {
        html += QStringLiteral("<br>")
            + tr("%1: %2% (score %3)").arg(dimensionName(d).toHtmlEscaped()).arg(s[d] * 100.0, 0, 'f', 1).arg(b.scores[d], 0, 'f', 1);
    }
    return QStringLiteral("<div style=\"white-space:nowrap\">%1</div>").arg(html); // short lines: never wrapped
}

void BalanceMapView::setHover(const Hit &hit, QPointF pos)
{
    const bool changed = hit.kind != m_hover.kind || hit.path != m_hover.path || hit.point != m_hover.point;
    m_hover = hit;
    const QPoint global = mapToGlobal(pos.toPoint());
    switch (hit.kind) {
    case Hit::Kind::Point: {
        setCursor(Qt::PointingHandCursor);
        const QPointF p = layout().points[hit.path][hit.point];
        const QRectF around(p - QPointF(HitTolerancePx, HitTolerancePx), QSizeF(2 * HitTolerancePx, 2 * HitTolerancePx));
        QToolTip::showText(global, pointToolTip(hit.path, hit.point), this, around.toAlignedRect());
        break;
    }
    case Hit::Kind::Legend: {
        setCursor(Qt::PointingHandCursor);
        const QString &label = m_figure.paths[hit.path].label;
        QToolTip::showText(global, isPathVisible(hit.path) ? tr("Click to hide “%1”.").arg(label) : tr("Click to show “%1”.").arg(label),
                           this, layout().legendEntries[hit.path].toAlignedRect());
        break;
    }
    case Hit::Kind::Path:
        setCursor(Qt::PointingHandCursor);
        QToolTip::showText(global, m_figure.paths[hit.path].label.toHtmlEscaped(), this);
        break;
    case Hit::Kind::None:
        unsetCursor();
        QToolTip::hideText();
        break;
    }
    if (changed)
        update();
}

void BalanceMapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    const Hit hit = hitTest(event->position());
    switch (hit.kind) {
    case Hit::Kind::Legend:
        setPathVisible(hit.path, !isPathVisible(hit.path));
        setHover(hitTest(event->position()), event->position());
        break;
    case Hit::Kind::Point:
    case Hit::Kind::Path: activate(hit.path); break;
    case Hit::Kind::None: setSelectedPath(-1); break;
    }
    event->accept();
}

void BalanceMapView::mouseMoveEvent(QMouseEvent *event)
{
    setHover(hitTest(event->position()), event->position());
}

void BalanceMapView::leaveEvent(QEvent *event)
{
    if (m_hover.kind != Hit::Kind::None) {
        m_hover = {};
        QToolTip::hideText();
        update();
    }
    QWidget::leaveEvent(event);
}

void BalanceMapView::activate(int path)
{
    setSelectedPath(path);
    m_current = path;
    emit seriesActivated(path);
}

void BalanceMapView::moveCurrent(int step)
{
    const int count = int(m_figure.paths.size());
    // From before the first (or after the last) path when there is no current one.
    const int start = m_current >= 0 ? m_current : (step > 0 ? count - 1 : 0);
    for (int k = 1; k <= count; ++k) {
        const int next = ((start + step * k) % count + count) % count;
        if (m_figure.paths[next].visible) {
            m_current = next;
            update();
            updateDescription();
            return;
        }
    }
}

void BalanceMapView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Up: moveCurrent(-1); break;
    case Qt::Key_Right:
    case Qt::Key_Down: moveCurrent(1); break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_current >= 0)
            activate(m_current);
        break;
    case Qt::Key_H:
        if (m_current >= 0)
            setPathVisible(m_current, !isPathVisible(m_current));
        break;
    default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
}

void BalanceMapView::focusInEvent(QFocusEvent *event)
{
    update();
    QWidget::focusInEvent(event);
}

void BalanceMapView::focusOutEvent(QFocusEvent *event)
{
    update();
    QWidget::focusOutEvent(event);
}

void BalanceMapView::updateDescription()
{
    QString description = m_figure.title;
    if (m_current >= 0 && m_current < m_figure.paths.size())
        description = tr("%1. %2.").arg(m_figure.title, m_figure.paths[m_current].label);
    setAccessibleDescription(description + QLatin1Char(' ')
                             + tr("The arrow keys move between regions, Enter selects one and H hides or shows it."));
}

} // namespace triangle
