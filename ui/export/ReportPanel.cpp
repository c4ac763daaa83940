#include "ReportPanel.h"

#include <QCoreApplication>

namespace triangle {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(triangle::ReportPanel)
};

QString escaped(const QString &text) { return text.toHtmlEscaped(); }

QString tableHtml(const PanelTable &table)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(escaped(table.title));
    if (!table.rows.isEmpty()) {
        html += QStringLiteral("<table cellspacing='0' cellpadding='2' border='1' style='border-collapse: collapse; border-color: #BBBBBB; "
                               "font-size: 8pt;'><tr>");
        for (const QString &h : table.header)
            html += QStringLiteral("<th>%1</th>").arg(escaped(h));
        html += QStringLiteral("</tr>");
        for (const QStringList &row : table.rows) {
            html += QStringLiteral("<tr>");
            for (qsizetype c = 0; c < row.size(); ++c)
                html += QStringLiteral("<td%1>%2</td>").arg(table.numeric.value(c) ? QStringLiteral(" align='right'") : QString(),
                                                             escaped(row[c]));
            html += QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
    }
    for (const QString &note : table.notes)
        html += QStringLiteral("<p style='font-size: 9pt; margin-top: 2px; margin-bottom: 2px;'>%1</p>").arg(escaped(note));
    return html;
}
} // namespace

QString panelPageHtml(const PanelContext &panel)
{
    QString html = Tr::tr("<h2>Expert panel</h2>"
                          "<p>Experts scored each region's indicators in scoring packets, round by round (Delphi). For each "
                          "round: Kendall's W says how far the experts rank the items of a dimension alike (0 none, 1 "
                          "complete; corrected for ties), with its chi-square test; Krippendorff's α (interval) how far "
                          "their scores agree, with a 95 % bootstrap interval; the coefficient of variation (standard "
                          "deviation n − 1 over the mean) how widely each item's scores spread. The stop rule is the "
                          "analyst's. Each expert's pairwise comparisons give weights by the principal eigenvector "
                          "(Saaty's AHP); a consistency ratio above the limit is flagged, with the comparison that breaks "
                          "it most, and the group's weights leave such experts out.</p>");
    for (const PanelTable &table : panelTables(panel, PanelItems::AboveLimit))
        html += tableHtml(table);
    return html;
}

} // namespace triangle
