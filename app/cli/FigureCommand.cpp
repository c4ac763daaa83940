#include "FigureCommand.h"

#include "Translations.h"
#include "data/MadeFolders.h"
#include "data/Provenance.h"
#include "export/FigureExporter.h"
#include "export/FigurePathPattern.h"
#include "export/ViewFigures.h"
#include "export/WebFigure.h"
#include "model/DomainNames.h"
#include "store/Store.h"

#include <QDir>
#include <QGuiApplication>
#include <QHash>
#include <QSet>

#include <variant>

namespace triangle::cli {

namespace {
constexpr char DefaultSize[] = "160x120mm";

// One file of a batch: the figure's request and where it goes.
struct BatchItem
{
    FigureRequest request;
    QString path;
};

bool viewHasStages(FigureView view)
{
    return view == FigureView::Evolution || view == FigureView::Compare || view == FigureView::Balance;
}
} // namespace

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
             "other views draw its members.")
        + QLatin1Char('\n')
        + tr("A comparison set (saved in the window from a selection of regions) is named as set:KEY or set:NAME: "
             "it stands for its members, compared in the set's order.")
        + QLatin1Char('\n')
        + tr("--each-region writes one file per region in one run, reading the database once: -o is then a pattern "
             "such as 'out/{code}-{view}.svg' with {code} (required), {name}, {view} and {stage} (one file per region "
             "and stage, for the evolution, compare and balance views; a region without an assessment at a stage is "
             "left out). Without --regions it draws every assessed region. Folders are made as needed.");
}

void FigureCommand::addOptions(QCommandLineParser &parser) const
{
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("view"), tr("evolution, compare, balance, dimensions, timeline or traction."), tr("VIEW")});
    parser.addOption({QStringLiteral("regions"), tr("Region codes, group:KEY or set:KEY, comma-separated."), tr("CODES")});
    parser.addOption({QStringLiteral("stages"), tr("Stage keys, comma-separated (default: all)."), tr("KEYS")});
    parser.addOption({QStringLiteral("dpi"), tr("Resolution of a PNG, 72–600 (default 300)."), tr("N"), QStringLiteral("300")});
    parser.addOption({QStringLiteral("size"), tr("Width x height (default %1).").arg(QLatin1StringView(DefaultSize)), tr("WxH"),
                      QLatin1StringView(DefaultSize)});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("The file to write: .png, .svg, .pdf, .html or .echarts.json."), tr("OUT")});
    parser.addOption({QStringLiteral("each-region"), tr("A file per region; -o is a pattern with {code}, and {name}, {view} or {stage}.")});
    parser.addOption({QStringLiteral("legend"),
                      tr("Legend entries of the compare and balance views, the last “+N more” (default %1; 0 lists every one).")
                          .arg(DefaultLegendLimit),
                      tr("N"), QString::number(DefaultLegendLimit)});
}

