#pragma once
// TextBuilder - the text of one attachment as it is built, under a byte budget and a deadline.
// Extractors append through it and stop walking once stopped() says so: a sheet that repeats a
// 1 MB shared string in 10,000 cells costs the budget (max_text_size), never 10 GB, and a
// document that takes too long stops with the text read so far.

#include <cstddef>
#include <string>
#include <string_view>

#include "engine/deadline.h"

namespace aup {

class TextBuilder {
 public:
  TextBuilder(std::size_t maxBytes, Deadline deadline) : max_(maxBytes), deadline_(deadline) {}

  // Appends as much of `s` as the budget allows, cut on a UTF-8 boundary.
  void append(std::string_view s);
  void append(char c) { append(std::string_view(&c, 1)); }
  // True once the budget is spent or the deadline has passed. Walks ask at every node, so the
  // clock is read only every kClockEvery calls.
  bool stopped();
  // True when the text is incomplete (budget spent, deadline passed, or markTruncated()).
  bool truncated() const { return !why_.empty(); }
  // Records that the extractor itself left something out ("only the first 500 pages").
  void markTruncated(std::string why);
  // Records that the budget was spent where this builder could not see it (a PDF reader process
  // stopped at max_text_size): stopped, with the same reason append() gives.
  void markFull();
  // Why the text is incomplete ("" when it is not).
  const std::string& why() const { return why_; }
  std::size_t size() const { return text_.size(); }
  std::string take() { return std::move(text_); }

 private:
  static constexpr unsigned kClockEvery = 256;
  std::string text_;
  std::size_t max_;
  Deadline deadline_;
  unsigned calls_ = 0;
  bool full_ = false, late_ = false;
  std::string why_;
};

}  // namespace aup
