// How the store and the navigator behave at county scale (~2,900 regions,
// ~14,500 milestones). Run: bench_store [--benchmark_repetitions=5]

#include "CountyScaleData.h"
#include "widgets/RegionTreeModel.h"

#include <QApplication>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>

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
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterRole(RegionTreeModel::SearchTextRole);
    proxy.setRecursiveFilteringEnabled(true);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    const QStringList keystrokes = {QStringLiteral("浙"), QStringLiteral("浙江"), QStringLiteral("浙江省第3"),
                                    QStringLiteral("zhejiang city 3"), QStringLiteral("3303")};
    for (auto _ : state) {
        for (const QString &text : keystrokes) {
            proxy.setFilterFixedString(text);
            benchmark::DoNotOptimize(proxy.rowCount());
        }
        proxy.setFilterFixedString(QString());
    }
    state.counters["keystrokes"] = double(keystrokes.size());
}
BENCHMARK(BM_NavigatorFilterAsYouType)->Unit(benchmark::kMillisecond);

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
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
