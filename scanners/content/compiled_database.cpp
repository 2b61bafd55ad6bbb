#include "scanners/content/compiled_database.h"

#include <algorithm>
#include <atomic>
#include <map>
#include <mutex>

#include <hs/hs.h>

namespace aup {
namespace {

std::atomic<std::uint64_t> nextGeneration{1};

// The whole compile input as one string; equal keys compile to equal databases.
std::string cacheKey(const std::vector<std::string>& expressions, const std::vector<unsigned>& flags,
                     const std::vector<unsigned>& ids) {
  std::string key;
  for (std::size_t i = 0; i < expressions.size(); ++i) {
    key += std::to_string(ids[i]) + ':' + std::to_string(flags[i]) + ':' + std::to_string(expressions[i].size()) + ':';
    key += expressions[i];
  }
  return key;
}

// Databases nobody uses any more stay this many at most (newest kept): two rule sets of three
// stages. Back-to-back loads of the same rules (check-config then start, a reload that reverts an
// edit, test suites) then compile once, at the cost of keeping the previous rules' databases in
// memory until two other rule sets have been compiled.
constexpr std::size_t kUnusedKept = 6;

struct Entry {
  std::shared_ptr<const CompiledDatabase> database;
  std::uint64_t lastUsed = 0;  // a tick of the cache's own clock
};

struct Cache {
  std::mutex mutex;  // held across a compile: two loads of the same rules compile once
  std::map<std::string, Entry> entries;
  std::uint64_t tick = 0;
};

Cache& cache() {
  static Cache* c = new Cache();  // never destroyed: rule sets may outlive static destruction
  return *c;
}

// Drops the least recently used databases that only the cache holds, beyond kUnusedKept.
void evictUnused(Cache& c) {
  std::vector<std::map<std::string, Entry>::iterator> unused;
  for (auto it = c.entries.begin(); it != c.entries.end(); ++it)
    if (it->second.database.use_count() == 1) unused.push_back(it);
  if (unused.size() <= kUnusedKept) return;
  std::sort(unused.begin(), unused.end(), [](auto a, auto b) { return a->second.lastUsed < b->second.lastUsed; });
  for (std::size_t i = 0; i + kUnusedKept < unused.size(); ++i) c.entries.erase(unused[i]);
}

}  // namespace

CompiledDatabase::~CompiledDatabase() {
  if (db) hs_free_database(db);
}

std::shared_ptr<const CompiledDatabase> compileDatabase(const std::vector<std::string>& expressions,
                                                        const std::vector<unsigned>& flags,
                                                        const std::vector<unsigned>& ids, DatabaseCompileError& error) {
  std::string key = cacheKey(expressions, flags, ids);
  auto& c = cache();
  std::lock_guard lock(c.mutex);
  if (auto it = c.entries.find(key); it != c.entries.end()) {
    it->second.lastUsed = ++c.tick;
    return it->second.database;
  }

  std::vector<const char*> ptrs;
  for (const auto& e : expressions) ptrs.push_back(e.c_str());
  auto compiled = std::make_shared<CompiledDatabase>();
  hs_compile_error_t* err = nullptr;
  if (hs_compile_multi(ptrs.data(), flags.data(), ids.data(), static_cast<unsigned>(ptrs.size()), HS_MODE_BLOCK,
                       nullptr, &compiled->db, &err) != HS_SUCCESS) {
    error.message = err && err->message ? err->message : "Hyperscan compile failed";
    error.expression = err ? err->expression : -1;
    if (err) hs_free_compile_error(err);
    return nullptr;
  }
  compiled->generation = nextGeneration++;
  c.entries[key] = Entry{compiled, ++c.tick};
  evictUnused(c);
  return compiled;
}

}  // namespace aup
