#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <optional>

namespace triangle {

// Puts small labels where they overlap nothing placed or reserved before them
// and stay inside the bounds: the first free spot among the candidate sides.
class LabelPlacer
{
public:
    explicit LabelPlacer(const QRectF &bounds);

    void reserve(const QRectF &rect);
    // Tries each direction in turn, `gap` pixels from `anchor`; the spot it
    // takes is reserved. nullopt when every candidate is taken.
    std::optional<QRectF> place(QPointF anchor, QSizeF size, double gap, const QList<QPointF> &directions);

    // A rect of `size` beyond `anchor` in `direction` (a unit vector), its
    // nearest side `gap` pixels away.
    static QRectF beside(QPointF anchor, QPointF direction, QSizeF size, double gap);

private:
    bool isFree(const QRectF &rect) const;

    QRectF m_bounds;
    QList<QRectF> m_taken;
};

} // namespace triangle
