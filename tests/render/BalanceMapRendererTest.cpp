#include "RenderTestSupport.h"

#include "analysis/TriangleMetrics.h"
#include "render/FigureStyle.h"
#include "render/Palette.h"
#include "render/TriangleGeometry.h"

#include <QLineF>

#include <gtest/gtest.h>

using namespace triangle;
using namespace triangle::test;

namespace {
const QSize Size(800, 600);
const QRectF Whole(QPointF(), Size);
} // namespace

TEST(BalanceMapRendererTest, PointsLieWhereTheirSharesSay)
{
    const BalanceMapFigure figure = articleBalanceMap();
    const auto layout = renderBalanceMap(figure, Size, Whole).layout;
    ASSERT_EQ(layout.points.size(), figure.paths.size());
    for (qsizetype i = 0; i < figure.paths.size(); ++i) {
        ASSERT_EQ(layout.points[i].size(), figure.paths[i].points.size());
        for (qsizetype k = 0; k < figure.paths[i].points.size(); ++k) {
            const PerDimension<double> expected = shares(figure.paths[i].points[k].scores);
            const PerDimension<double> found = TriangleGeometry::ternaryShares(layout.points[i][k], layout.triangleBox, layout.minimumShare);
            for (Dimension d : AllDimensions)
                EXPECT_NEAR(found[d], expected[d], 1e-9);
        }
    }
    // Zhejiang's advantage triangle leans towards the mission corner.
    const QPointF centre = TriangleGeometry::ternaryPoint({{1.0 / 3, 1.0 / 3, 1.0 / 3}}, layout.triangleBox, layout.minimumShare);
    EXPECT_LT(layout.points[0][1].y(), centre.y());
}

TEST(BalanceMapRendererTest, ZoomsInOnlyWhenEveryPointIsNearBalance)
{
    BalanceMapFigure figure = articleBalanceMap();
    EXPECT_DOUBLE_EQ(renderBalanceMap(figure, Size, Whole).layout.minimumShare, 0.2);

    figure.paths[2].points[1].scores = makeScores(9, 1, 5); // political a tenth of the total
    EXPECT_DOUBLE_EQ(renderBalanceMap(figure, Size, Whole).layout.minimumShare, 0.0);

    figure.paths[2].visible = false; // hidden paths do not count
    EXPECT_DOUBLE_EQ(renderBalanceMap(figure, Size, Whole).layout.minimumShare, 0.2);
}

TEST(BalanceMapRendererTest, PointsAreDrawnInTheirPathsColour)
{
    const BalanceMapFigure figure = articleBalanceMap();
    const auto [image, layout] = renderBalanceMap(figure, Size, Whole);
    for (qsizetype i = 0; i < figure.paths.size(); ++i) {
        for (const QPointF &point : layout.points[i]) {
            const QColor pixel = image.pixelColor(point.toPoint());
            // Markers of one path may cover one another, never another path's.
            EXPECT_TRUE(pixel == seriesColor(figure.paths[i].colorIndex) || pixel == FigureStyle().text
                        || std::any_of(figure.paths.begin(), figure.paths.end(),
                                       [&](const BalancePath &p) { return pixel == seriesColor(p.colorIndex); }))
                << "path " << i;
        }
    }
}

TEST(BalanceMapRendererTest, HiddenPathLeavesNoPixelsOfItsColour)
{
    BalanceMapFigure figure = articleBalanceMap();
    const QColor shanxi = seriesColor(figure.paths[1].colorIndex);
    EXPECT_GT(pixelsNear(renderBalanceMap(figure, Size, Whole).image, shanxi, 30).size(), 50);
    figure.paths[1].visible = false;
    EXPECT_TRUE(pixelsNear(renderBalanceMap(figure, Size, Whole).image, shanxi, 30).isEmpty());
}

TEST(BalanceMapRendererTest, NothingIsDrawnOutsideTheArea)
{
    BalanceMapFigure figure = articleBalanceMap();
    figure.title = QStringLiteral("A title long enough that it has to wrap onto a second line in a figure this narrow");
    // The smallest is drawn smaller, as a thumbnail.
    for (const QRectF &area : {QRectF(150, 120, 600, 450), QRectF(100, 50, 360, 560), QRectF(40, 40, 260, 200)})
        EXPECT_EQ(paintedOutside(renderBalanceMap(figure, QSize(1000, 800), area).image, area), 0)
            << "area " << area.width() << "×" << area.height();
}

TEST(BalanceMapRendererTest, ALimitedLegendNamesTheFirstPathsAndCountsTheRest)
{
    BalanceMapFigure figure = articleBalanceMap();
    const QList<BalancePath> article = figure.paths;
    for (int i = 0; figure.paths.size() < 40; ++i) {
        BalancePath copy = article[i % article.size()];
        copy.label = QStringLiteral("Region %1").arg(i);
        copy.colorIndex = i % 8;
        figure.paths << copy;
    }
    figure.legendLimit = 12;
    const auto limited = renderBalanceMap(figure, Size, Whole).layout;
    ASSERT_EQ(limited.legendEntries.size(), 40);
    for (int i = 0; i < 40; ++i)
        EXPECT_EQ(limited.legendEntries[i].isEmpty(), i >= 11) << i;
    EXPECT_EQ(limited.points.size(), 40); // every path is drawn all the same

    figure.legendLimit = 0;
    const auto unlimited = renderBalanceMap(figure, Size, Whole).layout;
    for (int i = 0; i < 40; ++i)
        EXPECT_FALSE(unlimited.legendEntries[i].isEmpty()) << i;
    // Forty entries only fit drawn smaller: the whole figure shrinks, type and all.
    EXPECT_LT(unlimited.legendEntries[0].height(), limited.legendEntries[0].height());
}
