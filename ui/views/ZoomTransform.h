#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QTransform>

namespace triangle {

// A zoom of a figure drawn to fill a view: scale ≥ 1 and an offset that
// keeps the view covered, so zooming out never shows empty margins.
class ZoomTransform
{
public:
    double scale() const { return m_scale; }
    bool isIdentity() const { return m_scale == 1.0; }
    QTransform transform() const { return QTransform(m_scale, 0, 0, m_scale, m_offset.x(), m_offset.y()); }

    QPointF map(QPointF figurePoint) const { return figurePoint * m_scale + m_offset; }
    QRectF mapRect(const QRectF &figureRect) const;

    // Zooms by `factor` keeping the figure point under `viewPoint` where it is.
    void zoomAbout(QPointF viewPoint, double factor, QSizeF viewSize);
    void pan(QPointF delta, QSizeF viewSize);
    void reset();

    static constexpr double MaxScale = 8.0;

private:
    void clampTo(QSizeF viewSize);

    double m_scale = 1.0;
    QPointF m_offset;
};

} // namespace triangle
