#pragma once

#include "FigureExporter.h"
#include "render/TriangleFigure.h"
#include "store/Result.h"
#include "store/Store.h"

#include <functional>
#include <optional>

namespace triangle {

// The figures a user can export, by the names the command line uses.
enum class FigureView { Evolution, Compare, Balance, Dimensions, Timeline, Traction };

std::optional<FigureView> figureViewFromKey(const QString &key);
QString figureViewKeys(); // "evolution, compare, …" for messages
QString figureViewKey(FigureView view); // "compare", as the command line names it

// How many entries an overlay's legend lists, the last of them "+N more":
// hundreds of regions listed one by one would shrink the figure to nothing.
inline constexpr int DefaultLegendLimit = 12;

struct FigureRequest
{
    FigureView view = FigureView::Evolution;
    QList<Id> regions;
    QList<Id> stages; // empty: all stages
    // Region groups drawn as one aggregate triangle each (evolution, compare);
    // the other views take their members into `regions` instead.
    QList<Id> groups;
    // Legend entries of the compare and balance views; 0 lists every one.
    int legendLimit = DefaultLegendLimit;
    // Ends the footnotes (FigureBuilder) of a figure that leaves the program:
    // provenanceText(), computed once for all the figures of a run.
    QString provenance;
};

// The strategic-triangle figures of a view that draws them (evolution: one
// per region; compare: one per stage), as data, for outputs that draw them
// without QPainter (the web page). Fails for the other views.
Result<QList<TriangleFigure>> viewTriangleFigures(const Store &store, const FigureRequest &request);
bool isTriangleView(FigureView view); // evolution and compare

// Builds the figure from the store now and returns how to paint it, at any
// size and resolution. Evolution draws one panel per region; comparison one
// panel per stage, each overlaying the regions; the balance map and the
// timeline one plot each; advantage traction one panel per region; the
// dimension chart comes from its registered provider.
Result<FigurePaint> viewFigurePaint(const Store &store, const FigureRequest &request);

// Builds a figure this library cannot draw itself: the dimension chart needs
// Qt Charts and so widgets, which triangle_export must not link. The
// application registers one at start-up (registerChartFigures() in app/).
using FigureProvider = std::function<Result<FigurePaint>(const Store &store, const FigureRequest &request)>;
// Makes viewFigurePaint use `provider` for `view` (Dimensions); an empty provider removes it.
void registerFigureProvider(FigureView view, FigureProvider provider);

// Columns and rows (width, height) of the grid that `count` panels fill
// `area` with: as square a grid as they allow, wider than tall.
QSize panelGrid(qsizetype count, const QSizeF &area);

// Paints `panels` side by side in a grid that fills `area`.
void paintPanels(QPainter &painter, const QRectF &area, const RenderOptions &options, const QList<FigurePaint> &panels);

} // namespace triangle
