#include "ReportWriter.h"

#include "ReportFindings.h"
#include "ReportGroups.h"
#include "PdfTextLayer.h"
#include "ReportScorecard.h"
#include "analysis/MetricsText.h"
#include "model/DomainNames.h"
#include "ViewFigures.h"
#include "render/FigureBuilder.h"
#include "render/FigureStyle.h"
#include "render/TriangleRenderer.h"
#include "data/OutputFile.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPicture>
#include <QBuffer>
#include <QTextDocument>

#include <algorithm>

namespace triangle {

namespace {
constexpr int Dpi = 300;
constexpr double MarginPt = 56; // about 2 cm
constexpr double MinTypePt = 7;  // the smallest type in a figure, legible on paper

double px(double points) { return points * Dpi / 72.0; }

// A document laid out at the report's resolution and column width.
void setUpDocument(QTextDocument &doc, QPainter &painter, const QString &html, double width)
{
    // The figures' fonts, so Chinese is set in a Simplified Chinese face.
    QFont font(figureFont(10, Dpi, true), painter.device()); // measured at the PDF's resolution
    font.setPointSizeF(10);
    doc.setDefaultFont(font);
    doc.setDefaultStyleSheet(QStringLiteral("h1 { font-size: 22pt; } h2 { font-size: 15pt; } h3 { font-size: 11pt; }"
                                            "td, th { padding: 2px 6px; font-size: 9pt; } th { text-align: left; background: #EEEEEE; }"
                                            ".note { color: #5C5C5C; font-size: 8pt; }"));
    doc.setHtml(html);
    doc.setTextWidth(width);
}

double htmlHeight(QPainter &painter, const QString &html, double width)
{
    QTextDocument doc;
    setUpDocument(doc, painter, html, width);
    return doc.size().height();
}

// Draws HTML at `top` of the column, returning the height used.
double drawHtml(QPainter &painter, const QString &html, const QRectF &column, double top)
{
    QTextDocument doc;
    setUpDocument(doc, painter, html, column.width());
    painter.save();
    painter.translate(column.left(), top);
    doc.drawContents(&painter, QRectF(0, 0, column.width(), column.bottom() - top));
    painter.restore();
    return doc.size().height();
}

QString escaped(const QString &text) { return text.toHtmlEscaped(); }

// The height, for `width`, at which `figure` fits at print size (the
// renderer need not shrink it): from `least`, in 6 pt steps, up to `most`.
double triangleHeight(const TriangleFigure &figure, double width, double least, double most, const RenderOptions &options)
{
    QPicture probe; // measured there: nothing of it reaches the report
    QPainter painter(&probe);
    RenderOptions shrinking = options;
    shrinking.minTypePt = 0; // to see whether it would shrink
    for (double height = least; height < most; height += px(6)) {
        if (TriangleRenderer::renderBase(painter, QRectF(0, 0, width, height), figure, shrinking).dpi == options.dpi)
            return height;
    }
    return most;
}

QString metricsTable(const QList<Stage> &stages, const QList<Assessment> &assessments)
{
    QString html = QStringLiteral("<table cellspacing='0' border='1' style='border-collapse: collapse; border-color: #BBBBBB;'><tr>");
    for (const QString &h : QStringList{ReportWriter::tr("Stage"), dimensionShortName(Dimension::Mission), dimensionShortName(Dimension::Political),
                             dimensionShortName(Dimension::Operational), ReportWriter::tr("Area"), ReportWriter::tr("Balance"),
                             ReportWriter::tr("Area ratio"), ReportWriter::tr("Leading"), ReportWriter::tr("Form")})
        html += QStringLiteral("<th>%1</th>").arg(escaped(h));
    html += QStringLiteral("</tr>");
    const Assessment *previous = nullptr;
    for (const Stage &s : stages) {
        for (const Assessment &a : assessments) {
            if (a.stageId != s.id)
                continue;
            const TriangleMetrics m = analyse(a.scores);
            html += QStringLiteral("<tr><td>%1</td>").arg(escaped(localizedName(s.nameZh, s.nameEn)));
            for (Dimension d : AllDimensions) {
                QString cell = QString::number(a.scores[d], 'f', 1);
                if (previous) {
                    const double change = a.scores[d] - previous->scores[d];
                    cell += QStringLiteral(" (%1%2)").arg(change >= 0 ? QStringLiteral("+") : QString()).arg(change, 0, 'f', 1);
                }
                html += QStringLiteral("<td align='right'>%1</td>").arg(cell);
            }
            html += QStringLiteral("<td align='right'>%1</td><td align='right'>%2</td><td align='right'>%3</td><td>%4</td><td>%5</td></tr>")
                        .arg(m.area, 0, 'f', 1)
                        .arg(m.balance, 0, 'f', 3)
                        .arg(m.areaRatio, 0, 'f', 3)
                        .arg(escaped(leadersText(m.leaders)), escaped(formName(m.form)));
            previous = &a;
        }
    }
    return html + QStringLiteral("</table>");
}
} // namespace

ReportWriter::Result ReportWriter::write(const Store &store, const QList<Id> &namedRegionIds, const QString &pdfPath,
                                         const Progress &progress, const QList<Id> &groupIds)
{
    Result result;
    auto stages = store.stages().all();
    if (!stages) {
        result.error = stages.error().message;
        return result;
    }
    QList<RegionGroup> groups;
    QList<Id> memberIds;
    for (Id id : groupIds) {
        auto g = store.groups().byId(id);
        if (!g) {
            result.error = g.error().message;
            return result;
        }
        groups << *g;
        for (Id member : g->memberIds) {
            if (!memberIds.contains(member))
                memberIds << member;
        }
    }
    // The regions the findings and sensitivity pages take: those named, else the groups' members.
    const QList<Id> &regionIds = namedRegionIds.isEmpty() ? memberIds : namedRegionIds;
    QList<Region> regions;
    for (Id id : regionIds) {
        auto r = store.regions().byId(id);
        if (!r) {
            result.error = r.error().message;
            return result;
        }
        regions << *r;
    }
    if (regions.isEmpty() && groups.isEmpty()) {
        result.error = tr("Choose at least one region for the report.");
        return result;
    }

    // Made in memory, then written whole (writeOutputFile): a cancel writes nothing.
    QByteArray bytes;
    QBuffer file(&bytes);
    file.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&file);
    pdf.setResolution(Dpi);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setTitle(tr("Strategic triangle report"));
    pdf.setCreator(QStringLiteral("Triangle Studio"));
    QPainter painter(&pdf);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF page(0, 0, pdf.width(), pdf.height());
    const QRectF column = page.adjusted(px(MarginPt), px(MarginPt), -px(MarginPt), -px(MarginPt));
    // Cover, method, findings, a page per region and per group, comparison, sensitivity.
    const qsizetype regionPages = namedRegionIds.isEmpty() ? 0 : regions.size();
    const FigureBuilder builder(store);
    RenderOptions options;
    options.dpi = Dpi;
    options.printing = true;
    options.minTypePt = MinTypePt;

