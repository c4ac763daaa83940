// How the store and the navigator behave at county scale (~2,900 generated
// regions, ~14,500 milestones), and the navigator with the real shipped
// levels (3,215 regions). Run: QT_QPA_PLATFORM=offscreen bench_store
// [--benchmark_repetitions=5]

#include "CountyScaleData.h"
#include "data/AdministrativeLevels.h"
#include "data/DataFingerprint.h"
#include "data/DefaultDatabase.h"
#include "widgets/RegionFilterModel.h"
#include "widgets/RegionTreeModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTreeView>

#include <utility>

#include <benchmark/benchmark.h>

using namespace triangle;

namespace {
Store &countyStore()
{
    static QTemporaryDir dir;
    static std::unique_ptr<Store> store = bench::makeCountyScaleDatabase(dir.filePath(QStringLiteral("county.tsdb")));
    return *store;
}

void BM_ListAllRegions(benchmark::State &state)
{
    Store &store = countyStore();
    for (auto _ : state)
        benchmark::DoNotOptimize(store.regions().all()->size());
    state.counters["regions"] = double(store.regions().all()->size());
}
BENCHMARK(BM_ListAllRegions)->Unit(benchmark::kMillisecond);

void BM_NavigatorModelReload(benchmark::State &state)
{
    Store &store = countyStore();
    RegionTreeModel model;
    for (auto _ : state) {
        model.setStore(&store);
        benchmark::DoNotOptimize(model.rowCount());
    }
}
BENCHMARK(BM_NavigatorModelReload)->Unit(benchmark::kMillisecond);

void BM_NavigatorFilterAsYouType(benchmark::State &state)
{
    Store &store = countyStore();
    RegionTreeModel model;
    model.setStore(&store);
    RegionFilterModel proxy;
    proxy.setSourceModel(&model);
    const QStringList keystrokes = {QStringLiteral("浙"), QStringLiteral("浙江"), QStringLiteral("浙江省第3"),
                                    QStringLiteral("zhejiang city 3"), QStringLiteral("3303")};
    for (auto _ : state) {
        for (const QString &text : keystrokes) {
            proxy.setFilterText(text);
            benchmark::DoNotOptimize(proxy.rowCount());
        }
        proxy.setFilterText(QString());
    }
    state.counters["keystrokes"] = double(keystrokes.size());
}
BENCHMARK(BM_NavigatorFilterAsYouType)->Unit(benchmark::kMillisecond);

// The default database (the article's three cases assessed) with every
// shipped prefecture- and county-level unit added: what a user gets from
// `regions add-levels`.
Store &levelsStore()
{
    static QTemporaryDir dir;
    static std::unique_ptr<Store> store = [] {
        auto opened = openOrCreateSeeded(dir.filePath(QStringLiteral("levels.tsdb")));
        if (!opened || !AdministrativeLevels::addTo(**opened))
            qFatal("cannot build the levels database");
        return std::move(*opened);
    }();
    return *store;
}

void BM_NavigatorModelReloadRealLevels(benchmark::State &state)
{
    Store &store = levelsStore();
    RegionTreeModel model;
    for (auto _ : state) {
        model.setStore(&store);
        benchmark::DoNotOptimize(model.rowCount());
    }
    state.counters["regions"] = double(model.regionCount());
}
BENCHMARK(BM_NavigatorModelReloadRealLevels)->Unit(benchmark::kMillisecond);

// One keystroke in the navigator's filter box, from the text before it to the
// text after it, as the user waits for it: filtering, opening the tree,
// laying it out and painting the visible rows of a 320×900 view.
struct Keystroke
{
    const char *before;
    const char *after;
};
const Keystroke Keystrokes[] = {
    {"", "3"},    {"3", "33"},       {"33", "330"},   {"330", "3301"}, {"3301", "33010"}, {"33010", "330106"},
    {"", "x"},    {"x", "xi"},       {"xi", "xih"},   {"xih", "xihu"}, {"", "西"},        {"西", "西湖"},
    {"西湖", "西湖区"}, {"3", ""},
};
constexpr double FrameMs = 16.0;

// The navigator's tree, with its delayed layout run on demand, so that laying
// out and painting are timed apart.
struct NavigatorView : QTreeView
{
    using QAbstractItemView::executeDelayedItemsLayout;
    int paints = 0;

protected:
    bool viewportEvent(QEvent *event) override
    {
        paints += event->type() == QEvent::Paint;
        return QTreeView::viewportEvent(event);
    }
};

// The navigator as MainWindow builds it (RegionFilterModel::revealMatches),
// or as it was before (recursive QSortFilterProxyModel and expandAll), for
// the ratio between them in the same run.
template<bool Before>
void BM_NavigatorKeystroke(benchmark::State &state)
{
    Store &store = levelsStore();
    RegionTreeModel model;
    model.setStore(&store);
    RegionFilterModel filter;
    QSortFilterProxyModel recursive;
    recursive.setFilterRole(RegionTreeModel::SearchTextRole);
    recursive.setRecursiveFilteringEnabled(true);
    recursive.setFilterCaseSensitivity(Qt::CaseInsensitive);
    NavigatorView view;
    view.setHeaderHidden(true);
    view.setUniformRowHeights(true);
    if (Before) {
        recursive.setSourceModel(&model);
        view.setModel(&recursive);
    } else {
        filter.setSourceModel(&model);
        view.setModel(&filter);
    }
    view.resize(320, 900);
    view.show();
    view.expandToDepth(0);
    QCoreApplication::processEvents();
    const Keystroke stroke = Keystrokes[state.range(0)];
    // Per phase: filtering and opening, the view's delayed layout, painting.
    double phaseMs[3] = {0, 0, 0};
    const auto type = [&](const QString &text, bool timed) {
        QElapsedTimer phase;
        phase.start();
        if (Before) {
            recursive.setFilterFixedString(text);
            if (!text.isEmpty())
                view.expandAll();
        } else {
            filter.setFilterText(text);
            if (filter.isFiltering())
                filter.revealMatches(&view);
        }
        const qint64 filtered = phase.nsecsElapsed();
        view.executeDelayedItemsLayout();
        const qint64 laidOut = phase.nsecsElapsed();
        view.viewport()->repaint();
        QCoreApplication::processEvents(); // whatever else the keystroke posted
        if (timed) {
            phaseMs[0] += double(filtered) / 1e6;
            phaseMs[1] += double(laidOut - filtered) / 1e6;
            phaseMs[2] += double(phase.nsecsElapsed() - laidOut) / 1e6;
        }
    };
    double totalMs = 0;
    for (auto _ : state) {
        type(QString::fromUtf8(stroke.before), false);
        QElapsedTimer timer;
        timer.start();
        type(QString::fromUtf8(stroke.after), true);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        state.SetIterationTime(ms / 1000.0);
        totalMs += ms;
    }
    const double n = double(state.iterations());
    state.counters["filter_ms"] = phaseMs[0] / n;
    state.counters["layout_ms"] = phaseMs[1] / n;
    state.counters["paint_ms"] = phaseMs[2] / n;
    state.counters["paints"] = double(view.paints) / n / 2; // per keystroke
    int rows = 0;
    for (QModelIndex at = view.model()->index(0, 0); at.isValid(); at = view.indexBelow(at))
        ++rows;
    state.SetLabel(QStringLiteral("“%1” → “%2”").arg(QString::fromUtf8(stroke.before), QString::fromUtf8(stroke.after)).toStdString());
    state.counters["frames"] = totalMs / double(state.iterations()) / FrameMs;
    state.counters["rows_open"] = rows;
}
// The floor under every keystroke: painting the same view again, unchanged
// (the visible rows of the national level and the provinces).
void BM_NavigatorRepaint(benchmark::State &state)
{
    RegionTreeModel model;
    model.setStore(&levelsStore());
    RegionFilterModel filter;
    filter.setSourceModel(&model);
    NavigatorView view;
    view.setHeaderHidden(true);
    view.setUniformRowHeights(true);
    view.setModel(&filter);
    view.resize(320, 900);
    view.show();
    view.expandToDepth(0);
    QCoreApplication::processEvents();
    double totalMs = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        view.viewport()->repaint();
        QCoreApplication::processEvents();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        state.SetIterationTime(ms / 1000.0);
        totalMs += ms;
    }
    state.counters["frames"] = totalMs / double(state.iterations()) / FrameMs;
}
BENCHMARK(BM_NavigatorRepaint)->UseManualTime()->Unit(benchmark::kMillisecond);

