#include "TractionRenderer.h"

#include "FigureFrame.h"
#include "LabelPlacer.h"
#include "Palette.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace triangle {

namespace {
constexpr double TickPt = 3;              // length of a tick
constexpr double MinPlotWidthPt = 120;
constexpr double MinPlotHeightPt = 70;
constexpr double LeadingLineScale = 2.2;  // the leader's line, against the others'
constexpr double HalfwayMarkerPt = 7;     // larger than a line's width, so it reads as a point
constexpr double LeadingMarkerScale = 1.25;
constexpr double DropLinePt = 0.9;
constexpr double MinBandLabelPt = 70;     // a narrow band's name may be this wide
constexpr double MinCountSpacing = 1.8;   // between count ticks, in tick-label heights
const QColor BandColor(0xEDEDED);

double lineHeight(const QFont &font) { return QFontMetricsF(font).height(); }

// One render call: the figure, where its axes go and the sizes it is drawn at.
struct Chart
{
    const FigurePainter &fp;
    const TractionFigure &figure;
    QRectF plot{}; // what the frame leaves
    QRectF axes{}; // inside the axes
    QRectF links{}; // the causal links' lines, under the axes
    QFont tickFont{}, axisFont{}, bandFont{}, halfwayFont{};
    double from = 0.0, to = 0.0;
    int maxCount = 1;
    int countStep = 1;

