// The interactive timeline draws a crowded lane as the figure does: counts
// per year and dimension, whose tooltip gives the exact count.

#include "ViewTestSupport.h"

#include "model/DomainNames.h"
#include "render/TimelineRenderer.h"
#include "widgets/diagrams/TimelineCanvas.h"

#include <gtest/gtest.h>

using namespace triangle;
using namespace triangle::test;

TEST(TimelineCanvasDensityTest, ACrowdedLaneShowsCountsWithTheirTooltip)
{
    TimelineFigure figure;
    figure.title = QStringLiteral("A crowded county");
    figure.fromYear = 2011;
    figure.toYear = 2020;
    TimelineFigure::Lane lane{QStringLiteral("A county"), {}};
    for (int i = 0; i < 2000; ++i) {
        DimensionSet dims;
        dims.insert(Dimension::Political);
        lane.items.append({Evidence::Kind::Milestone, Id(i + 1), PartialDate::ofYear(2011 + i % 10), QStringLiteral("M%1").arg(i), dims});
    }
    figure.lanes = {lane};

    TimelineCanvas canvas;
    canvas.setFigure(figure, nullptr);
    showAt(canvas, QSize(900, 500));
    const TimelineLayout &layout = canvas.timelineLayout();
    ASSERT_EQ(layout.density.size(), 10 * DimensionCount);
    EXPECT_LE(layout.markers.size(), 10 * TimelineRenderer::MarkedPerYear);
    const auto cell = std::find_if(layout.density.cbegin(), layout.density.cend(), [](const auto &c) {
        return c.dimension == Dimension::Political && c.year == 2015;
    });
    ASSERT_NE(cell, layout.density.cend());
    EXPECT_EQ(cell->count, 200);
    const QString tip = canvas.toolTipAt(cell->rect.center());
    EXPECT_TRUE(tip.contains(QStringLiteral("A county"))) << qPrintable(tip);
    EXPECT_TRUE(tip.contains(QStringLiteral("2015"))) << qPrintable(tip);
    EXPECT_TRUE(tip.contains(QStringLiteral("200 record"))) << qPrintable(tip);
    EXPECT_TRUE(tip.contains(dimensionName(Dimension::Political))) << qPrintable(tip);
}
