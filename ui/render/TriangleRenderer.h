#pragma once

#include "RenderOptions.h"
#include "TriangleFigure.h"
#include "TriangleLayout.h"

#include <QCoreApplication>

class QPainter;

namespace triangle {

// Draws a strategic-triangle figure with QPainter on any paint device: the
// one drawing path the screen, file export and the command line share.
class TriangleRenderer
{
    Q_DECLARE_TR_FUNCTIONS(triangle::TriangleRenderer)

public:
    // Draws within `area` and nowhere else.
    static TriangleLayout render(QPainter &painter, const QRectF &area, const TriangleFigure &figure,
                                 const RenderOptions &options);
};

} // namespace triangle
