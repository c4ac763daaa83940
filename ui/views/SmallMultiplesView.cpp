#include "SmallMultiplesView.h"

#include "SmallTrianglePainter.h"
#include "VertexToolTip.h"
#include "analysis/MetricsText.h"
#include "model/DomainNames.h"
#include "render/Palette.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>
#include <numeric>
#include <optional>

namespace triangle {

namespace {
constexpr int MinCellWidth = 140;
constexpr double CellAspect = 150.0 / 140.0; // height over width
constexpr int Padding = 6;
constexpr double SecondaryScale = 0.85; // the metric line's font, of the label's

std::optional<Dimension> sortDimension(SmallMultiplesView::SortKey key)
{
    using Key = SmallMultiplesView::SortKey;
    switch (key) {
    case Key::Mission: return Dimension::Mission;
    case Key::Political: return Dimension::Political;
    case Key::Operational: return Dimension::Operational;
    case Key::Code:
    case Key::Area:
    case Key::Balance: break;
    }
    return std::nullopt;
}

QFont secondaryFont(QFont font)
{
    font.setPointSizeF(font.pointSizeF() * SecondaryScale);
    return font;
}
} // namespace

SmallMultiplesView::SortKey SmallMultiplesView::sortKeyFor(Dimension d)
{
    switch (d) {
    case Dimension::Mission: return SortKey::Mission;
    case Dimension::Political: return SortKey::Political;
    case Dimension::Operational: return SortKey::Operational;
    }
    return SortKey::Code;
}

SmallMultiplesView::SmallMultiplesView(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_key(new QLabel(this))
{
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the columns follow the width
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Regions' triangles"));

    QStringList names;
    for (Dimension d : AllDimensions) {
        names << QStringLiteral("<span style=\"color:%1\">■ %2</span>")
                     .arg(dimensionColor(d).name(), dimensionShortName(d).toHtmlEscaped());
    }
    m_key->setTextFormat(Qt::RichText);
    m_key->setWordWrap(true);
    m_key->setText(tr("Axes: %1 up, %2 lower left, %3 lower right. The colour is the leading dimension; grey when "
                      "the lead is shared.")
                       .arg(names[0], names[1], names[2]));
    m_key->setForegroundRole(QPalette::PlaceholderText);
    updateDescription();
}

void SmallMultiplesView::setCells(const QList<Cell> &cells)
{
    const Id current = currentRegion();
    m_cells = cells;
    m_metrics.clear();
    m_metrics.reserve(cells.size());
    for (const Cell &cell : cells)
        m_metrics << analyse(cell.scores);
    m_current = -1;
    m_hover = -1;
    sort();
    layOutCells();
    setCurrentRegion(current);
    updateDescription();
}

void SmallMultiplesView::setSortKey(SortKey key)
{
    if (key == m_sortKey)
        return;
    const Id current = currentRegion();
    m_sortKey = key;
    sort();
    m_current = -1;
    setCurrentRegion(current);
    viewport()->update();
}

double SmallMultiplesView::sortValue(int cell) const
{
    if (const auto d = sortDimension(m_sortKey))
        return m_cells[cell].scores[*d];
    const TriangleMetrics &m = m_metrics[cell];
    return m_sortKey == SortKey::Area ? m.area : m_sortKey == SortKey::Balance ? m.balance : 0.0;
}

// The number the cells are sorted by, under each label.
QString SmallMultiplesView::sortValueText(int cell) const
{
    const TriangleMetrics &m = m_metrics[cell];
    if (const auto d = sortDimension(m_sortKey))
        return tr("%1 %2").arg(dimensionShortName(*d)).arg(m_cells[cell].scores[*d], 0, 'f', 1);
    if (m_sortKey == SortKey::Area)
        return tr("Area %1").arg(m.area, 0, 'f', 1);
    if (m_sortKey == SortKey::Balance)
        return tr("Balance %1").arg(m.balance, 0, 'f', 2);
    return tr("Mean %1").arg(m.mean, 0, 'f', 1);
}

void SmallMultiplesView::sort()
{
    m_order.resize(m_cells.size());
    std::iota(m_order.begin(), m_order.end(), 0);
    if (m_sortKey != SortKey::Code)
        std::stable_sort(m_order.begin(), m_order.end(), [this](int a, int b) { return sortValue(a) > sortValue(b); });
}

Id SmallMultiplesView::currentRegion() const
{
    return m_current >= 0 && m_current < m_order.size() ? cellAt(m_current).regionId : NoId;
}

void SmallMultiplesView::setCurrentRegion(Id regionId)
{
    for (int p = 0; p < m_order.size(); ++p) {
        if (regionId != NoId && cellAt(p).regionId == regionId) {
            setCurrentPosition(p);
            return;
        }
    }
    setCurrentPosition(-1);
}

void SmallMultiplesView::setCurrentPosition(int position)
{
    position = position >= 0 && position < m_order.size() ? position : -1;
    if (position == m_current)
        return;
    if (m_current >= 0)
        viewport()->update(cellRect(m_current));
    m_current = position;
    if (m_current >= 0) {
        ensureVisible(m_current);
        viewport()->update(cellRect(m_current));
    }
    updateDescription();
    emit currentRegionChanged(currentRegion());
}

QRect SmallMultiplesView::cellRect(int position) const
{
    const int row = position / m_columns;
    const int column = position % m_columns;
    return {column * m_cellSize.width(), row * m_cellSize.height() - verticalScrollBar()->value(), m_cellSize.width(),
            m_cellSize.height()};
}

int SmallMultiplesView::positionAt(QPoint pos) const
{
    if (pos.x() < 0 || pos.y() < 0 || m_cellSize.isEmpty())
        return -1;
    const int column = pos.x() / m_cellSize.width();
    const int row = (pos.y() + verticalScrollBar()->value()) / m_cellSize.height();
    const int position = row * m_columns + column;
    return column < m_columns && position < m_order.size() ? position : -1;
}

QSize SmallMultiplesView::sizeHint() const
{
    return {MinCellWidth * 5, int(MinCellWidth * CellAspect * 4)};
}

void SmallMultiplesView::layOutCells()
{
    // The key sits above the cells, in the viewport's margin.
    const QRect inner = contentsRect();
    const int keyHeight = m_key->heightForWidth(inner.width() - 2 * Padding) + Padding;
    setViewportMargins(0, keyHeight, 0, 0);
    m_key->setGeometry(inner.left() + Padding, inner.top() + Padding / 2, inner.width() - 2 * Padding, keyHeight - Padding / 2);

    // Whole columns of at least MinCellWidth, sharing out what is left.
    const int width = std::max(1, viewport()->width());
    m_columns = std::max(1, width / MinCellWidth);
    const int cellWidth = std::max(1, width / m_columns);
    m_cellSize = QSize(cellWidth, int(std::lround(cellWidth * CellAspect)));
    const int rows = int((m_order.size() + m_columns - 1) / m_columns);
    QScrollBar *bar = verticalScrollBar();
    bar->setRange(0, std::max(0, rows * m_cellSize.height() - viewport()->height()));
    bar->setPageStep(viewport()->height());
    bar->setSingleStep(std::max(1, m_cellSize.height() / 3));
    viewport()->update();
}

void SmallMultiplesView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    layOutCells();
    if (m_current >= 0)
        ensureVisible(m_current);
}

void SmallMultiplesView::scrollContentsBy(int dx, int dy)
{
    // Move what is drawn and paint only the strip that comes into view: a
    // scroll step then paints a third of the cells a full repaint would.
    viewport()->scroll(dx, dy);
}

void SmallMultiplesView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    painter.fillRect(event->rect(), palette().color(QPalette::Base));
    m_lastPainted = 0;
    if (m_order.isEmpty() || m_cellSize.isEmpty())
        return;
    // Only the rows the damaged area crosses: a screenful, however many cells.
    const int scroll = verticalScrollBar()->value();
    const int firstRow = std::max(0, (event->rect().top() + scroll) / m_cellSize.height());
    const int lastRow = (event->rect().bottom() + scroll) / m_cellSize.height();
    for (int row = firstRow; row <= lastRow; ++row) {
        for (int column = 0; column < m_columns; ++column) {
            const int position = row * m_columns + column;
            if (position >= m_order.size())
                return;
            const QRect rect = cellRect(position);
            if (!rect.intersects(event->rect()))
                continue;
            paintCell(painter, position, rect);
            ++m_lastPainted;
        }
    }
}

