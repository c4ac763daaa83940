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

// The county cells, and past them copies under new numbers, up to `count`:
// the prefecture and county levels may bring more regions than the 2,915.
QList<SmallMultiplesView::Cell> cellsUpTo(int count)
{
    QList<SmallMultiplesView::Cell> cells = countyCells();
    const qsizetype county = cells.size();
    for (qsizetype i = 0; cells.size() < count; ++i) {
        SmallMultiplesView::Cell copy = cells[i % county];
        copy.label += QStringLiteral(" (%1)").arg(i + 1);
        copy.regionId += 1000000;
        cells.append(copy);
    }
    return cells.mid(0, count);
}

// Scrolling a third of a screenful at a time through all the cells, one
// paint per step; arg: how many cells (2,915 is every county-scale region).
void BM_SmallMultiplesScroll(benchmark::State &state)
{
    SmallMultiplesView view;
    view.setCells(cellsUpTo(int(state.range(0))));
    showWithViewport(view, *view.viewport(), Viewport);
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    QScrollBar *bar = view.verticalScrollBar();
    int value = 0;
    for (auto _ : state) {
        value = value >= bar->maximum() ? 0 : value + bar->pageStep() / 3;
        bar->setValue(value);
        view.viewport()->render(&image);
    }
    state.counters["cells"] = double(view.cellCount());
    state.counters["painted"] = double(view.lastPaintedCellCount());
}
BENCHMARK(BM_SmallMultiplesScroll)->Arg(2915)->Arg(3200)->Unit(benchmark::kMillisecond);

// A scroll step as the window system does it: the scroll bar moves, the
// view moves its pixels and paints what comes into view, with the whole
// update cycle (event loop, backing store) in the time; arg as above.
void BM_SmallMultiplesScrollStep(benchmark::State &state)
{
    SmallMultiplesView view;
    view.setCells(cellsUpTo(int(state.range(0))));
    showWithViewport(view, *view.viewport(), Viewport);
    QScrollBar *bar = view.verticalScrollBar();
    int value = 0;
    double painted = 0.0;
    for (auto _ : state) {
        value = value >= bar->maximum() ? 0 : value + bar->pageStep() / 3;
        bar->setValue(value);
        QApplication::processEvents();
        painted += view.lastPaintedCellCount();
    }
    state.counters["cells"] = double(view.cellCount());
    state.counters["painted_per_step"] = painted / double(state.iterations());
}
BENCHMARK(BM_SmallMultiplesScrollStep)->Arg(2915)->Arg(3200)->Unit(benchmark::kMillisecond);

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

// A full repaint: the figure is set anew (as after an edit or a change of
// stage), so the view draws it whole; args: {count, legend shown, legend
// limit (0: every series, 12: as the comparison page shows it)}.
void BM_TriangleViewOverlay(benchmark::State &state)
{
    TriangleFigure figure = overlay(int(state.range(0)), state.range(1) != 0);
    figure.legendLimit = int(state.range(2));
    TriangleView view;
    view.setFigure(figure);
    view.setSelectedSeries(int(figure.series.size() / 2)); // one highlighted, as after a click
    showWithViewport(view, view, Viewport);
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        view.setFigure(figure);
        view.render(&image);
    }
    state.counters["series"] = double(figure.series.size());
}
BENCHMARK(BM_TriangleViewOverlay)
    ->Args({300, 1, 0})
    ->Args({300, 1, 12})
    ->Args({300, 0, 0})
    ->Args({30, 1, 0})
    ->Args({3, 1, 0})
    ->Unit(benchmark::kMillisecond);

// The mouse moving from one series' vertex to another's and back: each
// move changes the highlight and repaints over the cached figure; args as above.
void BM_TriangleViewHoverRepaint(benchmark::State &state)
{
    TriangleFigure figure = overlay(int(state.range(0)), state.range(1) != 0);
    figure.legendLimit = int(state.range(2));
    TriangleView view;
    view.setFigure(figure);
    showWithViewport(view, view, Viewport);
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    view.render(&image); // the figure is drawn once, before the mouse comes
    const int count = int(figure.series.size());
    const QPointF a = view.layout().vertices[count / 3][Dimension::Mission];
    const QPointF b = view.layout().vertices[2 * count / 3][Dimension::Operational];
    bool atA = false;
    for (auto _ : state) {
        atA = !atA;
        const QPointF pos = atA ? a : b;
        QMouseEvent move(QEvent::MouseMove, pos, view.mapToGlobal(pos), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(&view, &move);
        view.render(&image);
    }
    state.counters["series"] = double(count);
    state.counters["highlighted"] = double(view.highlightedSeries());
}
BENCHMARK(BM_TriangleViewHoverRepaint)->Args({300, 1, 0})->Args({300, 1, 12})->Args({30, 1, 0})->Unit(benchmark::kMillisecond);

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
