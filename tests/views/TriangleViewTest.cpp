#include "ViewTestSupport.h"

#include "model/DomainNames.h"
#include "render/Palette.h"
#include "views/TriangleView.h"

#include <QAction>
#include <QApplication>
#include <QLineF>
#include <QTest>
#include <QToolTip>
#include <QWheelEvent>

#include <gtest/gtest.h>

using namespace triangle;
using namespace triangle::test;

namespace {
struct Edit
{
    Id assessmentId;
    Dimension dimension;
    double score;
};

// A shown view of Zhejiang's three stages that records what it emits.
class TriangleViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        view.setFigure(zhejiangFigure(), zhejiangInfo());
        QObject::connect(&view, &TriangleView::scoreEdited,
                         [this](Id id, Dimension d, double score) { edits.push_back({id, d, score}); });
        QObject::connect(&view, &TriangleView::seriesActivated, [this](int i) { activated << i; });
        QObject::connect(&view, &TriangleView::seriesVisibilityChanged,
                         [this](int i, bool visible) { visibility << std::pair(i, visible); });
        showAt(view, QSize(800, 600));
    }

    QPoint at(int series, Dimension d) const { return view.layout().vertices[series][d].toPoint(); }
    QPoint atScore(Dimension d, double score) const { return view.layout().geometry.vertex(d, score).toPoint(); }

    TriangleView view;
    std::vector<Edit> edits;
    QList<int> activated;
    QList<std::pair<int, bool>> visibility;
};

TEST_F(TriangleViewTest, HoverOnVertexHighlightsItAndShowsScoreReasonsAndEvidence)
{
    QTest::mouseMove(&view, at(1, Dimension::Mission));
    EXPECT_EQ(view.highlightedSeries(), 1);
    EXPECT_EQ(view.highlightedVertex(), Dimension::Mission);

    const QString tip = QToolTip::text();
    EXPECT_TRUE(tip.contains(QStringLiteral("Zhejiang, Advantage"))) << qPrintable(tip);
    EXPECT_TRUE(tip.contains(dimensionName(Dimension::Mission))) << qPrintable(tip);
    EXPECT_TRUE(tip.contains(QStringLiteral("8.0"))) << qPrintable(tip);
    EXPECT_TRUE(tip.contains(QStringLiteral("1 piece"))) << qPrintable(tip);
    // The 640-character rationale is cut to about 300.
    const qsizetype from = tip.indexOf(QStringLiteral("<i>")) + 3;
    const QString rationale = tip.mid(from, tip.indexOf(QStringLiteral("</i>")) - from);
    EXPECT_TRUE(rationale.startsWith(QStringLiteral("A long reason.")));
    EXPECT_LE(rationale.size(), 300);
    EXPECT_TRUE(rationale.endsWith(QChar(0x2026)));
    EXPECT_FALSE(tip.contains(QStringLiteral("THE END")));
}

TEST_F(TriangleViewTest, HoverAwayFromEveryVertexHighlightsNothing)
{
    QTest::mouseMove(&view, at(0, Dimension::Political));
    ASSERT_EQ(view.highlightedSeries(), 0);
    QTest::mouseMove(&view, QPoint(view.width() - 2, view.height() - 2));
    EXPECT_EQ(view.highlightedSeries(), -1);
    EXPECT_EQ(view.highlightedVertex(), std::nullopt);
}

TEST_F(TriangleViewTest, DraggingAVertexEmitsOneSnappedScoreOnRelease)
{
    const QPoint start = at(1, Dimension::Mission);
    const QPoint end = atScore(Dimension::Mission, 6.23);
    QTest::mousePress(&view, Qt::LeftButton, {}, start);
    for (int step = 1; step <= 4; ++step)
        QTest::mouseMove(&view, start + (end - start) * step / 4);
    // The vertex follows the mouse on the 0.1 grid, and nothing is written yet.
    EXPECT_DOUBLE_EQ(view.figure().series[1].scores[Dimension::Mission], 6.2);
    EXPECT_EQ(view.highlightedSeries(), 1);
    EXPECT_TRUE(edits.empty());

    QTest::mouseRelease(&view, Qt::LeftButton, {}, end);
    ASSERT_EQ(edits.size(), 1u);
    EXPECT_EQ(edits[0].assessmentId, 102);
    EXPECT_EQ(edits[0].dimension, Dimension::Mission);
    EXPECT_DOUBLE_EQ(edits[0].score, 6.2);
    EXPECT_TRUE(activated.isEmpty());
    // The stored score stays on screen until the store sends the new figure.
    EXPECT_DOUBLE_EQ(view.figure().series[1].scores[Dimension::Mission], 8.0);
}

