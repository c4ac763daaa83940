#include "ReportScorecard.h"

#include "ReportAgreement.h"
#include "analysis/MetricsText.h"
#include "analysis/ScoreDerivation.h"
#include "analysis/WeightSensitivity.h"
#include "model/DomainNames.h"
#include "store/IndicatorRepository.h"
#include "store/RaterRepository.h"
#include "store/ScorecardQueries.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace triangle {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(triangle::ReportScorecard)
};
QString escaped(const QString &text) { return text.toHtmlEscaped(); }
QString percent(double share) { return QStringLiteral("%1%").arg(share * 100.0, 0, 'f', 1); }

const QString TableStart = QStringLiteral("<table cellspacing='0' border='1' style='border-collapse: collapse; border-color: #BBBBBB;'>");

QString headerRow(const QStringList &headers)
{
    QString html = QStringLiteral("<tr>");
    for (const QString &h : headers)
        html += QStringLiteral("<th>%1</th>").arg(escaped(h));
    return html + QStringLiteral("</tr>");
}

QString aggregateName(RaterAggregate aggregate)
{
    return aggregate == RaterAggregate::Median ? Tr::tr("median") : Tr::tr("mean");
}

// One dimension of one assessment, as HTML: how its score came about.
QString originHtml(const Assessment &assessment, Dimension d, const DimensionDerivation &derivation)
{
    if (assessment.origin[d] != ScoreOrigin::Derived)
        return escaped(Tr::tr("set by hand"));
    if (!derivation.value)
        return escaped(Tr::tr("derived, but no indicator values"));
    const int rated = derivation.ratedIndicatorCount();
    const QString indicators = rated < derivation.indicatorCount
        ? Tr::tr("%1 of %n indicator(s)", nullptr, derivation.indicatorCount).arg(rated)
        : Tr::tr("%n indicator(s)", nullptr, derivation.indicatorCount);
    QString html = escaped(Tr::tr("derived: %1, %2").arg(indicators, Tr::tr("%n rater(s)", nullptr, int(derivation.raters.size()))));
    const ScoreSpread &spread = derivation.spread;
    if (spread.count > 1)
        html += escaped(Tr::tr(", ")) + escaped(Tr::tr("range %1–%2, SD %3")
                          .arg(spread.minimum, 0, 'f', 1)
                          .arg(spread.maximum, 0, 'f', 1)
                          .arg(spread.standardDeviation, 0, 'f', 2));
    return html;
}
// One stage: all three in one phrase when each is derived by the same one
// rater from all its indicators (the common case), else dimension by dimension.
QString stageOriginHtml(const Assessment &assessment, const ScoreDerivation &derivation)
{
    const qsizetype raters = derivation[Dimension::Mission].raters.size();
    const bool alike = std::all_of(AllDimensions.begin(), AllDimensions.end(), [&](Dimension d) {
        const DimensionDerivation &x = derivation[d];
        return assessment.origin[d] == ScoreOrigin::Derived && x.value && x.raters.size() == raters && x.spread.count < 2
            && std::all_of(x.raters.begin(), x.raters.end(), [&](const RaterDimensionScore &r) { return r.indicatorsRated == x.indicatorCount; });
    });
    if (alike) {
        QStringList counts;
        for (Dimension d : AllDimensions)
            counts << QString::number(derivation[d].indicatorCount);
        return escaped(Tr::tr("all three derived: from %1 indicators, %2").arg(counts.join(QStringLiteral(" / ")),
                                                                              Tr::tr("%n rater(s)", nullptr, int(raters))));
    }
    QStringList parts;
    for (Dimension d : AllDimensions)
        parts << Tr::tr("%1: %2").arg(escaped(dimensionShortName(d)), originHtml(assessment, d, derivation[d]));
    return parts.join(Tr::tr("; "));
}
} // namespace

QString derivationMethodHtml(const ReportData &data)
{
    QString html = Tr::tr("<h3>Scores from indicators</h3>"
                          "<p>A dimension's score may be derived from its indicators (this database has %1 and %2). Each "
                          "rater's score for the dimension is the weighted mean Σ wᵢ·sᵢ / Σ wᵢ of the indicator scores sᵢ "
                          "that rater gave, the weights wᵢ normalised within the dimension over the indicators rated. The "
                          "raters' scores are then combined by their %3, as this database is set, and the result is shown "
                          "rounded to 0.1. Where several raters scored a dimension, a region's page gives the lowest and "
                          "highest of their scores and their standard deviation (n − 1), and the diagrams draw that range "
                          "as a band along the axis. A score typed by hand is marked “set by hand”: indicators do not "
                          "change it.</p>")
                       .arg(Tr::tr("%n indicator(s)", nullptr, data.indicatorCount),
                            Tr::tr("%n rater(s)", nullptr, int(data.raterNames.size())), escaped(aggregateName(data.raterAggregate)));
    html += Tr::tr("<p>The last page shows how far each region's leading dimension, form and rank depend on the indicator "
                   "weights.</p>");
    if (data.raterAgreement)
        html += agreementHtml(*data.raterAgreement);
    return html;
}

QString scoreOriginHtml(const QList<ReportAssessment> &assessments)
{
    // A line per stage rather than a table: a table's narrow cells would
    // wrap each fragment onto three lines and crowd out the records below.
    QString html;
    for (const ReportAssessment &a : assessments) {
        ScoreDerivation derivation;
        for (Dimension d : AllDimensions)
            derivation[d] = a.dimensions[d].derivation;
        html += QStringLiteral("<p style='font-size: 9pt; margin-top: 2px; margin-bottom: 2px;'><b>%1</b> — %2</p>")
                    .arg(escaped(localizedName(a.stage.nameZh, a.stage.nameEn)), stageOriginHtml(a.assessment, derivation));
    }
    if (html.isEmpty())
        return QString();
    return Tr::tr("<h3>How the scores were set</h3>") + html;
}

