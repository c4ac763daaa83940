#include "TriangleRenderer.h"

#include "FigureFrame.h"
#include "LabelPlacer.h"
#include "Palette.h"
#include "analysis/TriangleMetrics.h"
#include "model/DomainNames.h"

#include <QPainter>

#include <cmath>

#include <algorithm>

namespace triangle {

namespace {
constexpr double HighlightWidth = 1.7; // times the usual line width
constexpr double Sqrt1_2 = 0.7071067811865476;
constexpr double MinRadiusPt = 45; // a triangle smaller than this beside its labels is cramped
// Over this many overlaid triangles, fills would blend into one tint that
// shows nothing the outlines do not, and full-width outlines into a tangle:
// only the highlighted triangle is filled then, and the others are drawn in
// thin lines (which the raster engine also strokes about four times faster,
// 300 triangles in a third of the time; docs/performance.md).
constexpr qsizetype CrowdedSeries = 24;
constexpr double CrowdedLinePt = 0.5;

// One render call: the figure, where it goes and the sizes it is drawn at.
struct Scene
{
    const FigurePainter &fp;
    const TriangleFigure &figure;
    QRectF plot{};
    TriangleGeometry geometry{};
    QList<qsizetype> order{}; // visible series in drawing order
    QFont axisFont{};
    QFont tickFont{};
    QFont valueFont{};
    PerDimension<QSizeF> axisTitleSizes{};
    double labelGap = 0.0;
    double ringRadius = 0.0;
    double axisTitleGap = 0.0; // between the end of an axis and its title
};

// The title of axis d: centred above the top corner; below the bottom
// corners, reaching inwards under the base.
QRectF axisTitleRect(const Scene &scene, const TriangleGeometry &geometry, Dimension d)
{
    const QPointF end = geometry.vertex(d, MaxScore);
    QRectF rect(QPointF(), scene.axisTitleSizes[d]);
    switch (d) {
    case Dimension::Mission:
        rect.moveBottom(end.y() - scene.axisTitleGap);
        rect.moveLeft(end.x() - rect.width() / 2.0);
        break;
    case Dimension::Political:
        rect.moveTop(end.y() + scene.axisTitleGap);
        rect.moveLeft(end.x() - scene.axisTitleGap);
        break;
    case Dimension::Operational:
        rect.moveTop(end.y() + scene.axisTitleGap);
        rect.moveRight(end.x() + scene.axisTitleGap);
        break;
    }
    return rect;
}

// The largest triangle that fits the plot with its axis titles and, beyond
// the outer vertices, room for rings and value labels.
Scene layOut(const FigurePainter &fp, const FigureFrame &frame, const TriangleFigure &figure)
{
    const FigureStyle &style = fp.style();
    Scene scene{.fp = fp,
                .figure = figure,
                .plot = frame.plotArea(),
                .order = fp.drawingOrder(figure.series),
                .axisFont = fp.font(style.axisTitlePt, QFont::DemiBold),
                .tickFont = fp.font(style.tickPt),
                .valueFont = fp.font(style.valuePt),
                .labelGap = fp.px(style.labelGapPt),
                .ringRadius = fp.px(style.leadRingPt) / 2.0};
    const double tickHeight = FigurePainter::textSize(scene.tickFont, QStringLiteral("10"), scene.plot.width()).height();
    scene.axisTitleGap = std::max(scene.ringRadius, tickHeight / 2.0) + scene.labelGap;
    // The top title may use the plot's width. The bottom ones share the width
    // under the base, so they wrap to half of it (and never more than 40% of
    // the plot): at any size the two stay apart.
    auto wrapTitles = [&](double radius) {
        const double halfBase = radius * std::sqrt(3.0) / 2.0 + scene.axisTitleGap - scene.labelGap;
        for (Dimension d : AllDimensions) {
            const double maxWidth = d == Dimension::Mission ? scene.plot.width() : std::min(scene.plot.width() * 0.4, halfBase);
            scene.axisTitleSizes[d] = FigurePainter::textSize(scene.axisFont, dimensionName(d), maxWidth);
        }
    };

    const QSizeF value = FigurePainter::textSize(scene.valueFont, QStringLiteral("10.0"), scene.plot.width());
    const double pad = scene.ringRadius + scene.labelGap + (figure.showValueLabels ? value.width() : 0.0);
    auto extents = [&](double radius) {
        wrapTitles(radius);
        const TriangleGeometry g({}, radius);
        QRectF box = g.gridRing(MaxScore).boundingRect().adjusted(-pad, -pad, pad, pad);
        for (Dimension d : AllDimensions)
            box |= axisTitleRect(scene, g, d);
        return box;
    };
    const double radius = FigureFrame::largestFit([&](double r) { return extents(r).size(); }, scene.plot.size());
    scene.geometry = TriangleGeometry(scene.plot.center() - extents(radius).center(), radius); // wraps for this radius too
    return scene;
}

// Whether the scene can be drawn as laid out: a triangle big enough to read,
// and the two bottom titles apart (a word too long to wrap can still collide).
bool sceneFits(const Scene &scene, double minRadius)
{
    const QRectF political = axisTitleRect(scene, scene.geometry, Dimension::Political);
    const QRectF operational = axisTitleRect(scene, scene.geometry, Dimension::Operational);
    return scene.geometry.radius() >= minRadius && political.right() + scene.labelGap <= operational.left();
}

bool hasBand(const TriangleSeries &series)
{
    return series.visible
        && std::any_of(series.spread.values.begin(), series.spread.values.end(), [](const auto &band) { return band.has_value(); });
}

// What the raters' bands mean, or empty when none is drawn.
QString raterBandKey(const TriangleFigure &figure)
{
    int fewest = 0, most = 0;
    bool any = false;
    for (const TriangleSeries &series : figure.series) {
        if (!hasBand(series) || series.spreadOfMembers)
            continue;
        fewest = any ? std::min(fewest, series.raterCount) : series.raterCount;
        most = any ? std::max(most, series.raterCount) : series.raterCount;
        any = true;
    }
    if (!any)
        return {};
    if (fewest < 2)
        return TriangleRenderer::tr("Band: range of the raters' scores.");
    if (fewest == most)
        return TriangleRenderer::tr("Band: range of %n raters' scores.", nullptr, most);
    return TriangleRenderer::tr("Band: range of %1–%2 raters' scores.").arg(fewest).arg(most);
}

bool anyMemberBand(const TriangleFigure &figure)
{
    return std::any_of(figure.series.begin(), figure.series.end(),
                       [](const TriangleSeries &series) { return hasBand(series) && series.spreadOfMembers; });
}

// What the bands mean, or empty when none is drawn.
QString bandKey(const TriangleFigure &figure)
{
    const QString raters = raterBandKey(figure);
    if (!anyMemberBand(figure))
        return raters;
    const QString members = TriangleRenderer::tr("A group's band: range of its assessed members' scores.");
    if (raters.isEmpty())
        return members;
    const bool wide = raters.back().unicode() >= 0x3000;
    return raters + (wide ? QString() : QStringLiteral(" ")) + members;
}

// How many series the legend lists by name: with a limit, one entry fewer
// than it, for the entry that counts the rest.
qsizetype listedInLegend(const TriangleFigure &figure)
{
    if (figure.legendLimit <= 0 || figure.series.size() <= figure.legendLimit)
        return figure.series.size();
    return std::max(0, figure.legendLimit - 1);
}

QList<FigureFrame::LegendEntry> legendEntries(const TriangleFigure &figure, const FigureStyle &style)
{
    QList<FigureFrame::LegendEntry> entries;
    if (!figure.showLegend)
        return entries;
    bool anyLead = false;
    const qsizetype listed = listedInLegend(figure);
    for (qsizetype i = 0; i < figure.series.size(); ++i) {
        const TriangleSeries &series = figure.series[i];
        if (i < listed)
            entries.append({series.label, seriesColor(series.colorIndex), stageLineStyle(series.styleIndex),
                            stageMarker(series.styleIndex), false, !series.visible});
        anyLead = anyLead || (series.visible && leadingDimension(series.scores));
    }
    if (listed < figure.series.size())
        entries.append({TriangleRenderer::tr("+%n more", nullptr, int(figure.series.size() - listed)), style.secondaryText,
                        Qt::NoPen, std::nullopt, false, false});
    if (figure.markLeadingDimension && anyLead)
        entries.append({TriangleRenderer::leadingDimensionLabel(), style.secondaryText, Qt::NoPen, MarkerShape::Circle, true, false});
    // A sample of the band, named briefly: the footnote says the rest.
    if (!raterBandKey(figure).isEmpty())
        entries.append({TriangleRenderer::ratersRangeLabel(), style.secondaryText, Qt::NoPen, std::nullopt, false, false, true});
    if (anyMemberBand(figure))
        entries.append({TriangleRenderer::membersRangeLabel(), style.secondaryText, Qt::NoPen, std::nullopt, false, false, true});
    return entries;
}

} // namespace

QString TriangleRenderer::leadingDimensionLabel()
{
    return tr("Leading dimension");
}

QString TriangleRenderer::ratersRangeLabel()
{
    return tr("Raters' range");
}

QString TriangleRenderer::membersRangeLabel()
{
    return tr("Members' range");
}

// The footnote says what a band means in full, where no legend column cuts it short.
QString TriangleRenderer::footnoteText(const TriangleFigure &figure)
{
    const QString key = bandKey(figure);
    if (key.isEmpty())
        return figure.footnote;
    // A full-width full stop (。) needs no space after it; a Latin one does.
    const bool wide = key.back().unicode() >= 0x3000;
    return figure.footnote.isEmpty() ? key : key + (wide ? QString() : QStringLiteral(" ")) + figure.footnote;
}

namespace {

// Rings at every tick but the centre, the outermost as dark as the axes; the axes.
void drawGrid(const Scene &scene)
{
    const FigureStyle &style = scene.fp.style();
    QPainter &painter = scene.fp.painter();
    painter.setBrush(Qt::NoBrush);
    for (double tick : TriangleGeometry::gridTicks()) {
        if (tick == MinScore)
            continue;
        painter.setPen(tick == MaxScore ? scene.fp.pen(style.axis, style.axisLinePt) : scene.fp.pen(style.grid, style.gridLinePt));
        painter.drawPolygon(scene.geometry.gridRing(tick));
    }
    painter.setPen(scene.fp.pen(style.axis, style.axisLinePt));
    for (Dimension d : AllDimensions)
        painter.drawLine(scene.geometry.centre(), scene.geometry.vertex(d, MaxScore));
}

// Tick labels left of the mission axis, clear of any ring on it. None at
// the centre: it is plainly zero, and a label there would sit under the
// smallest triangles.
QList<std::pair<QString, QRectF>> tickLabels(const Scene &scene)
{
    QList<std::pair<QString, QRectF>> labels;
    for (double tick : TriangleGeometry::gridTicks()) {
        if (tick == MinScore)
            continue;
        const QString text = QString::number(tick);
        const QSizeF size = FigurePainter::textSize(scene.tickFont, text, scene.plot.width());
        labels.append({text, LabelPlacer::beside(scene.geometry.vertex(Dimension::Mission, tick), {-1.0, 0.0}, size,
                                                 scene.ringRadius + scene.labelGap)});
    }
    return labels;
}

void drawSeries(const Scene &scene)
{
    const FigureStyle &style = scene.fp.style();
    QPainter &painter = scene.fp.painter();
    const bool crowded = scene.figure.series.size() > CrowdedSeries;
    // All fills first, so that no fill hides another series' outline.
    if (!crowded) {
        painter.setPen(Qt::NoPen);
        for (qsizetype i : scene.order) {
            QColor fill = seriesColor(scene.figure.series[i].colorIndex);
            fill.setAlphaF(float(i == scene.fp.highlighted() ? style.fillOpacity * 2 : style.fillOpacity));
            painter.setBrush(fill);
            painter.drawPolygon(scene.geometry.polygon(scene.figure.series[i].scores));
        }
    }
    // The raters' ranges next, under every outline: the score itself stays
    // the line, the band only says how far the raters were apart.
    for (qsizetype i : scene.order) {
        const TriangleSeries &series = scene.figure.series[i];
        for (Dimension d : AllDimensions) {
            if (const auto &band = series.spread[d])
                scene.fp.band(scene.geometry.vertex(d, band->low), scene.geometry.vertex(d, band->high),
                              TriangleGeometry::axisDirection(d), seriesColor(series.colorIndex));
        }
    }
    painter.setBrush(Qt::NoBrush);
    for (qsizetype i : scene.order) {
        const TriangleSeries &series = scene.figure.series[i];
        const double width = style.seriesLinePt * (i == scene.fp.highlighted() ? HighlightWidth : 1.0);
        QPen pen = scene.fp.pen(seriesColor(series.colorIndex), width, stageLineStyle(series.styleIndex));
        if (crowded && i != scene.fp.highlighted())
            pen.setWidthF(std::max(1.0, scene.fp.px(CrowdedLinePt)));
        painter.setPen(pen);
        painter.drawPolygon(scene.geometry.polygon(series.scores));
    }
}

// Along each axis, from one visible series' vertex to the next one's,
// stopping short of the markers.
void drawArrows(const Scene &scene)
{
    const FigureStyle &style = scene.fp.style();
    const double inset = scene.fp.px(style.markerPt) / 2.0 + scene.labelGap;
    const TriangleSeries *previous = nullptr;
    for (const TriangleSeries &series : scene.figure.series) {
        if (!series.visible)
            continue;
        if (previous) {
            for (Dimension d : AllDimensions)
                scene.fp.arrow(scene.geometry.vertex(d, previous->scores[d]), scene.geometry.vertex(d, series.scores[d]),
                               style.secondaryText, style.arrowLinePt, inset);
        }
        previous = &series;
    }
}

void drawMarkers(const Scene &scene, const TriangleLayout &layout, std::optional<Dimension> highlightedVertex)
{
    const FigureStyle &style = scene.fp.style();
    QPainter &painter = scene.fp.painter();
    for (qsizetype i : scene.order) {
        const TriangleSeries &series = scene.figure.series[i];
        const QColor color = seriesColor(series.colorIndex);
        for (Dimension d : AllDimensions) {
            if (i == scene.fp.highlighted() && highlightedVertex == d) {
                QColor halo = color;
                halo.setAlphaF(0.35f);
                painter.setPen(Qt::NoPen);
                painter.setBrush(halo);
                painter.drawEllipse(layout.vertices[i][d], scene.ringRadius * 1.4, scene.ringRadius * 1.4);
            }
            scene.fp.marker(layout.vertices[i][d], style.markerPt, color, stageMarker(series.styleIndex));
        }
        if (!scene.figure.markLeadingDimension)
            continue;
        if (const auto lead = leadingDimension(series.scores))
            scene.fp.ring(layout.vertices[i][*lead], style.leadRingPt, color);
    }
}

// Sides to try for a value label: beside the axis first (above it on the
// lower axes, right of the mission axis where no tick labels are), then
// beyond or short of the vertex, then the diagonals.
QList<QPointF> labelDirections(Dimension d)
{
    const QPointF along = TriangleGeometry::axisDirection(d);
    QPointF side(-along.y(), along.x());
    if (side.y() > 0 || (side.y() == 0 && side.x() < 0))
        side = -side;
    return {side, -side, along, -along, (along + side) * Sqrt1_2, (along - side) * Sqrt1_2,
            (-along + side) * Sqrt1_2, (-along - side) * Sqrt1_2};
}

// Value labels where they overlap no title, tick label, marker or other
// value label; one that finds no such place is left out.
void drawValueLabels(const Scene &scene, TriangleLayout &layout, LabelPlacer &placer)
{
    const double half = scene.ringRadius * Sqrt1_2; // inside the ring: labels a ring's radius away stay clear
    for (qsizetype i : scene.order) {
        for (const QPointF &v : layout.vertices[i].values)
            placer.reserve(QRectF(v - QPointF(half, half), v + QPointF(half, half)));
    }
    for (qsizetype i : scene.order) {
        const TriangleSeries &series = scene.figure.series[i];
        const QColor color = valueLabelColor(series.colorIndex);
        for (Dimension d : AllDimensions) {
            const QString text = QString::number(series.scores[d], 'f', 1);
            const QSizeF size = FigurePainter::textSize(scene.valueFont, text, scene.plot.width());
            const auto rect = placer.place(layout.vertices[i][d], size, scene.ringRadius + scene.labelGap / 2, labelDirections(d));
            if (rect)
                scene.fp.haloText(*rect, text, scene.valueFont, color);
            layout.valueLabels[i][d] = rect;
        }
    }
}
} // namespace

TriangleLayout TriangleRenderer::render(QPainter &painter, const QRectF &area, const TriangleFigure &figure,
                                        const RenderOptions &options)
{
    // The figure first as it is without a highlight, then the highlight over
    // it: the screen caches the first part and repaints only the second.
    const TriangleLayout layout = renderBase(painter, area, figure, options);
    renderHighlight(painter, figure, layout, options);
    return layout;
}

TriangleLayout TriangleRenderer::renderBase(QPainter &painter, const QRectF &area, const TriangleFigure &figure,
                                            const RenderOptions &highlightedOptions)
{
    RenderOptions options = highlightedOptions;
    options.highlightedSeries = -1;
    options.highlightedVertex.reset();
    auto frameFor = [&](const FigurePainter &fp) {
        return FigureFrame(fp, area, figure.title, figure.subtitle, figure.showFootnote ? footnoteText(figure) : QString(),
                           legendEntries(figure, fp.style()));
    };
    const RenderOptions fitted = FigureFrame::shrunkToFit(painter, options, frameFor, [&](const FigurePainter &fp, const FigureFrame &frame) {
        return sceneFits(layOut(fp, frame, figure), fp.px(MinRadiusPt));
    });

    painter.save();
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    painter.fillRect(area, options.style.background);
    const FigurePainter fp(painter, fitted);
    const FigureStyle &style = fp.style();
    const FigureFrame frame = frameFor(fp);
    const Scene scene = layOut(fp, frame, figure);

    TriangleLayout layout;
    layout.geometry = scene.geometry;
    layout.dpi = fitted.dpi;
    layout.title = frame.titleRect();
    layout.subtitle = frame.subtitleRect();
    layout.footnote = frame.footnoteRect();
    for (qsizetype i = 0; i < frame.legendRects().size(); ++i)
        layout.legend.append({frame.legendRects()[i], frame.legendLabels().value(i)});
    layout.valueLabels.resize(figure.series.size());
    if (figure.showLegend) {
        // Not the leading-dimension key; an empty rect for a series the limit left out.
        layout.legendEntries = frame.legendRects().mid(0, listedInLegend(figure));
        layout.legendEntries.resize(figure.series.size());
    }
    for (const TriangleSeries &series : figure.series) {
        PerDimension<QPointF> vertices;
        for (Dimension d : AllDimensions)
            vertices[d] = scene.geometry.vertex(d, series.scores[d]);
        layout.vertices << vertices;
    }

    LabelPlacer placer(scene.plot);
    drawGrid(scene);
    for (Dimension d : AllDimensions) {
        const QRectF rect = axisTitleRect(scene, scene.geometry, d);
        const int align = d == Dimension::Political ? Qt::AlignLeft : d == Dimension::Operational ? Qt::AlignRight : Qt::AlignHCenter;
        fp.text(rect, dimensionName(d), scene.axisFont, style.text, align | Qt::AlignTop);
        placer.reserve(rect);
        layout.axisTitles[d] = rect;
    }
    drawSeries(scene);
    if (figure.arrowsBetweenSeries)
        drawArrows(scene);
    // Over the lines, which break around the digits, and under the markers.
    for (const auto &[text, rect] : tickLabels(scene)) {
        fp.haloText(rect, text, scene.tickFont, style.secondaryText);
        placer.reserve(rect);
    }
    drawMarkers(scene, layout, options.highlightedVertex);
    if (figure.showValueLabels)
        drawValueLabels(scene, layout, placer);
    frame.paint();
    painter.restore();
    return layout;
}

void TriangleRenderer::renderHighlight(QPainter &painter, const TriangleFigure &figure, const TriangleLayout &layout,
                                       const RenderOptions &options)
{
    const int i = options.highlightedSeries;
    if (options.printing || i < 0 || i >= figure.series.size() || i >= layout.vertices.size() || !figure.series[i].visible)
        return;
    RenderOptions fitted = options;
    fitted.dpi = layout.dpi; // the sizes the base was drawn at, shrunk or not
    painter.save();
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    const FigurePainter fp(painter, fitted);
    const FigureStyle &style = fp.style();
    const TriangleSeries &series = figure.series[i];
    const QColor color = seriesColor(series.colorIndex);
    const QPolygonF polygon = layout.geometry.polygon(series.scores);
    const double ringRadius = fp.px(style.leadRingPt) / 2.0;

    // A second fill over the first: twice as strong as the others.
    QColor fill = color;
    fill.setAlphaF(float(style.fillOpacity));
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    painter.drawPolygon(polygon);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(fp.pen(color, style.seriesLinePt * HighlightWidth, stageLineStyle(series.styleIndex)));
    painter.drawPolygon(polygon);
    for (Dimension d : AllDimensions) {
        const QPointF v = layout.vertices[i][d];
        if (options.highlightedVertex == d) {
            QColor halo = color;
            halo.setAlphaF(0.35f);
            painter.setPen(Qt::NoPen);
            painter.setBrush(halo);
            painter.drawEllipse(v, ringRadius * 1.4, ringRadius * 1.4);
        }
        fp.marker(v, style.markerPt, color, stageMarker(series.styleIndex));
    }
    if (figure.markLeadingDimension) {
        if (const auto lead = leadingDimension(series.scores))
            fp.ring(layout.vertices[i][*lead], style.leadRingPt, color);
    }
    // Its value labels where the base put them, above the wider line.
    if (figure.showValueLabels && i < layout.valueLabels.size()) {
        const QFont valueFont = fp.font(style.valuePt);
        for (Dimension d : AllDimensions) {
            if (const auto &rect = layout.valueLabels[i][d])
                fp.haloText(*rect, QString::number(series.scores[d], 'f', 1), valueFont, valueLabelColor(series.colorIndex));
        }
    }
    painter.restore();
}

} // namespace triangle
