#pragma once
// The wall clock in whole Unix seconds: what every stored timestamp (held items, notices, audit
// rows, schema migrations, tokens) is written in. Code that decides with time takes `now` as an
// argument; only the edges read the clock, through this.

#include <chrono>
#include <cstdint>

namespace aup {

inline std::int64_t nowSeconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

}  // namespace aup
