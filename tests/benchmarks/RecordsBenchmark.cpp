// The milestone table with 100,000 milestones in scope: every county-level
// unit with 35 milestones each, the table's scope "All regions". What a user
// waits for: the table filling, a sort by a column, a keystroke of the text
// filter, and the table catching up after one milestone is edited elsewhere.
// Run: bench_records [--benchmark_repetitions=3]

#include "CountyScaleData.h"
#include "store/MilestoneRepository.h"
#include "widgets/records/TimelineRecordFilter.h"
#include "widgets/records/TimelineRecordModel.h"

#include <QApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace triangle;

namespace {
constexpr int MilestonesPerRegion = 35; // × 2,903 regions ≈ 100,000

Store &bigStore()
{
    static QTemporaryDir dir;
    static std::unique_ptr<Store> store =
        bench::makeCountyScaleDatabase(dir.filePath(QStringLiteral("records.tsdb")), MilestonesPerRegion);
    return *store;
}

void BM_MilestoneTableFill(benchmark::State &state)
{
    Store &store = bigStore();
    for (auto _ : state) {
        TimelineRecordModel model(Evidence::Kind::Milestone);
        TimelineRecordFilter filter;
        filter.setSourceModel(&model);
        filter.sort(TimelineRecordModel::DateColumn);
        model.setStore(&store);
        benchmark::DoNotOptimize(filter.rowCount());
        state.counters["rows"] = double(filter.rowCount());
    }
}
BENCHMARK(BM_MilestoneTableFill)->Unit(benchmark::kMillisecond);

void BM_MilestoneTableSortByTitle(benchmark::State &state)
{
    TimelineRecordModel model(Evidence::Kind::Milestone);
    model.setStore(&bigStore());
    TimelineRecordFilter filter;
    filter.setSourceModel(&model);
    filter.sort(TimelineRecordModel::DateColumn);
    Qt::SortOrder order = Qt::AscendingOrder;
    for (auto _ : state) {
        filter.sort(TimelineRecordModel::TitleColumn, order);
        order = order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
        benchmark::DoNotOptimize(filter.rowCount());
    }
}
BENCHMARK(BM_MilestoneTableSortByTitle)->Unit(benchmark::kMillisecond);

// One keystroke each: "3", "33", "330", then clearing the field.
void BM_MilestoneTableFilterKeystroke(benchmark::State &state)
{
    TimelineRecordModel model(Evidence::Kind::Milestone);
    model.setStore(&bigStore());
    TimelineRecordFilter filter;
    filter.setSourceModel(&model);
    filter.sort(TimelineRecordModel::DateColumn);
    const QStringList keystrokes = {QStringLiteral("3"), QStringLiteral("33"), QStringLiteral("330"), QString()};
    for (auto _ : state) {
        for (const QString &text : keystrokes) {
            filter.setText(text);
            benchmark::DoNotOptimize(filter.rowCount());
        }
    }
    state.counters["keystrokes"] = double(keystrokes.size());
}
BENCHMARK(BM_MilestoneTableFilterKeystroke)->Unit(benchmark::kMillisecond);

// Another part of the app changes one milestone's title: the table (sorted
// by date) catches up.
void BM_MilestoneTableAfterOneEdit(benchmark::State &state)
{
    Store &store = bigStore();
    TimelineRecordModel model(Evidence::Kind::Milestone);
    model.setStore(&store);
    TimelineRecordFilter filter;
    filter.setSourceModel(&model);
    filter.sort(TimelineRecordModel::DateColumn);
    Milestone edited = *model.milestoneAt(model.rowCount() / 2);
    int n = 0;
    for (auto _ : state) {
        edited.titleZh = QStringLiteral("编辑 %1").arg(++n);
        benchmark::DoNotOptimize(store.milestones().update(edited).ok());
        benchmark::DoNotOptimize(filter.rowCount());
    }
}
BENCHMARK(BM_MilestoneTableAfterOneEdit)->Unit(benchmark::kMillisecond);
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
