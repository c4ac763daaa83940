#include "DimensionChart.h"

#include "model/DomainNames.h"
#include "render/FigureFrame.h"
#include "render/FigurePainter.h"
#include "render/Palette.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QValueAxis>

#include <algorithm>

namespace triangle {

namespace {
constexpr int YTicks = 6; // 0, 2, …, 10
constexpr double MinChartWidthPt = 380; // smaller charts are drawn at a lower resolution
constexpr double MinChartHeightPt = 250;

// Lighter for each further region, so bars of one dimension stay apart.
QColor barColor(Dimension d, int region)
{
    return dimensionColor(d).lighter(100 + 45 * (region % 3));
}

void styleAxis(QAbstractAxis *axis, const RenderOptions &options)
{
    const FigureStyle &style = options.style;
    axis->setLabelsFont(figureFont(style.tickPt, options.dpi, options.printing));
    axis->setLabelsBrush(style.secondaryText);
    axis->setTitleFont(figureFont(style.axisTitlePt, options.dpi, options.printing));
    axis->setTitleBrush(style.text);
    QPen line(style.axis, FigureStyle::pixels(style.axisLinePt, options.dpi));
    axis->setLinePen(line);
    QPen grid(style.grid, FigureStyle::pixels(style.gridLinePt, options.dpi));
    axis->setGridLinePen(grid);
}
} // namespace

DimensionChart::DimensionChart(DimensionChartData data, Mode mode) : m_data(std::move(data)), m_mode(mode) {}

std::unique_ptr<QChart> DimensionChart::createChart(const RenderOptions &options) const
{
    const FigureStyle &style = options.style;
    auto px = [&](double points) { return FigureStyle::pixels(points, options.dpi); };
    auto chart = std::make_unique<QChart>();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundBrush(style.background);
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->setMargins(QMargins());
    chart->layout()->setContentsMargins(0, 0, 0, 0);

    QString title = m_data.title.toHtmlEscaped();
    if (!m_data.subtitle.isEmpty())
        title += QStringLiteral("<br><span style=\"font-size:%1px; font-weight:normal; color:%2\">%3</span>")
                     .arg(qRound(px(style.subtitlePt)))
                     .arg(style.secondaryText.name(), m_data.subtitle.toHtmlEscaped());
    chart->setTitle(title);
    QFont titleFont = figureFont(style.titlePt, options.dpi, options.printing);
    titleFont.setWeight(QFont::Bold);
    chart->setTitleFont(titleFont);
    chart->setTitleBrush(style.text);

    auto *x = new QBarCategoryAxis;
    // Stage names are long: a category label may wrap rather than be cut.
    x->setCategories(m_data.stages);
    x->setTruncateLabels(false);
    x->setTitleText(tr("Stage"));
    x->setGridLineVisible(false);
    styleAxis(x, options);
    auto *y = new QValueAxis;
    y->setRange(MinScore, MaxScore);
    y->setTickCount(YTicks);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTitleText(tr("Score (0–10)"));
    styleAxis(y, options);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    const bool severalRegions = m_data.regions.size() > 1;
    auto seriesName = [&](const DimensionChartData::Region &region, Dimension d) {
        return severalRegions ? QStringLiteral("%1 · %2").arg(region.label, dimensionShortName(d)) : dimensionName(d);
    };
    if (m_mode == Mode::Lines) {
        for (int r = 0; r < m_data.regions.size(); ++r) {
            const DimensionChartData::Region &region = m_data.regions[r];
            for (Dimension d : AllDimensions) {
                auto *series = new QLineSeries;
                series->setName(seriesName(region, d));
                QPen pen(dimensionColor(d), px(style.seriesLinePt), stageLineStyle(r));
                pen.setCapStyle(Qt::FlatCap);
                series->setPen(pen);
                series->setPointsVisible(true);
                series->setMarkerSize(px(style.markerPt * 0.8));
                for (int s = 0; s < region.scores.size(); ++s) {
                    if (region.scores[s])
                        series->append(s, (*region.scores[s])[d]);
                }
                chart->addSeries(series);
                series->attachAxis(x);
                series->attachAxis(y);
            }
        }
    } else {
        auto *series = new QBarSeries;
        for (int r = 0; r < m_data.regions.size(); ++r) {
            const DimensionChartData::Region &region = m_data.regions[r];
            for (Dimension d : AllDimensions) {
                auto *set = new QBarSet(seriesName(region, d));
                set->setColor(barColor(d, r));
                set->setBorderColor(style.background);
                for (const auto &scores : region.scores)
                    *set << (scores ? (*scores)[d] : 0.0);
                series->append(set);
            }
        }
        series->setBarWidth(0.8);
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }

    QLegend *legend = chart->legend();
    // One column to the right when there are several regions: a row would cut the names.
    legend->setAlignment(severalRegions ? Qt::AlignRight : Qt::AlignBottom);
    legend->setFont(figureFont(style.legendPt, options.dpi, options.printing));
    legend->setLabelColor(style.text);
    legend->setMarkerShape(QLegend::MarkerShapeFromSeries);
    legend->setBackgroundVisible(false);
    return chart;
}

QChartView *DimensionChart::createView(QWidget *parent) const
{
    auto *view = new QChartView(createChart().release(), parent); // the view takes the chart
    view->setRenderHint(QPainter::Antialiasing);
    return view;
}

void DimensionChart::paint(QPainter &painter, const QRectF &area, const RenderOptions &options) const
{
    painter.save();
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    painter.fillRect(area, options.style.background);
    // Qt Charts does not shrink its text: in a small area the chart and its
    // footnote are drawn at a lower resolution, as a thumbnail, rather than
    // let the chart cut its labels.
    // Title, axes and legend come from the chart; the frame adds the margins and the footnote.
    auto frameFor = [&](const FigurePainter &fp) { return FigureFrame(fp, area, {}, {}, m_data.footnote, {}); };
    const RenderOptions fitted = FigureFrame::shrunkToFit(painter, options, frameFor, [&](const FigurePainter &fp, const FigureFrame &frame) {
        const QSizeF plotPt = frame.plotArea().size() / fp.px(1.0);
        return plotPt.width() >= MinChartWidthPt && plotPt.height() >= MinChartHeightPt;
    });
    const FigurePainter fp(painter, fitted);
    const FigureFrame frame = frameFor(fp);
    const QRectF plot = frame.plotArea();

    QGraphicsScene scene;
    QChart *chart = createChart(fitted).release(); // the scene takes the chart
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(), plot.size()));
    chart->layout()->activate();
    scene.setSceneRect(QRectF(QPointF(), plot.size()));
    scene.render(&painter, plot, scene.sceneRect(), Qt::IgnoreAspectRatio);
    frame.paint();
    painter.restore();
}

} // namespace triangle
