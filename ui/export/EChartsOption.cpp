#include "EChartsOption.h"

#include "ViewFigures.h"
#include "analysis/TriangleMetrics.h"
#include "model/DomainNames.h"
#include "render/FigureFrame.h"
#include "render/Palette.h"
#include "render/TriangleGeometry.h"
#include "render/TriangleRenderer.h"

#include <QFontMetricsF>
#include <QImage>
#include <QJsonArray>
#include <QPainter>
#include <QPen>
#include <QRectF>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace triangle {

namespace {
constexpr double HaloPt = 2.4;        // the background ring around value labels (FigurePainter::haloText)
constexpr double MarkerRimPt = 0.8;   // the background rim around markers (FigurePainter::marker)
constexpr double RingLinePt = 1.2;    // the leading-dimension ring's line (FigurePainter::ring)
constexpr double CapOverhangPt = 1.5; // how far a band's caps reach past the band (FigurePainter::band)

QJsonValue number(double value)
{
    return std::round(value * 100.0) / 100.0; // two decimals are finer than a pixel
}

// ECharts takes colours as CSS.
QString css(const QColor &color)
{
    if (color.alpha() == 255)
        return color.name();
    return QStringLiteral("rgba(%1,%2,%3,%4)").arg(color.red()).arg(color.green()).arg(color.blue()).arg(color.alphaF(), 0, 'f', 3);
}

QColor withAlpha(QColor color, double alpha)
{
    color.setAlphaF(float(alpha));
    return color;
}

// The axis of dimension d, in degrees anticlockwise from east, as
// TriangleGeometry draws it (y grows downwards on screen).
double axisAngle(Dimension d)
{
    const QPointF along = TriangleGeometry::axisDirection(d);
    const double degrees = std::atan2(-along.y(), along.x()) * 180.0 / std::numbers::pi;
    return degrees < 0 ? degrees + 360.0 : degrees; // the polar angle axis runs 0–360
}

// A dash pattern as ECharts wants it: Qt measures dashes in line widths, ECharts in pixels.
QJsonValue lineType(Qt::PenStyle style, double widthPx)
{
    if (style == Qt::SolidLine)
        return QStringLiteral("solid");
    QJsonArray dashes;
    for (qreal length : QPen(Qt::black, 1.0, style).dashPattern())
        dashes << number(length * widthPx);
    return dashes;
}

// ECharts' symbols for the renderer's marker shapes.
QString symbol(MarkerShape shape)
{
    switch (shape) {
    case MarkerShape::Circle: return QStringLiteral("circle");
    case MarkerShape::Square: return QStringLiteral("rect");
    case MarkerShape::Diamond: return QStringLiteral("diamond");
    case MarkerShape::Triangle: return QStringLiteral("path://M0,-1.2L1.1,0.75L-1.1,0.75Z");
    case MarkerShape::Cross: return QStringLiteral("path://M-1,-0.12H1V0.12H-1ZM-0.12,-1H0.12V1H-0.12Z");
    }
    return QStringLiteral("circle");
}

// Sized to look as large as FigurePainter::marker draws the shapes.
QJsonValue symbolSize(MarkerShape shape, double diameterPx)
{
    switch (shape) {
    case MarkerShape::Square: return number(diameterPx * 0.85);
    case MarkerShape::Diamond: return number(diameterPx * 1.15);
    case MarkerShape::Triangle: return QJsonArray{number(diameterPx * 1.1), number(diameterPx * 0.975)};
    default: return number(diameterPx);
    }
}

// A point at `score` along dimension d's axis, in a panel's polar coordinates: [radius, angle].
QJsonArray polarPoint(double score, Dimension d)
{
    return {number(score), number(axisAngle(d))};
}

QJsonObject polarSeries(const char *type, int polarIndex)
{
    return {{QStringLiteral("type"), QLatin1StringView(type)},
            {QStringLiteral("coordinateSystem"), QStringLiteral("polar")},
            {QStringLiteral("polarIndex"), polarIndex},
            {QStringLiteral("silent"), true},
            {QStringLiteral("animation"), false},
            {QStringLiteral("tooltip"), QJsonObject{{QStringLiteral("show"), false}}}};
}

// Where the renderer puts everything of `figure` in `cell` (CSS pixels), as
// it would draw it for printing: the option places its parts there.
TriangleLayout rendererLayout(const TriangleFigure &figure, const QRectF &cell, const FigureStyle &style)
{
    QImage scratch(1, 1, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&scratch);
    RenderOptions options;
    options.dpi = CssDpi;
    options.printing = true;
    options.style = style;
    return TriangleRenderer::render(painter, cell, figure, options);
}

// One panel: a figure drawn where the renderer lays it out in its cell, as
// paintPanels() draws the same figures into an image.
class PanelBuilder
{
public:
    PanelBuilder(const TriangleFigure &figure, const TriangleLayout &layout, int index, const FigureStyle &style, QSizeF chart,
                 QString fontFamily)
        : m_figure(figure), m_layout(layout), m_index(index), m_style(style), m_chart(chart), m_fontFamily(std::move(fontFamily))
    {
    }