void keystrokeArgs(benchmark::internal::Benchmark *b)
{
    for (int i = 0; i < int(std::size(Keystrokes)); ++i)
        b->Arg(i);
}
BENCHMARK_TEMPLATE(BM_NavigatorKeystroke, false)->Apply(keystrokeArgs)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK_TEMPLATE(BM_NavigatorKeystroke, true)->Apply(keystrokeArgs)->UseManualTime()->Unit(benchmark::kMillisecond);

void BM_RegionAssessments(benchmark::State &state)
{
    Store &store = countyStore();
    const Id county = store.regions().byCode(QStringLiteral("330305"))->id;
    for (auto _ : state)
        benchmark::DoNotOptimize(store.assessments().forRegion(county)->size());
}
BENCHMARK(BM_RegionAssessments)->Unit(benchmark::kMicrosecond);

void BM_MilestonesOfOneRegion(benchmark::State &state)
{
    Store &store = countyStore();
    RecordFilter filter;
    filter.regionId = store.regions().byCode(QStringLiteral("330305"))->id;
    for (auto _ : state)
        benchmark::DoNotOptimize(store.milestones().all(filter)->size());
}
BENCHMARK(BM_MilestonesOfOneRegion)->Unit(benchmark::kMicrosecond);

void BM_AllMilestones(benchmark::State &state)
{
    Store &store = countyStore();
    for (auto _ : state)
        benchmark::DoNotOptimize(store.milestones().all()->size());
    state.counters["milestones"] = double(store.milestones().all()->size());
}
BENCHMARK(BM_AllMilestones)->Unit(benchmark::kMillisecond);