void SmallMultiplesView::paintCell(QPainter &painter, int position, const QRect &rect) const
{
    const int cell = m_order[position];
    const QRectF inner = QRectF(rect).adjusted(Padding / 2.0, Padding / 2.0, -Padding / 2.0, -Padding / 2.0);
    if (position == m_hover || position == m_current) {
        painter.setRenderHint(QPainter::Antialiasing);
        QColor fill = palette().color(QPalette::Highlight);
        fill.setAlphaF(position == m_current ? 0.14f : 0.07f);
        const bool focused = position == m_current && hasFocus();
        painter.setPen(focused ? QPen(palette().color(QPalette::Highlight), 1.5) : QPen(Qt::NoPen));
        painter.setBrush(fill);
        painter.drawRoundedRect(inner, 4, 4);
    }

    const QFont labelFont = font();
    const QFont valueFont = secondaryFont(font());
    const QFontMetrics labelMetrics(labelFont);
    const QFontMetrics valueMetrics(valueFont);
    const QRectF text = inner.adjusted(Padding / 2.0, 0, -Padding / 2.0, -Padding / 2.0);
    const QRectF valueRect(text.left(), text.bottom() - valueMetrics.height(), text.width(), valueMetrics.height());
    const QRectF labelRect(text.left(), valueRect.top() - labelMetrics.height(), text.width(), labelMetrics.height());
    const QRectF triangleBox(inner.left() + Padding, inner.top() + Padding, inner.width() - 2 * Padding,
                             labelRect.top() - inner.top() - 1.5 * Padding);
    SmallTrianglePainter::paint(painter, triangleBox, m_cells[cell].scores, palette(), m_cells[cell].spread);

    painter.setFont(labelFont);
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(labelRect, Qt::AlignHCenter | Qt::AlignVCenter,
                     labelMetrics.elidedText(m_cells[cell].label, Qt::ElideRight, int(text.width())));
    painter.setFont(valueFont);
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(valueRect, Qt::AlignHCenter | Qt::AlignVCenter,
                     valueMetrics.elidedText(sortValueText(cell), Qt::ElideRight, int(text.width())));
}

