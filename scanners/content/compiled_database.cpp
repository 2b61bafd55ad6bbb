#include "scanners/content/compiled_database.h"

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

struct Cache {
  std::mutex mutex;  // held across a compile: two loads of the same rules compile once
  std::map<std::string, std::weak_ptr<const CompiledDatabase>> entries;
};

Cache& cache() {
  static Cache* c = new Cache();  // never destroyed: rule sets may outlive static destruction
  return *c;
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
  for (auto it = c.entries.begin(); it != c.entries.end();) {  // forget databases nobody holds
    if (it->second.expired()) it = c.entries.erase(it);
    else ++it;
  }
  if (auto it = c.entries.find(key); it != c.entries.end())
    if (auto alive = it->second.lock()) return alive;

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
  c.entries[key] = compiled;
  return compiled;
}

}  // namespace aup