    // The comparison at every stage, one panel per stage, each as tall as it
    // needs to be to be drawn at print size: as many on a page as fit.
    QList<TriangleFigure> panels;
    for (const Stage &stage : *stages) {
        auto figure = builder.comparison(namedRegionIds, stage.id, groupIds);
        if (figure) {
            figure->legendLimit = DefaultLegendLimit;
            panels << *figure;
        }
    }
    const double panelsRoom = column.height() - px(40); // under the page's heading
    QList<QList<std::pair<qsizetype, double>>> comparisonPages{{}}; // (panel, height) per page
    double pageUsed = 0;
    for (qsizetype i = 0; i < panels.size(); ++i) {
        const double height = triangleHeight(panels[i], column.width(), px(120), panelsRoom, options);
        if (!comparisonPages.last().isEmpty() && pageUsed + height > panelsRoom) {
            comparisonPages.append(QList<std::pair<qsizetype, double>>());
            pageUsed = 0;
        }
        comparisonPages.last().append({i, height});
        pageUsed += height;
    }
    const int total = 3 + int(regionPages + groups.size() + comparisonPages.size()) + 1;
    int done = 0;
    auto nextPage = [&]() -> bool {
        ++done;
        if (progress && !progress(done, total))
            return false;
        if (done < total)
            pdf.newPage();
        return true;
    };
    auto cancel = [&] {
        painter.end();
        result.cancelled = true;
        return result;
    };
    auto fail = [&](const StoreError &error) {
        painter.end();
        result.error = error.message;
        return result;
    };

    // Cover.
    QStringList names;
    for (const Region &r : regions.mid(0, regionPages))
        names << escaped(localizedName(r.nameZh, r.nameEn));
    for (const RegionGroup &g : groups)
        names << escaped(localizedName(g.nameZh, g.nameEn));
    drawHtml(painter,
             tr("<h1>Strategic triangle report</h1><p>%1</p><p class='note'>%2 · %3</p>"
                "<p>Scores of mission, political and operational management at each stage, what they show, how they "
                "were set, the policies and milestones behind them, and how far the readings depend on the indicator "
                "weights.</p>")
                 .arg(names.join(tr(", ")), escaped(QLocale().toString(QDate::currentDate(), QLocale::LongFormat)),
                      escaped(QFileInfo(store.filePath()).fileName())),
             column, column.top() + px(160));
    if (!nextPage())
        return cancel();

