#include "ReportGroups.h"

#include "analysis/MetricsText.h"
#include "analysis/TriangleMetrics.h"
#include "model/DomainNames.h"

#include <QCoreApplication>
#include <QStringList>

namespace triangle {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(triangle::ReportGroups)
};
QString escaped(const QString &text) { return text.toHtmlEscaped(); }

const QString TableStart = QStringLiteral("<table cellspacing='0' border='1' style='border-collapse: collapse; border-color: #BBBBBB;'>");

QString headerRow(const QStringList &headers)
{
    QString html = QStringLiteral("<tr>");
    for (const QString &h : headers)
        html += QStringLiteral("<th>%1</th>").arg(escaped(h));
    return html + QStringLiteral("</tr>");
}

QString score(double value) { return QString::number(value, 'f', 1); }

// "6.5 (5.5–8.0)": the aggregate score and, where members differ, their range.
QString scoreWithRange(const TriangleAggregate &a, Dimension d)
{
    if (a.minimum[d] == a.maximum[d])
        return score(a.scores[d]);
    return QStringLiteral("%1 (%2–%3)").arg(score(a.scores[d]), score(a.minimum[d]), score(a.maximum[d]));
}

QString methodName(GroupAggregate method)
{
    return method == GroupAggregate::Median ? Tr::tr("median") : Tr::tr("mean");
}

// One row of an aggregate: label, the three scores with ranges, the metrics, n of N.
QString aggregateRow(const QString &label, const TriangleAggregate &a)
{
    const TriangleMetrics m = analyse(a.scores);
    QString html = QStringLiteral("<tr><td>%1</td>").arg(escaped(label));
    for (Dimension d : AllDimensions)
        html += QStringLiteral("<td align='right'>%1</td>").arg(scoreWithRange(a, d));
    return html
        + QStringLiteral("<td align='right'>%1</td><td align='right'>%2</td><td>%3</td><td>%4</td><td align='right'>%5</td></tr>")
              .arg(m.area, 0, 'f', 1)
              .arg(m.balance, 0, 'f', 3)
              .arg(escaped(leadersText(m.leaders)), escaped(formName(m.form)))
              .arg(Tr::tr("%1 of %2").arg(a.assessed).arg(a.members));
}

// Beneath a table of aggregates: per row, whether it stands for its members
// and whose form its form is.
QString aggregateNotesHtml(const QList<std::pair<QString, TriangleAggregate>> &rows)
{
    QStringList notes;
    for (const auto &[label, a] : rows) {
        QStringList parts;
        for (const QString &part : {representativenessWarning(a), aggregateFormNote(a)}) {
            if (!part.isEmpty())
                parts << part;
        }
        if (!parts.isEmpty())
            notes << Tr::tr("%1: %2").arg(label, parts.join(QLatin1Char(' ')));
    }
    return notes.isEmpty() ? QString() : QStringLiteral("<p class='note'>%1</p>").arg(escaped(notes.join(QStringLiteral(" · "))));
}

QStringList aggregateHeaders()
{
    return {Tr::tr("Stage"), dimensionShortName(Dimension::Mission), dimensionShortName(Dimension::Political),
            dimensionShortName(Dimension::Operational), Tr::tr("Area"), Tr::tr("Balance"), Tr::tr("Leading"), Tr::tr("Form"),
            Tr::tr("Assessed")};
}
} // namespace

QString groupHeadingHtml(const RegionGroup &group)
{
    QString html = QStringLiteral("<h2>%1 <span class='note'>%2 · group:%3</span></h2>")
                       .arg(escaped(localizedName(group.nameZh, group.nameEn)),
                            escaped(preferChinese() ? group.nameEn : group.nameZh), escaped(group.key));
    if (!group.source.isEmpty())
        html += Tr::tr("<p class='note'>Defined by: %1</p>").arg(escaped(group.source));
    if (!group.note.isEmpty())
        html += QStringLiteral("<p class='note'>%1</p>").arg(escaped(group.note));
    return html;
}

QString groupTablesHtml(const ReportGroup &group, const QList<Stage> &stages)
{
    QString html = Tr::tr("<h3>The group's triangle</h3><p>Per dimension the %1 of the members assessed at the stage; "
                          "in brackets the lowest and highest member score.</p>")
                       .arg(methodName(group.method));
    html += TableStart + headerRow(aggregateHeaders());
    QList<std::pair<QString, TriangleAggregate>> noted;
    for (const auto &[stage, triangle] : group.triangles) {
        html += aggregateRow(localizedName(stage.nameZh, stage.nameEn), triangle);
        noted.append({localizedName(stage.nameZh, stage.nameEn), triangle});
    }
    html += QStringLiteral("</table>") + aggregateNotesHtml(noted);
    if (group.triangles.isEmpty())
        html = Tr::tr("<h3>The group's triangle</h3><p>No member is assessed at any stage.</p>");

    // The members' own scores, stage by stage.
    QStringList headers{Tr::tr("Member")};
    for (const Stage &stage : stages)
        headers << localizedName(stage.nameZh, stage.nameEn);
    html += Tr::tr("<h3>Members</h3>") + TableStart + headerRow(headers);
    for (const Region &r : group.members) {
        html += QStringLiteral("<tr><td>%1 %2</td>").arg(r.code, escaped(localizedName(r.nameZh, r.nameEn)));
        for (const Stage &stage : stages) {
            const auto scores = group.memberScores.constFind(std::pair(r.id, stage.id));
            html += QStringLiteral("<td align='center'>%1</td>")
                        .arg(scores != group.memberScores.constEnd()
                                 ? QStringLiteral("%1 / %2 / %3")
                                       .arg(score((*scores)[Dimension::Mission]), score((*scores)[Dimension::Political]),
                                            score((*scores)[Dimension::Operational]))
                                 : QStringLiteral("—"));
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString rollUpHtml(const ReportRegion &region)
{
    QString rows;
    QList<std::pair<QString, TriangleAggregate>> noted;
    GroupAggregate method = GroupAggregate::Mean;
    for (const auto &[stage, rolled] : region.rollUps) {
        method = rolled.method;
        const QString stageName = localizedName(stage.nameZh, stage.nameEn);
        rows += aggregateRow(Tr::tr("%1, roll-up").arg(stageName), rolled);
        noted.append({Tr::tr("%1, roll-up").arg(stageName), rolled});
        for (const ReportAssessment &own : region.assessments) {
            if (own.stage.id == stage.id) // beside the roll-up, the region's own triangle
                rows += aggregateRow(Tr::tr("%1, own").arg(stageName), aggregateTriangles({own.assessment.scores}, 1, method));
        }
    }
    if (rows.isEmpty())
        return QString();
    return Tr::tr("<h3>Roll-up from sub-regions</h3><p>Per dimension the %1 of the sub-regions assessed at the stage, "
                  "in brackets their lowest and highest score; the region's own triangle beneath where it is assessed.</p>")
               .arg(methodName(method))
        + TableStart + headerRow(aggregateHeaders()) + rows + QStringLiteral("</table>") + aggregateNotesHtml(noted);
}

} // namespace triangle