    bool empty() const { return figure.years.isEmpty(); }
    double xOf(double year) const { return axes.left() + (year - from) / (to - from) * axes.width(); }
    double yOf(double count) const { return axes.bottom() - count / maxCount * axes.height(); }
    bool leads(Dimension d) const { return figure.curves[d].leading; }
    double lineWidthPt(Dimension d) const { return fp.style().seriesLinePt * (leads(d) ? LeadingLineScale : 1.0); }
};

int largestTotal(const TractionFigure &figure)
{
    int most = 0;
    for (Dimension d : AllDimensions)
        most = std::max(most, figure.curves[d].total);
    return std::max(most, 1);
}

// Whole counts only: the first of 1, 2, 5, 10, 20… whose ticks stand far enough apart.
int countStepFor(int largest, double height, double tickHeight)
{
    for (int scale = 1;; scale *= 10) {
        for (int step : {scale, 2 * scale, 5 * scale}) {
            const int ticks = (largest + step - 1) / step;
            if (height / ticks >= tickHeight * MinCountSpacing || step >= largest)
                return step;
        }
    }
}

// The years labelled on the axis: every year, or every 2nd, 5th, 10th… as room allows.
int yearStep(const Chart &chart)
{
    const double labelWidth = QFontMetricsF(chart.tickFont).horizontalAdvance(QStringLiteral("0000")) + chart.fp.px(6);
    const double perYear = chart.axes.width() / (chart.to - chart.from);
    for (int step : {1, 2, 5, 10, 20, 50, 100}) {
        if (step * perYear >= labelWidth)
            return step;
    }
    return 200;
}

bool anyBandShown(const TractionFigure &figure, double from, double to)
{
    return std::any_of(figure.stages.cbegin(), figure.stages.cend(), [&](const TractionFigure::StageBand &b) {
        return std::min(to, double(std::max(b.endYear, b.startYear) + 1)) > std::max(from, double(b.startYear));
    });
}

Chart layOut(const FigurePainter &fp, const FigureFrame &frame, const TractionFigure &figure)
{
    const FigureStyle &style = fp.style();
    Chart chart{.fp = fp,
                .figure = figure,
                .plot = frame.plotArea(),
                .tickFont = fp.font(style.tickPt),
                .axisFont = fp.font(style.tickPt, QFont::DemiBold),
                .bandFont = fp.font(style.tickPt, QFont::DemiBold),
                .halfwayFont = fp.font(style.valuePt, QFont::DemiBold)};
    if (chart.empty())
        return chart;
    // The causal links take lines of tick-sized text under the chart.
    if (!figure.causalLinks.isEmpty()) {
        const double height = (figure.causalLinks.size() + 1) * lineHeight(chart.tickFont);
        chart.links = QRectF(chart.plot.left(), chart.plot.bottom() - height, chart.plot.width(), height);
        chart.plot.setBottom(chart.links.top() - fp.px(style.labelGapPt) * 2);
        // The whole width where the legend beside the plot ends above the lines.
        double legendBottom = chart.plot.top();
        for (const QRectF &entry : frame.legendRects())
            legendBottom = std::max(legendBottom, entry.bottom());
        if (legendBottom < chart.links.top())
            chart.links.setRight(std::max(chart.links.right(), frame.titleRect().right()));
    }
    // A year of zero before the first, and the last year's count held to its end.
    chart.from = figure.years.first() - 1;
    chart.to = figure.years.last() + 1;
    const double gap = fp.px(style.labelGapPt);
    const double tick = fp.px(TickPt);
    const double tickHeight = lineHeight(chart.tickFont);
    // Room above for the stage names, and for a half-way label over the top.
    const double top = chart.plot.top()
        + (anyBandShown(figure, chart.from, chart.to) ? lineHeight(chart.bandFont) + gap : 0.0) + lineHeight(chart.halfwayFont) / 2;
    const double bottom = chart.plot.bottom() - tick - gap - tickHeight;
    const int largest = largestTotal(figure);
    chart.countStep = countStepFor(largest, std::max(1.0, bottom - top), tickHeight);
    chart.maxCount = (largest + chart.countStep - 1) / chart.countStep * chart.countStep;
    const double tickLabels = QFontMetricsF(chart.tickFont).horizontalAdvance(QString::number(chart.maxCount));
    const double left = chart.plot.left() + lineHeight(chart.axisFont) + gap + tickLabels + gap + tick;
    // Half a year label to the right, for a label at the last year's tick.
    const double right = chart.plot.right() - fp.px(2);
    chart.axes = QRectF(QPointF(left, top), QPointF(right, bottom));
    return chart;
}

bool chartFits(const FigurePainter &fp, const Chart &chart)
{
    return chart.empty() || (chart.axes.width() >= fp.px(MinPlotWidthPt) && chart.axes.height() >= fp.px(MinPlotHeightPt));
}

QList<FigureFrame::LegendEntry> legendEntries(const TractionFigure &figure)
{
    QList<FigureFrame::LegendEntry> entries;
    if (figure.years.isEmpty())
        return entries;
    for (Dimension d : AllDimensions) {
        FigureFrame::LegendEntry entry{figure.curves[d].label, dimensionColor(d), dimensionLineStyle(d), dimensionMarker(d),
                                       figure.curves[d].leading, false};
        entry.lineScale = figure.curves[d].leading ? LeadingLineScale : 1.0;
        entries << entry;
    }
    return entries;
}

// Shaded bands behind, their names above the axes; returns the bands and reserves the names.
QList<QRectF> drawStageBands(const Chart &chart, LabelPlacer &placer)
{
    const FigurePainter &fp = chart.fp;
    const double gap = fp.px(fp.style().labelGapPt);
    QList<QRectF> bands;
    QList<QRectF> labels;
    for (const TractionFigure::StageBand &band : chart.figure.stages) {
        const double left = std::max(chart.from, double(band.startYear));
        const double right = std::min(chart.to, double(std::max(band.endYear, band.startYear) + 1));
        if (right <= left) {
            bands << QRectF();
            continue;
        }
        bands << QRectF(QPointF(chart.xOf(left), chart.axes.top()), QPointF(chart.xOf(right), chart.axes.bottom()));
        fp.painter().fillRect(bands.last(), BandColor);
        const QFontMetricsF metrics(chart.bandFont);
        const double maxWidth = std::min(std::max(bands.last().width(), fp.px(MinBandLabelPt)), chart.axes.width());
        const QString text = FigureFrame::elidedKeepingYears(metrics, band.label, maxWidth); // "Advantage… (2016–2020)"
        const double width = metrics.horizontalAdvance(text) + 1;
        QRectF label(0, chart.plot.top(), width, metrics.height());
        label.moveLeft(std::clamp(bands.last().center().x() - width / 2, chart.plot.left(), chart.plot.right() - width));
        if (label.bottom() > chart.axes.top() - gap / 2 + 0.5
            || std::any_of(labels.cbegin(), labels.cend(), [&](const QRectF &o) { return o.adjusted(-gap, 0, gap, 0).intersects(label); }))
            continue;
        labels << label;
        placer.reserve(label);
        fp.text(label, text, chart.bandFont, fp.style().secondaryText, Qt::AlignHCenter | Qt::AlignTop);
    }
    return bands;
}

void drawAxes(const Chart &chart)
{
    const FigurePainter &fp = chart.fp;
    const FigureStyle &style = fp.style();
    QPainter &painter = fp.painter();
    const double gap = fp.px(style.labelGapPt);
    const double tick = fp.px(TickPt);
    const QFontMetricsF metrics(chart.tickFont);
    const double labelHeight = metrics.height();

    // Counts: light lines across, whole numbers to the left.
    for (int count = 0; count <= chart.maxCount; count += chart.countStep) {
        const double y = chart.yOf(count);
        if (count > 0) {
            painter.setPen(fp.pen(style.grid, style.gridLinePt));
            painter.drawLine(QPointF(chart.axes.left(), y), QPointF(chart.axes.right(), y));
        }
        painter.setPen(fp.pen(style.axis, style.axisLinePt));
        painter.drawLine(QPointF(chart.axes.left() - tick, y), QPointF(chart.axes.left(), y));
        const QString text = QString::number(count);
        const double width = metrics.horizontalAdvance(text) + 1;
        const QRectF rect(chart.axes.left() - tick - gap - width, std::clamp(y - labelHeight / 2, chart.plot.top(), chart.plot.bottom() - labelHeight),
                          width, labelHeight);
        fp.text(rect, text, chart.tickFont, style.secondaryText, Qt::AlignRight | Qt::AlignVCenter);
    }
    // The count axis' title, upright along it.
    const QString title = QFontMetricsF(chart.axisFont).elidedText(chart.figure.countAxisTitle, Qt::ElideRight, chart.axes.height());
    painter.save();
    painter.translate(chart.plot.left() + lineHeight(chart.axisFont) / 2, chart.axes.center().y());
    painter.rotate(-90);
    fp.text(QRectF(-chart.axes.height() / 2, -lineHeight(chart.axisFont) / 2, chart.axes.height(), lineHeight(chart.axisFont)), title,
            chart.axisFont, style.text, Qt::AlignCenter);
    painter.restore();

    // Years: a tick at each, a label at every step; the right edge is the last year's end.
    painter.setPen(fp.pen(style.axis, style.axisLinePt));
    painter.drawLine(chart.axes.bottomLeft(), chart.axes.bottomRight());
    painter.drawLine(chart.axes.bottomLeft(), chart.axes.topLeft());
    const int step = yearStep(chart);
    for (int year = int(chart.from); year <= int(chart.to); ++year) {
        const double x = chart.xOf(year);
        const bool labelled = year % step == 0 && year < int(chart.to);
        painter.setPen(fp.pen(style.axis, style.axisLinePt));
        painter.drawLine(QPointF(x, chart.axes.bottom()), QPointF(x, chart.axes.bottom() + (labelled ? tick : tick / 2)));
        if (!labelled)
            continue;
        const QString text = QString::number(year);
        const double width = metrics.horizontalAdvance(text) + 1;
        QRectF rect(0, chart.axes.bottom() + tick + gap, width, labelHeight);
        rect.moveLeft(std::clamp(x - width / 2, chart.plot.left(), chart.plot.right() - width));
        fp.text(rect, text, chart.tickFont, style.secondaryText, Qt::AlignCenter);
    }
}

// Each dimension's count at each year: where its step rises.
QList<QPointF> stepPoints(const Chart &chart, Dimension d)
{
    QList<QPointF> points;
    const QList<int> &counts = chart.figure.curves[d].cumulative;
    for (qsizetype i = 0; i < chart.figure.years.size() && i < counts.size(); ++i)
        points << QPointF(chart.xOf(chart.figure.years[i]), chart.yOf(counts[i]));
    return points;
}

void drawCurve(const Chart &chart, Dimension d, const QList<QPointF> &points)
{
    QPainterPath path(QPointF(chart.xOf(chart.from), chart.yOf(0)));
    for (const QPointF &p : points) {
        path.lineTo(p.x(), path.currentPosition().y());
        path.lineTo(p);
    }
    path.lineTo(chart.xOf(chart.to), path.currentPosition().y());
    QPainter &painter = chart.fp.painter();
    painter.setBrush(Qt::NoBrush);
    painter.setPen(chart.fp.emphasisedPen(dimensionColor(d), chart.fp.style().seriesLinePt, dimensionLineStyle(d),
                                          chart.leads(d) ? LeadingLineScale : 1.0));
    painter.drawPath(path);
}

std::optional<QPointF> halfwayPoint(const Chart &chart, Dimension d, const QList<QPointF> &points)
{
    const auto &year = chart.figure.curves[d].halfwayYear;
    if (!year)
        return std::nullopt;
    const qsizetype i = chart.figure.years.indexOf(*year);
    return i >= 0 && i < points.size() ? std::optional<QPointF>(points[i]) : std::nullopt;
}

QString halfwayText(const TractionFigure &figure, int year)
{
    return figure.halfwayFormat.isEmpty() ? QString::number(year) : figure.halfwayFormat.arg(year);
}

// The half-way labels: where they overlap nothing, or failing that at the
// first spot, kept inside the plot: a year is never left out.
PerDimension<QRectF> drawHalfwayLabels(const Chart &chart, const PerDimension<std::optional<QPointF>> &halfway, LabelPlacer &placer)
{
    const FigurePainter &fp = chart.fp;
    const double gap = fp.px(fp.style().labelGapPt);
    const QRectF bounds(QPointF(chart.axes.left(), chart.plot.top()), chart.axes.bottomRight());
    const QFontMetricsF metrics(chart.halfwayFont);
    constexpr double Diagonal = 0.7071;
    // Up-left and left of a rise are clear of its own line, as is down-right.
    const QList<QPointF> directions{{-Diagonal, -Diagonal}, {-1, 0}, {0, -1}, {Diagonal, Diagonal}, {1, 0},
                                    {Diagonal, -Diagonal},  {-Diagonal, Diagonal}, {0, 1}};
    PerDimension<QRectF> rects;
    QList<Dimension> order;
    for (Dimension d : AllDimensions) {
        if (halfway[d])
            chart.leads(d) ? order.prepend(d) : order.append(d); // the leader's label first, nearest its marker
    }
    for (Dimension d : order) {
        const QString text = halfwayText(chart.figure, *chart.figure.curves[d].halfwayYear);
        const QSizeF size(metrics.horizontalAdvance(text) + 1, metrics.height());
        const double reach = fp.px(fp.style().leadRingPt * LeadingMarkerScale) / 2 + gap / 2;
        std::optional<QRectF> rect = placer.place(*halfway[d], size, reach, directions);
        if (!rect) {
            QRectF fallback = LabelPlacer::beside(*halfway[d], directions.first(), size, reach);
            fallback.moveLeft(std::clamp(fallback.left(), bounds.left(), bounds.right() - size.width()));
            fallback.moveTop(std::clamp(fallback.top(), bounds.top(), bounds.bottom() - size.height()));
            rect = fallback;
            placer.reserve(fallback);
        }
        rects[d] = *rect;
        fp.haloText(*rect, text, chart.halfwayFont, dimensionColor(d).darker(115));
    }
    return rects;
}

// "check: from → to (source)", the two records shortened alike until it fits.
QString causalLinkText(const TractionFigure::CausalLink &link, const QFontMetricsF &metrics, double width)
{
    const QString source = link.source.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(link.source);
    const QString arrow = QStringLiteral(" → ");
    const QString head = link.check + QStringLiteral(": ");
    const double fixed = metrics.horizontalAdvance(head + arrow + source);
    const double each = std::max(0.0, (width - fixed) / 2);
    const double from = metrics.horizontalAdvance(link.from), to = metrics.horizontalAdvance(link.to);
    // A short record leaves its room to the other.
    const double fromRoom = from < each ? from : std::max(each, width - fixed - std::min(to, each));
    const double toRoom = std::max(0.0, width - fixed - std::min(from, fromRoom) - 1);
    return head + metrics.elidedText(link.from, Qt::ElideRight, fromRoom) + arrow
           + metrics.elidedText(link.to, Qt::ElideRight, toRoom) + source;
}

// The heading and one line per link, inside the links' area.
QList<QRectF> drawCausalLinks(const Chart &chart)
{
    QList<QRectF> lines;
    if (chart.links.isEmpty())
        return lines;
    const FigurePainter &fp = chart.fp;
    const double height = lineHeight(chart.tickFont);
    const QFontMetricsF metrics(chart.tickFont);
    for (qsizetype i = 0; i <= chart.figure.causalLinks.size(); ++i) {
        const QRectF rect(chart.links.left(), chart.links.top() + i * height, chart.links.width(), height);
        if (i == 0) {
            const QString heading = QFontMetricsF(chart.axisFont).elidedText(chart.figure.causalLinksHeading, Qt::ElideRight, rect.width());
            fp.text(rect, heading, chart.axisFont, fp.style().text, Qt::AlignLeft | Qt::AlignVCenter);
        } else {
            fp.text(rect, causalLinkText(chart.figure.causalLinks[i - 1], metrics, rect.width()), chart.tickFont,
                    fp.style().secondaryText, Qt::AlignLeft | Qt::AlignVCenter);
        }
        lines << rect;
    }
    return lines;
}

void drawChart(const Chart &chart, TractionLayout &layout)
{
    const FigurePainter &fp = chart.fp;
    const FigureStyle &style = fp.style();
    QPainter &painter = fp.painter();
    const double gap = fp.px(style.labelGapPt);
    LabelPlacer placer(QRectF(QPointF(chart.axes.left(), chart.plot.top()), chart.axes.bottomRight()));
    layout.stageBands = drawStageBands(chart, placer);
    layout.causalLinkLines = drawCausalLinks(chart);
    drawAxes(chart);

    for (Dimension d : AllDimensions) {
        layout.points[d] = stepPoints(chart, d);
        layout.halfway[d] = halfwayPoint(chart, d, layout.points[d]);
        layout.lineWidth[d] = fp.px(chart.lineWidthPt(d));
    }
    // Drop lines beneath the curves, from each half-way point to its year.
    for (Dimension d : AllDimensions) {
        if (!layout.halfway[d])
            continue;
        painter.setPen(fp.pen(dimensionColor(d), DropLinePt, Qt::DashLine));
        painter.drawLine(*layout.halfway[d], QPointF(layout.halfway[d]->x(), chart.axes.bottom()));
    }
    // The leader beneath, the thinner lines over it, so that where the counts
    // coincide each line still shows.
    QList<Dimension> order;
    for (Dimension d : AllDimensions)
        chart.leads(d) ? order.prepend(d) : order.append(d);
    for (Dimension d : order)
        drawCurve(chart, d, layout.points[d]);
    for (Dimension d : order) {
        if (!layout.halfway[d])
            continue;
        const double size = HalfwayMarkerPt * (chart.leads(d) ? LeadingMarkerScale : 1.0);
        fp.marker(*layout.halfway[d], size, dimensionColor(d), dimensionMarker(d));
        // The leader's ring, as on the triangles; it shows when another marker lies on its own.
        if (chart.leads(d))
            fp.ring(*layout.halfway[d], style.leadRingPt * LeadingMarkerScale, dimensionColor(d));
        const double r = fp.px(chart.leads(d) ? style.leadRingPt * LeadingMarkerScale : size) / 2 + gap / 2;
        placer.reserve(QRectF(*layout.halfway[d] - QPointF(r, r), *layout.halfway[d] + QPointF(r, r)));
    }
    layout.halfwayLabels = drawHalfwayLabels(chart, layout.halfway, placer);
}
} // namespace

TractionLayout TractionRenderer::render(QPainter &painter, const QRectF &area, const TractionFigure &figure,
                                        const RenderOptions &options)
{
    const QList<FigureFrame::LegendEntry> legend = legendEntries(figure);
    auto frameFor = [&](const FigurePainter &fp) {
        return FigureFrame(fp, area, figure.title, figure.subtitle, figure.footnote, legend);
    };
    const RenderOptions fitted = FigureFrame::shrunkToFit(painter, options, frameFor, [&](const FigurePainter &fp, const FigureFrame &frame) {
        return chartFits(fp, layOut(fp, frame, figure));
    });

    painter.save();
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    painter.fillRect(area, options.style.background);
    const FigurePainter fp(painter, fitted);
    const FigureFrame frame = frameFor(fp);
    const Chart chart = layOut(fp, frame, figure);

    TractionLayout layout;
    layout.plot = chart.axes;
    layout.fromYear = chart.from;
    layout.toYear = chart.to;
    layout.maxCount = chart.maxCount;
    if (!chart.empty() && chart.axes.width() > 0 && chart.axes.height() > 0)
        drawChart(chart, layout);
    frame.paint();
    painter.restore();
    return layout;
}

} // namespace triangle
