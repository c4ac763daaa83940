#include "ReportContent.h"

#include "render/TriangleRenderer.h"

#include <QPainter>
#include <QPicture>

namespace triangle {

ReportBlock ReportBlock::text(const QString &html, double spaceBeforePt)
{
    ReportBlock block;
    block.html = html;
    block.spaceBeforePt = spaceBeforePt;
    return block;
}

double reportFigureHeight(const ReportBlock &figure, double width, const RenderOptions &options)
{
    const auto px = [&](double points) { return points * options.dpi / 72.0; };
    double most = width * figure.mostRatio;
    if (figure.mostPt > 0)
        most = std::min(most, px(figure.mostPt));
    if (!figure.triangle)
        return most;
    // The least height, in 6 pt steps, at which the renderer need not shrink
    // the figure's type (measured on a QPicture: nothing of it is kept).
    QPicture probe;
    QPainter painter(&probe);
    RenderOptions shrinking = options;
    shrinking.minTypePt = 0; // to see whether it would shrink
    for (double height = px(figure.leastPt); height < most; height += px(6)) {
        if (TriangleRenderer::renderBase(painter, QRectF(0, 0, width, height), *figure.triangle, shrinking).dpi == options.dpi)
            return height;
    }
    return most;
}

} // namespace triangle
