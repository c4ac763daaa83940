#include "ReportArgument.h"

#include "model/BilingualText.h"
#include "model/DomainNames.h"

#include <QCoreApplication>
#include <QStringList>

namespace triangle {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(triangle::ReportArgument)
};

QString escaped(const QString &text) { return text.toHtmlEscaped(); }
QString score(double value) { return QString::number(value, 'f', 1); }

const QString TableStart = QStringLiteral("<table cellspacing='0' border='1' style='border-collapse: collapse; border-color: #BBBBBB;'>");

QString originText(const ReportDimension &dim)
{
    if (dim.origin != ScoreOrigin::Derived)
        return Tr::tr("set by hand");
    if (!dim.derivation.value)
        return Tr::tr("derived, but no indicator values");
    const int rated = dim.derivation.ratedIndicatorCount();
    if (rated < dim.derivation.indicatorCount)
        return Tr::tr("derived from %1 of %n indicator(s)", nullptr, dim.derivation.indicatorCount).arg(rated);
    return Tr::tr("derived from %n indicator(s)", nullptr, dim.derivation.indicatorCount);
}

// "Raters: A 7.0, B 8.0; range 7.0–8.0, SD 0.71", with more than one rater.
QString spreadHtml(const ReportDimension &dim)
{
    if (dim.raterScores.size() < 2)
        return QString();
    QStringList scores;
    for (const auto &[name, value] : dim.raterScores)
        scores << Tr::tr("%1 %2").arg(escaped(name), score(value));
    const ScoreSpread &spread = dim.derivation.spread;
    return Tr::tr("<p><b>Raters:</b> %1; range %2–%3, SD %4</p>")
        .arg(scores.join(Tr::tr(", ")), score(spread.minimum), score(spread.maximum))
        .arg(spread.standardDeviation, 0, 'f', 2);
}

QString indicatorTableHtml(const ReportDimension &dim)
{
    if (dim.indicators.isEmpty())
        return QString();
    // The rater's column only where several raters scored: one rater is named in the method.
    const bool raters = dim.raterScores.size() > 1;
    // <thead>: the header row repeats where the table runs onto a further page.
    QString html = TableStart + QStringLiteral("<thead><tr><th>%1</th>").arg(escaped(Tr::tr("Indicator")));
    if (raters)
        html += QStringLiteral("<th>%1</th>").arg(escaped(Tr::tr("Rater")));
    html += QStringLiteral("<th>%1</th><th>%2</th></tr></thead>").arg(escaped(Tr::tr("Score")), escaped(Tr::tr("Note")));
    for (const ReportIndicatorScore &s : dim.indicators) {
        html += QStringLiteral("<tr><td>%1</td>").arg(escaped(s.indicator));
        if (raters)
            html += QStringLiteral("<td>%1</td>").arg(escaped(s.rater));
        html += QStringLiteral("<td align='right'>%1</td><td>%2</td></tr>").arg(score(s.score), escaped(s.note));
    }
    for (const QString &name : dim.unscored) {
        html += QStringLiteral("<tr><td>%1</td>").arg(escaped(name));
        if (raters)
            html += QStringLiteral("<td></td>");
        html += QStringLiteral("<td align='right'>—</td><td>%1</td></tr>")
                    .arg(escaped(Tr::tr("not scored: it does not count in the dimension's score")));
    }
    return html + QStringLiteral("</table>");
}

QString evidenceHtml(const ReportDimension &dim)
{
    if (dim.evidence.isEmpty())
        return Tr::tr("<p><b>Evidence:</b> none linked.</p>");
    QString html = Tr::tr("<p><b>Evidence:</b></p>") + QStringLiteral("<ul>");
    for (const ReportEvidence &e : dim.evidence) {
        const QString kind = e.kind == Evidence::Kind::Policy ? Tr::tr("policy") : Tr::tr("milestone");
        QString item = Tr::tr("%1 %2 (%3)").arg(e.date.toString(), escaped(e.title), kind);
        if (!e.issuer.isEmpty())
            item += Tr::tr(", issued by %1").arg(escaped(e.issuer));
        html += QStringLiteral("<li>%1</li>").arg(item);
    }
    return html + QStringLiteral("</ul>");
}
} // namespace

QStringList regionArgumentHtml(const ReportRegion &region)
{
    if (region.assessments.isEmpty())
        return {};
    QStringList pieces;
    // The headings kept with the first dimension under them.
    QString html = Tr::tr("<h3>The argument for each score</h3>");
    for (const ReportAssessment &a : region.assessments) {
        html += QStringLiteral("<h4>%1</h4>").arg(escaped(localizedName(a.stage.nameZh, a.stage.nameEn)));
        if (!a.assessment.sourceNote.isEmpty())
            html += Tr::tr("<p class='note'>Source: %1</p>").arg(escaped(shownText(a.assessment.sourceNote)));
        for (Dimension d : AllDimensions) {
            const ReportDimension &dim = a.dimensions[d];
            html += Tr::tr("<p><b>%1: %2</b>, %3</p>").arg(escaped(dimensionName(d)), score(dim.score), escaped(originText(dim)));
            if (!dim.rationale.isEmpty())
                html += Tr::tr("<p><b>Rationale:</b> %1</p>").arg(escaped(dim.rationale));
            html += indicatorTableHtml(dim) + spreadHtml(dim) + evidenceHtml(dim);
            pieces << html;
            html.clear();
        }
    }
    return pieces;
}

} // namespace triangle