int FigureCommand::run(const QCommandLineParser &parser, Output &io) const
{
    auto fail = [&](const QString &message, int code) {
        io.err << tr("triangle-studio figure: %1").arg(message) << Qt::endl;
        return code;
    };
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
    bool legendOk = false;
    const int legendLimit = parser.value(QStringLiteral("legend")).toInt(&legendOk);
    if (!legendOk || legendLimit < 0)
        return fail(tr("--legend must be a whole number, 0 or more, not “%1”").arg(parser.value(QStringLiteral("legend"))), ExitUsage);
    const QStringList codes = parser.value(QStringLiteral("regions")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const bool eachRegion = parser.isSet(QStringLiteral("each-region"));
    const FigurePathPattern pattern(out);
    if (eachRegion) {
        if (const QString problem = pattern.problem(); !problem.isEmpty())
            return fail(problem, ExitUsage);
        if (pattern.hasStage() && !viewHasStages(*view))
            return fail(tr("the %1 view has no stages: leave {stage} out of the file name").arg(parser.value(QStringLiteral("view"))),
                        ExitUsage);
    } else {
        if (out.contains(QStringLiteral("{code}")) || out.contains(QStringLiteral("{name}")))
            return fail(tr("“%1” names fields such as {code}: add --each-region to write a file per region").arg(out), ExitUsage);
        if (codes.isEmpty())
            return fail(tr("name the regions with --regions CODE[,CODE…]"), ExitUsage);
    }

    const std::unique_ptr<Store> store = openDatabaseForReading(parser, *this, io);
    if (!store)
        return ExitFailure;
    FigureRequest request;
    request.view = *view;
    request.legendLimit = legendLimit;
    // Once for every figure of the run: --each-region draws hundreds.
    const auto provenance = provenanceOf(*store);
    if (!provenance)
        return fail(provenance.error().message, ExitFailure);
    request.provenance = provenanceText(*provenance);
    QList<Region> regions;
    if (eachRegion) {
        // A group stands for its members here: a file for each.
        if (!codes.isEmpty()) {
            const auto ids = regionsFromCodes(
                *store, parser.value(QStringLiteral("regions")), [] { return QList<Id>(); }, *this, io);
            if (!ids)
                return ExitFailure;
            for (Id id : *ids) {
                auto region = store->regions().byId(id);
                if (!region)
                    return fail(region.error().message, ExitFailure);
                regions << *region;
            }
        }
    } else {
        const auto chosen = chooseRegions(
            *store, parser.value(QStringLiteral("regions")), [] { return QList<Id>(); }, *this, io);
        if (!chosen)
            return ExitFailure;
        request.regions = chosen->regions;
        request.groups = chosen->groups;
    }
    QList<Stage> stages;
    for (const QString &key : parser.value(QStringLiteral("stages")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        auto stage = store->stages().byKey(key.trimmed());
        if (!stage)
            return fail(tr("unknown stage “%1”").arg(key.trimmed()), ExitFailure);
        request.stages << stage->id;
        stages << *stage;
    }

    QList<BatchItem> items;
    if (!eachRegion) {
        items.append({request, out});
    } else {
        // Every region and stage read once, here; each figure then reads only its own region's records.
        auto assessments = store->assessments().all(AssessmentRepository::Scope::ScoredOnly);
        if (!assessments)
            return fail(assessments.error().message, ExitFailure);
        QSet<std::pair<Id, Id>> assessed; // region, stage
        for (const Assessment &a : *assessments)
            assessed.insert({a.regionId, a.stageId});
        if (regions.isEmpty()) {
            auto all = store->regions().all();
            if (!all)
                return fail(all.error().message, ExitFailure);
            QSet<Id> withAssessment;
            for (const Assessment &a : *assessments)
                withAssessment.insert(a.regionId);
            for (const Region &r : *all) {
                if (withAssessment.contains(r.id))
                    regions << r;
            }
            if (regions.isEmpty())
                return fail(tr("no region has an assessment yet: name the regions with --regions"), ExitFailure);
        }
        if (pattern.hasStage() && stages.isEmpty()) {
            auto all = store->stages().all();
            if (!all)
                return fail(all.error().message, ExitFailure);
            stages = *all;
        }
        const QString viewKey = parser.value(QStringLiteral("view"));
        for (const Region &region : regions) {
            const QString name = localizedName(region.nameZh, region.nameEn);
            FigureRequest one = request;
            one.regions = {region.id};
            if (!pattern.hasStage()) {
                items.append({one, pattern.path(region.code, name, viewKey)});
                continue;
            }
            for (const Stage &stage : stages) {
                if (!assessed.contains({region.id, stage.id}))
                    continue;
                one.stages = {stage.id};
                items.append({one, pattern.path(region.code, name, viewKey, stage.key)});
            }
        }
        if (items.isEmpty())
            return fail(tr("none of the regions has an assessment at the chosen stages"), ExitFailure);
    }

    ExportSettings settings;
    settings.sizePt = *size;
    settings.dpi = dpi;
    settings.title = QStringLiteral("Triangle Studio: %1").arg(parser.value(QStringLiteral("view")));
    // Every figure is built before any file is written: a region that
    // cannot be drawn stops the run with nothing written.
    QList<std::variant<QList<TriangleFigure>, FigurePaint>> built;
    for (const BatchItem &item : items) {
        auto failure = [&](const QString &message) {
            return fail(eachRegion ? tr("%1: %2").arg(QDir::toNativeSeparators(item.path), message) : message, ExitFailure);
        };
        if (webFormat) {
            auto figures = viewTriangleFigures(*store, item.request);
            if (!figures)
                return failure(figures.error().message);
            built.append(*figures);
        } else {
            auto paint = viewFigurePaint(*store, item.request);
            if (!paint)
                return failure(paint.error().message);
            built.append(*paint);
        }
    }
    QStringList outputs;
    for (const BatchItem &item : items)
        outputs << item.path;
    if (!outputsSpareDatabase(*store, outputs, *this, io))
        return ExitFailure;
    // A run that fails takes back the folders it made and left empty.
    MadeFolders made;
    QSet<QString> folders;
    for (const BatchItem &item : eachRegion ? items : QList<BatchItem>()) {
        const QString folder = QFileInfo(item.path).absolutePath();
        if (folders.contains(folder))
            continue;
        if (!made.make(folder)) {
            made.removeEmpty();
            return fail(tr("the folder “%1” cannot be made").arg(QDir::toNativeSeparators(folder)), ExitFailure);
        }
        folders.insert(folder);
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString &path = items[i].path;
        const QString error = webFormat ? exportWebFigure(std::get<QList<TriangleFigure>>(built[i]), settings, path)
                                        : exportFigure(std::get<FigurePaint>(built[i]), settings, path);
        if (!error.isEmpty()) {
            made.removeEmpty();
            // Each file is written whole or not at all (writeOutputFile); those before it stay.
            if (eachRegion && i > 0)
                return fail(tr("%1 (%n file(s) written before it)", nullptr, int(i)).arg(error), ExitFailure);
            return fail(error, ExitFailure);
        }
        io.out << tr("Wrote %1").arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())) << Qt::endl;
    }
    return ExitOk;
}

} // namespace triangle::cli
