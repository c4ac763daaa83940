#pragma once

#include "model/Dimension.h"

#include <QList>
#include <QWidget>

#include <optional>

namespace triangle {

// A small chart of a panel converging over its Delphi rounds: Kendall's W of
// each dimension and the largest CV of any item, round by round, with the
// stop rule's CV limit as a dashed line. Drawn with QPainter: one small
// figure does not warrant Qt Charts (which lives behind ui/charts only).
class ConvergenceChart : public QWidget
{
    Q_OBJECT

public:
    struct Series
    {
        QString label;
        QList<std::optional<double>> values; // one per round; nullopt: not computed
        QColor color;
        bool dashed = false;
    };

    explicit ConvergenceChart(QWidget *parent = nullptr);

    void setData(const QList<int> &rounds, const QList<Series> &series, std::optional<double> cvLimit);
    const QList<Series> &series() const { return m_series; }

    QSize sizeHint() const override { return {360, 200}; }
    QSize minimumSizeHint() const override { return {220, 140}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<int> m_rounds;
    QList<Series> m_series;
    std::optional<double> m_cvLimit;
};

} // namespace triangle
