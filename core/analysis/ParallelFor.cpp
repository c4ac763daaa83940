#include "ParallelFor.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace triangle {

void parallelFor(int count, const std::function<void(int)> &work, const std::function<void(int)> &progress,
                 int progressIntervalMs)
{
    if (count <= 0)
        return;
    std::atomic_int next{0};
    std::atomic_int done{0};
    std::mutex mutex;
    std::condition_variable finished;
    auto worker = [&] {
        for (int i = next++; i < count; i = next++) {
            work(i);
            if (++done == count) {
                const std::lock_guard lock(mutex);
                finished.notify_all();
            }
        }
    };
    const int threads = std::clamp(int(std::thread::hardware_concurrency()), 1, count);
    std::vector<std::jthread> pool;
    pool.reserve(std::size_t(threads));
    for (int t = 0; t < threads; ++t)
        pool.emplace_back(worker);
    std::unique_lock lock(mutex);
    while (!finished.wait_for(lock, std::chrono::milliseconds(progressIntervalMs), [&] { return done.load() == count; })) {
        if (progress) {
            lock.unlock();
            progress(done.load());
            lock.lock();
        }
    }
    // The jthreads join as the pool goes.
}

} // namespace triangle
