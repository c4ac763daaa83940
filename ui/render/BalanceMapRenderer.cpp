#include "BalanceMapRenderer.h"

#include "FigureFrame.h"
#include "LabelPlacer.h"
#include "Palette.h"
#include "TriangleGeometry.h"
#include "analysis/TriangleMetrics.h"
#include "model/DomainNames.h"

#include <QLineF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace triangle {

namespace {
constexpr double Sqrt3 = 1.7320508075688772;
constexpr double ZoomMargin = 0.02; // the least room between a point and the zoomed edge
constexpr double MaxZoom = 0.2;     // shares from 20% to 60%: closer in hides the geometry
constexpr double TickStep = 0.1;
constexpr double PathBend = 0.15;   // of an arrow's length
constexpr double MinSidePt = 108;   // a triangle smaller than this beside its labels is cramped

// The largest whole step of TickStep that every visible point's shares stay above.
double zoomFor(const BalanceMapFigure &figure)
{
    double lowest = 1.0 / 3.0;
    for (const BalancePath &path : figure.paths) {
        if (!path.visible)
            continue;
        for (const BalancePoint &point : path.points) {
            const PerDimension<double> s = shares(point.scores);
            lowest = std::min(lowest, *std::min_element(s.values.begin(), s.values.end()));
        }
    }
    return std::clamp(std::floor((lowest - ZoomMargin) / TickStep) * TickStep, 0.0, MaxZoom);
}

Dimension next(Dimension d)
{
    return AllDimensions[std::size_t((index(d) + 1) % DimensionCount)];
}

Dimension previous(Dimension d)
{
    return AllDimensions[std::size_t((index(d) + DimensionCount - 1) % DimensionCount)];
}

// A gridline share_d = value, from one edge to the other. Each dimension's
// lines are labelled at the end where the next dimension's share is least,
// so the labels go round the triangle: mission on the right edge, political
// on the left, operational along the bottom.
struct GridLine
{
    QPointF start;
    QPointF labelledEnd;
    QPointF outward() const { return (labelledEnd - start) / QLineF(start, labelledEnd).length(); }
};

GridLine gridLine(Dimension d, double value, const QRectF &box, double zoom)
{
    PerDimension<double> atStart, atEnd;
    atStart[d] = atEnd[d] = value;
    atStart[previous(d)] = atEnd[next(d)] = zoom;
    atStart[next(d)] = atEnd[previous(d)] = 1.0 - value - zoom;
    return {TriangleGeometry::ternaryPoint(atStart, box, zoom), TriangleGeometry::ternaryPoint(atEnd, box, zoom)};
}

QRectF boxForSide(double side)
{
    const double height = side * Sqrt3 / 2.0;
    return {-side / 2.0, -height / 2.0, side, height};
}

QList<double> tickValues(double zoom)
{
    QList<double> values;
    for (int k = 1; k * TickStep < 1.0; ++k) {
        const double value = k * TickStep;
        if (value > zoom + 1e-9 && value < 1.0 - 2.0 * zoom - 1e-9)
            values << value;
    }
    return values;
}

QString tickText(double value)
{
    return QStringLiteral("%1%").arg(std::lround(value * 100.0));
}

// The stages in order of first appearance: each gets its marker shape.
QStringList stagesOf(const BalanceMapFigure &figure)
{
    QStringList stages;
    for (const BalancePath &path : figure.paths) {
        for (const BalancePoint &point : path.points) {
            if (!stages.contains(point.stageLabel))
                stages << point.stageLabel;
        }
    }
    return stages;
}

// Corner labels: above the top corner, beside the bottom ones, where the
// tick labels along the edges leave room.
QRectF cornerRect(const QRectF &box, Dimension d, QSizeF size, double gap)
{
    const QPointF corner = TriangleGeometry::ternaryCorner(d, box);
    switch (d) {
    case Dimension::Mission: return LabelPlacer::beside(corner, {0, -1}, size, gap);
    case Dimension::Political: return LabelPlacer::beside(corner, {-1, 0}, size, gap);
    case Dimension::Operational: return LabelPlacer::beside(corner, {1, 0}, size, gap);
    }
    return {};
}

// One render call: the ternary triangle, where it goes and what labels it.
struct Map
{
    const FigurePainter &fp;
    QRectF plot{};
    double zoom = 0.0;
    QList<double> ticks{};
    QFont cornerFont{};
    QFont tickFont{};
    PerDimension<QSizeF> cornerSizes{};
    double labelGap = 0.0;
    QRectF box{}; // of the triangle

