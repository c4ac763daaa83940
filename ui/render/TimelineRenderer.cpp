#include "TimelineRenderer.h"

#include "FigureFrame.h"
#include "LabelPlacer.h"
#include "Palette.h"
#include "model/DomainNames.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace triangle {

namespace {
constexpr double MarkerPt = 8.5;        // larger than a triangle's vertex markers: these carry the colours
constexpr double RowPitch = 1.3;        // rows of markers in a crowded lane, in marker diameters
constexpr double TickPt = 3;            // length of a year tick
constexpr double MaxLaneLabelShare = 0.22; // of the plot's width
constexpr double MaxItemLabelPt = 110;  // longer record titles are elided
constexpr double MinPlotWidthPt = 100;
constexpr double MinBandLabelPt = 90;   // a narrow band's name may be this wide: "Advantage triangle" on one line
constexpr int BandLabelLines = 2;
const QColor BandColor(0xEBEBEB);


// One render call: the figure, where it goes and the sizes it is drawn at.
struct Scene
{
    const FigurePainter &fp;
    const TimelineFigure &figure;
    QRectF plot{};  // what the frame leaves
    QRectF lanes{}; // the markers' area: right of the lane labels, above the axis, below the band labels
    double from = 0.0, to = 0.0;
    QFont laneFont{}, tickFont{}, itemFont{}, bandFont{};
    double laneLabelWidth = 0.0;
    double marker = 0.0; // diameter, pixels
    QList<QRectF> laneRects{};
    QList<QRectF> markerAreas{}; // per lane, where its markers go: the lane, less its density strip
    QList<QRectF> strips{};      // per lane, the density strip; null where the lane marks every record
    QList<bool> dense{};         // per lane
    QList<QList<int>> rows{}; // per lane, the row of each item

    double xOf(double year) const { return lanes.left() + (year - from) / (to - from) * lanes.width(); }
    int rowCount(int lane) const { return rows[lane].isEmpty() ? 1 : *std::max_element(rows[lane].cbegin(), rows[lane].cend()) + 1; }
    // Rows closer than a marker overlap, but every marker stays inside its lane.
    double pitch(int lane) const
    {
        const int count = rowCount(lane);
        return count < 2 ? 0.0 : std::min(marker * RowPitch, (markerAreas[lane].height() - marker * 1.3) / (count - 1));
    }
    QPointF centre(int lane, int item) const
    {
        const double y = markerAreas[lane].center().y() + (rows[lane][item] - (rowCount(lane) - 1) / 2.0) * pitch(lane);
        return {xOf(figure.lanes[lane].items[item].date.toFractionalYear()), y};
    }
    bool inRange(const TimelineFigure::Item &item) const
    {
        const double year = item.date.toFractionalYear();
        return item.date.isValid() && year >= from && year <= to;
    }
};

double lineHeight(const QFont &font) { return QFontMetricsF(font).height(); }

// Rows within each lane, so that markers close in time sit one above the other.
QList<QList<int>> packRows(const Scene &scene)
{
    QList<QList<int>> rows;
    const double minGap = scene.marker * 1.1;
    for (const TimelineFigure::Lane &lane : scene.figure.lanes) {
        QList<int> order(lane.items.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return lane.items[a].date < lane.items[b].date; });
        QList<int> row(lane.items.size(), 0);
        QList<double> lastX;
        for (int i : order) {
            const double x = scene.xOf(lane.items[i].date.toFractionalYear());
            qsizetype r = 0;
            while (r < lastX.size() && x - lastX[r] < minGap)
                ++r;
            if (r == lastX.size())
                lastX << x;
            lastX[r] = x;
            row[i] = int(r);
        }
        rows << row;
    }
    return rows;
}

// Rows of a density strip: one per dimension, tall enough for a count.
double stripRowHeight(const Scene &scene)
{
    return std::max(scene.marker * 0.9, lineHeight(scene.tickFont) + 1);
}

