#include "ReportAgreement.h"

#include "analysis/AgreementText.h"
#include "model/DomainNames.h"

#include <QCoreApplication>
#include <QStringList>

namespace triangle {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(triangle::ReportAgreement)
};
QString escaped(const QString &text) { return text.toHtmlEscaped(); }

// α in bold, its interval, the verdict and the units on lines of their own,
// so that four scopes fit across the page; a missing figure's reason is
// numbered in `reasons` and said once below the table.
QString cellHtml(const AgreementEstimate &e, QStringList &reasons)
{
    auto note = [&reasons](const QString &reason) {
        if (!reasons.contains(reason))
            reasons << reason;
        return QStringLiteral(" (%1)").arg(reasons.indexOf(reason) + 1);
    };
    if (!e.alpha.alpha || !e.verdict)
        return escaped(Tr::tr("not computable")) + note(e.alpha.reason);
    QString html = QStringLiteral("<b>%1</b><br/>").arg(alphaNumber(*e.alpha.alpha));
    html += e.interval.low ? escaped(alphaIntervalText(e.interval)) : escaped(Tr::tr("no interval")) + note(e.interval.reason);
    return html + QStringLiteral("<br/>%1<br/>%2").arg(escaped(alphaVerdictName(*e.verdict)),
                                                       escaped(Tr::tr("%n unit(s)", nullptr, e.alpha.pairableUnits)));
}

QString rowHtml(const QString &label, const ScopedAgreement &scoped, QStringList &reasons)
{
    QString html = QStringLiteral("<tr><td><b>%1</b></td><td>%2</td>").arg(escaped(label), cellHtml(scoped.all, reasons));
    for (Dimension d : AllDimensions)
        html += QStringLiteral("<td>%1</td>").arg(cellHtml(scoped.byDimension[d], reasons));
    return html + QStringLiteral("</tr>");
}
} // namespace

QString agreementHtml(const StageAgreements &agreement)
{
    QString html = Tr::tr("<h3>Agreement between raters</h3>");
    html += QStringLiteral("<p>%1 %2 %3</p>").arg(escaped(Tr::tr("How far the raters agree on these regions' indicator scores, stage "
                                                                 "by stage (1 is perfect agreement, 0 no better than chance).")),
                                                   escaped(agreementMethodNote()), escaped(pooledOverStagesNote()));
    html += QStringLiteral("<table cellspacing='0' cellpadding='2' border='1' style='border-collapse: collapse; border-color: #BBBBBB; "
                           "font-size: 8pt;'><tr><th>%1</th><th>%2</th>")
                .arg(escaped(Tr::tr("Stage")), escaped(agreementScopeName(std::nullopt)));
    for (Dimension d : AllDimensions)
        html += QStringLiteral("<th>%1</th>").arg(escaped(agreementScopeName(d)));
    html += QStringLiteral("</tr>");
    QStringList reasons;
    for (qsizetype s = 0; s < agreement.stages.size() && s < agreement.agreement.perStage.size(); ++s) {
        const Stage &stage = agreement.stages[s];
        html += rowHtml(localizedName(stage.nameZh, stage.nameEn), agreement.agreement.perStage[s], reasons);
    }
    html += rowHtml(pooledOverStagesName(), agreement.agreement.pooled, reasons);
    html += QStringLiteral("</table>");
    if (reasons.isEmpty())
        return html;
    QStringList notes;
    for (qsizetype i = 0; i < reasons.size(); ++i)
        notes << QStringLiteral("(%1) %2").arg(i + 1).arg(escaped(reasons[i]));
    return html + QStringLiteral("<p style='font-size: 8pt;'>%1</p>").arg(notes.join(QStringLiteral("<br/>")));
}

} // namespace triangle
