#pragma once

#include "FigureExporter.h"
#include "render/TriangleFigure.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace triangle {

// Strategic-triangle figures for the web, drawn by Apache ECharts: a page
// that carries the library and the figure's option inline and so opens
// offline, or the option alone for pages of one's own.
enum class WebFormat { Page, Option };

// The web format a file name asks for: .html (or .htm) a page,
// .echarts.json the option alone; nullopt for anything else.
std::optional<WebFormat> webFormatForPath(const QString &path);

// The ECharts library the pages embed (resources/web/echarts.min.js, compiled
// in), and its version.
QByteArray echartsLibrary();
QString echartsVersion();

// A self-contained HTML page that draws `option` at the size `sizePt`
// (CSS pixels at 96 per inch) and scales the drawing, type and all, to fill
// the window; titled `title`.
QByteArray webPage(const QJsonObject &option, const QSizeF &sizePt, const QString &title);

// Writes `figures` (panels, as paintPanels lays them out) to `path` in the
// web format its name asks for, atomically, at the settings' size (its DPI
// and title are not used: the page is titled by the figures). An empty string, or a sentence
// saying what went wrong.
QString exportWebFigure(const QList<TriangleFigure> &figures, const ExportSettings &settings, const QString &path);

} // namespace triangle
