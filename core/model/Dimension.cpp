#include "Dimension.h"

#include "EnumKeys.h"

#include <cmath>

namespace triangle {

namespace {
constexpr EnumKeys<Dimension, DimensionCount> Keys({{
    {Dimension::Mission, "mission"},
    {Dimension::Political, "political"},
    {Dimension::Operational, "operational"},
}});
} // namespace

QString dimensionKey(Dimension d) { return Keys.key(d); }

std::optional<Dimension> dimensionFromKey(QStringView key) { return Keys.fromKey(key); }

QString acceptedDimensionKeys() { return Keys.acceptedKeys(); }

bool isValidScore(double score)
{
    if (!std::isfinite(score) || score < MinScore || score > MaxScore)
        return false;
    const double tenths = score * 10.0;
    return std::abs(tenths - std::round(tenths)) < 1e-6;
}

} // namespace triangle
