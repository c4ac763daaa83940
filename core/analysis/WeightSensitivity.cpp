#include "WeightSensitivity.h"

#include "GammaSampler.h"
#include "ScoreDerivation.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <random>
#include <vector>

namespace triangle {

namespace {
constexpr double MinusInfinity = -std::numeric_limits<double>::infinity();

// One indicator value of one region: which weight it takes, and the score.
struct Term
{
    std::size_t weight = 0; // index into the flat weight arrays
    double score = 0.0;
};

// One rater's terms of one dimension: a range of `terms`.
struct RaterRange
{
    std::size_t begin = 0;
    std::size_t end = 0;
};

// One region, ready for the inner loop: per dimension, one range of `terms`
// per rater; none means the fixed score applies.
struct RegionPlan
{
    PerDimension<std::vector<RaterRange>> raters;
    DimensionScores fixed;
};

// The weights of one draw, all dimensions in one flat array: `weight` scaled
// so the largest of its dimension is 1, `logWeight` its logarithm.
struct DrawWeights
{
    std::vector<double> weight;
    std::vector<double> logWeight;
};

bool usableWeight(double w)
{
    return std::isfinite(w) && w > 0.0;
}

// One rater's weighted mean over the indicators that rater scored.
double raterScore(std::size_t begin, std::size_t end, const std::vector<Term> &terms, const DrawWeights &w)
{
    double sum = 0.0;
    double weightSum = 0.0;
    for (std::size_t t = begin; t < end; ++t) {
        const double weight = w.weight[terms[t].weight];
        sum += weight * terms[t].score;
        weightSum += weight;
    }
    if (weightSum > 0.0)
        return sum / weightSum;

    // A small concentration can leave the region's indicators with weights
    // that vanish next to the dimension's largest one: rescale to the largest
    // of those present instead.
    double largest = MinusInfinity;
    for (std::size_t t = begin; t < end; ++t)
        largest = std::max(largest, w.logWeight[terms[t].weight]);
    sum = 0.0;
    weightSum = 0.0;
    for (std::size_t t = begin; t < end; ++t) {
        const double weight = std::exp(w.logWeight[terms[t].weight] - largest);
        sum += weight * terms[t].score;
        weightSum += weight;
    }
    return sum / weightSum;
}

// The dimension's score as the app derives and stores it: the raters' mean
// or median (the middle two averaged for an even count), on the 0.1 grid.
double dimensionScore(const RegionPlan &region, Dimension d, const std::vector<Term> &terms, const DrawWeights &w,
                      const SensitivityInput &input, std::vector<double> &scratch)
{
    const std::vector<RaterRange> &raters = region.raters[d];
    if (raters.empty())
        return region.fixed[d];
    scratch.clear();
    for (const RaterRange &r : raters)
        scratch.push_back(raterScore(r.begin, r.end, terms, w));
    double value = 0.0;
    if (input.aggregate == RaterAggregate::Median) {
        std::sort(scratch.begin(), scratch.end());
        const std::size_t middle = scratch.size() / 2;
        value = scratch.size() % 2 == 1 ? scratch[middle] : (scratch[middle - 1] + scratch[middle]) / 2.0;
    } else {
        for (double v : scratch)
            value += v;
        value /= double(scratch.size());
    }
    return input.onScoreGrid ? roundToScoreGrid(value) : value;
}

DimensionScores regionScores(const RegionPlan &region, const std::vector<Term> &terms, const DrawWeights &w,
                             const SensitivityInput &input, std::vector<double> &scratch)
{
    DimensionScores s;
    for (Dimension d : AllDimensions)
        s[d] = dimensionScore(region, d, terms, w, input, scratch);
    return s;
}

// Rank of each area (1 = largest; equal areas share the better rank), by
// one sort of the areas.
void rankAreas(const std::vector<double> &areas, std::vector<double> &sorted, std::vector<int> &ranks)
{
    sorted = areas; // same size: no allocation
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    for (std::size_t r = 0; r < areas.size(); ++r) {
        // The number of areas strictly larger, plus one.
        const auto larger = std::lower_bound(sorted.begin(), sorted.end(), areas[r], std::greater<>());
        ranks[r] = int(larger - sorted.begin()) + 1;
    }
}

// What the draws of one region add up to.
struct Tally
{
    int leadingChanges = 0;
    int formChanges = 0;
    int rankChanges = 0;
    int rankMin = std::numeric_limits<int>::max();
    int rankMax = 0;
    PerDimension<int> leaders;
    int noLeader = 0;
};

// What the draws are compared against, per region.
struct Baseline
{
    std::optional<Dimension> leading;
    FormResult form;
    int rank = 0;
};
} // namespace

SensitivityResult runWeightSensitivity(const SensitivityInput &input)
{
    // A concentration that is not a positive number admits no Dirichlet draws.
    const bool canDraw = std::isfinite(input.concentration) && input.concentration > 0.0;
    const int draws = canDraw ? std::max(0, input.draws) : 0;

    // The flat weight arrays: dimension d's indicators are offset[d] … offset[d] + count[d] − 1.
    PerDimension<std::size_t> offset;
    PerDimension<std::size_t> count;
    std::size_t weightCount = 0;
    for (Dimension d : AllDimensions) {
        offset[d] = weightCount;
        count[d] = std::size_t(input.weights[d].size());
        weightCount += count[d];
    }

    // The chosen weights, normalised per dimension, are the baseline and the
    // centre of the draws. A weight that is not positive keeps its indicator
    // out of the scores, like a missing value.
    DrawWeights chosen;
    chosen.weight.assign(weightCount, 0.0);
    chosen.logWeight.assign(weightCount, MinusInfinity);
    std::vector<GammaSampler::Shape> shapes(weightCount);
    for (Dimension d : AllDimensions) {
        double total = 0.0;
        for (double w : input.weights[d])
            total += usableWeight(w) ? w : 0.0;
        for (std::size_t i = 0; i < count[d]; ++i) {
            const double w = input.weights[d][qsizetype(i)];
            if (!usableWeight(w))
                continue;
            const std::size_t at = offset[d] + i;
            chosen.weight[at] = w / total;
            chosen.logWeight[at] = std::log(w / total);
            shapes[at] = GammaSampler::prepare(input.concentration * w / total);
        }
    }

    std::vector<Term> terms;
    std::vector<RegionPlan> plans;
    plans.reserve(std::size_t(input.regions.size()));
    for (const SensitivityRegion &region : input.regions) {
        RegionPlan plan;
        plan.fixed = region.fixedScores;
        for (Dimension d : AllDimensions) {
            for (const QList<std::optional<double>> &scores : region.raterScores[d]) {
                RaterRange range{terms.size(), terms.size()};
                // Scores past the last weight have no weight to take.
                const std::size_t n = std::min(std::size_t(scores.size()), count[d]);
                for (std::size_t i = 0; i < n; ++i) {
                    const std::optional<double> &score = scores[qsizetype(i)];
                    if (score && std::isfinite(*score) && usableWeight(input.weights[d][qsizetype(i)]))
                        terms.push_back({offset[d] + i, *score});
                }
                range.end = terms.size();
                if (range.end != range.begin) // a rater with no score here does not count
                    plan.raters[d].push_back(range);
            }
        }
        plans.push_back(std::move(plan));
    }

    const std::size_t regionCount = plans.size();
    std::vector<double> areas(regionCount);
    std::vector<double> sortedAreas(regionCount);
    std::vector<int> ranks(regionCount);

    SensitivityResult result;
    result.draws = draws;
    result.concentration = input.concentration;
    result.seed = input.seed;
    result.regions.resize(qsizetype(regionCount));
    std::vector<Baseline> baseline(regionCount);
    std::vector<double> scratch; // the raters' scores of one dimension, reused
    for (std::size_t r = 0; r < regionCount; ++r) {
        SensitivityRegionResult &out = result.regions[qsizetype(r)];
        const RegionPlan &plan = plans[r];
        out.regionId = input.regions[qsizetype(r)].regionId;
        out.weightsApply = std::any_of(AllDimensions.begin(), AllDimensions.end(),
                                       [&plan](Dimension d) { return !plan.raters[d].empty(); });
        out.baselineScores = regionScores(plan, terms, chosen, input, scratch);
        out.baselineLeading = leadingDimension(out.baselineScores);
        out.baselineForm = classifyForm(out.baselineScores);
        areas[r] = triangleArea(out.baselineScores);
    }
    rankAreas(areas, sortedAreas, ranks);
    for (std::size_t r = 0; r < regionCount; ++r) {
        SensitivityRegionResult &out = result.regions[qsizetype(r)];
        out.baselineRank = ranks[r];
        baseline[r] = {out.baselineLeading, out.baselineForm, out.baselineRank};
    }

    GammaSampler sampler(input.seed);
    DrawWeights drawn = chosen;
    std::vector<Tally> tallies(regionCount);
    for (int draw = 0; draw < draws; ++draw) {
        // Each dimension's weights independently: Gamma(κ·w_i, 1) per
        // indicator, normalised. Only ratios enter the scores, so scaling the
        // largest to 1 (in logs, against underflow) stands in for the sum.
        for (Dimension d : AllDimensions) {
            if (count[d] < 2)
                continue; // a lone indicator keeps weight 1
            const std::size_t begin = offset[d];
            const std::size_t end = begin + count[d];
            double largest = MinusInfinity;
            for (std::size_t i = begin; i < end; ++i) {
                if (chosen.logWeight[i] == MinusInfinity)
                    continue; // an unusable weight stays out
                drawn.logWeight[i] = sampler.logGamma(shapes[i]);
                largest = std::max(largest, drawn.logWeight[i]);
            }
            for (std::size_t i = begin; i < end; ++i) {
                if (chosen.logWeight[i] == MinusInfinity)
                    continue;
                drawn.logWeight[i] -= largest;
                drawn.weight[i] = std::exp(drawn.logWeight[i]);
            }
        }

        for (std::size_t r = 0; r < regionCount; ++r) {
            const DimensionScores s = regionScores(plans[r], terms, drawn, input, scratch);
            const std::optional<Dimension> leading = leadingDimension(s);
            Tally &tally = tallies[r];
            if (leading != baseline[r].leading)
                ++tally.leadingChanges;
            if (leading)
                ++tally.leaders[*leading];
            else
                ++tally.noLeader;
            if (classifyForm(s) != baseline[r].form)
                ++tally.formChanges;
            areas[r] = triangleArea(s);
        }
        rankAreas(areas, sortedAreas, ranks);
        for (std::size_t r = 0; r < regionCount; ++r) {
            Tally &tally = tallies[r];
            if (ranks[r] != baseline[r].rank)
                ++tally.rankChanges;
            tally.rankMin = std::min(tally.rankMin, ranks[r]);
            tally.rankMax = std::max(tally.rankMax, ranks[r]);
        }
    }

    for (std::size_t r = 0; r < regionCount; ++r) {
        SensitivityRegionResult &out = result.regions[qsizetype(r)];
        const Tally &tally = tallies[r];
        if (draws == 0) {
            out.rankMin = out.rankMax = out.baselineRank;
            continue;
        }
        const double n = double(draws);
        out.leadingChangeRate = tally.leadingChanges / n;
        out.formChangeRate = tally.formChanges / n;
        out.rankChangeRate = tally.rankChanges / n;
        out.rankMin = tally.rankMin;
        out.rankMax = tally.rankMax;
        for (Dimension d : AllDimensions)
            out.leadingShare[d] = tally.leaders[d] / n;
        out.noLeaderShare = tally.noLeader / n;
    }
    return result;
}

} // namespace triangle