TEST_F(TriangleViewTest, DraggingPastTheScaleClampsToTen)
{
    const QPoint start = at(0, Dimension::Operational);
    const QPointF beyond = view.layout().geometry.vertex(Dimension::Operational, 14.0);
    QTest::mousePress(&view, Qt::LeftButton, {}, start);
    QTest::mouseMove(&view, (start + beyond.toPoint()) / 2);
    QTest::mouseMove(&view, beyond.toPoint());
    QTest::mouseRelease(&view, Qt::LeftButton, {}, beyond.toPoint());
    ASSERT_EQ(edits.size(), 1u);
    EXPECT_DOUBLE_EQ(edits[0].score, 10.0);
}

TEST_F(TriangleViewTest, EscapeDuringADragCancelsIt)
{
    const QPoint start = at(1, Dimension::Mission);
    const QPoint end = atScore(Dimension::Mission, 5.0);
    QTest::mousePress(&view, Qt::LeftButton, {}, start);
    QTest::mouseMove(&view, (start + end) / 2);
    QTest::mouseMove(&view, end);
    ASSERT_DOUBLE_EQ(view.figure().series[1].scores[Dimension::Mission], 5.0);

    QTest::keyClick(&view, Qt::Key_Escape);
    EXPECT_DOUBLE_EQ(view.figure().series[1].scores[Dimension::Mission], 8.0);
    QTest::mouseMove(&view, end + QPoint(5, 5));
    QTest::mouseRelease(&view, Qt::LeftButton, {}, end + QPoint(5, 5));
    EXPECT_TRUE(edits.empty());
    EXPECT_TRUE(activated.isEmpty());
    EXPECT_DOUBLE_EQ(view.figure().series[1].scores[Dimension::Mission], 8.0);
}

TEST_F(TriangleViewTest, ClickingAVertexSelectsItsSeriesWithoutEditing)
{
    QTest::mouseClick(&view, Qt::LeftButton, {}, at(2, Dimension::Political));
    EXPECT_EQ(activated, QList<int>{2});
    EXPECT_EQ(view.selectedSeries(), 2);
    EXPECT_TRUE(edits.empty());
}

TEST_F(TriangleViewTest, ClickingInsideNestedTrianglesSelectsTheInnermost)
{
    QTest::mouseClick(&view, Qt::LeftButton, {}, view.layout().geometry.centre().toPoint());
    EXPECT_EQ(activated, QList<int>{0});
}

TEST_F(TriangleViewTest, ReadOnlySeriesCannotBeDragged)
{
    QList<SeriesInfo> info = zhejiangInfo();
    info[1].editable = false;
    view.setFigure(zhejiangFigure(), info);
    const QPoint start = at(1, Dimension::Mission);
    const QPoint end = atScore(Dimension::Mission, 5.0);
    QTest::mousePress(&view, Qt::LeftButton, {}, start);
    QTest::mouseMove(&view, (start + end) / 2);
    QTest::mouseMove(&view, end);
    EXPECT_DOUBLE_EQ(view.figure().series[1].scores[Dimension::Mission], 8.0);
    QTest::mouseRelease(&view, Qt::LeftButton, {}, end);
    EXPECT_TRUE(edits.empty());
}

TEST_F(TriangleViewTest, ClickingALegendEntryHidesTheSeriesAndEveryPixelOfItsColour)
{
    const QColor advantage = seriesColor(zhejiangFigure().series[1].colorIndex);
    ASSERT_GT(pixelsNear(view.grab().toImage(), advantage, 30), 100);
    ASSERT_EQ(view.layout().legendEntries.size(), 3);

    QTest::mouseClick(&view, Qt::LeftButton, {}, view.layout().legendEntries[1].center().toPoint());
    EXPECT_EQ(visibility, (QList<std::pair<int, bool>>{{1, false}}));
    EXPECT_FALSE(view.figure().series[1].visible);
    EXPECT_EQ(pixelsNear(view.grab().toImage(), advantage, 30), 0);

    QTest::mouseClick(&view, Qt::LeftButton, {}, view.layout().legendEntries[1].center().toPoint());
    EXPECT_TRUE(view.figure().series[1].visible);
    EXPECT_GT(pixelsNear(view.grab().toImage(), advantage, 30), 100);
}

TEST_F(TriangleViewTest, HiddenSeriesStayHiddenWhenTheFigureIsReplaced)
{
    view.setSeriesVisible(1, false);
    TriangleFigure changed = zhejiangFigure();
    changed.series[1].scores[Dimension::Mission] = 6.2; // as after an edit
    view.setFigure(changed, zhejiangInfo());
    EXPECT_TRUE(view.figure().series[0].visible);
    EXPECT_FALSE(view.figure().series[1].visible);
    EXPECT_TRUE(view.figure().series[2].visible);
    EXPECT_DOUBLE_EQ(view.figure().series[1].scores[Dimension::Mission], 6.2);
}

