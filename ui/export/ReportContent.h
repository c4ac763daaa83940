#pragma once

// The report as content any writer can lay out: sections (a page each in the
// PDF, a page break before each in the ODT) of blocks — rich text with real
// headings (h1–h4), paragraphs, lists and tables; figures; and the dated
// policies and milestones, which the PDF cuts to the room left on its page.
// The PDF writer (ReportWriter) and the ODT writer (OdtReportWriter) take the
// same content, so the two formats say the same.

#include "FigureExporter.h"
#include "render/RenderOptions.h"
#include "render/TriangleFigure.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace triangle {

struct ReportBlock
{
    enum class Kind { Text, Figure, DatedList };
    Kind kind = Kind::Text;

    // Text: the subset of HTML Qt's rich text reads (h1–h4, p, b, ul/li,
    // table/tr/th/td, span class='note'); both writers parse it with QTextDocument.
    QString html;
    double spaceBeforePt = 0; // the cover's title, lower on its page

    // Figure: painted at any size. A triangle figure is made as tall as it
    // needs to be drawn at print size (from leastPt up to mostRatio of its
    // width or mostPt); any other figure is mostRatio of its width tall.
    FigurePaint paint;
    std::optional<TriangleFigure> triangle;
    double leastPt = 0;
    double mostPt = 0; // 0: no limit but the ratio
    double mostRatio = 0.75;

    // DatedList: a heading, then (date, what) rows oldest first, or `none`.
    QString heading;
    QList<std::pair<QString, QString>> rows;
    QString none;

    static ReportBlock text(const QString &html, double spaceBeforePt = 0);
};

struct ReportSection
{
    QList<ReportBlock> blocks;
};

struct ReportContent
{
    QString title;
    QList<ReportSection> sections;
};

// A figure block's height, in the units of `options.dpi`, for `width` in the same units.
double reportFigureHeight(const ReportBlock &figure, double width, const RenderOptions &options);

} // namespace triangle