    void addTo(QJsonObject &option) const;

private:
    double px(double points) const { return FigureStyle::pixels(points, m_layout.dpi); }
    QString x(double v) const { return percent(v, m_chart.width()); }
    QString y(double v) const { return percent(v, m_chart.height()); }
    // ECharts sizes radar and polar radii against half the shorter side.
    QString r(double v) const { return percent(v, std::min(m_chart.width(), m_chart.height()) / 2.0); }
    static QString percent(double part, double whole)
    {
        return QString::number(whole > 0 ? part / whole * 100.0 : 0.0, 'f', 3) + QLatin1Char('%');
    }
    QJsonObject font(double points, const QColor &color, int weight = 400) const
    {
        return {{QStringLiteral("fontSize"), number(px(points))},
                {QStringLiteral("fontFamily"), m_fontFamily},
                {QStringLiteral("color"), css(color)},
                {QStringLiteral("fontWeight"), weight}};
    }

    QJsonObject text(const QString &content, const QRectF &rect, double points, const QColor &color, int weight) const;
    QJsonObject radar() const;
    QJsonObject triangles() const;
    QJsonArray bands() const;
    QJsonArray arrows() const;
    QJsonArray rings() const;
    QJsonArray valueLabels() const;
    QJsonArray legends() const;

    const TriangleFigure &m_figure;
    const TriangleLayout &m_layout;
    int m_index;
    const FigureStyle &m_style;
    QSizeF m_chart;
    QString m_fontFamily;
};

// Text in the rectangle the renderer drew it in, wrapped as it wraps.
QJsonObject PanelBuilder::text(const QString &content, const QRectF &rect, double points, const QColor &color, int weight) const
{
    QJsonObject style = font(points, color, weight);
    style.insert(QStringLiteral("width"), number(rect.width() + 1.0)); // a browser's text may be a hair wider
    style.insert(QStringLiteral("overflow"), QStringLiteral("break"));
    QFont f = figureFont(points, m_layout.dpi);
    f.setWeight(QFont::Weight(weight));
    style.insert(QStringLiteral("lineHeight"), number(QFontMetricsF(f).lineSpacing()));
    return {{QStringLiteral("text"), content},
            {QStringLiteral("left"), x(rect.left())},
            {QStringLiteral("top"), y(rect.top())},
            {QStringLiteral("padding"), 0},
            {QStringLiteral("textStyle"), style}};
}

QJsonObject PanelBuilder::radar() const
{
    // The grid: a radar whose three indicators are the dimensions in their
    // order, mission at the top as TriangleGeometry puts it, ringed at the
    // renderer's ticks, with tick labels beside the mission axis only.
    QJsonArray indicators;
    for (Dimension d : AllDimensions) {
        QJsonObject indicator{{QStringLiteral("name"), dimensionName(d)}, {QStringLiteral("min"), MinScore}, {QStringLiteral("max"), MaxScore}};
        if (d == Dimension::Mission) {
            QJsonObject ticks = font(m_style.tickPt, m_style.secondaryText);
            ticks.insert(QStringLiteral("show"), true);
            ticks.insert(QStringLiteral("showMinLabel"), false); // none at the centre
            ticks.insert(QStringLiteral("textBorderColor"), css(m_style.background));
            ticks.insert(QStringLiteral("textBorderWidth"), number(px(HaloPt)));
            indicator.insert(QStringLiteral("axisLabel"), ticks);
        }
        indicators << indicator;
    }
    const QList<double> ticks = TriangleGeometry::gridTicks();
    // One colour per ring from the centre out, the centre's included: the outermost as dark as the axes.
    QJsonArray ringColours;
    for (double tick : ticks)
        ringColours << css(tick == MaxScore ? m_style.axis : m_style.grid);
    const QPointF centre = m_layout.geometry.centre();
    return {{QStringLiteral("center"), QJsonArray{x(centre.x()), y(centre.y())}},
            {QStringLiteral("radius"), r(m_layout.geometry.radius())},
            {QStringLiteral("startAngle"), number(axisAngle(Dimension::Mission))},
            {QStringLiteral("shape"), QStringLiteral("polygon")},
            {QStringLiteral("splitNumber"), int(ticks.size() - 1)},
            {QStringLiteral("indicator"), indicators},
            {QStringLiteral("axisName"), QJsonObject{{QStringLiteral("show"), false}}}, // graphics, where the renderer puts them
            {QStringLiteral("splitArea"), QJsonObject{{QStringLiteral("show"), false}}},
            {QStringLiteral("splitLine"), QJsonObject{{QStringLiteral("lineStyle"), QJsonObject{{QStringLiteral("color"), ringColours},
                                                                                                {QStringLiteral("width"), number(px(m_style.gridLinePt))}}}}},
            {QStringLiteral("axisLine"), QJsonObject{{QStringLiteral("lineStyle"), QJsonObject{{QStringLiteral("color"), css(m_style.axis)},
                                                                                               {QStringLiteral("width"), number(px(m_style.axisLinePt))}}}}}};
}

QJsonObject PanelBuilder::triangles() const
{
    const double lineWidth = px(m_style.seriesLinePt);
    QJsonArray data;
    for (const TriangleSeries &series : m_figure.series) {
        const QString colour = css(seriesColor(series.colorIndex));
        const MarkerShape shape = stageMarker(series.styleIndex);
        data << QJsonObject{
            {QStringLiteral("name"), series.label},
            {QStringLiteral("value"), QJsonArray{series.scores[Dimension::Mission], series.scores[Dimension::Political],
                                                 series.scores[Dimension::Operational]}},
            {QStringLiteral("symbol"), symbol(shape)},
            {QStringLiteral("symbolSize"), symbolSize(shape, px(m_style.markerPt))},
            {QStringLiteral("lineStyle"), QJsonObject{{QStringLiteral("color"), colour},
                                                      {QStringLiteral("width"), number(lineWidth)},
                                                      {QStringLiteral("type"), lineType(stageLineStyle(series.styleIndex), lineWidth)}}},
            {QStringLiteral("itemStyle"), QJsonObject{{QStringLiteral("color"), colour},
                                                      {QStringLiteral("borderColor"), css(m_style.background)},
                                                      {QStringLiteral("borderWidth"), number(px(MarkerRimPt))}}},
            {QStringLiteral("areaStyle"), QJsonObject{{QStringLiteral("color"), colour}, {QStringLiteral("opacity"), m_style.fillOpacity}}}};
    }
    return {{QStringLiteral("type"), QStringLiteral("radar")},
            {QStringLiteral("name"), m_figure.title},
            {QStringLiteral("radarIndex"), m_index},
            {QStringLiteral("data"), data}};
}

QJsonArray PanelBuilder::bands() const
{
    const double widthPx = px(m_style.spreadBandPt);
    QJsonArray out;
    for (const TriangleSeries &series : m_figure.series) {
        if (!series.visible)
            continue;
        const QColor color = seriesColor(series.colorIndex);
        for (Dimension d : AllDimensions) {
            const auto &band = series.spread[d];
            if (!band)
                continue;
            // Caps across the axis at either end, darker than the band.
            QJsonObject cap{{QStringLiteral("symbol"), QStringLiteral("rect")},
                            {QStringLiteral("symbolSize"), QJsonArray{number(widthPx + 2 * px(CapOverhangPt)), number(px(m_style.spreadCapPt))}},
                            {QStringLiteral("symbolRotate"), number(axisAngle(d) - 90.0)}};
            QJsonObject from = cap, to = cap;
            from.insert(QStringLiteral("value"), polarPoint(band->low, d));
            to.insert(QStringLiteral("value"), polarPoint(band->high, d));
            QJsonObject line = polarSeries("line", m_index);
            line.insert(QStringLiteral("name"), series.spreadOfMembers ? TriangleRenderer::membersRangeLabel()
                                                                       : TriangleRenderer::ratersRangeLabel());
            line.insert(QStringLiteral("data"), QJsonArray{from, to});
            line.insert(QStringLiteral("lineStyle"), QJsonObject{{QStringLiteral("color"), css(withAlpha(color, m_style.spreadOpacity))},
                                                                 {QStringLiteral("width"), number(widthPx)},
                                                                 {QStringLiteral("cap"), QStringLiteral("butt")}});
            line.insert(QStringLiteral("itemStyle"),
                        QJsonObject{{QStringLiteral("color"), css(withAlpha(color, std::min(1.0, m_style.spreadOpacity * 2.5)))}});
            out << line;
        }
    }
    return out;
}

QJsonArray PanelBuilder::arrows() const
{
    QJsonArray out;
    if (!m_figure.arrowsBetweenSeries)
        return out;
    // As FigurePainter::arrow draws them: stopping short of the markers,
    // a head 3.5 line widths long plus 2 pt, none where there is no room.
    const double gap = px(m_style.markerPt) / 2.0 + px(m_style.labelGapPt);
    const double head = px(m_style.arrowLinePt * 3.5 + 2.0);
    const double perScore = m_layout.geometry.radius() / MaxScore;
    const TriangleSeries *previous = nullptr;
    for (const TriangleSeries &series : m_figure.series) {
        if (!series.visible)
            continue;
        for (Dimension d : AllDimensions) {
            if (!previous)
                continue;
            const double from = previous->scores[d];
            const double to = series.scores[d];
            if (std::abs(to - from) * perScore <= 2 * gap + head)
                continue;
            const double sign = to > from ? 1.0 : -1.0;
            const double start = from + sign * gap / perScore;
            const double tip = to - sign * gap / perScore;
            const double headCentre = tip - sign * head / 2.0 / perScore; // ECharts centres a symbol on its point
            const double pointing = sign > 0 ? axisAngle(d) : axisAngle(d) + 180.0;
            QJsonObject line = polarSeries("line", m_index);
            line.insert(QStringLiteral("z"), 3);
            line.insert(QStringLiteral("data"),
                        QJsonArray{QJsonObject{{QStringLiteral("value"), polarPoint(start, d)}, {QStringLiteral("symbol"), QStringLiteral("none")}},
                                   QJsonObject{{QStringLiteral("value"), polarPoint(headCentre, d)},
                                               {QStringLiteral("symbol"), QStringLiteral("path://M0,0L0.8,2L-0.8,2Z")},
                                               {QStringLiteral("symbolSize"), QJsonArray{number(head * 0.8), number(head)}},
                                               {QStringLiteral("symbolRotate"), number(pointing - 90.0)}}});
            line.insert(QStringLiteral("lineStyle"), QJsonObject{{QStringLiteral("color"), css(m_style.secondaryText)},
                                                                 {QStringLiteral("width"), number(px(m_style.arrowLinePt))}});
            line.insert(QStringLiteral("itemStyle"), QJsonObject{{QStringLiteral("color"), css(m_style.secondaryText)}});
            out << line;
        }
        previous = &series;
    }
    return out;
}

QJsonArray PanelBuilder::rings() const
{
    if (!m_figure.markLeadingDimension)
        return {};
    QJsonArray points;
    for (const TriangleSeries &series : m_figure.series) {
        const auto lead = leadingDimension(series.scores);
        if (!series.visible || !lead)
            continue;
        points << QJsonObject{{QStringLiteral("value"), polarPoint(series.scores[*lead], *lead)},
                              {QStringLiteral("itemStyle"), QJsonObject{{QStringLiteral("borderColor"), css(seriesColor(series.colorIndex))}}}};
    }
    if (points.isEmpty())
        return {};
    QJsonObject scatter = polarSeries("scatter", m_index);
    scatter.insert(QStringLiteral("name"), TriangleRenderer::leadingDimensionLabel());
    scatter.insert(QStringLiteral("z"), 4);
    scatter.insert(QStringLiteral("symbol"), QStringLiteral("circle"));
    scatter.insert(QStringLiteral("symbolSize"), number(px(m_style.leadRingPt)));
    scatter.insert(QStringLiteral("itemStyle"), QJsonObject{{QStringLiteral("color"), QStringLiteral("rgba(0,0,0,0)")},
                                                            {QStringLiteral("borderColor"), css(m_style.secondaryText)},
                                                            {QStringLiteral("borderWidth"), number(px(RingLinePt))}});
    scatter.insert(QStringLiteral("data"), points);
    return {scatter};
}

QJsonArray PanelBuilder::valueLabels() const
{
    // One series per triangle, named like it, so that its legend entry hides
    // its labels too. Each label is the score with one decimal, as the
    // renderer writes it, centred where the renderer's label placer put it
    // (clear of titles, ticks and other labels); none where it found no room.
    // The series draws nothing else; being a line series, it gives the
    // legend a line-and-marker sample.
    const double marker = px(m_style.markerPt);
    QJsonArray out;
    for (qsizetype i = 0; i < m_figure.series.size(); ++i) {
        const TriangleSeries &series = m_figure.series[i];
        QJsonArray points;
        for (Dimension d : AllDimensions) {
            const std::optional<QRectF> rect = m_layout.valueLabels.value(i)[d];
            QJsonObject label{{QStringLiteral("show"), false}};
            if (rect && m_figure.showValueLabels) {
                // Offsets from the top left of the symbol's box, which ECharts centres on the vertex.
                const QPointF offset = rect->center() - (m_layout.vertices[i][d] - QPointF(marker / 2.0, marker / 2.0));
                label = {{QStringLiteral("show"), true},
                         {QStringLiteral("formatter"), QString::number(series.scores[d], 'f', 1)},
                         {QStringLiteral("position"), QJsonArray{number(offset.x()), number(offset.y())}}};
            }
            points << QJsonObject{{QStringLiteral("value"), polarPoint(series.scores[d], d)}, {QStringLiteral("label"), label}};
        }
        QJsonObject label = font(m_style.valuePt, valueLabelColor(series.colorIndex));
        label.insert(QStringLiteral("align"), QStringLiteral("center"));
        label.insert(QStringLiteral("verticalAlign"), QStringLiteral("middle"));
        label.insert(QStringLiteral("textBorderColor"), css(m_style.background));
        label.insert(QStringLiteral("textBorderWidth"), number(px(HaloPt)));
        QJsonObject line = polarSeries("line", m_index);
        line.insert(QStringLiteral("name"), series.label);
        line.insert(QStringLiteral("z"), 5);
        line.insert(QStringLiteral("symbol"), symbol(stageMarker(series.styleIndex)));
        line.insert(QStringLiteral("symbolSize"), number(marker));
        line.insert(QStringLiteral("itemStyle"), QJsonObject{{QStringLiteral("color"), QStringLiteral("rgba(0,0,0,0)")}});
        line.insert(QStringLiteral("lineStyle"), QJsonObject{{QStringLiteral("opacity"), 0}});
        line.insert(QStringLiteral("label"), label);
        line.insert(QStringLiteral("data"), points);
        out << line;
    }
    return out;
}

// A legend of one entry per entry the renderer drew, at its place and with
// its (elided) label; entries of the same name in several panels switch
// together.
QJsonArray PanelBuilder::legends() const
{
    QJsonArray out;
    const double sample = px(FigureFrame::LegendSamplePt);
    const double labelGap = px(m_style.labelGapPt);
    const double lineWidth = px(m_style.seriesLinePt);
    const bool hasLeadKey = m_figure.markLeadingDimension && std::any_of(m_figure.series.begin(), m_figure.series.end(), [](const TriangleSeries &s) {
                                return s.visible && leadingDimension(s.scores);
                            });
    for (qsizetype i = 0; i < m_layout.legend.size(); ++i) {
        const TriangleLayout::LegendItem &entry = m_layout.legend[i];
        QJsonObject item;
        double iconHeight = px(m_style.markerPt) / 0.8; // ECharts draws a line sample's marker at 80% of the height
        bool selected = true;
        if (i < m_figure.series.size()) {
            const TriangleSeries &series = m_figure.series[i];
            const QString colour = css(seriesColor(series.colorIndex));
            selected = series.visible;
            item = {{QStringLiteral("name"), series.label},
                    {QStringLiteral("itemStyle"), QJsonObject{{QStringLiteral("color"), colour},
                                                              {QStringLiteral("borderColor"), css(m_style.background)},
                                                              {QStringLiteral("borderWidth"), number(px(MarkerRimPt))},
                                                              {QStringLiteral("opacity"), 1}}},
                    {QStringLiteral("lineStyle"), QJsonObject{{QStringLiteral("color"), colour},
                                                              {QStringLiteral("width"), number(lineWidth)},
                                                              {QStringLiteral("type"), lineType(stageLineStyle(series.styleIndex), lineWidth)},
                                                              {QStringLiteral("opacity"), 1}}}};
        } else if (i == m_figure.series.size() && hasLeadKey) { // the renderer's keys follow the series: the ring's first
            item = {{QStringLiteral("name"), TriangleRenderer::leadingDimensionLabel()}};
            iconHeight = px(m_style.leadRingPt);
        } else { // a band's key: the raters' range or a group's members' range
            item = {{QStringLiteral("name"), entry.label}};
        }
        QJsonObject legend{{QStringLiteral("data"), QJsonArray{item}},
                           {QStringLiteral("formatter"), entry.label},
                           {QStringLiteral("left"), x(entry.rect.left() + labelGap)},
                           {QStringLiteral("top"), y(entry.rect.center().y() - iconHeight / 2.0)},
                           {QStringLiteral("padding"), 0},
                           {QStringLiteral("itemWidth"), number(sample)},
                           {QStringLiteral("itemHeight"), number(iconHeight)},
                           {QStringLiteral("textStyle"), font(m_style.legendPt, m_style.text)}};
        if (!selected)
            legend.insert(QStringLiteral("selected"), QJsonObject{{item[QStringLiteral("name")].toString(), false}});
        out << legend;
    }
    return out;
}

void PanelBuilder::addTo(QJsonObject &option) const
{
    auto append = [&option](const char *key, const QJsonValue &value) {
        QJsonArray list = option.value(QLatin1StringView(key)).toArray();
        if (value.isArray()) {
            for (const QJsonValue &v : value.toArray())
                list << v;
        } else {
            list << value;
        }
        option.insert(QLatin1StringView(key), list);
    };

    if (!m_layout.title.isEmpty())
        append("title", text(m_figure.title, m_layout.title, m_style.titlePt, m_style.text, QFont::Bold));
    if (!m_layout.subtitle.isEmpty())
        append("title", text(m_figure.subtitle, m_layout.subtitle, m_style.subtitlePt, m_style.secondaryText, QFont::Normal));
    if (!m_layout.footnote.isEmpty())
        append("title", text(TriangleRenderer::footnoteText(m_figure), m_layout.footnote, m_style.footnotePt, m_style.secondaryText,
                             QFont::Normal));

    // The axis titles where the renderer put them: centred above the top
    // corner, under the bottom corners reaching inwards.
    for (Dimension d : AllDimensions) {
        const QRectF rect = m_layout.axisTitles[d];
        const QString align = d == Dimension::Political ? QStringLiteral("left")
                                : d == Dimension::Operational ? QStringLiteral("right")
                                                              : QStringLiteral("center");
        QJsonObject style{{QStringLiteral("text"), dimensionName(d)},
                          {QStringLiteral("width"), number(rect.width() + 1.0)},
                          {QStringLiteral("overflow"), QStringLiteral("break")},
                          {QStringLiteral("align"), align},
                          {QStringLiteral("fill"), css(m_style.text)},
                          {QStringLiteral("fontSize"), number(px(m_style.axisTitlePt))},
                          {QStringLiteral("fontFamily"), m_fontFamily},
                          {QStringLiteral("fontWeight"), QFont::DemiBold}};
        append("graphic", QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                      {QStringLiteral("left"), x(rect.left())},
                                      {QStringLiteral("top"), y(rect.top())},
                                      {QStringLiteral("silent"), true},
                                      {QStringLiteral("style"), style}});
    }

