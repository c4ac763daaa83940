#pragma once

// Runs independent pieces of work on every core: the findings of thousands
// of regions, each drawn from its own seed, so the result does not depend on
// which thread ran which piece or in what order.

#include <functional>

namespace triangle {

// Calls work(i) for every i in [0, count), on up to as many threads as the
// machine has cores. `progress(done)` is called on the calling thread every
// `progressIntervalMs` while the work runs (never for work done sooner), and
// `work` must not touch anything another piece touches.
void parallelFor(int count, const std::function<void(int)> &work, const std::function<void(int done)> &progress = {},
                 int progressIntervalMs = 2000);

} // namespace triangle
