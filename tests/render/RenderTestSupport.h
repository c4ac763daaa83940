#pragma once

#include "render/BalanceMapFigure.h"
#include "render/BalanceMapLayout.h"
#include "render/RenderOptions.h"
#include "render/TriangleFigure.h"
#include "render/TriangleLayout.h"

#include <QColor>
#include <QImage>
#include <QList>
#include <QRectF>

namespace triangle::test {

// The article's three stages of Zhejiang, as the default data reads them.
TriangleFigure zhejiangFigure();
// Zhejiang, Shanxi and Sichuan across the three stages.
BalanceMapFigure articleBalanceMap();

template<typename Layout>
struct Rendering
{
    QImage image; // transparent wherever the renderer did not paint
    Layout layout;
};

Rendering<TriangleLayout> renderTriangle(const TriangleFigure &figure, QSize size, const QRectF &area,
                                         const RenderOptions &options = {});
Rendering<BalanceMapLayout> renderBalanceMap(const BalanceMapFigure &figure, QSize size, const QRectF &area,
                                             const RenderOptions &options = {});

// Pixels whose every channel is within `tolerance` of `color`, outside `excluded`.
QList<QPoint> pixelsNear(const QImage &image, const QColor &color, int tolerance, const QList<QRectF> &excluded = {});
// Pixels painted at all (not fully transparent) outside `area`.
int paintedOutside(const QImage &image, const QRectF &area);
// Pixels in which some channel of the two images differs by more than `tolerance`.
int differingPixels(const QImage &a, const QImage &b, int tolerance);
// Pixels inside `rect` that are not `background`.
int pixelsOtherThan(const QImage &image, const QRect &rect, const QColor &background);

} // namespace triangle::test
