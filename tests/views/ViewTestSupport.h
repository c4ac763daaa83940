#pragma once

#include "render/BalanceMapFigure.h"
#include "render/TriangleFigure.h"
#include "views/SeriesInfo.h"
#include "views/SmallMultiplesView.h"

#include <QColor>
#include <QImage>
#include <QList>

class QWidget;

namespace triangle::test {

// Zhejiang's three stages as the default data reads them, with evidence
// counts and an over-long rationale on the advantage stage's mission score.
TriangleFigure zhejiangFigure();
QList<SeriesInfo> zhejiangInfo(); // assessments 101, 102, 103, all editable
// Zhejiang, Shanxi and Sichuan across the three stages.
BalanceMapFigure articleBalanceMap();
// `count` regions with scores spread over the scale, labelled by number.
QList<SmallMultiplesView::Cell> generatedCells(int count);

// Shows `widget` at `size` on the offscreen screen and waits until it is painted.
void showAt(QWidget &widget, QSize size);
// Pixels whose every channel is within `tolerance` of `color`.
int pixelsNear(const QImage &image, const QColor &color, int tolerance);

} // namespace triangle::test