    QRectF tickRect(const QRectF &triangleBox, Dimension d, double value) const
    {
        const GridLine line = gridLine(d, value, triangleBox, zoom);
        return LabelPlacer::beside(line.labelledEnd, line.outward(),
                                   FigurePainter::textSize(tickFont, tickText(value), plot.width()), 2 * labelGap);
    }
};

// The largest triangle that fits the plot with its corner and tick labels.
Map layOut(const FigurePainter &fp, const FigureFrame &frame, const BalanceMapFigure &figure)
{
    const FigureStyle &style = fp.style();
    Map map{.fp = fp,
            .plot = frame.plotArea(),
            .zoom = zoomFor(figure),
            .cornerFont = fp.font(style.axisTitlePt, QFont::DemiBold),
            .tickFont = fp.font(style.tickPt),
            .labelGap = fp.px(style.labelGapPt)};
    map.ticks = tickValues(map.zoom);
    // The side labels take width from the triangle, so they may wrap; the top one has the plot's.
    for (Dimension d : AllDimensions) {
        const double maxWidth = map.plot.width() * (d == Dimension::Mission ? 1.0 : 0.25);
        map.cornerSizes[d] = FigurePainter::textSize(map.cornerFont, dimensionName(d), maxWidth);
    }
    auto extents = [&](double side) {
        const QRectF box = boxForSide(side);
        QRectF bounds = box;
        for (Dimension d : AllDimensions) {
            bounds |= cornerRect(box, d, map.cornerSizes[d], map.labelGap);
            for (double value : map.ticks)
                bounds |= map.tickRect(box, d, value);
        }
        return bounds;
    };
    const double side = FigureFrame::largestFit([&](double s) { return extents(s).size(); }, map.plot.size());
    map.box = boxForSide(side).translated(map.plot.center() - extents(side).center());
    return map;
}

// Gridlines with their ticks and labels, the triangle, the corner labels.
void drawGrid(const Map &map)
{
    const FigureStyle &style = map.fp.style();
    QPainter &painter = map.fp.painter();
    for (Dimension d : AllDimensions) {
        for (double value : map.ticks) {
            const GridLine line = gridLine(d, value, map.box, map.zoom);
            painter.setPen(map.fp.pen(style.grid, style.gridLinePt));
            painter.drawLine(line.start, line.labelledEnd);
            painter.setPen(map.fp.pen(style.axis, style.axisLinePt));
            painter.drawLine(line.labelledEnd, line.labelledEnd + line.outward() * map.labelGap);
            map.fp.text(map.tickRect(map.box, d, value), tickText(value), map.tickFont, style.secondaryText, Qt::AlignCenter);
        }
    }
    QPolygonF triangle;
    for (Dimension d : AllDimensions) {
        triangle << TriangleGeometry::ternaryCorner(d, map.box);
        const int align = d == Dimension::Political ? Qt::AlignRight : d == Dimension::Operational ? Qt::AlignLeft : Qt::AlignHCenter;
        map.fp.text(cornerRect(map.box, d, map.cornerSizes[d], map.labelGap), dimensionName(d), map.cornerFont, style.text,
                    align | Qt::AlignVCenter);
    }
    painter.setPen(map.fp.pen(style.axis, style.axisLinePt));
    painter.setBrush(Qt::NoBrush);
    painter.drawPolygon(triangle);
}

// Each path's points with arrows between them, bolder than in a triangle
// figure: they are all there is. Arrows bow so that a way out and the way
// back stay apart.
void drawPaths(const Map &map, const BalanceMapFigure &figure, const BalanceMapLayout &layout)
{
    constexpr double PointScale = 1.5;
    const FigureStyle &style = map.fp.style();
    const QStringList stages = stagesOf(figure);
    for (qsizetype i : map.fp.drawingOrder(figure.paths)) {
        const BalancePath &path = figure.paths[i];
        const QColor color = seriesColor(path.colorIndex);
        const QList<QPointF> &points = layout.points[i];
        const double scale = PointScale * (i == map.fp.highlighted() ? 1.5 : 1.0);
        const double inset = map.fp.px(style.markerPt * scale) / 2.0 + map.labelGap;
        for (qsizetype k = 1; k < points.size(); ++k)
            map.fp.arrow(points[k - 1], points[k], color, style.arrowLinePt * scale, inset, PathBend);
        for (qsizetype k = 0; k < points.size(); ++k)
            map.fp.marker(points[k], style.markerPt * scale, color, stageMarker(int(stages.indexOf(path.points[k].stageLabel))));
    }
}

// How many paths the legend names: with a limit, one fewer than it, for the entry that counts the rest.
qsizetype listedInLegend(const BalanceMapFigure &figure)
{
    if (figure.legendLimit <= 0 || figure.paths.size() <= figure.legendLimit)
        return figure.paths.size();
    return std::max(0, figure.legendLimit - 1);
}

QList<FigureFrame::LegendEntry> legendEntries(const BalanceMapFigure &figure, const FigureStyle &style)
{
    QList<FigureFrame::LegendEntry> legend;
    const qsizetype listed = listedInLegend(figure);
    for (const BalancePath &path : figure.paths.mid(0, listed))
        legend.append({path.label, seriesColor(path.colorIndex), Qt::SolidLine, std::nullopt, false, !path.visible});
    if (listed < figure.paths.size())
        legend.append({BalanceMapRenderer::tr("+%n more", nullptr, int(figure.paths.size() - listed)), style.secondaryText, Qt::NoPen,
                       std::nullopt, false, false});
    const QStringList stages = stagesOf(figure);
    for (qsizetype i = 0; i < stages.size(); ++i)
        legend.append({stages[i], style.secondaryText, Qt::NoPen, stageMarker(int(i)), false, false});
    legend.append({BalanceMapRenderer::tr("Perfect balance"), style.text, Qt::NoPen, MarkerShape::Cross, false, false});
    return legend;
}
} // namespace