void BM_MilestoneTextSearch(benchmark::State &state)
{
    Store &store = countyStore();
    RecordFilter filter;
    filter.text = QStringLiteral("第7县");
    filter.fromYear = 2016;
    filter.toYear = 2020;
    for (auto _ : state)
        benchmark::DoNotOptimize(store.milestones().all(filter)->size());
}
BENCHMARK(BM_MilestoneTextSearch)->Unit(benchmark::kMillisecond);

void BM_ScoreEdit(benchmark::State &state)
{
    Store &store = countyStore();
    Assessment a = store.assessments().forRegion(store.regions().byCode(QStringLiteral("330305"))->id)->first();
    double value = 0;
    for (auto _ : state) {
        a.scores[Dimension::Mission] = value;
        value = value >= 10 ? 0 : value + 1;
        benchmark::DoNotOptimize(store.assessments().update(a).ok());
    }
}
BENCHMARK(BM_ScoreEdit)->Unit(benchmark::kMicrosecond);

// The data fingerprint that every output prints (issue 21 §10), once per
// command or report: the default database, then the county-scale one.
void BM_DataFingerprintDefault(benchmark::State &state)
{
    static QTemporaryDir dir;
    static auto store = openOrCreateSeeded(dir.filePath(QStringLiteral("default.tsdb")));
    for (auto _ : state)
        benchmark::DoNotOptimize(dataFingerprint(**store)->size());
}
BENCHMARK(BM_DataFingerprintDefault)->Unit(benchmark::kMillisecond);

void BM_DataFingerprintCounty(benchmark::State &state)
{
    Store &store = countyStore();
    for (auto _ : state)
        benchmark::DoNotOptimize(dataFingerprint(store)->size());
    state.counters["regions"] = double(store.regions().all()->size());
    state.counters["milestones"] = double(store.counts()->milestones);
}
BENCHMARK(BM_DataFingerprintCounty)->Unit(benchmark::kMillisecond);
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
