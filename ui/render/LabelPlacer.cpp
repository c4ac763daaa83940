#include "LabelPlacer.h"

#include <algorithm>
#include <cmath>

namespace triangle {

LabelPlacer::LabelPlacer(const QRectF &bounds)
    : m_bounds(bounds)
{
}

void LabelPlacer::reserve(const QRectF &rect)
{
    m_taken.append(rect);
}

std::optional<QRectF> LabelPlacer::place(QPointF anchor, QSizeF size, double gap, const QList<QPointF> &directions)
{
    for (const QPointF &direction : directions) {
        const QRectF rect = beside(anchor, direction, size, gap);
        if (isFree(rect)) {
            m_taken.append(rect);
            return rect;
        }
    }
    return std::nullopt;
}

QRectF LabelPlacer::beside(QPointF anchor, QPointF direction, QSizeF size, double gap)
{
    // How far the rect reaches along `direction` from its centre.
    const double reach = std::abs(direction.x()) * size.width() / 2.0 + std::abs(direction.y()) * size.height() / 2.0;
    QRectF rect(QPointF(), size);
    rect.moveCenter(anchor + direction * (gap + reach));
    return rect;
}

bool LabelPlacer::isFree(const QRectF &rect) const
{
    return m_bounds.contains(rect)
        && std::none_of(m_taken.begin(), m_taken.end(), [&rect](const QRectF &taken) { return taken.intersects(rect); });
}

} // namespace triangle
