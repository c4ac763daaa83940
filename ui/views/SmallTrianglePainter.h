#pragma once

#include "model/Dimension.h"
#include "render/TriangleFigure.h"

#include <QColor>
#include <QRectF>

class QPainter;
class QPalette;

namespace triangle {

// A thumbnail triangle for a grid of many: the outer ring, a middle ring, the
// axes and the scores' polygon coloured by its leading dimension. No text, so
// it stays legible at ~100 px and cheap enough to draw by the screenful.
// Where several raters derived a score, their range is a pale band along the axis.
class SmallTrianglePainter
{
public:
    // Draws the largest triangle that fits `box`, in the palette's colours.
    static void paint(QPainter &painter, const QRectF &box, const DimensionScores &scores, const QPalette &palette,
                      const RaterBands &bands = {});
    // The colour of the leading dimension, or grey when the lead is shared.
    static QColor colorFor(const DimensionScores &scores);
};

} // namespace triangle
