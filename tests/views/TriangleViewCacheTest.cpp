// The overlay keeps the figure without highlight as an image and repaints
// only the highlight over it: what it shows must be what painting the whole
// figure afresh shows.

#include "ViewTestSupport.h"

#include "render/Palette.h"
#include "render/TriangleRenderer.h"
#include "views/TriangleView.h"

#include <QPainter>
#include <QTest>

#include <gtest/gtest.h>

#include <cstdlib>

using namespace triangle;
using namespace triangle::test;

namespace {
const QSize Size(900, 640);

// Forty regions overlaid, numbered, with a legend limited to twelve.
TriangleFigure overlayFigure(int count)
{
    TriangleFigure figure;
    figure.title = QStringLiteral("Forty regions at the advantage stage");
    const QList<SmallMultiplesView::Cell> cells = generatedCells(count);
    for (int i = 0; i < cells.size(); ++i)
        figure.series.append({cells[i].label, cells[i].scores, i % 10, 0, true});
    figure.legendLimit = 12;
    return figure;
}

QImage shown(TriangleView &view)
{
    return view.grab().toImage().convertToFormat(QImage::Format_ARGB32);
}

// The whole figure painted at once, as an uncached view would.
QImage paintedAfresh(const TriangleView &view, int series, std::optional<Dimension> vertex)
{
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    RenderOptions options;
    options.dpi = view.logicalDpiY();
    options.highlightedSeries = series;
    options.highlightedVertex = vertex;
    QPainter painter(&image);
    painter.fillRect(image.rect(), options.style.background);
    TriangleRenderer::render(painter, QRectF(image.rect()), view.figure(), options);
    painter.end();
    return image.convertToFormat(QImage::Format_ARGB32);
}

int differing(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return a.width() * a.height();
    int count = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            // A font's first outlines are antialiased a shade differently.
            if (std::abs(qRed(p) - qRed(q)) > 8 || std::abs(qGreen(p) - qGreen(q)) > 8 || std::abs(qBlue(p) - qBlue(q)) > 8)
                ++count;
        }
    }
    return count;
}
} // namespace

TEST(TriangleViewCacheTest, HoverRepaintOverTheCachedFigureEqualsAFreshPaint)
{
    TriangleView view;
    view.setFigure(overlayFigure(40));
    // A font's first glyphs in a process are antialiased a shade differently:
    // draw them once before the view does.
    view.resize(Size);
    paintedAfresh(view, 17, Dimension::Mission);
    showAt(view, Size);
    const QImage plain = shown(view);
    EXPECT_EQ(differing(plain, paintedAfresh(view, -1, std::nullopt)), 0);

    // Hover one series, then another: the second repaint reuses the image
    // the first one drew over.
    QTest::mouseMove(&view, view.layout().vertices[5][Dimension::Political].toPoint());
    QTest::mouseMove(&view, view.layout().vertices[17][Dimension::Mission].toPoint());
    ASSERT_EQ(view.highlightedSeries(), 17);
    ASSERT_EQ(view.highlightedVertex(), Dimension::Mission);
    const QImage hovered = shown(view);
    EXPECT_EQ(differing(hovered, paintedAfresh(view, 17, Dimension::Mission)), 0);
    EXPECT_GT(differing(hovered, plain), 100); // the highlight is there

    // And off again: nothing of either highlight is left behind.
    QTest::mouseMove(&view, QPoint(2, Size.height() - 2));
    ASSERT_EQ(view.highlightedSeries(), -1);
    EXPECT_EQ(differing(shown(view), plain), 0);
}

TEST(TriangleViewCacheTest, HidingASeriesRedrawsTheCachedFigure)
{
    TriangleView view;
    view.setFigure(overlayFigure(40));
    showAt(view, Size);
    const QImage before = shown(view);
    view.setSeriesVisible(3, false);
    const QImage after = shown(view);
    EXPECT_GT(differing(before, after), 100);
    EXPECT_EQ(differing(after, paintedAfresh(view, -1, std::nullopt)), 0);
}

TEST(TriangleViewCacheTest, ResizingRedrawsTheCachedFigureAtTheNewSize)
{
    TriangleView view;
    view.setFigure(overlayFigure(40));
    showAt(view, Size);
    view.resize(700, 500);
    QTest::qWait(20);
    const QImage resized = shown(view);
    ASSERT_EQ(resized.size(), QSize(700, 500));
    EXPECT_EQ(differing(resized, paintedAfresh(view, -1, std::nullopt)), 0);
}

TEST(TriangleViewCacheTest, ALimitedLegendListsTheFirstSeriesAndCountsTheRest)
{
    TriangleView view;
    view.setFigure(overlayFigure(40));
    showAt(view, Size);
    const TriangleLayout &shownLayout = view.layout();
    ASSERT_EQ(shownLayout.legendEntries.size(), 40);
    for (int i = 0; i < 11; ++i)
        EXPECT_FALSE(shownLayout.legendEntries[i].isEmpty()) << i;
    for (int i = 11; i < 40; ++i)
        EXPECT_TRUE(shownLayout.legendEntries[i].isEmpty()) << i;

    QImage image(Size, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    RenderOptions options;
    options.dpi = view.logicalDpiY();
    const TriangleLayout layout = TriangleRenderer::render(painter, QRectF(image.rect()), view.figure(), options);
    ASSERT_GE(layout.legend.size(), 12);
    EXPECT_EQ(layout.legend[10].label, QStringLiteral("Region 0011"));
    EXPECT_EQ(layout.legend[11].label, QStringLiteral("+29 more"));
    // Readable: drawn at the screen's size, not shrunk to fit 40 entries.
    EXPECT_EQ(layout.dpi, view.logicalDpiY());

    // Without the limit the same figure shrinks until all forty fit.
    TriangleFigure unlimited = view.figure();
    unlimited.legendLimit = 0;
    EXPECT_LT(TriangleRenderer::render(painter, QRectF(image.rect()), unlimited, options).dpi, view.logicalDpiY());
}