Scene layOut(const FigurePainter &fp, const FigureFrame &frame, const TimelineFigure &figure, const QList<bool> &dense)
{
    const FigureStyle &style = fp.style();
    Scene scene{.fp = fp,
                .figure = figure,
                .plot = frame.plotArea(),
                .from = double(figure.fromYear),
                .to = double(std::max(figure.toYear, figure.fromYear) + 1),
                .laneFont = fp.font(style.legendPt, QFont::DemiBold),
                .tickFont = fp.font(style.tickPt),
                .itemFont = fp.font(style.tickPt),
                .bandFont = fp.font(style.tickPt, QFont::DemiBold),
                .marker = fp.px(MarkerPt),
                .dense = dense};
    const QFontMetricsF laneMetrics(scene.laneFont);
    for (const TimelineFigure::Lane &lane : figure.lanes)
        scene.laneLabelWidth = std::max(scene.laneLabelWidth, laneMetrics.horizontalAdvance(lane.label));
    scene.laneLabelWidth = std::min(scene.laneLabelWidth, scene.plot.width() * MaxLaneLabelShare);
    const double gap = fp.px(style.labelGapPt);
    // Line spacing, not height: wrapped lines stand that far apart; and a
    // pixel to spare, as textSize() rounds up.
    const double bandStrip = figure.stages.isEmpty() ? 0.0 : std::ceil(BandLabelLines * QFontMetricsF(scene.bandFont).lineSpacing()) + 1 + gap;
    const double axis = fp.px(TickPt) + gap + lineHeight(scene.tickFont);
    // Half a marker to the right, so a record dated late in the last year stays inside.
    scene.lanes = scene.plot.adjusted(scene.laneLabelWidth + 2 * gap, bandStrip, -scene.marker / 2, -axis);
    if (scene.lanes.width() <= 0 || scene.lanes.height() <= 0)
        return scene;
    scene.rows = packRows(scene);

    // Crowded lanes get more height; every lane room for a row of labels.
    // A density strip takes its three rows off the top of the lane's share.
    const double strip = stripRowHeight(scene) * DimensionCount + gap;
    QList<double> weights;
    double total = 0.0, strips = 0.0;
    for (int lane = 0; lane < scene.rows.size(); ++lane) {
        const QList<int> &r = scene.rows[lane];
        const int count = r.isEmpty() ? 1 : *std::max_element(r.cbegin(), r.cend()) + 1;
        weights << count + 0.8;
        total += weights.last();
        strips += scene.dense.value(lane) ? strip : 0.0;
    }
    double y = scene.lanes.top();
    const double shared = std::max(0.0, scene.lanes.height() - strips);
    for (int lane = 0; lane < weights.size(); ++lane) {
        const bool dense = scene.dense.value(lane);
        const double h = shared * weights[lane] / total + (dense ? strip : 0.0);
        scene.laneRects << QRectF(scene.lanes.left(), y, scene.lanes.width(), h);
        scene.markerAreas << (dense ? scene.laneRects.last().adjusted(0, 0, 0, -strip) : scene.laneRects.last());
        scene.strips << (dense ? QRectF(scene.lanes.left(), y + h - strip + gap / 2, scene.lanes.width(), strip - gap) : QRectF());
        y += h;
    }
    return scene;
}

bool sceneFits(const FigurePainter &fp, const Scene &scene)
{
    if (scene.lanes.width() < fp.px(MinPlotWidthPt))
        return false;
    // Room for a few rows of markers in each lane; more may overlap a little.
    for (int i = 0; i < scene.markerAreas.size(); ++i) {
        if (scene.markerAreas[i].height() < scene.marker * (0.4 + 1.05 * std::min(scene.rowCount(i), 3)))
            return false;
    }
    return scene.lanes.height() >= scene.marker * 2;
}

QList<FigureFrame::LegendEntry> legendEntries(const TimelineFigure &figure, const FigureStyle &style, bool anyDense)
{
    QList<FigureFrame::LegendEntry> entries;
    for (Dimension d : AllDimensions)
        entries.append({dimensionShortName(d), dimensionColor(d), Qt::NoPen, MarkerShape::Square, false, false});
    entries.append({TimelineRenderer::tr("Policy"), style.secondaryText, Qt::NoPen, MarkerShape::Circle, false, false});
    entries.append({TimelineRenderer::tr("Milestone"), style.secondaryText, Qt::NoPen, MarkerShape::Diamond, false, false});
    if (!figure.stages.isEmpty())
        entries.append({TimelineRenderer::tr("Stage"), BandColor.darker(115), Qt::NoPen, MarkerShape::Square, false, false});
    if (anyDense)
        entries.append({TimelineRenderer::tr("Records a year"), style.grid.darker(130), Qt::NoPen, MarkerShape::Square, false, false});
    return entries;
}

