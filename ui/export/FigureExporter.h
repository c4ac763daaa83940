#pragma once

#include "render/RenderOptions.h"

#include <QImage>
#include <QSizeF>
#include <QString>

#include <functional>
#include <optional>

class QPainter;

namespace triangle {

enum class ExportFormat { Png, Svg, Pdf };

// The format a file name asks for by its extension (.png, .svg, .pdf).
std::optional<ExportFormat> exportFormatForPath(const QString &path);

// Draws a figure into `area` (device pixels) with `options`: every renderer
// fits this, so one exporter serves every view.
using FigurePaint = std::function<void(QPainter &painter, const QRectF &area, const RenderOptions &options)>;

struct ExportSettings
{
    QSizeF sizePt{540, 405}; // the figure's size in points (1/72 inch): 7.5 × 5.625 in
    int dpi = 300;           // for PNG; SVG and PDF are vector
    QString title;           // the document title in SVG and PDF
    FigureStyle style;
};

inline constexpr int MinExportDpi = 72;
inline constexpr int MaxExportDpi = 600;

// Why a figure cannot be `sizePt` (1 to 100 inches each way), or an empty string.
QString figureSizeProblem(const QSizeF &sizePt);

// Writes the figure to `path` in the format its extension names, whole
// (writeOutputFile): a failed export leaves any earlier file untouched. The figure
// is drawn as for printing, without hover or selection highlights.
// Returns an empty string, or a sentence saying what went wrong.
QString exportFigure(const FigurePaint &paint, const ExportSettings &settings, const QString &path);

// The figure as a picture at `dpi` (PNG export, the clipboard, previews).
QImage renderFigureImage(const FigurePaint &paint, const ExportSettings &settings, int dpi);

// A size given as WIDTHxHEIGHT with a unit: "160x120mm", "6x4.5in",
// "400x300pt", or "1600x1200px" (pixels at `dpi`); no unit means millimetres.
// nullopt for anything else.
std::optional<QSizeF> parseFigureSizePt(const QString &text, int dpi);

// Pixel size of a PNG of `sizePt` at `dpi`: inches × DPI, rounded.
QSize pixelSize(const QSizeF &sizePt, int dpi);

} // namespace triangle
