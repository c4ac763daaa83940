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
    // Draws within `area` and nowhere else: renderBase(), then renderHighlight().
    static TriangleLayout render(QPainter &painter, const QRectF &area, const TriangleFigure &figure,
                                 const RenderOptions &options);
    // The figure as it is with nothing highlighted, whatever `options` say:
    // what a screen can keep as an image while the highlight changes.
    static TriangleLayout renderBase(QPainter &painter, const QRectF &area, const TriangleFigure &figure,
                                     const RenderOptions &options);
    // The highlighted series (and vertex) drawn over the base that `layout`
    // describes, in the same coordinates; nothing when printing.
    static void renderHighlight(QPainter &painter, const TriangleFigure &figure, const TriangleLayout &layout,
                                const RenderOptions &options);

    // The words the figure adds to its data, for other drawings of the same
    // figure (the web page's ECharts option): the footnote with what a band
    // means, and the legend's keys to the leading-dimension ring and the band.
    static QString footnoteText(const TriangleFigure &figure);
    static QString leadingDimensionLabel();
    static QString ratersRangeLabel();
    static QString membersRangeLabel(); // a group's band
};

} // namespace triangle