// The years labelled on the axis: every year, or every 2nd, 5th, 10th… as room allows.
int yearStep(const Scene &scene)
{
    const double labelWidth = QFontMetricsF(scene.tickFont).horizontalAdvance(QStringLiteral("0000")) + scene.fp.px(6);
    const double perYear = scene.lanes.width() / (scene.to - scene.from);
    for (int step : {1, 2, 5, 10, 20, 50, 100}) {
        if (step * perYear >= labelWidth)
            return step;
    }
    return 200;
}

QList<QRectF> drawStageBands(const Scene &scene)
{
    const FigurePainter &fp = scene.fp;
    QPainter &painter = fp.painter();
    const double gap = fp.px(fp.style().labelGapPt);
    QList<QRectF> bands;
    for (const TimelineFigure::StageBand &band : scene.figure.stages) {
        const double left = std::max(scene.from, double(band.startYear));
        const double right = std::min(scene.to, double(std::max(band.endYear, band.startYear) + 1));
        if (right <= left) {
            bands << QRectF();
            continue;
        }
        bands << QRectF(QPointF(scene.xOf(left), scene.lanes.top()), QPointF(scene.xOf(right), scene.lanes.bottom()));
        painter.fillRect(bands.last(), BandColor);
    }
    // Names above the bands, widest band first, wrapped to the band (or a
    // little wider for a narrow one) and kept inside the plot; a name that
    // would overlap another is left out.
    QList<qsizetype> order;
    for (qsizetype i = 0; i < bands.size(); ++i) {
        if (!bands[i].isNull())
            order << i;
    }
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return bands[a].width() > bands[b].width(); });
    const double stripHeight = scene.lanes.top() - scene.plot.top() - gap;
    QList<QRectF> labels;
    for (qsizetype i : order) {
        const QString &text = scene.figure.stages[i].label;
        const double maxWidth = std::min(std::max(bands[i].width(), fp.px(MinBandLabelPt)), scene.lanes.width());
        const QSizeF size = FigurePainter::textSize(scene.bandFont, text, maxWidth);
        if (size.height() > stripHeight + 0.5)
            continue;
        QRectF label(0, scene.lanes.top() - gap - size.height(), size.width(), size.height());
        label.moveLeft(std::clamp(bands[i].center().x() - size.width() / 2, scene.plot.left(), scene.plot.right() - size.width()));
        const bool overlaps = std::any_of(labels.cbegin(), labels.cend(), [&](const QRectF &other) {
            return other.adjusted(-gap, 0, gap, 0).intersects(label);
        });
        if (overlaps)
            continue;
        labels << label;
        fp.text(label, text, scene.bandFont, fp.style().secondaryText, Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap);
    }
    return bands;
}

void drawAxisAndLanes(const Scene &scene)
{
    const FigurePainter &fp = scene.fp;
    const FigureStyle &style = fp.style();
    QPainter &painter = fp.painter();
    const double gap = fp.px(style.labelGapPt);
    const int step = yearStep(scene);
    const double perYear = scene.lanes.width() / (scene.to - scene.from);

    // Light lines at the labelled years, through every lane.
    for (int year = int(scene.from); year <= int(scene.to); ++year) {
        if (year % step != 0)
            continue;
        const double x = scene.xOf(year);
        painter.setPen(fp.pen(style.grid, style.gridLinePt));
        painter.drawLine(QPointF(x, scene.lanes.top()), QPointF(x, scene.lanes.bottom()));
    }
    // Lanes: a rule between them, the region's name to the left.
    for (int i = 0; i < scene.laneRects.size(); ++i) {
        const QRectF lane = scene.laneRects[i];
        if (i > 0) {
            painter.setPen(fp.pen(style.grid, style.gridLinePt));
            painter.drawLine(QPointF(scene.plot.left(), lane.top()), lane.topRight());
        }
        const QRectF label(scene.plot.left(), lane.top(), scene.laneLabelWidth, lane.height());
        const QString text = QFontMetricsF(scene.laneFont).elidedText(scene.figure.lanes[i].label, Qt::ElideRight, scene.laneLabelWidth + 1);
        fp.text(label, text, scene.laneFont, style.text, Qt::AlignRight | Qt::AlignVCenter);
    }
    // The axis: a tick at the start of each year, labels mid-year.
    painter.setPen(fp.pen(style.axis, style.axisLinePt));
    painter.drawLine(scene.lanes.bottomLeft(), scene.lanes.bottomRight());
    const double tick = fp.px(TickPt);
    const double labelHeight = lineHeight(scene.tickFont);
    for (int year = int(scene.from); year <= int(scene.to); ++year) {
        const double x = scene.xOf(year);
        const bool labelled = year % step == 0;
        if (labelled || perYear >= fp.px(2.5))
            painter.drawLine(QPointF(x, scene.lanes.bottom()), QPointF(x, scene.lanes.bottom() + (labelled ? tick : tick / 2)));
        if (!labelled || year >= int(scene.to))
            continue;
        // Mid-year when each year has room for its label, at the year's start otherwise.
        const double centre = step == 1 ? scene.xOf(year + 0.5) : x;
        const QString text = QString::number(year);
        const double width = QFontMetricsF(scene.tickFont).horizontalAdvance(text);
        QRectF rect(0, scene.lanes.bottom() + tick + gap, width, labelHeight);
        rect.moveLeft(std::clamp(centre - width / 2, scene.plot.left(), scene.plot.right() - width));
        fp.text(rect, text, scene.tickFont, style.secondaryText, Qt::AlignCenter);
    }
}

