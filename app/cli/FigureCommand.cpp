#include "FigureCommand.h"

#include "Translations.h"
#include "export/FigureExporter.h"
#include "export/ViewFigures.h"
#include "export/WebFigure.h"
#include "store/Store.h"

#include <QDir>
#include <QGuiApplication>

namespace triangle::cli {

namespace {
constexpr char DefaultSize[] = "160x120mm";
}

QString FigureCommand::summary() const
{
    return tr("Draw a figure of chosen regions to PNG, SVG, PDF or a web page.");
}

QString FigureCommand::description() const
{
    return tr("Usage: triangle-studio figure [--db FILE] --view VIEW --regions CODE[,CODE…] [--stages KEY[,KEY…]] "
              "[--lang zh_CN|en] [--dpi N] [--size WxH] -o OUT.png|OUT.svg|OUT.pdf|OUT.html|OUT.echarts.json\n"
              "Views: evolution (each region's stages on one diagram, with arrows), compare (the regions overlaid, one "
              "panel per stage), balance (each region's path on the ternary balance map), dimensions (the three "
              "dimension scores across the stages, a line per region and dimension), timeline (the regions' policies "
              "and milestones along the years, with the national level and the stages), traction (per dimension, the "
              "region's dated policies and milestones counted cumulatively by year, with the year each reaches half "
              "its total and the advantage stage's leader drawn thicker; one panel per region).\n"
              "The format follows the file name. --size takes millimetres (160x120, the default), or a unit: cm, in, "
              "pt, or px (pixels at the chosen DPI). --dpi (72–600, default 300) sets a PNG's resolution: its pixel "
              "size is inches × DPI. SVG keeps text as text; PDF is vector with fonts embedded. --lang draws the "
              "figure's words in that language.\n"
              "For the evolution and compare views, OUT.html writes a web page that draws the figure with Apache "
              "ECharts %1, the library inline, so that it opens offline; the figure is laid out at --size and scaled, type "
              "and all, to fill the window. OUT.echarts.json writes the ECharts option alone.").arg(echartsVersion())
        + QLatin1Char('\n')
        + tr("A region group is named as group:KEY or group:NAME (group:yrd, group:长三角; `triangle-studio groups` "
             "lists them): the evolution and compare views draw its aggregate triangle (the mean or median of its "
             "assessed members, as the database is set) with the members' range as a band along each axis; the "
             "other views draw its members.");
}

void FigureCommand::addOptions(QCommandLineParser &parser) const
{
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("view"), tr("evolution, compare, balance, dimensions, timeline or traction."), tr("VIEW")});
    parser.addOption({QStringLiteral("regions"), tr("Region codes or group:KEY, comma-separated."), tr("CODES")});
    parser.addOption({QStringLiteral("stages"), tr("Stage keys, comma-separated (default: all)."), tr("KEYS")});
    addLanguageOption(parser);
    parser.addOption({QStringLiteral("dpi"), tr("Resolution of a PNG, 72–600 (default 300)."), tr("N"), QStringLiteral("300")});
    parser.addOption({QStringLiteral("size"), tr("Width x height (default %1).").arg(QLatin1StringView(DefaultSize)), tr("WxH"),
                      QLatin1StringView(DefaultSize)});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("The file to write: .png, .svg, .pdf, .html or .echarts.json."), tr("OUT")});
}

int FigureCommand::run(const QCommandLineParser &parser, Output &io) const
{
    auto fail = [&](const QString &message, int code) {
        io.err << tr("triangle-studio figure: %1").arg(message) << Qt::endl;
        return code;
    };
    if (!applyLanguageOption(parser, *this, io))
        return ExitUsage;
    const auto view = figureViewFromKey(parser.value(QStringLiteral("view")));
    if (!view)
        return fail(tr("--view must be one of %1, not “%2”").arg(figureViewKeys(), parser.value(QStringLiteral("view"))), ExitUsage);
    const QString out = parser.value(QStringLiteral("output"));
    if (out.isEmpty())
        return fail(tr("say where to write with -o OUT.png, OUT.svg, OUT.pdf, OUT.html or OUT.echarts.json"), ExitUsage);
    const auto webFormat = webFormatForPath(out);
    if (webFormat && !isTriangleView(*view))
        return fail(tr("%1 output supports the evolution and compare views, not “%2”")
                        .arg(*webFormat == WebFormat::Page ? QStringLiteral("html") : QStringLiteral("echarts.json"),
                             parser.value(QStringLiteral("view"))),
                    ExitUsage);
    if (!webFormat && !exportFormatForPath(out))
        return fail(tr("“%1”: the file name must end in .png, .svg, .pdf, .html or .echarts.json").arg(out), ExitUsage);
    bool dpiOk = false;
    const int dpi = parser.value(QStringLiteral("dpi")).toInt(&dpiOk);
    if (!dpiOk || dpi < MinExportDpi || dpi > MaxExportDpi)
        return fail(tr("--dpi must be a whole number from %1 to %2, not “%3”").arg(MinExportDpi).arg(MaxExportDpi).arg(parser.value(QStringLiteral("dpi"))),
                    ExitUsage);
    const auto size = parseFigureSizePt(parser.value(QStringLiteral("size")), dpi);
    if (!size)
        return fail(tr("--size must look like 160x120mm, 6x4.5in or 1600x1200px, not “%1”").arg(parser.value(QStringLiteral("size"))),
                    ExitUsage);
    const QStringList codes = parser.value(QStringLiteral("regions")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (codes.isEmpty())
        return fail(tr("name the regions with --regions CODE[,CODE…]"), ExitUsage);

    const std::unique_ptr<Store> store = openDatabaseForReading(parser, *this, io);
    if (!store)
        return ExitFailure;
    FigureRequest request;
    request.view = *view;
    const auto chosen = chooseRegions(
        *store, parser.value(QStringLiteral("regions")), [] { return QList<Id>(); }, *this, io);
    if (!chosen)
        return ExitFailure;
    request.regions = chosen->regions;
    request.groups = chosen->groups;
    for (const QString &key : parser.value(QStringLiteral("stages")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        auto stage = store->stages().byKey(key.trimmed());
        if (!stage)
            return fail(tr("unknown stage “%1”").arg(key.trimmed()), ExitFailure);
        request.stages << stage->id;
    }
    ExportSettings settings;
    settings.sizePt = *size;
    settings.dpi = dpi;
    settings.title = QStringLiteral("Triangle Studio: %1").arg(parser.value(QStringLiteral("view")));
    if (webFormat) {
        auto figures = viewTriangleFigures(*store, request);
        if (!figures)
            return fail(figures.error().message, ExitFailure);
        if (const QString error = exportWebFigure(*figures, settings, out); !error.isEmpty())
            return fail(error, ExitFailure);
    } else {
        auto paint = viewFigurePaint(*store, request);
        if (!paint)
            return fail(paint.error().message, ExitFailure);
        if (const QString error = exportFigure(*paint, settings, out); !error.isEmpty())
            return fail(error, ExitFailure);
    }
    io.out << tr("Wrote %1").arg(QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath())) << Qt::endl;
    return ExitOk;
}

} // namespace triangle::cli
