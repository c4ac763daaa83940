#pragma once

// How far Krippendorff's alpha could move with other units of the same kind:
// a percentile bootstrap interval over the units, the things rated (Hayes &
// Krippendorff 2007 resample pairs of values within units instead; see
// docs/method.md). Seeded, so the same units give the same interval on every machine.

#include "RaterAgreement.h"

#include <QString>

#include <optional>

namespace triangle {

inline constexpr int AlphaBootstrapResamples = 2000;
inline constexpr quint64 AlphaBootstrapSeed = 1;
inline constexpr double AlphaIntervalLevel = 0.95;
// Past this share of resamples in which alpha cannot be computed (every value
// alike), the rest would give a biased interval: none is given.
inline constexpr double AlphaBootstrapMaxUnusableShare = 0.05;

struct AlphaInterval
{
    // nullopt when no interval can be given; `reason` then says why.
    std::optional<double> low;
    std::optional<double> high;
    QString reason;    // empty when the bounds are set; translated
    int resamples = 0; // drawn
    int usable = 0;    // of those, the ones alpha could be computed for
    quint64 seed = 0;
};

// The central `AlphaIntervalLevel` interval of the interval-metric alpha over
// `resamples` samples of the pairable units (those with two values or more),
// each drawn with replacement, as many as there are, by std::mt19937_64
// seeded with `seed`. Needs at least two pairable units and a computable alpha.
AlphaInterval bootstrapAlphaInterval(const QList<ReliabilityUnit> &units, int resamples = AlphaBootstrapResamples,
                                     quint64 seed = AlphaBootstrapSeed);

} // namespace triangle