// A circle for a policy, a diamond for a milestone: the shape reads in greyscale.
QPainterPath markerShape(Evidence::Kind kind, QPointF centre, double diameter)
{
    const double r = diameter / 2;
    QPainterPath path;
    if (kind == Evidence::Kind::Policy) {
        path.addEllipse(centre, r, r);
    } else {
        const double d = r * 1.2;
        path.addPolygon(QPolygonF{centre + QPointF(0, -d), centre + QPointF(d, 0), centre + QPointF(0, d), centre + QPointF(-d, 0),
                                  centre + QPointF(0, -d)});
        path.closeSubpath();
    }
    return path;
}

// The shape split into upright strips, one per dimension the record bears
// on, parted by thin background lines; grey when it names none.
QRectF drawMarker(const FigurePainter &fp, const TimelineFigure::Item &item, QPointF centre, double diameter)
{
    const FigureStyle &style = fp.style();
    QPainter &painter = fp.painter();
    const QPainterPath shape = markerShape(item.kind, centre, diameter);
    QList<QColor> colors;
    for (Dimension d : AllDimensions) {
        if (item.dims.contains(d))
            colors << dimensionColor(d);
    }
    if (colors.isEmpty())
        colors << style.axis;
    const QRectF box = shape.boundingRect();
    const double w = box.width() / colors.size();
    painter.setPen(Qt::NoPen);
    for (qsizetype i = 0; i < colors.size(); ++i) {
        QPainterPath strip;
        strip.addRect(QRectF(box.left() + i * w, box.top() - 1, w, box.height() + 2));
        painter.fillPath(shape.intersected(strip), colors[i]);
    }
    painter.setPen(fp.pen(style.background, 0.8));
    for (qsizetype i = 1; i < colors.size(); ++i) {
        const double x = box.left() + i * w;
        painter.drawLine(QPointF(x, box.top()), QPointF(x, box.bottom()));
    }
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(shape);
    return box;
}

// Where the labels of one lane may go: free of every marker, label and
// leader line placed so far, inside the lane.
struct LaneLabels
{
    QRectF bounds;
    QList<QRectF> markers{};
    QList<QRectF> labels{}; // labels and leader lines: nothing may cross these
    bool free(const QRectF &rect, bool mayCrossMarkers = false) const
    {
        auto hits = [&](const QRectF &r) { return r.intersects(rect); };
        return bounds.contains(rect) && std::none_of(labels.cbegin(), labels.cend(), hits)
            && (mayCrossMarkers || std::none_of(markers.cbegin(), markers.cend(), hits));
    }
};

// The vertical extent of a lane's rows of markers.
std::pair<double, double> markerBand(const Scene &scene, int lane)
{
    const double centre = scene.markerAreas[lane].center().y();
    const double half = (scene.rowCount(lane) - 1) / 2.0 * scene.pitch(lane) + scene.marker * 0.6;
    return {centre - half, centre + half};
}

struct PlacedLabel
{
    QRectF rect;
    QLineF leader; // null beside the marker
};