TEST_F(TriangleViewTest, TabThenUpRaisesTheFocusedScoreByOneTenth)
{
    view.setFocus();
    QTest::keyClick(&view, Qt::Key_Tab);
    ASSERT_EQ(view.focusedVertex(), (TriangleView::Vertex{0, Dimension::Mission}));
    QTest::keyClick(&view, Qt::Key_Up);
    ASSERT_EQ(edits.size(), 1u);
    EXPECT_EQ(edits[0].assessmentId, 101);
    EXPECT_EQ(edits[0].dimension, Dimension::Mission);
    EXPECT_DOUBLE_EQ(edits[0].score, 3.5);

    QTest::keyClick(&view, Qt::Key_Down);
    ASSERT_EQ(edits.size(), 2u);
    EXPECT_DOUBLE_EQ(edits[1].score, 3.3);
}

TEST_F(TriangleViewTest, TabWalksTheVerticesOfVisibleSeriesOnly)
{
    view.setSeriesVisible(1, false);
    view.setFocus();
    QList<TriangleView::Vertex> walked;
    for (int i = 0; i < 4; ++i) {
        QTest::keyClick(&view, Qt::Key_Tab);
        walked << view.focusedVertex().value_or(TriangleView::Vertex{});
    }
    const QList<TriangleView::Vertex> expected{
        {0, Dimension::Mission}, {0, Dimension::Political}, {0, Dimension::Operational}, {2, Dimension::Mission}};
    EXPECT_EQ(walked, expected);
    EXPECT_EQ(view.highlightedSeries(), 2);
    EXPECT_EQ(view.highlightedVertex(), Dimension::Mission);
    EXPECT_TRUE(view.accessibleDescription().contains(view.figure().series[2].label));

    QTest::keyClick(&view, Qt::Key_Backtab);
    EXPECT_EQ(view.focusedVertex(), (TriangleView::Vertex{0, Dimension::Operational}));
}

TEST_F(TriangleViewTest, EnterSelectsAndHHidesTheFocusedSeries)
{
    view.setFocus();
    QTest::keyClick(&view, Qt::Key_Right);
    QTest::keyClick(&view, Qt::Key_Right);
    QTest::keyClick(&view, Qt::Key_Right);
    QTest::keyClick(&view, Qt::Key_Right); // series 1, political
    QTest::keyClick(&view, Qt::Key_Return);
    EXPECT_EQ(activated, QList<int>{1});
    QTest::keyClick(&view, Qt::Key_H);
    EXPECT_EQ(visibility, (QList<std::pair<int, bool>>{{1, false}}));
    EXPECT_TRUE(edits.empty());
}

TEST_F(TriangleViewTest, CtrlWheelZoomsAboutTheCursorAndCtrlZeroFitsAgain)
{
    const QPoint cursor = at(2, Dimension::Operational);
    QWheelEvent wheel(cursor, view.mapToGlobal(cursor), QPoint(), QPoint(0, 240), Qt::NoButton, Qt::ControlModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(&view, &wheel);
    EXPECT_GT(view.zoom(), 1.4);
    EXPECT_LT(QLineF(view.layout().vertices[2][Dimension::Operational], cursor).length(), 1.0);
    EXPECT_TRUE(view.zoomToFitAction()->isEnabled());
    // Hit tests follow the zoom.
    QTest::mouseMove(&view, at(1, Dimension::Operational));
    EXPECT_EQ(view.highlightedSeries(), 1);

    QTest::keyClick(&view, Qt::Key_0, Qt::ControlModifier);
    EXPECT_DOUBLE_EQ(view.zoom(), 1.0);
    EXPECT_EQ(view.zoomToFitAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_0));
}

TEST_F(TriangleViewTest, HasAnAccessibleNameAndTakesFocus)
{
    EXPECT_FALSE(view.accessibleName().isEmpty());
    EXPECT_FALSE(view.accessibleDescription().isEmpty());
    EXPECT_EQ(view.focusPolicy(), Qt::StrongFocus);
    EXPECT_GE(view.minimumSizeHint().width(), 200);
}
} // namespace

TEST(TriangleViewBandTest, TheVertexTooltipGivesTheRatersRange)
{
    TriangleFigure figure = zhejiangFigure();
    figure.series[1].spread[Dimension::Mission] = ScoreBand{7.0, 8.5};
    figure.series[1].raterCount = 2;
    TriangleView view;
    view.setFigure(figure, zhejiangInfo());
    showAt(view, QSize(800, 600));
    QTest::mouseMove(&view, view.layout().vertices[1][Dimension::Mission].toPoint());
    const QString banded = QToolTip::text();
    EXPECT_TRUE(banded.contains(QStringLiteral("raters 7.0–8.5"))) << qPrintable(banded);
    // A score without a band says nothing of raters.
    QTest::mouseMove(&view, view.layout().vertices[1][Dimension::Political].toPoint());
    EXPECT_FALSE(QToolTip::text().contains(QStringLiteral("raters"))) << qPrintable(QToolTip::text());
}
