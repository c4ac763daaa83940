#include "ViewTestSupport.h"

#include <QTest>
#include <QWidget>

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>

namespace triangle::test {

TriangleFigure zhejiangFigure()
{
    TriangleFigure figure;
    figure.title = QStringLiteral("Zhejiang: evolution of the strategic triangle");
    figure.arrowsBetweenSeries = true;
    figure.series = {{QStringLiteral("Initial (c. 2011)"), makeScores(3.4, 3.0, 3.1), 0, 0, true},
                     {QStringLiteral("Advantage (2016–2020)"), makeScores(8.0, 5.8, 6.3), 1, 1, true},
                     {QStringLiteral("Target (c. 2025)"), makeScores(8.6, 8.3, 8.4), 2, 2, true}};
    return figure;
}

QList<SeriesInfo> zhejiangInfo()
{
    const QStringList stages{QStringLiteral("Initial"), QStringLiteral("Advantage"), QStringLiteral("Target")};
    QList<SeriesInfo> infos;
    for (int i = 0; i < 3; ++i) {
        SeriesInfo info;
        info.assessmentId = 101 + i;
        info.regionName = QStringLiteral("Zhejiang");
        info.stageName = stages[i];
        info.editable = true;
        for (Dimension d : AllDimensions) {
            info.rationale[d] = QStringLiteral("Why %1 scores so.").arg(dimensionKey(d));
            info.evidenceCount[d] = i + index(d);
        }
        infos << info;
    }
    infos[1].rationale[Dimension::Mission] = QStringLiteral("A long reason. ").repeated(40) + QStringLiteral("THE END");
    return infos;
}

BalanceMapFigure articleBalanceMap()
{
    const QStringList stages{QStringLiteral("initial"), QStringLiteral("advantage"), QStringLiteral("target")};
    const QList<std::pair<QString, std::array<DimensionScores, 3>>> cases{
        {QStringLiteral("Zhejiang"), {makeScores(3.4, 3.0, 3.1), makeScores(8.0, 5.8, 6.3), makeScores(8.6, 8.3, 8.4)}},
        {QStringLiteral("Shanxi"), {makeScores(2.8, 3.0, 2.7), makeScores(5.7, 8.5, 6.0), makeScores(8.3, 8.7, 8.4)}},
        {QStringLiteral("Sichuan"), {makeScores(2.8, 2.8, 3.1), makeScores(5.9, 5.6, 8.5), makeScores(8.3, 8.4, 8.7)}},
    };
    BalanceMapFigure figure;
    figure.title = QStringLiteral("Balance of the three provinces' strategic triangles");
    for (int c = 0; c < cases.size(); ++c) {
        BalancePath path{cases[c].first, {}, c, true};
        for (int s = 0; s < 3; ++s)
            path.points.append({stages[s], cases[c].second[std::size_t(s)]});
        figure.paths << path;
    }
    return figure;
}

QList<SmallMultiplesView::Cell> generatedCells(int count)
{
    QList<SmallMultiplesView::Cell> cells;
    for (int i = 0; i < count; ++i) {
        // Deterministic and varied: three incommensurate phases.
        auto score = [&](double phase) { return std::round((5.0 + 4.5 * std::sin(i * phase)) * 10.0) / 10.0; };
        cells.append({QStringLiteral("Region %1").arg(i + 1, 4, 10, QLatin1Char('0')),
                      makeScores(score(0.37), score(0.61), score(0.83)), Id(1000 + i)});
    }
    return cells;
}

void showAt(QWidget &widget, QSize size)
{
    widget.resize(size);
    widget.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&widget));
    widget.activateWindow();
    QTest::qWait(20); // let the first paint happen
}

int pixelsNear(const QImage &image, const QColor &color, int tolerance)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    int count = 0;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            if (std::abs(qRed(line[x]) - color.red()) <= tolerance && std::abs(qGreen(line[x]) - color.green()) <= tolerance
                && std::abs(qBlue(line[x]) - color.blue()) <= tolerance)
                ++count;
        }
    }
    return count;
}

} // namespace triangle::test