// A label `size` for the marker `box` at `x`: beside it (ahead, then
// behind) where free; otherwise on the nearest free row above or below the markers,
// reached by an upright leader line that crosses no other label (nor, on the
// first try, another marker). nullopt when nothing is free.
std::optional<PlacedLabel> placeLabel(const Scene &scene, int lane, LaneLabels &taken, const QRectF &box, double x, QSizeF size,
                                      bool aboveFirst, bool reachLeft)
{
    const double gap = scene.fp.px(scene.fp.style().labelGapPt);
    const QPointF centre(x, box.center().y());
    const QPointF ahead(reachLeft ? -1 : 1, 0);
    for (const QPointF direction : {ahead, -ahead}) {
        const QRectF rect = LabelPlacer::beside(centre, direction, size, box.width() / 2 + gap / 2);
        if (taken.free(rect))
            return PlacedLabel{rect, QLineF()};
    }
    const auto [bandTop, bandBottom] = markerBand(scene, lane);
    const double rowHeight = size.height() + gap / 2;
    // Starting (or ending) a little before the marker, so the line meets the label near its end.
    const double left = std::clamp(reachLeft ? x + gap * 2 - size.width() : x - gap * 2, taken.bounds.left(),
                                   taken.bounds.right() - size.width());
    for (bool mayCrossMarkers : {false, true}) {
        for (int row = 0; row < 64; ++row) {
            bool anyInside = false;
            for (bool above : {aboveFirst, !aboveFirst}) {
                const double top = above ? bandTop - gap / 2 - (row + 1) * rowHeight : bandBottom + gap / 2 + row * rowHeight;
                const QRectF rect(left, top, size.width(), size.height());
                if (!taken.bounds.contains(rect))
                    continue;
                anyInside = true;
                const QLineF leader = above ? QLineF(x, box.top(), x, rect.bottom()) : QLineF(x, box.bottom(), x, rect.top());
                // The leader's own marker is where it starts: leave it out of the test.
                QRectF line = QRectF(leader.p1(), leader.p2()).normalized().adjusted(-0.5, 0, 0.5, 0);
                line = above ? line.adjusted(0, 0, 0, -gap) : line.adjusted(0, gap, 0, 0);
                if (taken.free(rect) && (line.height() <= 0 || taken.free(line, mayCrossMarkers)))
                    return PlacedLabel{rect, leader};
            }
            if (!anyInside)
                break; // no row further out fits the lane either
        }
    }
    return std::nullopt;
}

// Markers first, so that no label covers one; then labels: beside the marker, or staggered onto rows above and below with leader
// lines, shortened once when even that finds no room. Whatever is left out
// the view shows on hover.
QList<TimelineLayout::Marker> drawItems(const Scene &scene)
{
    const FigurePainter &fp = scene.fp;
    const FigureStyle &style = fp.style();
    const double gap = fp.px(style.labelGapPt);
    const QFontMetricsF metrics(scene.itemFont);
    const double maxLabel = std::min(fp.px(MaxItemLabelPt), scene.lanes.width() / 3);
    QList<TimelineLayout::Marker> markers;
    for (int lane = 0; lane < scene.figure.lanes.size(); ++lane) {
        const QList<TimelineFigure::Item> &items = scene.figure.lanes[lane].items;
        LaneLabels taken{scene.markerAreas[lane].adjusted(0, gap / 2, 0, -gap / 2)};
        QList<qsizetype> markerOf(items.size(), -1);
        for (int i = 0; i < items.size(); ++i) {
            if (!scene.inRange(items[i]))
                continue;
            const QRectF box = drawMarker(fp, items[i], scene.centre(lane, i), scene.marker);
            markerOf[i] = markers.size();
            markers << TimelineLayout::Marker{box, items[i].kind, items[i].id, lane, QRectF()};
            taken.markers << box.adjusted(-gap / 2, -gap / 2, gap / 2, gap / 2);
        }
        // A label reaches away from the middle, into the room towards the
        // lane's nearer end. Those reaching left go earliest first, those
        // reaching right latest first: each label then takes the row beyond
        // its neighbour's, and every leader line passes only rows whose
        // labels lie beyond it: a staircase that nothing crosses.
        const double middle = scene.lanes.center().x();
        QList<int> leftward, rightward;
        for (int i = 0; i < items.size(); ++i) {
            if (markerOf[i] >= 0 && !items[i].label.isEmpty())
                (markers[markerOf[i]].rect.center().x() > middle ? leftward : rightward) << i;
        }
        auto byDate = [&](int a, int b) { return items[a].date < items[b].date; };
        std::stable_sort(leftward.begin(), leftward.end(), byDate);
        std::stable_sort(rightward.begin(), rightward.end(), [&](int a, int b) { return byDate(b, a); });
        QList<std::pair<int, bool>> order; // an item, and whether its label reaches left
        for (int i : leftward)
            order << std::pair(i, true);
        for (int i : rightward)
            order << std::pair(i, false);
        int staggered = 0; // alternate above and below, so neither side fills first
        for (const auto &[i, reachLeft] : order) {
            TimelineLayout::Marker &marker = markers[markerOf[i]];
            const double x = marker.rect.center().x();
            std::optional<PlacedLabel> placed;
            QString text;
            for (double width : {maxLabel, maxLabel * 0.6}) {
                text = metrics.elidedText(items[i].label, Qt::ElideRight, width);
                const QSizeF size(metrics.horizontalAdvance(text) + 1, metrics.height());
                if ((placed = placeLabel(scene, lane, taken, marker.rect, x, size, staggered % 2 == 0, reachLeft)))
                    break;
            }
            if (!placed)
                continue;
            taken.labels << placed->rect;
            if (!placed->leader.isNull()) {
                ++staggered;
                taken.labels << QRectF(placed->leader.p1(), placed->leader.p2()).normalized().adjusted(-0.5, 0, 0.5, 0);
                fp.painter().setPen(fp.pen(style.axis, style.gridLinePt * 1.2));
                fp.painter().drawLine(placed->leader);
            }
            marker.label = placed->rect;
            marker.leader = placed->leader;
            fp.haloText(placed->rect, text, scene.itemFont, style.text);
        }
    }
    return markers;
}
// A crowded lane's records counted per year and dimension.
struct LaneDensity
{
    int fromYear = 0;
    QList<PerDimension<int>> perYear{}; // from fromYear on; empty for a lane that marks every record
    int max = 0;                        // the largest count of any cell
};

