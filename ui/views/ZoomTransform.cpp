#include "ZoomTransform.h"

#include <algorithm>

namespace triangle {

QRectF ZoomTransform::mapRect(const QRectF &figureRect) const
{
    return {map(figureRect.topLeft()), figureRect.size() * m_scale};
}

void ZoomTransform::zoomAbout(QPointF viewPoint, double factor, QSizeF viewSize)
{
    const QPointF figurePoint = (viewPoint - m_offset) / m_scale;
    m_scale = std::clamp(m_scale * factor, 1.0, MaxScale);
    m_offset = viewPoint - figurePoint * m_scale;
    clampTo(viewSize);
}

void ZoomTransform::pan(QPointF delta, QSizeF viewSize)
{
    m_offset += delta;
    clampTo(viewSize);
}

void ZoomTransform::reset()
{
    m_scale = 1.0;
    m_offset = {};
}

void ZoomTransform::clampTo(QSizeF viewSize)
{
    m_offset.setX(std::clamp(m_offset.x(), viewSize.width() * (1.0 - m_scale), 0.0));
    m_offset.setY(std::clamp(m_offset.y(), viewSize.height() * (1.0 - m_scale), 0.0));
}

} // namespace triangle