BalanceMapLayout BalanceMapRenderer::render(QPainter &painter, const QRectF &area, const BalanceMapFigure &figure,
                                            const RenderOptions &options)
{
    auto frameFor = [&](const FigurePainter &fp) {
        return FigureFrame(fp, area, figure.title, figure.subtitle, figure.footnote, legendEntries(figure, fp.style()));
    };
    const RenderOptions fitted = FigureFrame::shrunkToFit(painter, options, frameFor, [&](const FigurePainter &fp, const FigureFrame &frame) {
        return layOut(fp, frame, figure).box.width() >= fp.px(MinSidePt);
    });

    painter.save();
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    painter.fillRect(area, options.style.background);
    const FigurePainter fp(painter, fitted);
    const FigureFrame frame = frameFor(fp);
    const Map map = layOut(fp, frame, figure);

    BalanceMapLayout layout;
    layout.triangleBox = map.box;
    layout.minimumShare = map.zoom;
    // An empty rect for a path the legend's limit left out.
    layout.legendEntries = frame.legendRects().mid(0, listedInLegend(figure));
    layout.legendEntries.resize(figure.paths.size());
    for (const BalancePath &path : figure.paths) {
        QList<QPointF> points;
        for (const BalancePoint &point : path.points)
            points << TriangleGeometry::ternaryPoint(shares(point.scores), map.box, map.zoom);
        layout.points << points;
    }

    drawGrid(map);
    drawPaths(map, figure, layout);
    // Perfect balance, on top: a cross at the centroid.
    fp.marker(TriangleGeometry::ternaryPoint({{1.0 / 3.0, 1.0 / 3.0, 1.0 / 3.0}}, map.box, map.zoom),
              fp.style().markerPt * 1.6, fp.style().text, MarkerShape::Cross);
    frame.paint();
    painter.restore();
    return layout;
}

} // namespace triangle
