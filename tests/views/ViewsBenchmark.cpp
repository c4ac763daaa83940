// How the diagrams paint at county scale: the small multiples of ~2,900
// regions at one stage, and one triangle overlaying 300 regions.
// Run: QT_QPA_PLATFORM=offscreen bench_views [--benchmark_repetitions=5]

#include "CountyScaleData.h"
#include "model/DomainNames.h"
#include "render/FigureBuilder.h"
#include "views/SmallMultiplesView.h"
#include "views/TriangleView.h"

#include <QApplication>
#include <QImage>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace triangle;

namespace {
const QSize Viewport(1280, 800);

Store &countyStore()
{
    static QTemporaryDir dir;
    static std::unique_ptr<Store> store = bench::makeCountyScaleDatabase(dir.filePath(QStringLiteral("county.tsdb")), 0);
    return *store;
}

Id advantageStage()
{
    return countyStore().stages().byKey(QStringLiteral("advantage"))->id;
}

// Every region at the advantage stage, in code order.
QList<SmallMultiplesView::Cell> countyCells()
{
    Store &store = countyStore();
    QList<SmallMultiplesView::Cell> cells;
    const Id stage = advantageStage();
    for (const Region &r : *store.regions().all()) {
        if (const auto a = store.assessments().at(r.id, stage); a && a->has_value())
            cells.append({localizedName(r.nameZh, r.nameEn), (*a)->scores, r.id});
    }
    return cells;
}

// Grows `widget` until the part that shows the figure is `size`.
void showWithViewport(QWidget &widget, QWidget &viewport, QSize size)
{
    widget.resize(size);
    widget.show();
    QApplication::processEvents();
    widget.resize(size + (size - viewport.size()));
    QApplication::processEvents();
}

void BM_SmallMultiplesPaint(benchmark::State &state)
{
    SmallMultiplesView view;
    view.setCells(countyCells());
    view.setSortKey(SmallMultiplesView::SortKey::Area);
    showWithViewport(view, *view.viewport(), Viewport);
    view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum() / 2);
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state)
        view.render(&image);
    state.counters["cells"] = double(view.cellCount());
    state.counters["painted"] = double(view.lastPaintedCellCount());
    state.counters["viewport_w"] = double(view.viewport()->width());
    state.counters["viewport_h"] = double(view.viewport()->height());
}
BENCHMARK(BM_SmallMultiplesPaint)->Unit(benchmark::kMillisecond);

// Scrolling a screenful at a time through all 2,900 cells, one paint per step.
void BM_SmallMultiplesScroll(benchmark::State &state)
{
    SmallMultiplesView view;
    view.setCells(countyCells());
    showWithViewport(view, *view.viewport(), Viewport);
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    QScrollBar *bar = view.verticalScrollBar();
    int value = 0;
    for (auto _ : state) {
        value = value >= bar->maximum() ? 0 : value + bar->pageStep() / 3;
        bar->setValue(value);
        view.viewport()->render(&image);
    }
}
BENCHMARK(BM_SmallMultiplesScroll)->Unit(benchmark::kMillisecond);

void BM_SmallMultiplesSetCellsAndSort(benchmark::State &state)
{
    const QList<SmallMultiplesView::Cell> cells = countyCells();
    SmallMultiplesView view;
    for (auto _ : state) {
        view.setCells(cells);
        view.setSortKey(SmallMultiplesView::SortKey::Balance);
        view.setSortKey(SmallMultiplesView::SortKey::Code);
    }
}
BENCHMARK(BM_SmallMultiplesSetCellsAndSort)->Unit(benchmark::kMillisecond);

// The first `count` regions overlaid on one triangle at 1280×800, as
// FigureBuilder makes the figure; args: {count, legend shown}.
TriangleFigure overlay(int count, bool legend)
{
    Store &store = countyStore();
    QList<Id> regions;
    for (const Region &r : *store.regions().all()) {
        if (regions.size() < count)
            regions << r.id;
    }
    TriangleFigure figure = *FigureBuilder(store).comparison(regions, advantageStage());
    figure.showLegend = legend;
    return figure;
}

void BM_TriangleViewOverlay(benchmark::State &state)
{
    const TriangleFigure figure = overlay(int(state.range(0)), state.range(1) != 0);
    TriangleView view;
    view.setFigure(figure);
    view.setSelectedSeries(int(figure.series.size() / 2)); // one highlighted, as after a click
    showWithViewport(view, view, Viewport);
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state)
        view.render(&image);
    state.counters["series"] = double(figure.series.size());
}
BENCHMARK(BM_TriangleViewOverlay)->Args({300, 1})->Args({300, 0})->Args({30, 1})->Args({3, 1})->Unit(benchmark::kMillisecond);

// Moving the mouse over 300 series without changing what is highlighted:
// the hit test alone, no repaint.
void BM_TriangleViewHoverHitTest300(benchmark::State &state)
{
    TriangleView view;
    view.setFigure(overlay(300, true));
    showWithViewport(view, view, Viewport);
    const QPointF corner(3, Viewport.height() - 3); // near no vertex and outside every polygon
    for (auto _ : state) {
        QMouseEvent move(QEvent::MouseMove, corner, view.mapToGlobal(corner), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(&view, &move);
    }
}
BENCHMARK(BM_TriangleViewHoverHitTest300)->Unit(benchmark::kMicrosecond);
} // namespace

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    countyStore(); // build the database before timing anything
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
