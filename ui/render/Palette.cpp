#include "Palette.h"

#include <array>

namespace triangle {

namespace {
int wrap(int i, int count)
{
    return ((i % count) + count) % count;
}
} // namespace

QColor seriesColor(int i)
{
    return QColor(QRgb(seriesRgb(i)));
}

QColor valueLabelColor(int i)
{
    return seriesColor(i).darker(150);
}

Qt::PenStyle stageLineStyle(int i)
{
    static constexpr std::array<Qt::PenStyle, StageLineStyleCount> styles{
        Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine, Qt::DashDotDotLine};
    return styles[std::size_t(wrap(i, StageLineStyleCount))];
}

MarkerShape stageMarker(int i)
{
    static constexpr std::array<MarkerShape, StageMarkerCount> shapes{
        MarkerShape::Circle, MarkerShape::Square, MarkerShape::Diamond, MarkerShape::Triangle};
    return shapes[std::size_t(wrap(i, StageMarkerCount))];
}

QColor dimensionColor(Dimension d)
{
    // Three Okabe–Ito colours far apart in hue and lightness.
    switch (d) {
    case Dimension::Mission: return QColor(0x0072B2);
    case Dimension::Political: return QColor(0xD55E00);
    case Dimension::Operational: return QColor(0x009E73);
    }
    return {};
}

Qt::PenStyle dimensionLineStyle(Dimension d)
{
    return stageLineStyle(index(d));
}

MarkerShape dimensionMarker(Dimension d)
{
    return stageMarker(index(d));
}

} // namespace triangle
