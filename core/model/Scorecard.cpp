#include "Scorecard.h"

#include "EnumKeys.h"

#include <cmath>

namespace triangle {

namespace {
constexpr EnumKeys<IndicatorDirection, 2> DirectionKeys({{
    {IndicatorDirection::HigherIsBetter, "higher-better"},
    {IndicatorDirection::LowerIsBetter, "lower-better"},
}});

constexpr EnumKeys<RaterAggregate, 2> AggregateKeys({{
    {RaterAggregate::Mean, "mean"},
    {RaterAggregate::Median, "median"},
}});
} // namespace

QString indicatorDirectionKey(IndicatorDirection direction) { return DirectionKeys.key(direction); }
std::optional<IndicatorDirection> indicatorDirectionFromKey(QStringView key) { return DirectionKeys.fromKey(key); }
QString acceptedIndicatorDirectionKeys() { return DirectionKeys.acceptedKeys(); }

QString raterAggregateKey(RaterAggregate aggregate) { return AggregateKeys.key(aggregate); }
std::optional<RaterAggregate> raterAggregateFromKey(QStringView key) { return AggregateKeys.fromKey(key); }

const RubricLevel *rubricLevelAt(const Indicator &indicator, double score)
{
    for (const RubricLevel &level : indicator.rubric) {
        // Scores live on the 0.1 grid; compare in tenths.
        if (std::lround(level.score * 10.0) == std::lround(score * 10.0))
            return &level;
    }
    return nullptr;
}

} // namespace triangle