QString SmallMultiplesView::toolTip(int position) const
{
    const int cell = m_order[position];
    const Cell &c = m_cells[cell];
    const TriangleMetrics &m = m_metrics[cell];
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(c.label.toHtmlEscaped());
    for (Dimension d : AllDimensions) {
        QString score = tr("%1: %2").arg(dimensionName(d).toHtmlEscaped()).arg(c.scores[d], 0, 'f', 1);
        if (const auto &band = c.spread[d])
            score += QStringLiteral(" (%1)").arg(VertexToolTip::raterRange(*band).toHtmlEscaped());
        lines << score;
    }
    lines << tr("Area %1, balance %2").arg(m.area, 0, 'f', 1).arg(m.balance, 0, 'f', 2);
    lines << tr("Form: %1").arg(formName(m.form)).toHtmlEscaped();
    lines << tr("Leading: %1").arg(leadersText(m.leaders)).toHtmlEscaped();
    return QStringLiteral("<div style=\"white-space:nowrap\">%1</div>").arg(lines.join(QStringLiteral("<br>")));
}

bool SmallMultiplesView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int position = positionAt(help->pos());
        if (position < 0)
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), toolTip(position), viewport(), cellRect(position));
        return true;
    }
    if (event->type() == QEvent::Leave)
        setHover(-1);
    return QAbstractScrollArea::viewportEvent(event);
}

void SmallMultiplesView::setHover(int position)
{
    if (position == m_hover)
        return;
    if (m_hover >= 0)
        viewport()->update(cellRect(m_hover));
    m_hover = position;
    if (m_hover >= 0)
        viewport()->update(cellRect(m_hover));
}

void SmallMultiplesView::mouseMoveEvent(QMouseEvent *event)
{
    const int position = positionAt(event->position().toPoint());
    setHover(position);
    viewport()->setCursor(position >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
}

void SmallMultiplesView::mousePressEvent(QMouseEvent *event)
{
    const int position = positionAt(event->position().toPoint());
    if (event->button() != Qt::LeftButton || position < 0) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    setCurrentPosition(position);
    emit regionActivated(currentRegion());
    event->accept();
}

void SmallMultiplesView::mouseReleaseEvent(QMouseEvent *event)
{
    event->setAccepted(event->button() == Qt::LeftButton && positionAt(event->position().toPoint()) >= 0);
}

void SmallMultiplesView::keyPressEvent(QKeyEvent *event)
{
    const int count = int(m_order.size());
    const int page = m_columns * std::max(1, viewport()->height() / std::max(1, m_cellSize.height()));
    const int from = m_current;
    int to = from;
    switch (event->key()) {
    case Qt::Key_Left: to = from - 1; break;
    case Qt::Key_Right: to = from + 1; break;
    case Qt::Key_Up: to = from - m_columns >= 0 ? from - m_columns : from; break;
    case Qt::Key_Down: to = from + m_columns < count ? from + m_columns : from; break;
    case Qt::Key_PageUp: to = from - page; break;
    case Qt::Key_PageDown: to = from + page; break;
    case Qt::Key_Home: to = 0; break;
    case Qt::Key_End: to = count - 1; break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_current >= 0)
            emit regionActivated(currentRegion());
        event->accept();
        return;
    default: QAbstractScrollArea::keyPressEvent(event); return;
    }
    if (count > 0) // the first key press with no current cell lands on the first
        setCurrentPosition(from < 0 ? 0 : std::clamp(to, 0, count - 1));
    event->accept();
}

void SmallMultiplesView::ensureVisible(int position)
{
    const QRect rect = cellRect(position);
    QScrollBar *bar = verticalScrollBar();
    if (rect.top() < 0)
        bar->setValue(bar->value() + rect.top());
    else if (rect.bottom() > viewport()->height())
        bar->setValue(bar->value() + rect.bottom() - viewport()->height() + 1);
}

void SmallMultiplesView::focusInEvent(QFocusEvent *event)
{
    if (m_current >= 0)
        viewport()->update(cellRect(m_current));
    QAbstractScrollArea::focusInEvent(event);
}

void SmallMultiplesView::focusOutEvent(QFocusEvent *event)
{
    if (m_current >= 0)
        viewport()->update(cellRect(m_current));
    QAbstractScrollArea::focusOutEvent(event);
}

void SmallMultiplesView::updateDescription()
{
    QString description = tr("%n region(s).", nullptr, int(m_cells.size()));
    if (m_current >= 0)
        description += QLatin1Char(' ') + tr("Current: %1.").arg(cellAt(m_current).label);
    setAccessibleDescription(description + QLatin1Char(' ') + tr("The arrow keys move between regions and Enter opens one."));
}

} // namespace triangle
