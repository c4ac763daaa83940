#include "ReportPages.h"

#include "ReportArgument.h"
#include "ReportCausalLinks.h"
#include "ReportFindings.h"
#include "ReportGroups.h"
#include "ReportPanel.h"
#include "ReportScorecard.h"
#include "analysis/MetricsText.h"
#include "model/DomainNames.h"
#include "render/TriangleRenderer.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace triangle {

namespace {
// The report's sentences kept their context when they moved here from ReportWriter.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(triangle::ReportWriter)
};

QString escaped(const QString &text) { return text.toHtmlEscaped(); }

QString metricsTable(const QList<ReportAssessment> &assessments)
{
    QString html = QStringLiteral("<table cellspacing='0' border='1' style='border-collapse: collapse; border-color: #BBBBBB;'><tr>");
    for (const QString &h : QStringList{Tr::tr("Stage"), dimensionShortName(Dimension::Mission), dimensionShortName(Dimension::Political),
                             dimensionShortName(Dimension::Operational), Tr::tr("Area"), Tr::tr("Balance"),
                             Tr::tr("Area ratio"), Tr::tr("Leading"), Tr::tr("Form")})
        html += QStringLiteral("<th>%1</th>").arg(escaped(h));
    html += QStringLiteral("</tr>");
    const Assessment *previous = nullptr;
    for (const ReportAssessment &stageAssessment : assessments) {
        const Assessment &a = stageAssessment.assessment;
        const Stage &s = stageAssessment.stage;
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
    return html + QStringLiteral("</table>");
}

ReportBlock triangleBlock(const TriangleFigure &figure, double leastPt, double mostRatio, double mostPt = 0)
{
    ReportBlock block;
    block.kind = ReportBlock::Kind::Figure;
    block.triangle = figure;
    block.paint = [figure](QPainter &painter, const QRectF &area, const RenderOptions &options) {
        TriangleRenderer::render(painter, area, figure, options);
    };
    block.leastPt = leastPt;
    block.mostRatio = mostRatio;
    block.mostPt = mostPt;
    return block;
}

ReportSection coverSection(const ReportData &data)
{
    QStringList names;
    for (const ReportRegion &r : data.regions)
        names << escaped(localizedName(r.region.nameZh, r.region.nameEn));
    for (const ReportGroup &g : data.groups)
        names << escaped(localizedName(g.group.nameZh, g.group.nameEn));
    return {{ReportBlock::text(
        Tr::tr("<h1>Strategic triangle report</h1><p>%1</p><p class='note'>%2 · %3</p>"
               "<p>Scores of mission, political and operational management at each stage, what they show, how they "
               "were set, the policies and milestones behind them, and how far the readings depend on the indicator "
               "weights.</p>")
            .arg(names.join(Tr::tr(", ")), escaped(QLocale().toString(QDate::currentDate(), QLocale::LongFormat)),
                 escaped(data.databaseName)),
        160),
             // What computed the report, so that a reader can compute it again (docs/method.md, Provenance).
             ReportBlock::text(QStringLiteral("<p class='note'>%1</p>").arg(escaped(data.provenance)))}};
}

// How much of each assessment cites evidence, a stage to a line.
QString evidenceCoverageHtml(const Region &region, const QList<ReportAssessment> &assessments)
{
    QStringList lines;
    for (const ReportAssessment &a : assessments) {
        const QString stage = localizedName(a.stage.nameZh, a.stage.nameEn);
        lines << Tr::tr("%1 — %2", "a stage, then its evidence coverage").arg(escaped(stage), escaped(evidenceCoverageText(a.coverage)));
        // One fact counted in several dimensions, said where the coverage is read.
        for (const DoubleCount &count : a.coverage.doubleCounts)
            lines << Tr::tr("Warning: %1").arg(escaped(doubleCountText(count, localizedName(region.nameZh, region.nameEn), stage)));
    }
    return QStringLiteral("<p class='note'>%1</p>").arg(lines.join(QStringLiteral("<br/>")));
}

ReportSection methodSection(const ReportData &data)
{
    return ReportSection{{ReportBlock::text(
        Tr::tr("<h2>Method</h2><p>Each region is scored from 0 to 10 (in steps of 0.1) on each dimension at each stage. "
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
            .arg(BalancedMinRatio, 0, 'f', 2)),
        ReportBlock::text(derivationMethodHtml(data))}};
}

// The region's dated policies and milestones, oldest first.
ReportBlock datedRecordsBlock(const ReportRegion &region)
{
    ReportBlock block;
    block.kind = ReportBlock::Kind::DatedList;
    block.heading = Tr::tr("<h3>Policies and milestones</h3>");
    block.none = Tr::tr("<p>None recorded.</p>");
    for (const ReportEvidence &record : region.records) {
        block.rows << std::pair(record.date.toString(), record.kind == Evidence::Kind::Policy ? Tr::tr("Policy: %1").arg(record.title)
                                                                                              : Tr::tr("Milestone: %1").arg(record.title));
    }
    return block;
}

ReportSection regionSection(const ReportData &data, const ReportRegion &reportRegion)
{
    const Region &region = reportRegion.region;
    ReportSection section;
    // A swatch of the region's colour in the figures (SeriesColours), before its name.
    section.blocks << ReportBlock::text(QStringLiteral("<h2><span style='color: %4'>■</span> %1 <span class='note'>%2 · %3</span></h2>")
                                            .arg(escaped(localizedName(region.nameZh, region.nameEn)), region.code,
                                                 escaped(levelName(region.level)), reportRegion.colour.name()));
    const QString rollUp = rollUpHtml(reportRegion);
    if (reportRegion.evolution) {
        // The evolution diagram and, beneath it where the app provides it, the dimension chart.
        section.blocks << triangleBlock(*reportRegion.evolution, 150, 0.75);
        if (reportRegion.dimensionChart) {
            ReportBlock block;
            block.kind = ReportBlock::Kind::Figure;
            block.paint = *reportRegion.dimensionChart;
            block.mostRatio = 0.45;
            section.blocks << block;
        }
        section.blocks << ReportBlock::text(metricsTable(reportRegion.assessments));
        section.blocks << ReportBlock::text(evidenceCoverageHtml(region, reportRegion.assessments));
        if (!rollUp.isEmpty())
            section.blocks << ReportBlock::text(rollUp);
        const QString origins = scoreOriginHtml(reportRegion.assessments);
        if (!origins.isEmpty())
            section.blocks << ReportBlock::text(origins);
        section.blocks << ReportBlock::text(regionFindingsHtml(data.findings.value(region.id), data.uncertainty.value(region.id),
                                                                     data.thresholds.value(region.id)));
        for (const QString &piece : regionArgumentHtml(reportRegion))
            section.blocks << ReportBlock::text(piece);
    } else {
        section.blocks << ReportBlock::text(QStringLiteral("<p>%1</p>").arg(escaped(reportRegion.noEvolution)));
        // Not assessed itself, a parent may still have a triangle from its sub-regions.
        if (!rollUp.isEmpty())
            section.blocks << ReportBlock::text(rollUp);
    }
    section.blocks << datedRecordsBlock(reportRegion);
    if (const QString links = causalLinksHtml(reportRegion.causalLinks); !links.isEmpty())
        section.blocks << ReportBlock::text(links);
    return section;
}

ReportSection groupSection(const ReportData &data, const ReportGroup &group)
{
    ReportSection section;
    section.blocks << ReportBlock::text(groupHeadingHtml(group.group));
    if (group.evolution) {
        ReportBlock block = triangleBlock(*group.evolution, 0, 0.75);
        block.leastPt = 240; // about half the column
        section.blocks << block;
    }
    section.blocks << ReportBlock::text(groupTablesHtml(group, data.stages));
    return section;
}

// The comparison at every stage, one panel per stage, each as tall as it
// needs to be to be drawn at print size.
ReportSection comparisonSection(const ReportData &data)
{
    ReportSection section;
    section.blocks << ReportBlock::text(Tr::tr("<h2>Comparison</h2>"));
    // At least 220 pt: smaller, the axis ticks crowd (three still fit on a page).
    for (const TriangleFigure &panel : data.comparison)
        section.blocks << triangleBlock(panel, 220, 10, 690);
    return section;
}

ReportSection sensitivitySection(const ReportData &data)
{
    const QString html = data.sensitivityStage ? sensitivityPageHtml(data.analysed, *data.sensitivityStage, data.sensitivity)
                                               : Tr::tr("<h2>Weight sensitivity</h2><p>There is no stage.</p>");
    return ReportSection{{ReportBlock::text(html)}};
}
} // namespace

ReportContent reportContent(const ReportData &data)
{
    ReportContent content;
    content.title = Tr::tr("Strategic triangle report");
    content.sections << coverSection(data);
    content.sections << methodSection(data);
    content.sections << ReportSection{{ReportBlock::text(findingsPageHtml(data.analysed, data.findings, data.uncertainty))}};
    for (const ReportRegion &region : data.regions)
        content.sections << regionSection(data, region);
    for (const ReportGroup &group : data.groups)
        content.sections << groupSection(data, group);
    content.sections << comparisonSection(data);
    content.sections << sensitivitySection(data);
    if (data.panel)
        content.sections << ReportSection{{ReportBlock::text(panelPageHtml(*data.panel))}};
    return content;
}

Result<ReportContent> reportContent(const Store &store, const QList<Id> &regions, const QList<Id> &groups)
{
    auto data = assembleReportData(store, regions, groups);
    if (!data)
        return data.error();
    return reportContent(*data);
}

} // namespace triangle
