#pragma once
// One compiled Hyperscan block-mode database, shared by every rule set built from the same
// expressions. A reload that leaves the rules alone (a roster or threshold change) reuses the
// database the running snapshot holds instead of compiling it again: no second copy in memory
// while both snapshots live, and no second of compile time per reload.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

struct hs_database;

namespace aup {

struct CompiledDatabase {
  hs_database* db = nullptr;
  std::uint64_t generation = 0;  // distinguishes databases for the per-thread scratch
  CompiledDatabase() = default;
  CompiledDatabase(const CompiledDatabase&) = delete;
  CompiledDatabase& operator=(const CompiledDatabase&) = delete;
  ~CompiledDatabase();
};

struct DatabaseCompileError {
  std::string message;
  int expression = -1;  // index of the expression Hyperscan blamed, -1 for none
};

// Returns the database for these expressions, flags and ids: one cached from an earlier call with
// the same input (in use, or among the last few no longer used), or a fresh compile. nullptr and
// `error` on a compile error.
std::shared_ptr<const CompiledDatabase> compileDatabase(const std::vector<std::string>& expressions,
                                                        const std::vector<unsigned>& flags,
                                                        const std::vector<unsigned>& ids, DatabaseCompileError& error);

}  // namespace aup
