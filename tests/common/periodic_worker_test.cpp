#include "common/periodic_worker.h"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>

namespace aup {
namespace {

using namespace std::chrono_literals;

// Waits for a condition (not a timing assertion): up to 10 s.
template <typename Condition>
bool eventually(Condition condition) {
  for (int i = 0; i < 1000; ++i) {
    if (condition()) return true;
    std::this_thread::sleep_for(10ms);
  }
  return condition();
}

TEST(PeriodicWorker, RunsAgainAfterTheSleepTheJobAsksFor) {
  std::atomic<int> runs{0};
  PeriodicWorker worker("test", [&] {
    ++runs;
    return 1ms;
  });
  worker.start(0ms);
  EXPECT_TRUE(eventually([&] { return runs >= 3; }));
}

TEST(PeriodicWorker, WakeRunsTheJobBeforeALongSleepEnds) {
  std::atomic<int> runs{0};
  PeriodicWorker worker("test", [&] {
    ++runs;
    return std::chrono::milliseconds(1h);
  });
  worker.start(std::chrono::milliseconds(1h));
  EXPECT_EQ(runs, 0);
  worker.wake();
  EXPECT_TRUE(eventually([&] { return runs == 1; }));
}

TEST(PeriodicWorker, StopEndsALongSleepAtOnce) {
  PeriodicWorker worker("test", [] { return std::chrono::milliseconds(1h); });
  worker.start(std::chrono::milliseconds(1h));
  EXPECT_TRUE(worker.running());
  worker.stop();  // would hang the test for an hour if the sleep were not woken
  EXPECT_FALSE(worker.running());
  worker.stop();  // idempotent
}

TEST(PeriodicWorker, AThrowingJobIsLoggedAndRunsAgain) {
  std::atomic<int> runs{0};
  PeriodicWorker worker("test", [&]() -> std::chrono::milliseconds {
    ++runs;
    throw std::runtime_error("roster unreadable");
  });
  worker.start(1ms);
  EXPECT_TRUE(eventually([&] { return runs >= 2; })) << "the worker must survive its job's exception";
}

TEST(PeriodicWorker, AForkedChildStartsItsOwnThreadAndDestroysTheInheritedOneSafely) {
  std::atomic<int> runs{0};
  PeriodicWorker worker("test", [&] {
    ++runs;
    return std::chrono::milliseconds(1h);
  });
  worker.start(0ms);
  // Fork only while the thread sleeps (it holds no lock then), as daemon(3) forks an idle process:
  // a fork while another thread is inside the allocator can deadlock the child under ASan.
  ASSERT_TRUE(eventually([&] { return runs == 1; }));
  std::this_thread::sleep_for(50ms);
  pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    // The parent's thread is not here: running() says so, start() makes a new one, and stop()
    // must not try to join the inherited handle.
    bool ok = !worker.running();
    worker.start(0ms);
    ok = ok && eventually([&] { return runs == 2; });
    worker.stop();
    ::_exit(ok ? 0 : 1);
  }
  int status = 0;
  ASSERT_EQ(::waitpid(child, &status, 0), child);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  EXPECT_EQ(runs, 1) << "the child's runs are its own";
}

}  // namespace
}  // namespace aup
