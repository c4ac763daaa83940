#include "SmallTrianglePainter.h"

#include "analysis/TriangleMetrics.h"
#include "render/Palette.h"
#include "render/TriangleGeometry.h"

#include <QPainter>
#include <QPalette>

#include <algorithm>

namespace triangle {

namespace {
constexpr double Sqrt3 = 1.7320508075688772;
constexpr double MarkerRadius = 2.0;
constexpr double OutlineWidth = 1.6;
constexpr float FillAlpha = 0.28f;
constexpr double BandWidth = 4.0;
constexpr float BandAlpha = 0.45f;
} // namespace

QColor SmallTrianglePainter::colorFor(const DimensionScores &scores)
{
    const auto lead = leadingDimension(scores);
    return lead ? dimensionColor(*lead) : QColor(0x6E6E6E);
}

void SmallTrianglePainter::paint(QPainter &painter, const QRectF &box, const DimensionScores &scores, const QPalette &palette,
                                 const RaterBands &bands)
{
    // An equilateral triangle of circumradius r is r·√3 wide and 1.5·r tall;
    // the markers need a little room beyond the corners.
    const double radius = std::max(0.0, std::min(box.width() / Sqrt3, box.height() / 1.5) - MarkerRadius);
    const QPointF centre(box.center().x(), box.center().y() + radius / 4.0);
    const TriangleGeometry geometry(centre, radius);

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor rim = palette.color(QPalette::Mid);
    QColor grid = palette.color(QPalette::Midlight);
    painter.setPen(QPen(rim, 0.8));
    painter.setBrush(palette.color(QPalette::AlternateBase));
    painter.drawPolygon(geometry.gridRing(MaxScore));
    painter.setPen(QPen(grid, 0.8));
    painter.setBrush(Qt::NoBrush);
    painter.drawPolygon(geometry.gridRing(MaxScore / 2));
    for (Dimension d : AllDimensions)
        painter.drawLine(centre, geometry.vertex(d, MaxScore));

    const QColor color = colorFor(scores);
    QColor fill = color;
    fill.setAlphaF(FillAlpha);
    painter.setPen(QPen(color, OutlineWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(fill);
    painter.drawPolygon(geometry.polygon(scores));
    // Over the outline, unlike the full figure's bands: at this size a band
    // under a 1.6 px line would vanish. Flat ends stop at the raters' scores.
    QColor band = color;
    band.setAlphaF(BandAlpha);
    painter.setPen(QPen(band, BandWidth, Qt::SolidLine, Qt::FlatCap));
    for (Dimension d : AllDimensions) {
        if (const auto &range = bands[d])
            painter.drawLine(geometry.vertex(d, range->low), geometry.vertex(d, range->high));
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    for (Dimension d : AllDimensions)
        painter.drawEllipse(geometry.vertex(d, scores[d]), MarkerRadius, MarkerRadius);
    painter.restore();
}

} // namespace triangle
