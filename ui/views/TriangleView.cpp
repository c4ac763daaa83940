#include "TriangleView.h"

#include "VertexToolTip.h"
#include "model/DomainNames.h"
#include "render/TriangleRenderer.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QPainter>
#include <QPicture>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace triangle {

namespace {
constexpr double HitTolerancePx = 8.0;
constexpr double ScoreStep = 0.1;
constexpr double WheelNotch = 120.0;
constexpr double ZoomPerNotch = 1.25;

TriangleLayout mapped(const TriangleLayout &layout, const ZoomTransform &zoom)
{
    TriangleLayout out;
    out.geometry = TriangleGeometry(zoom.map(layout.geometry.centre()), layout.geometry.radius() * zoom.scale());
    for (const QRectF &rect : layout.legendEntries)
        out.legendEntries << zoom.mapRect(rect);
    for (const PerDimension<QPointF> &vertices : layout.vertices) {
        PerDimension<QPointF> v;
        for (Dimension d : AllDimensions)
            v[d] = zoom.map(vertices[d]);
        out.vertices << v;
    }
    return out;
}

// On the 0.1 grid and the scale, so that repeated steps never drift.
double stepped(double score, double step)
{
    return std::clamp(std::round((score + step) * 10.0) / 10.0, MinScore, MaxScore);
}
} // namespace

TriangleView::TriangleView(QWidget *parent)
    : QWidget(parent)
    , m_zoomToFit(new QAction(tr("Zoom to Fit"), this))
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent); // the renderer fills every pixel
    setAccessibleName(tr("Strategic triangle diagram"));
    m_zoomToFit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_zoomToFit->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_zoomToFit->setEnabled(false);
    connect(m_zoomToFit, &QAction::triggered, this, &TriangleView::zoomToFit);
    addAction(m_zoomToFit);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    updateDescription();
}

void TriangleView::setFigure(const TriangleFigure &figure, const QList<SeriesInfo> &info)
{
    cancelDrag();
    m_figure = figure;
    m_info = info;
    for (TriangleSeries &series : m_figure.series)
        series.visible = m_userVisibility.value(series.label, series.visible);
    const int count = int(m_figure.series.size());
    if (m_selected >= count)
        m_selected = -1;
    if (m_cursor && m_cursor->series >= count)
        m_cursor.reset();
    m_hover = {};
    relayout();
    updateDescription();
}

const TriangleLayout &TriangleView::layout() const
{
    ensureBase(); // for events that come before the next paint, too
    return m_layout;
}

void TriangleView::ensureBase() const
{
    const qreal ratio = devicePixelRatioF();
    const QSize pixels = (QSizeF(size()) * ratio).toSize();
    if (m_layoutValid && m_base.size() == pixels && m_base.devicePixelRatio() == ratio)
        return;
    const RenderOptions options = renderOptions();
    QPicture scratch; // laid out without pixels while the view has no size
    m_base = pixels.isEmpty() ? QImage() : QImage(pixels, QImage::Format_ARGB32_Premultiplied);
    m_base.setDevicePixelRatio(ratio);
    QPainter painter;
    if (m_base.isNull())
        painter.begin(&scratch);
    else
        painter.begin(&m_base);
    painter.fillRect(rect(), options.style.background);
    painter.setTransform(m_zoom.transform());
    m_baseLayout = TriangleRenderer::renderBase(painter, QRectF(rect()), m_figure, options);
    m_layout = mapped(m_baseLayout, m_zoom);
    m_layoutValid = true;
}

void TriangleView::setSelectedSeries(int index)
{
    index = index >= 0 && index < m_figure.series.size() ? index : -1;
    if (index == m_selected)
        return;
    m_selected = index;
    update();
}

bool TriangleView::isSeriesVisible(int index) const
{
    return index >= 0 && index < m_figure.series.size() && m_figure.series[index].visible;
}

void TriangleView::setSeriesVisible(int index, bool visible)
{
    if (index < 0 || index >= m_figure.series.size() || m_figure.series[index].visible == visible)
        return;
    if (m_press.kind != Press::Kind::None && m_press.vertex.series == index)
        cancelDrag();
    TriangleSeries &series = m_figure.series[index];
    series.visible = visible;
    m_userVisibility.insert(series.label, visible);
    relayout();
    updateDescription();
    emit seriesVisibilityChanged(index, visible);
}