std::optional<Stage> sensitivityStage(const QList<Stage> &stages, const QList<Assessment> &assessments,
                                      const QList<Id> &regions)
{
    for (const Stage &s : stages) {
        if (s.key == QStringLiteral("advantage"))
            return s;
    }
    QHash<Id, int> assessed;
    for (const Assessment &a : assessments) {
        if (regions.contains(a.regionId))
            ++assessed[a.stageId];
    }
    std::optional<Stage> best;
    for (const Stage &s : stages) {
        if (!best || assessed.value(s.id) > assessed.value(best->id))
            best = s; // the earlier stage on a tie
    }
    return best;
}

Result<SensitivityResult> reportSensitivity(const Store &store, const QList<Region> &regions, const Stage &stage)
{
    QList<Id> ids;
    for (const Region &r : regions)
        ids << r.id;
    auto input = sensitivityInputFor(store, ids, stage.id);
    if (!input)
        return input.error();
    input->draws = ReportSensitivity::Draws;
    input->concentration = ReportSensitivity::Concentration;
    input->seed = ReportSensitivity::Seed;
    return runWeightSensitivity(*input);
}

QString sensitivityPageHtml(const QList<Region> &regions, const Stage &stage, const SensitivityResult &result)
{
    QHash<Id, const Region *> byId;
    for (const Region &r : regions)
        byId.insert(r.id, &r);

    const QString stageName = localizedName(stage.nameZh, stage.nameEn);
    const QLocale locale;
    QString html = Tr::tr("<h2>Weight sensitivity</h2>"
                          "<p><b>Stage:</b> %1 · <b>draws:</b> %2 · <b>concentration κ:</b> %3 · <b>seed:</b> %4</p>"
                          "<p>How far each region's leading dimension, form and rank depend on the indicator weights. In "
                          "each draw the weights of every dimension's indicators are drawn at random around the stored "
                          "weights w, from the Dirichlet distribution Dirichlet(κ·w) (a larger κ keeps the draws closer to "
                          "w; the seed makes the run repeatable). The dimension scores are derived again with the drawn "
                          "weights, and the leading dimension, the form and the rank (by triangle area among the regions "
                          "below, 1 the largest, with its range over the draws) are read again. A change is the share of "
                          "draws whose reading differs from the one with the stored weights. A dimension set by hand keeps "
                          "its score.</p>")
                       .arg(escaped(stageName), escaped(locale.toString(ReportSensitivity::Draws)),
                            escaped(locale.toString(ReportSensitivity::Concentration, 'g', 6)),
                            escaped(locale.toString(qulonglong(ReportSensitivity::Seed))));
    QStringList handOnly;
    if (!result.regions.isEmpty()) {
        QString shares = TableStart
            + headerRow({Tr::tr("Region"), dimensionShortName(Dimension::Mission), dimensionShortName(Dimension::Political),
                         dimensionShortName(Dimension::Operational), Tr::tr("Shared lead")});
        html += TableStart
            + headerRow({Tr::tr("Region"), Tr::tr("Leading"), Tr::tr("Leader changes"), Tr::tr("Form"), Tr::tr("Form changes"),
                         Tr::tr("Rank (range)"), Tr::tr("Rank changes")});
        for (const SensitivityRegionResult &r : result.regions) {
            const Region *region = byId.value(r.regionId);
            const QString name = region ? localizedName(region->nameZh, region->nameEn) : QString::number(r.regionId);
            const QString leading = r.baselineLeading ? dimensionShortName(*r.baselineLeading) : Tr::tr("shared");
            const QString rank = QStringLiteral("%1 (%2–%3)").arg(r.baselineRank).arg(r.rankMin).arg(r.rankMax);
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td align='right'>%3</td><td>%4</td><td align='right'>%5</td>"
                                   "<td align='right'>%6</td><td align='right'>%7</td></tr>")
                        .arg(escaped(name), escaped(leading), percent(r.leadingChangeRate), escaped(formName(r.baselineForm)),
                             percent(r.formChangeRate), rank, percent(r.rankChangeRate));
            shares += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3</td><td align='right'>%4</td>"
                                     "<td align='right'>%5</td></tr>")
                          .arg(escaped(name), percent(r.leadingShare[Dimension::Mission]), percent(r.leadingShare[Dimension::Political]),
                               percent(r.leadingShare[Dimension::Operational]), percent(r.noLeaderShare));
            if (!r.weightsApply)
                handOnly << name;
        }
        html += QStringLiteral("</table>");
        html += Tr::tr("<h3>Which dimension leads, over the draws</h3>") + shares + QStringLiteral("</table>");
    } else {
        html += Tr::tr("<p>None of the report's regions is assessed at this stage.</p>");
    }
    QStringList missing;
    for (const Region &r : regions) {
        if (std::none_of(result.regions.begin(), result.regions.end(), [&](const SensitivityRegionResult &x) { return x.regionId == r.id; }))
            missing << localizedName(r.nameZh, r.nameEn);
    }
    if (!handOnly.isEmpty())
        html += Tr::tr("<p class='note'>Every score set by hand, so the weights do not apply: %1.</p>").arg(escaped(handOnly.join(Tr::tr(", "))));
    if (!missing.isEmpty())
        html += Tr::tr("<p class='note'>Not assessed at this stage: %1.</p>").arg(escaped(missing.join(Tr::tr(", "))));
    return html;
}

} // namespace triangle