    append("radar", radar());
    // A polar system over the same circle carries what a radar cannot draw:
    // bands, arrows, rings and labels at single vertices.
    const QPointF centre = m_layout.geometry.centre();
    append("polar", QJsonObject{{QStringLiteral("center"), QJsonArray{x(centre.x()), y(centre.y())}},
                                {QStringLiteral("radius"), r(m_layout.geometry.radius())}});
    append("angleAxis", QJsonObject{{QStringLiteral("polarIndex"), m_index}, {QStringLiteral("type"), QStringLiteral("value")},
                                    {QStringLiteral("min"), 0}, {QStringLiteral("max"), 360}, {QStringLiteral("startAngle"), 0},
                                    {QStringLiteral("clockwise"), false}, {QStringLiteral("show"), false}});
    append("radiusAxis", QJsonObject{{QStringLiteral("polarIndex"), m_index}, {QStringLiteral("type"), QStringLiteral("value")},
                                     {QStringLiteral("min"), MinScore}, {QStringLiteral("max"), MaxScore}, {QStringLiteral("show"), false}});
    // In the renderer's order: bands under the outlines, arrows, rings, labels on top.
    append("series", bands());
    append("series", triangles());
    append("series", arrows());
    append("series", rings());
    append("series", valueLabels());
    append("legend", legends());
}
} // namespace