int TriangleView::highlightedSeries() const
{
    if (m_press.kind == Press::Kind::Vertex && m_press.dragging)
        return m_press.vertex.series;
    if (m_hover.kind != Hit::Kind::None)
        return m_hover.series;
    if (m_cursor && hasFocus())
        return m_cursor->series;
    return m_selected;
}

std::optional<Dimension> TriangleView::highlightedVertex() const
{
    if (m_press.kind == Press::Kind::Vertex && m_press.dragging)
        return m_press.vertex.dimension;
    if (m_hover.kind != Hit::Kind::None)
        return m_hover.kind == Hit::Kind::Vertex ? std::optional(m_hover.dimension) : std::nullopt;
    if (m_cursor && hasFocus())
        return m_cursor->dimension;
    return std::nullopt;
}

QSize TriangleView::minimumSizeHint() const
{
    return {240, 220};
}

QSize TriangleView::sizeHint() const
{
    return {640, 480};
}

void TriangleView::zoomToFit()
{
    m_zoom.reset();
    m_zoomToFit->setEnabled(false);
    relayout();
}

RenderOptions TriangleView::renderOptions() const
{
    RenderOptions options;
    options.dpi = logicalDpiY();
    options.highlightedSeries = highlightedSeries();
    options.highlightedVertex = highlightedVertex();
    return options;
}

void TriangleView::relayout()
{
    m_layoutValid = false;
    update();
}

bool TriangleView::isEditable(int series) const
{
    return series >= 0 && series < m_info.size() && series < m_figure.series.size() && m_info[series].editable
        && m_info[series].assessmentId != NoId && m_figure.series[series].visible;
}

void TriangleView::paintEvent(QPaintEvent *)
{
    ensureBase();
    QPainter painter(this);
    const RenderOptions options = renderOptions();
    painter.drawImage(QPointF(0, 0), m_base);
    painter.setTransform(m_zoom.transform());
    TriangleRenderer::renderHighlight(painter, m_figure, m_baseLayout, options);
    painter.resetTransform();
    // The keyboard cursor stays visible when the mouse highlights something else.
    if (hasFocus() && m_cursor && isSeriesVisible(m_cursor->series)) {
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1.5, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        const double radius = FigureStyle::pixels(options.style.leadRingPt, options.dpi) / 2.0 * m_zoom.scale() + 4.0;
        painter.drawEllipse(m_layout.vertices[m_cursor->series][m_cursor->dimension], radius, radius);
    }
}

void TriangleView::resizeEvent(QResizeEvent *event)
{
    // A new size lays the figure out afresh; an old zoom would point elsewhere.
    m_zoom.reset();
    m_zoomToFit->setEnabled(false);
    relayout();
    QWidget::resizeEvent(event);
}

TriangleView::Hit TriangleView::hitTest(QPointF pos) const
{
    return TriangleHit::at(m_figure, layout(), pos, HitTolerancePx, highlightedSeries());
}

QString TriangleView::vertexToolTip(Vertex v) const
{
    const SeriesInfo *info = v.series < m_info.size() ? &m_info[v.series] : nullptr;
    return VertexToolTip::text(m_figure.series[v.series], info, v.dimension, isEditable(v.series), palette());
}

void TriangleView::setHover(const Hit &hit, QPointF pos)
{
    const bool changed = hit != m_hover;
    m_hover = hit;
    const QPoint global = mapToGlobal(pos.toPoint());
    switch (hit.kind) {
    case Hit::Kind::Vertex: {
        QWidget::setCursor(isEditable(hit.series) ? Qt::OpenHandCursor : Qt::PointingHandCursor);
        const QPointF v = layout().vertices[hit.series][hit.dimension];
        const QRectF around(v - QPointF(HitTolerancePx, HitTolerancePx), QSizeF(2 * HitTolerancePx, 2 * HitTolerancePx));
        QToolTip::showText(global, vertexToolTip({hit.series, hit.dimension}), this, around.toAlignedRect());
        break;
    }
    case Hit::Kind::Legend: {
        QWidget::setCursor(Qt::PointingHandCursor);
        const QString &label = m_figure.series[hit.series].label;
        QToolTip::showText(global, isSeriesVisible(hit.series) ? tr("Click to hide “%1”.").arg(label) : tr("Click to show “%1”.").arg(label),
                           this, layout().legendEntries[hit.series].toAlignedRect());
        break;
    }
    case Hit::Kind::Series:
        QWidget::setCursor(Qt::PointingHandCursor);
        QToolTip::hideText();
        break;
    case Hit::Kind::None:
        unsetCursor();
        QToolTip::hideText();
        break;
    }
    if (changed)
        update();
}

