#include "ConvergenceChart.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace triangle {

ConvergenceChart::ConvergenceChart(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Convergence across rounds"));
    setToolTip(tr("Kendall's W per dimension (agreement of the experts' rankings, 0–1) and the largest CV of any "
                  "item (spread relative to the mean), round by round. The dashed grey line is the stop rule's CV limit."));
}

void ConvergenceChart::setData(const QList<int> &rounds, const QList<Series> &series, std::optional<double> cvLimit)
{
    m_rounds = rounds;
    m_series = series;
    m_cvLimit = cvLimit;
    update();
}

void ConvergenceChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    const QFontMetrics fm = fontMetrics();
    if (m_rounds.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("No rounds with answers yet."));
        return;
    }
    // The scale: 0–1 (W's range), widened when a CV lies above 1.
    double top = 1.0;
    for (const Series &s : m_series)
        for (const auto &v : s.values)
            if (v)
                top = std::max(top, *v);
    if (m_cvLimit)
        top = std::max(top, *m_cvLimit);

    // The legend above, one entry per series.
    int legendX = 8;
    int legendY = 4 + fm.ascent();
    for (const Series &s : m_series) {
        const int width = 18 + fm.horizontalAdvance(s.label) + 12;
        if (legendX + width > this->width() - 4 && legendX > 8) {
            legendX = 8;
            legendY += fm.height();
        }
        QPen pen(s.color, 2, s.dashed ? Qt::DashLine : Qt::SolidLine);
        p.setPen(pen);
        p.drawLine(legendX, legendY - fm.ascent() / 2, legendX + 14, legendY - fm.ascent() / 2);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(legendX + 18, legendY, s.label);
        legendX += width;
    }
    const QRect plot(fm.horizontalAdvance(QStringLiteral("0.00")) + 12, legendY + fm.descent() + 8,
                     0, 0);
    // Room beside the plot for half of the last round's label, centred under its point.
    int labelWidth = 0;
    for (int round : m_rounds)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(tr("R%1").arg(round)));
    QRect area = plot;
    area.setLeft(std::max(area.left(), labelWidth / 2 + 4));
    area.setRight(width() - std::max(12, labelWidth / 2 + 4));
    area.setBottom(height() - fm.height() - 8);
    if (area.width() < 20 || area.height() < 20)
        return;

    const auto yOf = [&](double v) { return area.bottom() - v / top * area.height(); };
    const int n = int(m_rounds.size());
    const auto xOf = [&](int i) { return n == 1 ? area.center().x() : area.left() + double(i) / (n - 1) * area.width(); };

    // Axes, gridlines at 0, 0.5, 1 (and the top), round labels below.
    p.setPen(palette().color(QPalette::Mid));
    p.drawLine(area.bottomLeft(), area.bottomRight());
    p.drawLine(area.bottomLeft(), area.topLeft());
    for (double tick : {0.0, 0.5, 1.0, top}) {
        if (tick > top + 1e-9)
            continue;
        const double y = yOf(tick);
        p.setPen(QPen(palette().color(QPalette::Midlight), 1));
        p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRectF(0, y - fm.height() / 2.0, area.left() - 4, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                   QString::number(tick, 'f', tick == top && top != 1.0 ? 2 : 1));
    }
    for (int i = 0; i < n; ++i) {
        const QString label = tr("R%1").arg(m_rounds[i]);
        p.drawText(QRectF(xOf(i) - labelWidth, area.bottom() + 4, 2 * labelWidth, fm.height()), Qt::AlignHCenter | Qt::AlignTop, label);
    }
    if (m_cvLimit) {
        p.setPen(QPen(palette().color(QPalette::Dark), 1, Qt::DashLine));
        p.drawLine(QPointF(area.left(), yOf(*m_cvLimit)), QPointF(area.right(), yOf(*m_cvLimit)));
    }
    for (const Series &s : m_series) {
        QPen pen(s.color, 2, s.dashed ? Qt::DashLine : Qt::SolidLine);
        p.setPen(pen);
        QPainterPath path;
        bool open = false;
        for (int i = 0; i < n && i < s.values.size(); ++i) {
            if (!s.values[i]) {
                open = false;
                continue;
            }
            const QPointF point(xOf(i), yOf(*s.values[i]));
            if (open)
                path.lineTo(point);
            else
                path.moveTo(point);
            open = true;
        }
        p.drawPath(path);
        p.setBrush(s.color);
        for (int i = 0; i < n && i < s.values.size(); ++i)
            if (s.values[i])
                p.drawEllipse(QPointF(xOf(i), yOf(*s.values[i])), 3, 3);
        p.setBrush(Qt::NoBrush);
    }
}

} // namespace triangle
