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

QString findingsPageHtml(const QList<Region> &regions, const QHash<Id, RegionFindings> &allFindings)
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
    for (const Region &region : regions) {
        const RegionFindings findings = allFindings.value(region.id);
        html += QStringLiteral("<tr><td>%1</td>").arg(escaped(localizedName(region.nameZh, region.nameEn)));
        for (const ClaimFinding &f : findings.claims) {
            html += QStringLiteral("<td>%1</td>").arg(verdictCell(f.verdict));
            if (!f.thresholds.isEmpty()) {
                const QString rule = QStringLiteral("%1: %2").arg(claimName(f.claim), f.thresholds);
                if (!rules.contains(rule))
                    rules << rule;
            }
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    if (!rules.isEmpty()) {
        html += Tr::tr("<p class='note'>Rules:</p><ul>");
        for (const QString &rule : std::as_const(rules))
            html += QStringLiteral("<li class='note'>%1</li>").arg(escaped(rule));
        html += QStringLiteral("</ul>");
    }
    return html;
}

QString regionFindingsHtml(const RegionFindings &findings)
{
    return Tr::tr("<p><b>Findings:</b> %1</p>").arg(escaped(findingsSentence(findings)));
}

} // namespace triangle