void TriangleView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    const QPointF pos = event->position();
    const Hit hit = hitTest(pos);
    m_press = {};
    m_press.pressPos = m_press.lastPos = pos;
    m_press.vertex = {hit.series, hit.dimension};
    switch (hit.kind) {
    case Hit::Kind::Legend:
        setSeriesVisible(hit.series, !isSeriesVisible(hit.series));
        setHover(hitTest(pos), pos);
        break;
    case Hit::Kind::Vertex:
        if (isEditable(hit.series)) {
            m_press.kind = Press::Kind::Vertex;
            m_press.originalScore = m_figure.series[hit.series].scores[hit.dimension];
            m_press.geometry = layout().geometry;
            QWidget::setCursor(Qt::ClosedHandCursor);
        } else {
            m_press.kind = Press::Kind::Click;
        }
        break;
    case Hit::Kind::Series: m_press.kind = Press::Kind::Click; break;
    case Hit::Kind::None:
        if (!m_zoom.isIdentity())
            m_press.kind = Press::Kind::Pan;
        setSelectedSeries(-1);
        break;
    }
    event->accept();
}

void TriangleView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    switch (m_press.kind) {
    case Press::Kind::Vertex: {
        if (!m_press.dragging && (pos - m_press.pressPos).manhattanLength() < QApplication::startDragDistance())
            return;
        m_press.dragging = true;
        const Vertex v = m_press.vertex;
        double &score = m_figure.series[v.series].scores[v.dimension];
        const double moved = m_press.geometry.scoreAt(v.dimension, pos);
        if (moved != score) {
            score = moved;
            relayout();
        }
        QToolTip::showText(mapToGlobal(pos.toPoint()), vertexToolTip(v), this);
        return;
    }
    case Press::Kind::Pan:
        m_zoom.pan(pos - m_press.lastPos, size());
        m_press.lastPos = pos;
        relayout();
        return;
    case Press::Kind::Click: return;
    case Press::Kind::None: setHover(hitTest(pos), pos); return;
    }
}

void TriangleView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    const Press press = std::exchange(m_press, {});
    switch (press.kind) {
    case Press::Kind::Vertex:
        if (press.dragging) {
            // Back to the stored score until the store says otherwise (see the class comment).
            const Vertex v = press.vertex;
            const double score = std::exchange(m_figure.series[v.series].scores[v.dimension], press.originalScore);
            relayout();
            if (score != press.originalScore)
                emit scoreEdited(m_info[v.series].assessmentId, v.dimension, score);
            break;
        }
        activate(press.vertex.series);
        break;
    case Press::Kind::Click: activate(press.vertex.series); break;
    case Press::Kind::Pan:
    case Press::Kind::None: break;
    }
    setHover(hitTest(event->position()), event->position());
}

void TriangleView::leaveEvent(QEvent *event)
{
    if (m_press.kind == Press::Kind::None && m_hover.kind != Hit::Kind::None) {
        m_hover = {};
        QToolTip::hideText();
        update();
    }
    QWidget::leaveEvent(event);
}

void TriangleView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const double notches = event->angleDelta().y() / WheelNotch;
        m_zoom.zoomAbout(event->position(), std::pow(ZoomPerNotch, notches), size());
        m_zoomToFit->setEnabled(!m_zoom.isIdentity());
        relayout();
        event->accept();
        return;
    }
    if (m_zoom.isIdentity()) {
        event->ignore(); // to a scroll area around us
        return;
    }
    const QPoint delta = event->pixelDelta().isNull() ? event->angleDelta() / 3 : event->pixelDelta();
    m_zoom.pan(QPointF(delta), size());
    relayout();
    event->accept();
}

void TriangleView::cancelDrag()
{
    if (m_press.kind == Press::Kind::Vertex && m_press.dragging)
        m_figure.series[m_press.vertex.series].scores[m_press.vertex.dimension] = m_press.originalScore;
    if (m_press.kind != Press::Kind::None) {
        m_press = {};
        QToolTip::hideText();
        unsetCursor();
        relayout();
    }
}

void TriangleView::activate(int series)
{
    if (series < 0 || series >= m_figure.series.size())
        return;
    setSelectedSeries(series);
    emit seriesActivated(series);
}

