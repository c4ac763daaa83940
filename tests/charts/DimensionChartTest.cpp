#include "render/RenderTestSupport.h"

#include "charts/DimensionChart.h"
#include "render/Palette.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QImage>
#include <QLineSeries>
#include <QPainter>
#include <QValueAxis>

#include <gtest/gtest.h>

#include <memory>

using namespace triangle;
using namespace triangle::test;

namespace {
// Two regions at three stages; the second not assessed at the middle one.
DimensionChartData twoRegions()
{
    DimensionChartData data;
    data.title = QStringLiteral("The three dimensions across stages");
    data.footnote = QStringLiteral("Source: test data.");
    data.stages = {QStringLiteral("Initial"), QStringLiteral("Advantage"), QStringLiteral("Target")};
    data.regions = {{QStringLiteral("Zhejiang"), {makeScores(3.4, 3.0, 3.1), makeScores(8.0, 5.8, 6.3), makeScores(8.6, 8.3, 8.4)}},
                    {QStringLiteral("Shanxi"), {makeScores(2.8, 3.0, 2.7), std::nullopt, makeScores(8.3, 8.7, 8.4)}}};
    return data;
}

QValueAxis *yAxis(const QChart &chart)
{
    const QList<QAbstractAxis *> axes = chart.axes(Qt::Vertical);
    return axes.isEmpty() ? nullptr : qobject_cast<QValueAxis *>(axes.first());
}
} // namespace

TEST(DimensionChartTest, LinesOnePerRegionAndDimensionWithAPointPerAssessedStage)
{
    const std::unique_ptr<QChart> chart = DimensionChart(twoRegions(), DimensionChart::Mode::Lines).createChart();
    const QList<QAbstractSeries *> series = chart->series();
    ASSERT_EQ(series.size(), 6);
    for (int i = 0; i < series.size(); ++i) {
        auto *line = qobject_cast<QLineSeries *>(series[i]);
        ASSERT_NE(line, nullptr);
        EXPECT_EQ(line->count(), i < 3 ? 3 : 2) << i; // Shanxi skips the stage it is not assessed at
        EXPECT_EQ(line->pen().color(), dimensionColor(AllDimensions[std::size_t(i % 3)]));
        EXPECT_EQ(line->pen().style(), stageLineStyle(i / 3)); // dashes tell the regions apart
    }
    EXPECT_DOUBLE_EQ(qobject_cast<QLineSeries *>(series[1])->at(1).y(), 5.8);
    EXPECT_TRUE(series[0]->name().contains(QStringLiteral("Zhejiang")));
}

TEST(DimensionChartTest, BarsOneSetPerRegionAndDimension)
{
    const std::unique_ptr<QChart> chart = DimensionChart(twoRegions(), DimensionChart::Mode::Bars).createChart();
    ASSERT_EQ(chart->series().size(), 1);
    auto *bars = qobject_cast<QBarSeries *>(chart->series().first());
    ASSERT_NE(bars, nullptr);
    ASSERT_EQ(bars->count(), 6);
    for (QBarSet *set : bars->barSets())
        EXPECT_EQ(set->count(), 3);
    EXPECT_DOUBLE_EQ(bars->barSets()[2]->at(2), 8.4);
}

TEST(DimensionChartTest, ScoreAxisRunsFromZeroToTen)
{
    for (auto mode : {DimensionChart::Mode::Lines, DimensionChart::Mode::Bars}) {
        const std::unique_ptr<QChart> chart = DimensionChart(twoRegions(), mode).createChart();
        QValueAxis *y = yAxis(*chart);
        ASSERT_NE(y, nullptr);
        EXPECT_DOUBLE_EQ(y->min(), 0.0);
        EXPECT_DOUBLE_EQ(y->max(), 10.0);
        EXPECT_EQ(y->tickCount(), 6);
        EXPECT_EQ(chart->axes(Qt::Horizontal).size(), 1);
    }
}

TEST(DimensionChartTest, PaintDrawsTheChartInsideItsArea)
{
    QImage image(QSize(900, 640), QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    const QRectF area(40, 30, 800, 560);
    {
        QPainter painter(&image);
        DimensionChart(twoRegions()).paint(painter, area, RenderOptions{});
    }
    EXPECT_EQ(paintedOutside(image, area), 0);
    const QRect inner = area.toRect().adjusted(1, 1, -1, -1);
    EXPECT_GT(pixelsOtherThan(image, inner, Qt::white), 2000);
    for (Dimension d : AllDimensions)
        EXPECT_GT(pixelsNear(image, dimensionColor(d), 10).size(), 100) << int(d);
}

TEST(DimensionChartTest, ViewShowsTheSameChart)
{
    std::unique_ptr<QChartView> view(DimensionChart(twoRegions()).createView());
    ASSERT_NE(view->chart(), nullptr);
    EXPECT_EQ(view->chart()->series().size(), 6);
}
