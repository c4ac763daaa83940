// How long the weight sensitivity run takes at the size the workspace uses:
// the 31 provinces, 4–5 indicators per dimension, 10,000 draws; the spec's
// budget is 1 s. Run: bench_sensitivity [--benchmark_repetitions=5]

#include "analysis/WeightSensitivity.h"

#include <benchmark/benchmark.h>

#include <cmath>
#include <random>

using namespace triangle;

namespace {
// Generated, not real: scores on the 0.1 grid, about one value in twenty
// missing, weights of 1–3 per indicator. Seeded, so every run times the
// same work.
SensitivityInput provinceScaleInput()
{
    std::mt19937_64 engine(20261127);
    std::uniform_int_distribution<int> tenths(0, 100);
    std::uniform_int_distribution<int> weight(1, 3);
    std::bernoulli_distribution missing(0.05);

    SensitivityInput input;
    const std::array<int, DimensionCount> indicators{5, 4, 5};
    for (Dimension d : AllDimensions) {
        for (int i = 0; i < indicators[std::size_t(index(d))]; ++i)
            input.weights[d].append(double(weight(engine)));
    }
    for (int r = 0; r < 31; ++r) {
        SensitivityRegion region;
        region.regionId = r + 1;
        for (Dimension d : AllDimensions) {
            region.raterScores[d].resize(1); // one rater
            for (int i = 0; i < indicators[std::size_t(index(d))]; ++i) {
                if (missing(engine))
                    region.raterScores[d][0].append(std::nullopt);
                else
                    region.raterScores[d][0].append(tenths(engine) / 10.0);
            }
        }
        input.regions.append(region);
    }
    input.concentration = 50.0;
    input.draws = 10000;
    input.seed = 1;
    return input;
}

void BM_WeightSensitivity_31Regions_10000Draws(benchmark::State &state)
{
    const SensitivityInput input = provinceScaleInput();
    double changed = 0.0;
    for (auto _ : state) {
        const SensitivityResult result = runWeightSensitivity(input);
        changed = 0.0;
        for (const SensitivityRegionResult &region : result.regions)
            changed += region.rankChangeRate;
        benchmark::DoNotOptimize(changed);
    }
    state.counters["regions"] = double(input.regions.size());
    state.counters["draws"] = double(input.draws);
    // Mean share of draws that move a region's rank: shows the work is real.
    state.counters["mean_rank_change"] = changed / double(input.regions.size());
}
BENCHMARK(BM_WeightSensitivity_31Regions_10000Draws)->Unit(benchmark::kMillisecond);
} // namespace

BENCHMARK_MAIN();
