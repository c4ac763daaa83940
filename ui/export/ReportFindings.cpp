#include "ReportFindings.h"

#include "analysis/Findings.h"
#include "model/DomainNames.h"

#include <QCoreApplication>

namespace triangle {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(triangle::ReportFindings)
};

QString escaped(const QString &text) { return text.toHtmlEscaped(); }

// A verdict in words with a sign that survives black-and-white print.
QString verdictCell(Verdict v)
{
    const QString mark = v == Verdict::Supported      ? QStringLiteral("✓")
                         : v == Verdict::NotSupported ? QStringLiteral("✗")
                         : v == Verdict::CannotTell   ? QStringLiteral("=")
                         : v == Verdict::Planned      ? QStringLiteral("◇")
                                                      : QStringLiteral("?");
    return QStringLiteral("%1 %2").arg(mark, escaped(verdictName(v)));
}
} // namespace

QString findingsPageHtml(const QList<Region> &regions, const QHash<Id, RegionFindings> &allFindings,
                         const QHash<Id, FindingsUncertainty> &uncertainty)
{
    QString html = Tr::tr("<h2>Findings</h2><p>The article's three claims tested on each region's data: every score rises "
                          "or holds from stage to stage (continuous evolution); the dimension that leads at the advantage "
                          "stage gained most first and the others gain more than it afterwards, and its dated policies and "
                          "milestones reach half their total first (advantage traction, two readings); the triangle is "
                          "balanced, then led by one dimension at the advantage stage, then balanced again (dynamic "
                          "balance). Verdicts by %1 (docs/method.md).</p>")
                      .arg(findingsRuleText());
    html += QStringLiteral("<table cellspacing='0' cellpadding='3' border='1'><tr><th>%1</th>").arg(escaped(Tr::tr("Region")));
    for (Claim c : AllClaims)
        html += QStringLiteral("<th>%1</th>").arg(escaped(claimName(c)));
    html += QStringLiteral("</tr>");
    QStringList rules;
    std::optional<UncertaintySettings> settings;
    for (const Region &region : regions) {
        const RegionFindings findings = allFindings.value(region.id);
        const FindingsUncertainty redrawn = uncertainty.value(region.id);
        if (!redrawn.claims.isEmpty())
            settings = redrawn.settings;
        html += QStringLiteral("<tr><td>%1</td>").arg(escaped(localizedName(region.nameZh, region.nameEn)));
        for (const ClaimFinding &f : findings.claims) {
            QString status = dataBasisName(findings.basis);
            if (qsizetype(f.claim) < redrawn.claims.size()) {
                if (const QString share = uncertaintyShortText(redrawn.of(f.claim)); !share.isEmpty())
                    status = Tr::tr("%1 · %2").arg(status, share);
            }
            html += QStringLiteral("<td>%1<br/><span class='note'>%2</span></td>").arg(verdictCell(f.verdict), escaped(status));
            if (!f.thresholds.isEmpty()) {
                const QString rule = QStringLiteral("%1: %2").arg(claimName(f.claim), f.thresholds);
                if (!rules.contains(rule))
                    rules << rule;
            }
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    if (settings)
        html += Tr::tr("<p class='note'>Beneath each verdict: what the region's data rest on (observed, or illustrative: built "
                       "from a narrative, not measured) and how often the verdict holds when it is tested again under %1 draws "
                       "of the indicator weights around the chosen ones (Dirichlet, κ = %2, seed %3) and as many resamples of "
                       "the raters where there are several. A planned verdict gives what the plan's values would give.</p>")
                    .arg(settings->draws)
                    .arg(settings->concentration)
                    .arg(settings->seed);
    if (!rules.isEmpty()) {
        html += Tr::tr("<p class='note'>Rules:</p><ul>");
        for (const QString &rule : std::as_const(rules))
            html += QStringLiteral("<li class='note'>%1</li>").arg(escaped(rule));
        html += QStringLiteral("</ul>");
    }
    return html;
}

QString regionFindingsHtml(const RegionFindings &findings, const FindingsUncertainty &uncertainty,
                           const ThresholdSensitivity &thresholds)
{
    QString html = Tr::tr("<p><b>Findings</b> (%1 data): %2</p>").arg(escaped(dataBasisName(findings.basis)), escaped(findingsSentence(findings)));
    if (uncertainty.claims.size() == findings.claims.size()) {
        QStringList parts;
        for (const ClaimFinding &f : findings.claims)
            parts << Tr::tr("%1: %2").arg(claimName(f.claim), uncertaintyText(uncertainty.of(f.claim)));
        html += Tr::tr("<p class='note'>Under uncertainty: %1.</p>").arg(escaped(parts.join(Tr::tr("; "))));
    }
    if (thresholds.claims.size() == findings.claims.size()) {
        // Only where a verdict turns within the range tried: the rest hold.
        QStringList turns;
        for (const ClaimThresholdSensitivity &claim : thresholds.claims) {
            for (const ThresholdReading &r : claim.readings) {
                if (!r.holdsOverSweep())
                    turns << Tr::tr("%1, %2 %3: %4")
                                 .arg(claimName(claim.claim), thresholdName(r.threshold),
                                      QString::number(r.value, 'f', r.sweep.decimals), thresholdReadingText(r));
            }
        }
        html += turns.isEmpty()
                    ? Tr::tr("<p class='note'>Under other thresholds: every verdict holds over every value tried of the form "
                             "classifier's four constants.</p>")
                    : Tr::tr("<p class='note'>Under other thresholds (each constant tried over a range, the others held; "
                             "the rest hold over every value tried): %1.</p>")
                          .arg(escaped(turns.join(Tr::tr("; "))));
    }
    return html;
}

} // namespace triangle