// The figure as drawn: a lane with more records than can be marked one by
// one keeps a few a year as markers, and counts them all.
struct Thinned
{
    TimelineFigure figure;
    QList<bool> dense{};
    QList<LaneDensity> density{};
    bool anyDense() const { return dense.contains(true); }
};

// Which records of a crowded year get a marker: those cited as evidence and
// laws and regulations first, then policies, then the rest; by date within each.
int markingRank(const TimelineFigure::Item &item)
{
    return item.notable ? 0 : item.kind == Evidence::Kind::Policy ? 1 : 2;
}

Thinned thinned(const TimelineFigure &figure)
{
    Thinned out{.figure = figure};
    const int from = figure.fromYear;
    const int to = std::max(figure.toYear, figure.fromYear);
    auto inYears = [&](const TimelineFigure::Item &item) {
        return item.date.isValid() && item.date.year() >= from && item.date.year() <= to;
    };
    for (TimelineFigure::Lane &lane : out.figure.lanes) {
        LaneDensity density;
        const bool dense = std::count_if(lane.items.cbegin(), lane.items.cend(), inYears) > TimelineRenderer::DenseLaneItems;
        out.dense << dense;
        if (!dense) {
            out.density << density;
            continue;
        }
        density.fromYear = from;
        density.perYear.resize(to - from + 1);
        QList<QList<int>> byYear(to - from + 1);
        for (int i = 0; i < lane.items.size(); ++i) {
            const TimelineFigure::Item &item = lane.items[i];
            if (!inYears(item))
                continue;
            const int year = item.date.year() - from;
            for (Dimension d : AllDimensions) {
                if (item.dims.contains(d))
                    density.max = std::max(density.max, ++density.perYear[year][d]);
            }
            byYear[year] << i;
        }
        QList<bool> marked(lane.items.size(), false);
        for (QList<int> &year : byYear) {
            std::stable_sort(year.begin(), year.end(), [&](int a, int b) { return markingRank(lane.items[a]) < markingRank(lane.items[b]); });
            for (qsizetype k = 0; k < std::min<qsizetype>(year.size(), TimelineRenderer::MarkedPerYear); ++k)
                marked[year[k]] = true;
        }
        QList<TimelineFigure::Item> kept;
        for (int i = 0; i < lane.items.size(); ++i) {
            if (marked[i])
                kept << lane.items[i];
        }
        lane.items = kept;
        out.density << density;
    }
    return out;
}

