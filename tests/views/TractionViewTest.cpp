#include "ViewTestSupport.h"

#include "render/Palette.h"
#include "views/TractionView.h"

#include <QTest>
#include <QToolTip>

#include <gtest/gtest.h>

using namespace triangle;
using namespace triangle::test;

namespace {
// Mission leads: 1 record by 2016, 3 by 2017 (half of 4), 4 by 2019;
// operational: 1 by 2018 (its only one).
TractionFigure knownFigure()
{
    TractionFigure figure;
    figure.title = QStringLiteral("Test: cumulative evidence by dimension");
    figure.halfwayFormat = QStringLiteral("half by %1");
    figure.countAxisTitle = QStringLiteral("Records");
    figure.years = {2016, 2017, 2018, 2019};
    figure.curves[Dimension::Mission] = {QStringLiteral("Mission (leading)"), {1, 3, 3, 4}, 4, 2017, true};
    figure.curves[Dimension::Political] = {QStringLiteral("Political: no records"), {0, 0, 0, 0}, 0, std::nullopt, false};
    figure.curves[Dimension::Operational] = {QStringLiteral("Operational"), {0, 0, 1, 1}, 1, 2018, false};
    return figure;
}

class TractionViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        view.setFigure(knownFigure());
        showAt(view, QSize(800, 560));
    }
    TractionView view;
};

TEST_F(TractionViewTest, HoverShowsEachDimensionsCountForTheYear)
{
    const TractionLayout &layout = view.layout();
    ASSERT_TRUE(layout.halfway[Dimension::Mission].has_value());
    const QPoint in2017(int(layout.xOf(2017.5)), int(layout.plot.center().y()));
    QTest::mouseMove(&view, in2017);
    const QString tip = QToolTip::text();
    EXPECT_TRUE(tip.contains(QStringLiteral("2017"))) << qPrintable(tip);
    EXPECT_TRUE(tip.contains(QStringLiteral("3 of 4"))) << qPrintable(tip);
    EXPECT_TRUE(tip.contains(QStringLiteral("half-way"))) << qPrintable(tip);
    EXPECT_TRUE(tip.contains(QStringLiteral("0 of 1"))) << qPrintable(tip); // operational, before its record

    EXPECT_TRUE(view.toolTipAt(QPointF(layout.xOf(2019.5), layout.plot.center().y())).contains(QStringLiteral("4 of 4")));
    // The year of zero before the first record, and the title, say nothing.
    EXPECT_TRUE(view.toolTipAt(QPointF(layout.xOf(2015.5), layout.plot.center().y())).isEmpty());
    EXPECT_TRUE(view.toolTipAt(QPointF(20, 10)).isEmpty());
}

TEST_F(TractionViewTest, DrawsTheCurvesAndDescribesTheHalfwayYears)
{
    EXPECT_GT(pixelsNear(view.grab().toImage(), dimensionColor(Dimension::Mission), 20), 200);
    EXPECT_TRUE(view.accessibleDescription().contains(QStringLiteral("2017"))) << qPrintable(view.accessibleDescription());
    EXPECT_FALSE(view.accessibleName().isEmpty());
}

TEST_F(TractionViewTest, AFigureWithoutRecordsShowsItsTitle)
{
    TractionFigure empty;
    empty.title = QStringLiteral("Select a region");
    view.setFigure(empty);
    EXPECT_TRUE(view.toolTipAt(view.rect().center()).isEmpty());
    EXPECT_EQ(view.accessibleDescription(), QStringLiteral("Select a region"));
}
} // namespace
