#include "ReportCausalLinks.h"

#include <QCoreApplication>

namespace triangle {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(triangle::ReportCausalLinks)
};
} // namespace

QString causalLinksHtml(const CausalReading &reading)
{
    if (reading.checks.isEmpty())
        return {};
    QString html = Tr::tr("<h3>Causal links</h3>")
                   + Tr::tr("<p>The links the source asserts between this region's records, along their chains. The record "
                            "pulled must come after the one that pulled it: %1 after, %2 cannot tell, %3 contradict the dates.</p>")
                         .arg(reading.count(LinkOrder::After))
                         .arg(reading.count(LinkOrder::CannotTell))
                         .arg(reading.count(LinkOrder::Before))
                   + QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th></tr>")
                         .arg(Tr::tr("Link and check").toHtmlEscaped(), Tr::tr("Quote").toHtmlEscaped(),
                              Tr::tr("Location").toHtmlEscaped());
    for (int i : CausalLinkText::chainOrder(reading)) {
        const LinkCheck &c = reading.checks[i];
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(CausalLinkText::line(c).toHtmlEscaped(), c.link.quote.toHtmlEscaped(), c.link.location.toHtmlEscaped());
    }
    return html + QStringLiteral("</table>");
}

} // namespace triangle
