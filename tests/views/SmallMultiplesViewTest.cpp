#include "ViewTestSupport.h"

#include "model/DomainNames.h"
#include "views/SmallMultiplesView.h"

#include <QApplication>
#include <QHelpEvent>
#include <QScreen>
#include <QScrollBar>
#include <QTest>
#include <QToolTip>

#include <gtest/gtest.h>

#include <cstdlib>

using namespace triangle;
using namespace triangle::test;

namespace {
using Cell = SmallMultiplesView::Cell;
using SortKey = SmallMultiplesView::SortKey;

QStringList labels(const SmallMultiplesView &view)
{
    QStringList out;
    for (int p = 0; p < view.cellCount(); ++p)
        out << view.cellAt(p).label;
    return out;
}

class SmallMultiplesViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QObject::connect(&view, &SmallMultiplesView::regionActivated, [this](Id id) { activated << id; });
    }

    // The most cells a paint may touch: the rows that fit, plus one cut in two.
    int screenful() const
    {
        const int rows = view.viewport()->height() / view.cellSize().height() + 2;
        return rows * view.columnCount();
    }

    SmallMultiplesView view;
    QList<Id> activated;
};

TEST_F(SmallMultiplesViewTest, PaintsOnlyTheCellsInView)
{
    view.setCells(generatedCells(2900));
    showAt(view, QSize(1300, 860));
    EXPECT_GE(view.cellSize().width(), 140);
    EXPECT_GE(view.columnCount(), 8);

    view.viewport()->repaint();
    EXPECT_GT(view.lastPaintedCellCount(), view.columnCount() * 3);
    EXPECT_LE(view.lastPaintedCellCount(), screenful());

    QScrollBar *bar = view.verticalScrollBar();
    bar->setValue(bar->maximum() / 2);
    view.viewport()->repaint();
    EXPECT_GT(view.lastPaintedCellCount(), 0);
    EXPECT_LE(view.lastPaintedCellCount(), screenful());

    // The last cell can be scrolled to.
    bar->setValue(bar->maximum());
    view.viewport()->repaint();
    EXPECT_LE(view.lastPaintedCellCount(), screenful());
    EXPECT_TRUE(view.viewport()->rect().contains(view.cellRect(view.cellCount() - 1)));
}