void TriangleView::editScore(Vertex v, double score)
{
    if (!isEditable(v.series) || score == m_figure.series[v.series].scores[v.dimension])
        return;
    emit scoreEdited(m_info[v.series].assessmentId, v.dimension, score);
}

QList<TriangleView::Vertex> TriangleView::cursorStops() const
{
    QList<Vertex> stops;
    for (int i = 0; i < m_figure.series.size(); ++i) {
        if (!m_figure.series[i].visible)
            continue;
        for (Dimension d : AllDimensions)
            stops.append({i, d});
    }
    return stops;
}

bool TriangleView::moveCursor(int step, bool wrap)
{
    const QList<Vertex> stops = cursorStops();
    if (stops.isEmpty())
        return false;
    const qsizetype at = m_cursor ? stops.indexOf(*m_cursor) : -1;
    qsizetype next = at < 0 ? (step > 0 ? 0 : stops.size() - 1) : at + step;
    if (next < 0 || next >= stops.size()) {
        if (!wrap)
            return false;
        next = (next + stops.size()) % stops.size();
    }
    setKeyboardCursor(stops[next]);
    return true;
}

void TriangleView::setKeyboardCursor(std::optional<Vertex> v)
{
    if (v == m_cursor)
        return;
    m_cursor = v;
    update();
    updateDescription();
}

void TriangleView::keyPressEvent(QKeyEvent *event)
{
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    switch (event->key()) {
    case Qt::Key_Escape:
        if (m_press.kind == Press::Kind::None) {
            event->ignore();
            return;
        }
        cancelDrag();
        break;
    case Qt::Key_0:
        if (!ctrl) {
            event->ignore();
            return;
        }
        zoomToFit(); // when the window did not route Ctrl+0 to the action
        break;
    case Qt::Key_Left: moveCursor(-1, true); break;
    case Qt::Key_Right: moveCursor(1, true); break;
    case Qt::Key_Up:
    case Qt::Key_Plus:
    case Qt::Key_Equal:
    case Qt::Key_Down:
    case Qt::Key_Minus: {
        const bool up = event->key() != Qt::Key_Down && event->key() != Qt::Key_Minus;
        if (ctrl) {
            m_zoom.zoomAbout(QRectF(rect()).center(), up ? ZoomPerNotch : 1.0 / ZoomPerNotch, size());
            m_zoomToFit->setEnabled(!m_zoom.isIdentity());
            relayout();
        } else if (!m_cursor) {
            moveCursor(1, true);
        } else {
            const Vertex v = *m_cursor;
            editScore(v, stepped(m_figure.series[v.series].scores[v.dimension], up ? ScoreStep : -ScoreStep));
        }
        break;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_cursor)
            activate(m_cursor->series);
        break;
    case Qt::Key_H:
        if (m_cursor)
            setSeriesVisible(m_cursor->series, !isSeriesVisible(m_cursor->series));
        break;
    default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
}

void TriangleView::focusInEvent(QFocusEvent *event)
{
    // Tabbing in starts on the first (or, backwards, the last) vertex.
    if (event->reason() == Qt::TabFocusReason || event->reason() == Qt::BacktabFocusReason) {
        setKeyboardCursor(std::nullopt);
        moveCursor(event->reason() == Qt::TabFocusReason ? 1 : -1, false);
    }
    update();
    QWidget::focusInEvent(event);
}

void TriangleView::focusOutEvent(QFocusEvent *event)
{
    cancelDrag();
    update();
    QWidget::focusOutEvent(event);
}

bool TriangleView::focusNextPrevChild(bool next)
{
    // Tab walks the vertices, then leaves the view: no keyboard trap.
    if (moveCursor(next ? 1 : -1, false))
        return true;
    return QWidget::focusNextPrevChild(next);
}

void TriangleView::updateDescription()
{
    QString description = m_figure.title;
    if (m_cursor && m_cursor->series < m_figure.series.size()) {
        const TriangleSeries &series = m_figure.series[m_cursor->series];
        description = tr("%1. %2, %3: %4.")
                          .arg(m_figure.title, series.label, dimensionName(m_cursor->dimension))
                          .arg(series.scores[m_cursor->dimension], 0, 'f', 1);
    }
    setAccessibleDescription(description + QLatin1Char(' ')
                             + tr("Tab or the arrow keys move between vertices, Up and Down change a score, "
                                  "Enter selects the series and H hides or shows it."));
}

} // namespace triangle
