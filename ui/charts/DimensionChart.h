#pragma once

#include "render/DimensionChartData.h"
#include "render/RenderOptions.h"

#include <QCoreApplication>
#include <QRectF>

#include <memory>

class QChart;
class QChartView;
class QPainter;
class QWidget;

namespace triangle {

// The three dimension scores across the stages, drawn by Qt Charts: the one
// seam to Qt Charts (deprecated from Qt 6.10 in favour of Qt Graphs), so a
// later move changes this class and nothing else. The same chart goes to
// the screen (createView) and, off screen, to any QPainter (paint): PNG, SVG,
// PDF and the command line. Needs a QApplication.
class DimensionChart
{
    Q_DECLARE_TR_FUNCTIONS(triangle::DimensionChart)

public:
    enum class Mode {
        Lines, // x = stage; one line per region and dimension: colour by dimension, dashes by region
        Bars,  // a group of three bars (one per dimension) per region and stage, grouped by stage
    };

    explicit DimensionChart(DimensionChartData data, Mode mode = Mode::Lines);

    const DimensionChartData &data() const { return m_data; }
    Mode mode() const { return m_mode; }

    // A new chart at the sizes of `options` (points drawn at its DPI); the caller owns it.
    std::unique_ptr<QChart> createChart(const RenderOptions &options = {}) const;
    // A view showing the chart on screen; `parent` owns the view, the view the chart.
    QChartView *createView(QWidget *parent = nullptr) const;
    // Renders the chart within `area` and nowhere else, with the footnote below it.
    void paint(QPainter &painter, const QRectF &area, const RenderOptions &options) const;

private:
    DimensionChartData m_data;
    Mode m_mode;
};

} // namespace triangle