TEST_F(SmallMultiplesViewTest, SortsByAreaLargestFirstKeepingTiesInOrder)
{
    view.setCells({{QStringLiteral("A"), makeScores(5, 5, 5), 1},
                   {QStringLiteral("B"), makeScores(4, 4, 4), 2},
                   {QStringLiteral("C"), makeScores(5, 5, 5), 3},
                   {QStringLiteral("D"), makeScores(8, 1, 1), 4}});
    view.setSortKey(SortKey::Area);
    EXPECT_EQ(labels(view), (QStringList{QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("B"), QStringLiteral("D")}));
    view.setSortKey(SortKey::Balance);
    EXPECT_EQ(labels(view), (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")}));
    view.setSortKey(SmallMultiplesView::sortKeyFor(Dimension::Mission));
    EXPECT_EQ(labels(view), (QStringList{QStringLiteral("D"), QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("B")}));
    view.setSortKey(SortKey::Code);
    EXPECT_EQ(labels(view), (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")}));
}

TEST_F(SmallMultiplesViewTest, SortingKeepsTheCurrentRegion)
{
    view.setCells(generatedCells(200));
    view.setCurrentPosition(17);
    const Id current = view.currentRegion();
    view.setSortKey(SortKey::Area);
    EXPECT_EQ(view.currentRegion(), current);
    EXPECT_EQ(view.cellAt(view.currentPosition()).regionId, current);
}

TEST_F(SmallMultiplesViewTest, ClickingACellActivatesItsRegion)
{
    view.setCells(generatedCells(100));
    showAt(view, QSize(900, 600));
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.cellRect(3).center());
    EXPECT_EQ(activated, QList<Id>{view.cellAt(3).regionId});
    EXPECT_EQ(view.currentPosition(), 3);
}

TEST_F(SmallMultiplesViewTest, ArrowKeysMoveTheCurrentCellAndEnterActivatesIt)
{
    view.setCells(generatedCells(2900));
    showAt(view, QSize(900, 600));
    view.setFocus();
    QTest::keyClick(&view, Qt::Key_Right); // onto the first cell
    QTest::keyClick(&view, Qt::Key_Right);
    QTest::keyClick(&view, Qt::Key_Down);
    EXPECT_EQ(view.currentPosition(), 1 + view.columnCount());
    QTest::keyClick(&view, Qt::Key_Return);
    EXPECT_EQ(activated, QList<Id>{view.cellAt(1 + view.columnCount()).regionId});

    QTest::keyClick(&view, Qt::Key_End);
    EXPECT_EQ(view.currentPosition(), 2899);
    EXPECT_TRUE(view.viewport()->rect().contains(view.cellRect(2899)));
}

TEST_F(SmallMultiplesViewTest, HoverShowsTheRegionAndItsMetrics)
{
    view.setCells(generatedCells(50));
    showAt(view, QSize(900, 600));
    const QPoint pos = view.cellRect(2).center();
    QHelpEvent help(QEvent::ToolTip, pos, view.viewport()->mapToGlobal(pos));
    QApplication::sendEvent(view.viewport(), &help);
    const QString tip = QToolTip::text();
    EXPECT_TRUE(tip.contains(view.cellAt(2).label)) << qPrintable(tip);
    EXPECT_TRUE(tip.contains(dimensionName(Dimension::Political))) << qPrintable(tip);
    EXPECT_TRUE(tip.contains(QStringLiteral("Area"))) << qPrintable(tip);
    EXPECT_TRUE(tip.contains(QStringLiteral("balance"))) << qPrintable(tip);
}

TEST_F(SmallMultiplesViewTest, CellsFollowTheWidth)
{
    view.setCells(generatedCells(100));
    showAt(view, QSize(900, 600));
    const int wide = view.columnCount();
    view.resize(500, 600);
    QTest::qWait(10);
    EXPECT_LT(view.columnCount(), wide);
    EXPECT_GE(view.cellSize().width(), 140);
    EXPECT_LE(view.columnCount() * view.cellSize().width(), view.viewport()->width());
}
} // namespace

TEST_F(SmallMultiplesViewTest, ARatersBandIsDrawnAlongItsAxisAndNamedInTheTooltip)
{
    QList<Cell> cells = generatedCells(4);
    cells[0].scores = DimensionScores{{5.0, 5.0, 5.0}};
    view.setCells(cells);
    showAt(view, QSize(900, 600));
    const QImage plain = view.viewport()->grab().toImage();

    cells[0].spread[Dimension::Mission] = ScoreBand{3.0, 9.0};
    view.setCells(cells);
    QApplication::processEvents();
    const QImage banded = view.viewport()->grab().toImage();

    // Only pixels of the first cell change, and enough of them to be seen.
    const QRect cell = view.cellRect(0);
    int changed = 0;
    int outside = 0;
    for (int y = 0; y < plain.height(); ++y) {
        for (int x = 0; x < plain.width(); ++x) {
            if (plain.pixel(x, y) == banded.pixel(x, y))
                continue;
            ++changed;
            outside += cell.contains(QPoint(x, y)) ? 0 : 1;
        }
    }
    EXPECT_GT(changed, 40);
    EXPECT_EQ(outside, 0);

    const QPoint pos = cell.center();
    QHelpEvent help(QEvent::ToolTip, pos, view.viewport()->mapToGlobal(pos));
    QApplication::sendEvent(view.viewport(), &help);
    EXPECT_TRUE(QToolTip::text().contains(QStringLiteral("raters 3.0–9.0"))) << qPrintable(QToolTip::text());
}

// A scroll step moves the pixels already drawn and paints only the cells that
// come into view; the window then shows what a whole repaint would.
TEST(SmallMultiplesScrollTest, AScrollStepPaintsOnlyWhatComesIntoViewAndShowsTheSame)
{
    SmallMultiplesView view;
    view.setCells(generatedCells(400));
    showAt(view, QSize(900, 600));
    const int fullPaint = view.lastPaintedCellCount();
    ASSERT_GT(fullPaint, 12);
    auto onScreen = [&] {
        const QImage window = view.screen()->grabWindow(view.winId()).toImage();
        return window.copy(QRect(view.viewport()->mapTo(&view, QPoint(0, 0)), view.viewport()->size()))
            .convertToFormat(QImage::Format_RGB32);
    };

    view.verticalScrollBar()->setValue(view.verticalScrollBar()->pageStep() / 3);
    QApplication::processEvents();
    const int stepPaint = view.lastPaintedCellCount();
    EXPECT_LT(stepPaint, fullPaint * 2 / 3);
    const QImage scrolled = onScreen();

    view.viewport()->repaint();
    EXPECT_GT(view.lastPaintedCellCount(), stepPaint);
    const QImage whole = onScreen();
    ASSERT_EQ(scrolled.size(), whole.size());
    int differing = 0;
    QRect where;
    for (int y = 0; y < whole.height(); ++y) {
        for (int x = 0; x < whole.width(); ++x) {
            const QRgb p = scrolled.pixel(x, y), q = whole.pixel(x, y);
            if (std::abs(qRed(p) - qRed(q)) > 2 || std::abs(qGreen(p) - qGreen(q)) > 2 || std::abs(qBlue(p) - qBlue(q)) > 2) {
                ++differing;
                where |= QRect(x, y, 1, 1);
            }
        }
    }
    // A line the viewport's edge cut in the first paint is antialiased a
    // shade differently from one drawn whole: a few hundred pixels of a thin
    // line, where moving the wrong pixels would change tens of thousands.
    EXPECT_LT(differing, whole.width() * whole.height() / 200)
        << where.x() << "," << where.y() << " " << where.width() << "x" << where.height();
}