// Each dense lane's strip: a row per dimension, a cell per year shaded by
// its count (the lane's largest count darkest) and, where it fits, the count.
QList<TimelineLayout::DensityCell> drawDensity(const Scene &scene, const QList<LaneDensity> &densities)
{
    const FigurePainter &fp = scene.fp;
    const FigureStyle &style = fp.style();
    QPainter &painter = fp.painter();
    const QFontMetricsF metrics(scene.tickFont);
    QList<TimelineLayout::DensityCell> cells;
    for (int lane = 0; lane < scene.strips.size(); ++lane) {
        const LaneDensity &density = densities.value(lane);
        if (scene.strips[lane].isNull() || density.perYear.isEmpty())
            continue;
        const QRectF strip = scene.strips[lane];
        const double rowHeight = strip.height() / DimensionCount;
        for (int y = 0; y < density.perYear.size(); ++y) {
            const int year = density.fromYear + y;
            if (year < scene.from || year >= scene.to)
                continue;
            const double left = scene.xOf(year), right = scene.xOf(year + 1);
            for (int row = 0; row < DimensionCount; ++row) {
                const Dimension d = AllDimensions[row];
                const int count = density.perYear[y][d];
                const QRectF rect(left + 0.5, strip.top() + row * rowHeight + 0.5, right - left - 1, rowHeight - 1);
                cells.append({rect, lane, year, d, count});
                if (count == 0) {
                    painter.fillRect(rect, style.background.darker(104));
                    continue;
                }
                // Square root: a year of 50 stays visible beside a year of 2,000.
                const double share = 0.18 + 0.82 * std::sqrt(double(count) / std::max(1, density.max));
                const QColor base = dimensionColor(d);
                const QColor fill = QColor::fromRgbF(float(style.background.redF() * (1 - share) + base.redF() * share),
                                                     float(style.background.greenF() * (1 - share) + base.greenF() * share),
                                                     float(style.background.blueF() * (1 - share) + base.blueF() * share));
                painter.fillRect(rect, fill);
                // Thousands rounded ("2k"), so that a busy year's count fits its cell; the tooltip has it exactly.
                const QString text = count < 1000 ? QString::number(count) : QString::number(std::lround(count / 1000.0)) + QLatin1Char('k');
                if (metrics.horizontalAdvance(text) + 2 <= rect.width() && metrics.height() <= rect.height() + 1)
                    fp.text(rect, text, scene.tickFont, fill.lightnessF() < 0.55 ? style.background : style.text, Qt::AlignCenter);
            }
        }
    }
    return cells;
}
} // namespace

TimelineLayout TimelineRenderer::render(QPainter &painter, const QRectF &area, const TimelineFigure &figure,
                                        const RenderOptions &options)
{
    const Thinned shown = thinned(figure);
    QString footnote = figure.footnote;
    if (shown.anyDense()) {
        const QString note = tr("A lane of more than %1 records counts them per year and dimension and marks at most %2 a year: "
                                "those cited as evidence and laws and regulations first.")
                                 .arg(DenseLaneItems)
                                 .arg(MarkedPerYear);
        footnote = footnote.isEmpty() ? note : footnote + QLatin1Char(' ') + note;
    }
    auto frameFor = [&](const FigurePainter &fp) {
        return FigureFrame(fp, area, shown.figure.title, shown.figure.subtitle, footnote,
                           legendEntries(shown.figure, fp.style(), shown.anyDense()));
    };
    const RenderOptions fitted = FigureFrame::shrunkToFit(painter, options, frameFor, [&](const FigurePainter &fp, const FigureFrame &frame) {
        return sceneFits(fp, layOut(fp, frame, shown.figure, shown.dense));
    });

    painter.save();
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    painter.fillRect(area, options.style.background);
    const FigurePainter fp(painter, fitted);
    const FigureFrame frame = frameFor(fp);
    const Scene scene = layOut(fp, frame, shown.figure, shown.dense);

    TimelineLayout layout;
    layout.plot = scene.lanes;
    layout.lanes = scene.laneRects;
    layout.fromYear = scene.from;
    layout.toYear = scene.to;
    if (scene.lanes.width() > 0 && scene.lanes.height() > 0) {
        layout.stageBands = drawStageBands(scene);
        drawAxisAndLanes(scene);
        layout.density = drawDensity(scene, shown.density);
        layout.markers = drawItems(scene);
    }
    layout.markedPerLane = QList<int>(figure.lanes.size(), 0);
    for (const TimelineLayout::Marker &marker : layout.markers)
        ++layout.markedPerLane[marker.lane];
    frame.paint();
    painter.restore();
    return layout;
}

} // namespace triangle
