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
    m_scores = scores;
    m_shown = shown;
    update();
}

void TrianglePreview::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    if (!m_shown)
        return;
    TriangleFigure figure;
    figure.showLegend = false;
    TriangleSeries series;
    series.scores = m_scores;
    figure.series << series;
    RenderOptions options;
    options.dpi = logicalDpiY();
    // Smaller type than a full figure: this is a thumbnail beside the form.
    options.style.axisTitlePt = 8;
    options.style.tickPt = 6.5;
    options.style.valuePt = 7;
    options.style.marginPt = 4;
    options.style.background = palette().base().color();
    TriangleRenderer::render(painter, QRectF(rect()), figure, options);
}

} // namespace triangle