    // Method.
    auto derivationMethod = derivationMethodHtml(store, regionIds);
    if (!derivationMethod)
        return fail(derivationMethod.error());
    const double methodHeight = drawHtml(painter,
             tr("<h2>Method</h2><p>Each region is scored from 0 to 10 (in steps of 0.1) on each dimension at each stage. "
                "The three axes of a diagram leave the centre 120° apart, mission at the top.</p>"
                "<ul><li>Area = (√3/4)·(m·p + p·o + o·m); the largest possible is %1.</li>"
                "<li>Balance = lowest score / highest score: 1 for an equilateral triangle. The area ratio "
                "(m·p + p·o + o·m) / (3·mean²) is shown beside it.</li>"
                "<li>Leading dimension: the highest score; scores within %2 of it share the lead.</li>"
                "<li>Form: balanced when the balance is %5 or more or all scores lie within %3, high from a mean of %4. "
                "Otherwise, with the scores sorted top, middle, bottom: advantage-led by the top dimension when its lead "
                "over the middle is more than %2 and at least the middle's lead over the bottom; else lagging, by the "
                "bottom dimension.</li></ul>"
                "<p>Sources: each assessment names where its scores come from; the scores shipped with Triangle Studio "
                "are an analyst's reading of Zhang Fan's article, not measured data.</p>")
                 .arg(equilateralArea(MaxScore), 0, 'f', 1)
                 .arg(LeadTieTolerance, 0, 'f', 1)
                 .arg(AdvantageMargin, 0, 'f', 1)
                 .arg(BalancedHighMean, 0, 'f', 1)
                 .arg(BalancedMinRatio, 0, 'f', 2),
             column, column.top());
    drawHtml(painter, *derivationMethod, column, column.top() + methodHeight);
    if (!nextPage())
        return cancel();

    // The article's claims, region by region.
    auto findings = findingsPageHtml(store, regions);
    if (!findings)
        return fail(findings.error());
    drawHtml(painter, *findings, column, column.top());
    if (!nextPage())
        return cancel();

