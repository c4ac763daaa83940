#pragma once

#include "render/FigureStyle.h"
#include "render/TriangleFigure.h"

#include <QJsonObject>
#include <QList>
#include <QSizeF>

namespace triangle {

// CSS pixels per inch: a figure's sizes in points are drawn at this
// resolution on a web page, as browsers do.
inline constexpr int CssDpi = 96;

// Strategic-triangle figures as one Apache ECharts option, for a web page:
// a radar per figure, in the grid of panels paintPanels() draws them in, and
// everything placed where TriangleRenderer lays it out for printing at
// `sizePt` (in CSS pixels): titles, axis titles, value labels (where its
// label placer put them), leading-dimension rings, raters' bands, arrows
// between stages, legend entries and footnote. Colours, dash patterns,
// markers and type sizes come from the palette and `style` the renderer
// draws with, and the words from the figure and the renderer, so the two
// drawings say the same. Positions are fractions of the chart's size.
//
// Plain JSON, no functions: every value label is a literal formatter.
QJsonObject echartsOption(const QList<TriangleFigure> &figures, const QSizeF &sizePt, const FigureStyle &style = {});

} // namespace triangle
