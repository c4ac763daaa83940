#include "RenderTestSupport.h"

#include "render/BalanceMapRenderer.h"
#include "render/TriangleRenderer.h"

#include <QPainter>

#include <algorithm>
#include <cstdlib>

namespace triangle::test {

TriangleFigure zhejiangFigure()
{
    TriangleFigure figure;
    figure.title = QStringLiteral("Zhejiang: evolution of the strategic triangle");
    figure.subtitle = QStringLiteral("Three stages, scored 0–10");
    figure.footnote = QStringLiteral("Source: an analyst's reading of the article, not measured.");
    figure.series = {
        {QStringLiteral("Initial"), makeScores(3.4, 3.0, 3.1), 0, 0, true},
        {QStringLiteral("Advantage"), makeScores(8.0, 5.8, 6.3), 1, 1, true},
        {QStringLiteral("Target"), makeScores(8.6, 8.3, 8.4), 2, 2, true},
    };
    figure.arrowsBetweenSeries = true;
    return figure;
}

BalanceMapFigure articleBalanceMap()
{
    auto path = [](const QString &label, int color, DimensionScores a, DimensionScores b, DimensionScores c) {
        return BalancePath{label,
                           {{QStringLiteral("initial"), a}, {QStringLiteral("advantage"), b}, {QStringLiteral("target"), c}},
                           color,
                           true};
    };
    BalanceMapFigure figure;
    figure.title = QStringLiteral("Balance of the three provinces");
    figure.footnote = QStringLiteral("Source: an analyst's reading of the article, not measured.");
    figure.paths = {
        path(QStringLiteral("Zhejiang"), 0, makeScores(3.4, 3.0, 3.1), makeScores(8.0, 5.8, 6.3), makeScores(8.6, 8.3, 8.4)),
        path(QStringLiteral("Shanxi"), 1, makeScores(2.8, 3.0, 2.7), makeScores(5.7, 8.5, 6.0), makeScores(8.3, 8.7, 8.4)),
        path(QStringLiteral("Sichuan"), 2, makeScores(2.8, 2.8, 3.1), makeScores(5.9, 5.6, 8.5), makeScores(8.3, 8.4, 8.7)),
    };
    return figure;
}

namespace {
template<typename Layout, typename Figure, typename Render>
Rendering<Layout> renderWith(Render render, const Figure &figure, QSize size, const QRectF &area, const RenderOptions &options)
{
    Rendering<Layout> result{QImage(size, QImage::Format_ARGB32), {}};
    result.image.fill(Qt::transparent);
    QPainter painter(&result.image);
    result.layout = render(painter, area, figure, options);
    return result;
}
} // namespace

Rendering<TriangleLayout> renderTriangle(const TriangleFigure &figure, QSize size, const QRectF &area,
                                         const RenderOptions &options)
{
    return renderWith<TriangleLayout>(&TriangleRenderer::render, figure, size, area, options);
}

Rendering<BalanceMapLayout> renderBalanceMap(const BalanceMapFigure &figure, QSize size, const QRectF &area,
                                             const RenderOptions &options)
{
    return renderWith<BalanceMapLayout>(&BalanceMapRenderer::render, figure, size, area, options);
}

QList<QPoint> pixelsNear(const QImage &image, const QColor &color, int tolerance, const QList<QRectF> &excluded)
{
    QList<QPoint> found;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.alpha() < 255 || std::abs(pixel.red() - color.red()) > tolerance
                || std::abs(pixel.green() - color.green()) > tolerance || std::abs(pixel.blue() - color.blue()) > tolerance)
                continue;
            const QPointF centre(x + 0.5, y + 0.5);
            if (std::none_of(excluded.begin(), excluded.end(), [&](const QRectF &r) { return r.contains(centre); }))
                found << QPoint(x, y);
        }
    }
    return found;
}

int paintedOutside(const QImage &image, const QRectF &area)
{
    int painted = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (!area.contains(QPointF(x + 0.5, y + 0.5)) && qAlpha(image.pixel(x, y)) != 0)
                ++painted;
        }
    }
    return painted;
}

int differingPixels(const QImage &a, const QImage &b, int tolerance)
{
    if (a.size() != b.size())
        return std::max(a.width() * a.height(), b.width() * b.height());
    int differing = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y);
            const QRgb q = b.pixel(x, y);
            if (std::abs(qRed(p) - qRed(q)) > tolerance || std::abs(qGreen(p) - qGreen(q)) > tolerance
                || std::abs(qBlue(p) - qBlue(q)) > tolerance || std::abs(qAlpha(p) - qAlpha(q)) > tolerance)
                ++differing;
        }
    }
    return differing;
}

int pixelsOtherThan(const QImage &image, const QRect &rect, const QColor &background)
{
    int other = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            if (image.pixel(x, y) != background.rgba())
                ++other;
        }
    }
    return other;
}

} // namespace triangle::test
