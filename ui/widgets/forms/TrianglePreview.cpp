#include "TrianglePreview.h"

#include "render/TriangleRenderer.h"

#include <QPainter>

namespace triangle {

TrianglePreview::TrianglePreview(QWidget *parent) : QWidget(parent)
{
    setMinimumSize(200, 180);
    setAccessibleName(tr("Preview of the triangle"));
}

void TrianglePreview::setScores(const DimensionScores &scores, bool shown)
{
    TriangleFigure figure;
    figure.showLegend = false;
    TriangleSeries series;
    series.scores = scores;
    figure.series << series;
    setFigure(figure, shown);
}

void TrianglePreview::setFigure(const TriangleFigure &figure, bool shown)
{
    m_figure = figure;
    m_shown = shown;
    update();
}

void TrianglePreview::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    if (!m_shown)
        return;
    RenderOptions options;
    options.dpi = logicalDpiY();
    // Smaller type than a full figure: this is a thumbnail beside the form.
    options.style.axisTitlePt = 8;
    options.style.tickPt = 6.5;
    options.style.valuePt = 7;
    options.style.marginPt = 4;
    options.style.background = palette().base().color();
    options.style.titlePt = 9;
    TriangleRenderer::render(painter, QRectF(rect()), m_figure, options);
}

} // namespace triangle