    // One page per region named, running onto a further page when what is
    // below its figures does not fit.
    int continuations = 0;
    for (const Region &region : regions.mid(0, regionPages)) {
        double top = column.top();
        // A block under the last where there is room for it, else at the top of a further page.
        auto roomFor = [&](double height) {
            if (top + height > column.bottom() && top > column.top()) {
                pdf.newPage();
                ++continuations;
                top = column.top();
            }
        };
        auto place = [&](const QString &html) {
            roomFor(htmlHeight(painter, html, column.width()));
            top += drawHtml(painter, html, column, top) + px(8);
        };
        top += drawHtml(painter,
                        QStringLiteral("<h2>%1 <span class='note'>%2 · %3</span></h2>")
                            .arg(escaped(localizedName(region.nameZh, region.nameEn)), region.code, escaped(levelName(region.level))),
                        column, top);
        auto figure = builder.evolution(region.id);
        if (figure) {
            // The evolution diagram and, beneath it where the app provides
            // it, the dimension chart.
            FigureRequest chartRequest;
            chartRequest.view = FigureView::Dimensions;
            chartRequest.regions = {region.id};
            const auto chart = viewFigurePaint(store, chartRequest);
            QRectF diagram(column.left(), top, column.width(),
                           triangleHeight(*figure, column.width(), px(150), column.width() * 0.75, options));
            TriangleRenderer::render(painter, diagram, *figure, options);
            if (chart) {
                const QRectF chartArea(column.left(), diagram.bottom() + px(4), column.width(), column.width() * 0.45);
                painter.save();
                painter.setClipRect(chartArea);
                (*chart)(painter, chartArea, options);
                painter.restore();
                diagram = diagram.united(chartArea);
            }
            top = diagram.bottom() + px(8);
            auto assessments = store.assessments().forRegion(region.id);
            const QList<Assessment> assessed = assessments ? *assessments : QList<Assessment>{};
            place(metricsTable(*stages, assessed));
            auto rollUp = rollUpHtml(store, region, *stages);
            if (!rollUp)
                return fail(rollUp.error());
            if (!rollUp->isEmpty())
                place(*rollUp);
            auto origins = scoreOriginHtml(store, *stages, assessed);
            if (!origins)
                return fail(origins.error());
            if (!origins->isEmpty())
                place(*origins);
            auto verdicts = regionFindingsHtml(store, region.id);
            if (!verdicts)
                return fail(verdicts.error());
            place(*verdicts);
        } else {
            top += drawHtml(painter, QStringLiteral("<p>%1</p>").arg(escaped(figure.error().message)), column, top);
            // Not assessed itself, a parent may still have a triangle from its sub-regions.
            auto rollUp = rollUpHtml(store, region, *stages);
            if (!rollUp)
                return fail(rollUp.error());
            if (!rollUp->isEmpty())
                place(*rollUp);
        }
        // Dated policies and milestones, oldest first, as many as fit.
        RecordFilter ofRegion;
        ofRegion.regionId = region.id;
        QList<std::pair<PartialDate, QString>> dated;
        if (auto policies = store.policies().all(ofRegion)) {
            for (const Policy &p : *policies)
                dated << std::pair(p.date, tr("Policy: %1").arg(localizedName(p.titleZh, p.titleEn)));
        }
        if (auto milestones = store.milestones().all(ofRegion)) {
            for (const Milestone &m : *milestones)
                dated << std::pair(m.date, tr("Milestone: %1").arg(localizedName(m.titleZh, m.titleEn)));
        }
        std::stable_sort(dated.begin(), dated.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        // As many as fit on the page, saying how many more there are.
        auto listHtml = [&](qsizetype shown) {
            QString list = tr("<h3>Policies and milestones</h3>");
            if (dated.isEmpty())
                return list + tr("<p>None recorded.</p>");
            list += QStringLiteral("<table cellspacing='0'>");
            for (qsizetype i = 0; i < shown; ++i)
                list += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(dated[i].first.toString(), escaped(dated[i].second));
            list += QStringLiteral("</table>");
            if (shown < dated.size())
                list += tr("<p class='note'>… and %n more, not shown here.</p>", nullptr, int(dated.size() - shown));
            return list;
        };
        // The heading and a first row (or "none") where there is room for them.
        roomFor(htmlHeight(painter, listHtml(std::min<qsizetype>(1, dated.size())), column.width()));
        // The most rows that fit, by halving: laying out a table of 31,000
        // rows once per row dropped took hours. No row is shorter than 8 pt,
        // so no more than the page's height in 8 pt lines can fit.
        const double room = column.bottom() - top;
        auto fits = [&](qsizetype rows) { return htmlHeight(painter, listHtml(rows), column.width()) <= room; };
        qsizetype low = 0; // fits, or nothing does
        qsizetype high = std::min<qsizetype>(dated.size(), qsizetype(std::max(0.0, room) / px(8)) + 1);
        if (fits(high)) {
            low = high;
        } else {
            while (high - low > 1) { // low fits (or is 0), high does not
                const qsizetype middle = (low + high) / 2;
                (fits(middle) ? low : high) = middle;
            }
        }
        const QString list = listHtml(low);
        drawHtml(painter, list, column, top);
        if (!nextPage())
            return cancel();
    }

    // One page per group: its aggregate triangle across the stages, with the members' range.
    for (const RegionGroup &group : std::as_const(groups)) {
        double top = column.top();
        top += drawHtml(painter, groupHeadingHtml(group), column, top);
        auto figure = builder.groupEvolution(group.id);
        if (figure) {
            const QRectF diagram(column.left(), top, column.width(),
                                 triangleHeight(*figure, column.width(), column.width() * 0.5, column.width() * 0.75, options));
            TriangleRenderer::render(painter, diagram, *figure, options);
            top = diagram.bottom() + px(8);
        }
        auto tables = groupTablesHtml(store, group, *stages);
        if (!tables)
            return fail(tables.error());
        drawHtml(painter, *tables, column, top);
        if (!nextPage())
            return cancel();
    }

    // Comparison, the room left on each page shared out among its panels.
    for (const auto &onPage : std::as_const(comparisonPages)) {
        drawHtml(painter, tr("<h2>Comparison</h2>"), column, column.top());
        double needed = 0;
        for (const auto &[panel, height] : onPage)
            needed += height;
        const double spare = onPage.isEmpty() ? 0 : std::max(0.0, panelsRoom - needed) / double(onPage.size());
        double top = column.top() + px(40);
        for (const auto &[panel, height] : onPage) {
            // Not much taller than it needs: a lone panel is not stretched over the page.
            const double drawn = std::min(height + std::min(spare, px(72)), column.bottom() - top);
            TriangleRenderer::render(painter, QRectF(column.left(), top, column.width(), drawn), panels[panel], options);
            top += drawn;
        }
        if (!nextPage())
            return cancel();
    }

    // How robust the readings are to the indicator weights.
    auto allAssessments = store.assessments().all();
    const auto stage = sensitivityStage(*stages, allAssessments ? *allAssessments : QList<Assessment>{}, regionIds);
    auto sensitivity = stage ? sensitivityPageHtml(store, regions, *stage)
                             : triangle::Result<QString>(tr("<h2>Weight sensitivity</h2><p>There is no stage.</p>"));
    if (!sensitivity)
        return fail(sensitivity.error());
    drawHtml(painter, *sensitivity, column, column.top());
    if (!nextPage())
        return cancel();

    painter.end();
    if (result.error = writeOutputFile(pdfPath, withReadableTextLayer(bytes)); !result.error.isEmpty())
        return result;
    result.ok = true;
    result.pages = total + continuations;
    return result;
}

} // namespace triangle
