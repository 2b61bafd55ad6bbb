#pragma once
// Deadline - the moment a piece of work must be finished by (the per-message time budget, one
// attachment's extraction time). A value: cheap to copy into loops and to test.
//
// Contract: loops over attacker-sized input (attachments, zip members, sheet cells, PDF pages)
// test expired() every so often and stop with what they have; the engine then reports the
// message as "not fully checked". Libraries that cannot be interrupted run where the deadline
// can still stop them: poppler in a child process killed at the deadline (pdf_text.h); libclamav
// inside one part is bounded by its own limits, not by this.

#include <algorithm>
#include <chrono>

namespace aup {

class Deadline {
 public:
  using Clock = std::chrono::steady_clock;

  // No limit at all (tests, tools that scan one file by hand).
  static Deadline never() { return Deadline(Clock::time_point::max()); }
  // `budget` from now.
  static Deadline after(Clock::duration budget) { return Deadline(Clock::now() + budget); }

  bool expired() const { return at_ != Clock::time_point::max() && Clock::now() >= at_; }
  Clock::time_point at() const { return at_; }
  // Whichever of the two comes first (a per-attachment limit inside the message's budget).
  Deadline earliest(Deadline other) const { return Deadline(std::min(at_, other.at_)); }

 private:
  explicit Deadline(Clock::time_point at) : at_(at) {}
  Clock::time_point at_;
};

}  // namespace aup
