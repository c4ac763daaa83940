// The expert panel's arithmetic (issue 22): AHP weights and consistency for
// a 13 × 13 comparison matrix (the shipped scored indicators in one scope,
// the worst case a scope can be), the repair search that comes with an
// inconsistent one, and the group's weights of 30 experts by AIJ and AIP.
// Beside the frame budget (16.7 ms): the window's matrix editor recomputes
// on every edit, so each must fit well within one frame.

#include "analysis/Ahp.h"

#include <benchmark/benchmark.h>

#include <cmath>

using namespace triangle;

namespace {
// A matrix from weights w_i = 1/(i+1), each judgment rounded to Saaty's
// scale; `inconsistent` overturns every third judgment.
PairwiseMatrix matrix(int n, int seed, bool inconsistent)
{
    PairwiseMatrix m = PairwiseMatrix::identity(n);
    const QList<double> scale = saatyScale();
    for (int i = 0; i < n; ++i) {
        for (int j = i + 1; j < n; ++j) {
            const double ratio = double(j + 1 + seed % 3) / double(i + 1);
            double best = scale.first();
            for (double s : scale)
                if (std::abs(std::log(s) - std::log(ratio)) < std::abs(std::log(best) - std::log(ratio)))
                    best = s;
            if (inconsistent && (i + j + seed) % 3 == 0)
                best = 1.0 / best;
            m.set(i, j, best);
        }
    }
    return m;
}

void AhpConsistent13(benchmark::State &state)
{
    const PairwiseMatrix m = matrix(13, 0, false);
    for (auto _ : state)
        benchmark::DoNotOptimize(ahpWeights(m));
}
BENCHMARK(AhpConsistent13)->Unit(benchmark::kMicrosecond);

void AhpInconsistent13WithRepair(benchmark::State &state)
{
    const PairwiseMatrix m = matrix(13, 0, true);
    if (!ahpWeights(m).repair)
        state.SkipWithError("the matrix is not inconsistent enough to need a repair");
    for (auto _ : state)
        benchmark::DoNotOptimize(ahpWeights(m));
}
BENCHMARK(AhpInconsistent13WithRepair)->Unit(benchmark::kMicrosecond);

void GroupOf30ByAij(benchmark::State &state)
{
    QList<PairwiseMatrix> experts;
    for (int e = 0; e < 30; ++e)
        experts.append(matrix(13, e, e % 5 == 0));
    for (auto _ : state)
        benchmark::DoNotOptimize(ahpWeights(aggregateJudgments(experts)));
}
BENCHMARK(GroupOf30ByAij)->Unit(benchmark::kMicrosecond);

void GroupOf30ByAipWithEachExpertsCr(benchmark::State &state)
{
    QList<PairwiseMatrix> experts;
    for (int e = 0; e < 30; ++e)
        experts.append(matrix(13, e, e % 5 == 0));
    for (auto _ : state) {
        QList<QList<double>> priorities;
        for (const PairwiseMatrix &m : experts)
            priorities.append(ahpWeights(m).weights);
        benchmark::DoNotOptimize(aggregatePriorities(priorities));
    }
}
BENCHMARK(GroupOf30ByAipWithEachExpertsCr)->Unit(benchmark::kMicrosecond);
} // namespace

BENCHMARK_MAIN();
