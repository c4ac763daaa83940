#include "VertexToolTip.h"

#include "model/DomainNames.h"

#include <QPalette>

namespace triangle {

namespace {
QString elided(const QString &text, qsizetype maxChars)
{
    const QString simplified = text.simplified();
    return simplified.size() <= maxChars ? simplified : simplified.left(maxChars - 1) + QChar(0x2026);
}

// Short lines never wrap; only the rationale wraps, at the tooltip's width.
QString line(const QString &html)
{
    return QStringLiteral("<div style=\"white-space:nowrap\">%1</div>").arg(html);
}
} // namespace

QString VertexToolTip::raterRange(const ScoreBand &band)
{
    return tr("raters %1–%2").arg(band.low, 0, 'f', 1).arg(band.high, 0, 'f', 1);
}

QString VertexToolTip::text(const TriangleSeries &series, const SeriesInfo *info, Dimension d, bool editable,
                            const QPalette &palette)
{
    QString heading = series.label;
    if (info && !info->regionName.isEmpty())
        heading = info->stageName.isEmpty() ? info->regionName : tr("%1, %2").arg(info->regionName, info->stageName);
    QString html = line(QStringLiteral("<b>%1</b>").arg(heading.toHtmlEscaped()));
    QString score = tr("%1: %2").arg(dimensionName(d).toHtmlEscaped(), QStringLiteral("<b>%1</b>").arg(series.scores[d], 0, 'f', 1));
    if (const auto &band = series.spread[d])
        score += QStringLiteral(" (%1)").arg(raterRange(*band).toHtmlEscaped());
    html += line(score);
    if (!info)
        return html;
    if (!info->rationale[d].trimmed().isEmpty())
        html += QStringLiteral("<div><i>%1</i></div>").arg(elided(info->rationale[d], RationaleChars).toHtmlEscaped());
    html += line(tr("%n piece(s) of evidence", nullptr, info->evidenceCount[d]).toHtmlEscaped());
    if (editable) {
        // Halfway between the tooltip's text and its background: a hint, not data.
        const QColor text = palette.color(QPalette::ToolTipText);
        const QColor base = palette.color(QPalette::ToolTipBase);
        const QColor hint = QColor::fromRgbF((text.redF() + base.redF()) / 2, (text.greenF() + base.greenF()) / 2,
                                             (text.blueF() + base.blueF()) / 2);
        html += line(QStringLiteral("<span style=\"color:%1\">%2</span>")
                         .arg(hint.name(), tr("Drag the vertex, or press Up or Down, to change the score.").toHtmlEscaped()));
    }
    return html;
}

} // namespace triangle
