#include "ViewTestSupport.h"

#include "render/Palette.h"
#include "views/BalanceMapView.h"

#include <QTest>
#include <QToolTip>

#include <gtest/gtest.h>

using namespace triangle;
using namespace triangle::test;

namespace {
class BalanceMapViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        view.setFigure(articleBalanceMap());
        QObject::connect(&view, &BalanceMapView::seriesActivated, [this](int i) { activated << i; });
        QObject::connect(&view, &BalanceMapView::seriesVisibilityChanged,
                         [this](int i, bool visible) { visibility << std::pair(i, visible); });
        showAt(view, QSize(800, 600));
    }

    QPoint at(int path, int point) const { return view.layout().points[path][point].toPoint(); }

    BalanceMapView view;
    QList<int> activated;
    QList<std::pair<int, bool>> visibility;
};

TEST_F(BalanceMapViewTest, HoverOnAPointShowsRegionStageAndShares)
{
    QTest::mouseMove(&view, at(1, 1)); // Shanxi at the advantage stage: 5.7, 8.5, 6.0
    EXPECT_EQ(view.highlightedPath(), 1);
    const QString tip = QToolTip::text();
    EXPECT_TRUE(tip.contains(QStringLiteral("Shanxi, advantage"))) << qPrintable(tip);
    EXPECT_TRUE(tip.contains(QStringLiteral("28.2%"))) << qPrintable(tip);
    EXPECT_TRUE(tip.contains(QStringLiteral("42.1%"))) << qPrintable(tip);
    EXPECT_TRUE(tip.contains(QStringLiteral("29.7%"))) << qPrintable(tip);
}

TEST_F(BalanceMapViewTest, ClickingAPointSelectsItsPath)
{
    QTest::mouseClick(&view, Qt::LeftButton, {}, at(2, 1));
    EXPECT_EQ(activated, QList<int>{2});
    EXPECT_EQ(view.selectedPath(), 2);
}

TEST_F(BalanceMapViewTest, ClickingALegendEntryHidesThePath)
{
    const QColor zhejiang = seriesColor(0);
    ASSERT_GT(pixelsNear(view.grab().toImage(), zhejiang, 30), 50);
    ASSERT_GE(view.layout().legendEntries.size(), 3);
    QTest::mouseClick(&view, Qt::LeftButton, {}, view.layout().legendEntries[0].center().toPoint());
    EXPECT_EQ(visibility, (QList<std::pair<int, bool>>{{0, false}}));
    EXPECT_FALSE(view.figure().paths[0].visible);
    EXPECT_EQ(pixelsNear(view.grab().toImage(), zhejiang, 30), 0);
    // Hidden paths are not hit.
    QTest::mouseClick(&view, Qt::LeftButton, {}, at(0, 0));
    EXPECT_FALSE(activated.contains(0));
}

TEST_F(BalanceMapViewTest, ArrowKeysAndEnterSelectAPath)
{
    view.setFocus();
    QTest::keyClick(&view, Qt::Key_Right);
    QTest::keyClick(&view, Qt::Key_Right);
    QTest::keyClick(&view, Qt::Key_Return);
    EXPECT_EQ(activated, QList<int>{1});
    EXPECT_FALSE(view.accessibleName().isEmpty());
}
} // namespace
