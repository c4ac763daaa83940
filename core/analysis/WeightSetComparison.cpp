#include "WeightSetComparison.h"

namespace triangle {

WeightSetComparison compareWeightSets(const SensitivityInput &base, const QList<PerDimension<QList<double>>> &weightsPerSet)
{
    WeightSetComparison out;
    for (const SensitivityRegion &r : base.regions) {
        WeightSetComparisonRegion region;
        region.regionId = r.regionId;
        out.regions.append(region);
    }
    for (const PerDimension<QList<double>> &weights : weightsPerSet) {
        SensitivityInput input = base;
        input.weights = weights;
        input.draws = 0; // the baseline alone: the scores under these weights
        const SensitivityResult result = runWeightSensitivity(input);
        for (qsizetype i = 0; i < result.regions.size(); ++i) {
            const SensitivityRegionResult &r = result.regions[i];
            WeightedReading reading;
            reading.scores = r.baselineScores;
            reading.form = r.baselineForm;
            reading.leading = r.baselineLeading;
            reading.rank = r.baselineRank;
            reading.area = triangleArea(r.baselineScores);
            out.regions[i].readings.append(reading);
            out.regions[i].weightsApply = r.weightsApply;
        }
    }
    for (WeightSetComparisonRegion &region : out.regions) {
        for (qsizetype s = 1; s < region.readings.size(); ++s) {
            const WeightedReading &first = region.readings.first();
            const WeightedReading &other = region.readings[s];
            region.rankChanges = region.rankChanges || other.rank != first.rank;
            region.formChanges = region.formChanges || other.form != first.form;
            region.leadingChanges = region.leadingChanges || other.leading != first.leading;
        }
    }
    return out;
}

} // namespace triangle