QJsonObject echartsOption(const QList<TriangleFigure> &figures, const QSizeF &sizePt, const FigureStyle &style)
{
    const QSizeF chart = pixelSize(sizePt, CssDpi); // whole pixels, as the page's chart and a PNG at 96 DPI have
    QStringList families = figureFontFamilies();
    for (QString &family : families)
        family = QStringLiteral("'%1'").arg(family);
    families << QStringLiteral("sans-serif");
    const QString fontFamily = families.join(QStringLiteral(", "));

    QJsonObject option{{QStringLiteral("animation"), false},
                       {QStringLiteral("backgroundColor"), css(style.background)},
                       {QStringLiteral("textStyle"), QJsonObject{{QStringLiteral("fontFamily"), fontFamily}}},
                       {QStringLiteral("tooltip"), QJsonObject{{QStringLiteral("trigger"), QStringLiteral("item")}}}};
    // The panels in the grid paintPanels() draws them in, each laid out by the renderer.
    const QSize grid = panelGrid(figures.size(), chart);
    for (qsizetype i = 0; i < figures.size(); ++i) {
        const double w = chart.width() / grid.width();
        const double h = chart.height() / grid.height();
        const QRectF cell(double(i % grid.width()) * w, double(i / grid.width()) * h, w, h);
        const TriangleLayout layout = rendererLayout(figures[i], cell, style);
        PanelBuilder(figures[i], layout, int(i), style, chart, fontFamily).addTo(option);
    }
    return option;
}

} // namespace triangle
