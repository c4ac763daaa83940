#include "NoisyRaters.h"

#include "TestData.h"
#include "store/IndicatorRepository.h"
#include "store/IndicatorValueRepository.h"
#include "store/RaterRepository.h"

#include <algorithm>
#include <cmath>

namespace triangle::test {

namespace {
// Seven errors from −1.2 to 1.2 in steps of 0.4: mean 0, SD 0.8.
double error(int step) { return (step % 7 - 3) * 0.4; }
} // namespace

NoisyRatings addNoisyRaters(Store &store, const QList<Id> &regions, const QList<Id> &stages)
{
    NoisyRatings out;
    auto indicators = store.indicators().all();
    EXPECT_OK(indicators);
    if (indicators->isEmpty()) {
        for (Dimension d : AllDimensions) {
            for (int i = 0; i < 4; ++i) {
                Indicator indicator;
                indicator.key = QStringLiteral("%1-%2").arg(dimensionKey(d)).arg(i + 1);
                indicator.dimension = d;
                indicator.nameZh = indicator.key;
                indicator.sortOrder = i;
                indicator.rubric = {{0.0, QStringLiteral("无"), QStringLiteral("none"), {}, {}},
                                    {10.0, QStringLiteral("全"), QStringLiteral("all"), {}, {}}};
                EXPECT_OK(store.indicators().add(indicator));
            }
        }
        indicators = store.indicators().all();
    }
    for (const QString &key : {QStringLiteral("noisy-a"), QStringLiteral("noisy-b"), QStringLiteral("noisy-c")}) {
        auto id = store.raters().add({NoId, key, QStringLiteral("Noisy rater %1 (test)").arg(key.back()), {}, {}, {}, Language::Chinese});
        EXPECT_OK(id);
        out.raters.append(*id);
    }
    // One transaction: the views that follow the store reload once, not per value.
    EXPECT_OK(store.write([&]() -> Status {
        for (int s = 0; s < stages.size(); ++s) {
            const double stageMean = 2.0 + 3.0 * s;
            for (int r = 0; r < regions.size(); ++r) {
                auto existing = store.assessments().at(regions[r], stages[s]);
                EXPECT_OK(existing);
                if (!existing->has_value())
                    EXPECT_OK(store.assessments().add(makeAssessment(regions[r], stages[s], 5.0, 5.0, 5.0)));
                for (int i = 0; i < indicators->size(); ++i) {
                    const Indicator &indicator = (*indicators)[i];
                    // Items differ by up to half a point within a stage.
                    const double item = stageMean + ((i * 5 + r * 3) % 5 - 2) * 0.25;
                    ReliabilityUnit unit;
                    for (int k = 0; k < out.raters.size(); ++k) {
                        const double score = std::clamp(std::round((item + error(i * 3 + r * 5 + s * 2 + k * 4)) * 10.0) / 10.0, 0.0, 10.0);
                        EXPECT_OK(store.indicatorValues().add({NoId, regions[r], stages[s], indicator.id, out.raters[k], score, {}}));
                        unit.append(score);
                    }
                    out.units[stages[s]].append(unit);
                    out.unitsByDimension[stages[s]][indicator.dimension].append(unit);
                    out.pooled.append(unit);
                }
            }
        }
        return {};
    }));
    return out;
}

} // namespace triangle::test
