#pragma once

#include "FigureExporter.h"
#include "store/Result.h"
#include "store/Store.h"

#include <optional>

namespace triangle {

// The figures a user can export, by the names the command line uses.
enum class FigureView { Evolution, Compare, Balance, Dimensions, Timeline };

std::optional<FigureView> figureViewFromKey(const QString &key);
QString figureViewKeys(); // "evolution, compare, …" for messages

struct FigureRequest
{
    FigureView view = FigureView::Evolution;
    QList<Id> regions;
    QList<Id> stages; // empty: all stages
};

// Builds the figure from the store now and returns how to paint it, at any
// size and resolution. Evolution draws one panel per region; comparison one
// panel per stage, each overlaying the regions; the balance map one plot.
Result<FigurePaint> viewFigurePaint(const Store &store, const FigureRequest &request);

// Paints `panels` side by side in a grid that fills `area`.
void paintPanels(QPainter &painter, const QRectF &area, const RenderOptions &options, const QList<FigurePaint> &panels);

} // namespace triangle
