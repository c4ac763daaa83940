// Every piece of work runs once, whatever the number of threads, and a
// caller hears how far it is while the work runs.

#include "analysis/ParallelFor.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

using namespace triangle;

TEST(ParallelForTest, EveryPieceRunsOnceAndWritesItsOwnResult)
{
    std::vector<std::atomic_int> calls(5000);
    std::vector<long long> squares(calls.size());
    parallelFor(int(calls.size()), [&](int i) {
        ++calls[std::size_t(i)];
        squares[std::size_t(i)] = 1LL * i * i;
    });
    for (std::size_t i = 0; i < calls.size(); ++i) {
        ASSERT_EQ(calls[i].load(), 1) << i;
        ASSERT_EQ(squares[i], 1LL * int(i) * int(i)) << i;
    }
}

TEST(ParallelForTest, NothingToDoCallsNothing)
{
    bool called = false;
    parallelFor(0, [&](int) { called = true; }, [&](int) { called = true; });
    EXPECT_FALSE(called);
}

TEST(ParallelForTest, ProgressIsToldOnTheCallingThreadWhileTheWorkRuns)
{
    const std::thread::id caller = std::this_thread::get_id();
    std::vector<int> told;
    bool elsewhere = false;
    // Each piece takes 5 ms, five times the interval: progress is told at least once.
    parallelFor(
        8, [](int) { std::this_thread::sleep_for(std::chrono::milliseconds(5)); },
        [&](int done) {
            told.push_back(done);
            elsewhere = elsewhere || std::this_thread::get_id() != caller;
        },
        1);
    ASSERT_FALSE(told.empty());
    EXPECT_FALSE(elsewhere);
    for (std::size_t i = 1; i < told.size(); ++i)
        EXPECT_LE(told[i - 1], told[i]) << "counts only grow";
    EXPECT_LE(told.back(), 8);
}
