#include "console/user_store.h"

#include <sodium.h>
#include <sys/stat.h>

#include <stdexcept>

#include "quarantine/sqlite_db.h"

namespace aup::console {

namespace {

void ensureSodium() {
  static const bool ready = sodium_init() >= 0;
  if (!ready) throw std::runtime_error("libsodium could not be initialised");
}

std::string hashPassword(const std::string& password, HashCost cost) {
  ensureSodium();
  const bool minimum = cost == HashCost::TestOnlyMinimum;
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(out, password.data(), password.size(),
                            minimum ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE,
                            minimum ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE,
                            crypto_pwhash_ALG_ARGON2ID13) != 0) {
    throw std::runtime_error("out of memory hashing the password");
  }
  return out;
}

std::string randomPassword() {
  unsigned char random[16];
  randombytes_buf(random, sizeof random);
  return std::string(reinterpret_cast<char*>(random), sizeof random);
}

}  // namespace

void requireValidUserName(const std::string& name) {
  bool ok = !name.empty() && name.size() <= 64;
  for (char c : name) {
    ok = ok && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
                c == '@' || c == '-');
  }
  if (!ok) throw std::invalid_argument("a user name is 1 to 64 letters, digits and . _ @ -");
}

void requireAcceptablePassword(const std::string& password) {
  if (password.size() < 12 || password.size() > 1024) {
    throw std::invalid_argument("a password has 12 to 1024 characters");
  }
}

UserStore::UserStore(const std::filesystem::path& file, HashCost cost) : cost_(cost) {
  ensureSodium();
  decoyHash_ = hashPassword(randomPassword(), cost_);
  db_ = std::make_unique<SqliteDb>(file);
  db_->exec("CREATE TABLE IF NOT EXISTS users(name TEXT PRIMARY KEY, role TEXT NOT NULL, hash TEXT NOT NULL)");
  // 0660, like quarantine.db: hashes stay within the admin group, and SQLite's WAL needs group
  // write access for aup-console (another user of the group) to read the file aupctl made.
  ::chmod(file.c_str(), 0660);
}

UserStore::~UserStore() = default;

void UserStore::setUser(const std::string& name, Role role, const std::string& password) {
  requireValidUserName(name);
  requireAcceptablePassword(password);
  const std::string hash = hashPassword(password, cost_);
  std::lock_guard lock(mutex_);
  SqliteStatement q(*db_, "INSERT OR REPLACE INTO users(name, role, hash) VALUES(?,?,?)");
  q.bind(1, name).bind(2, toString(role)).bind(3, hash);
  q.step();
}

std::optional<Account> UserStore::verify(const std::string& name, const std::string& password) {
  std::string hash, role;
  {
    std::lock_guard lock(mutex_);
    SqliteStatement q(*db_, "SELECT hash, role FROM users WHERE name = ?");
    q.bind(1, name);
    if (q.step()) {
      hash = q.text(0);
      role = q.text(1);
    }
  }
  const bool known = !hash.empty();
  const std::string& check = known ? hash : decoyHash_;
  const bool match = crypto_pwhash_str_verify(check.c_str(), password.data(), password.size()) == 0;
  auto parsed = parseRole(role);
  if (!known || !match || !parsed) return std::nullopt;
  return Account{name, *parsed};
}

std::vector<Account> UserStore::list() {
  std::lock_guard lock(mutex_);
  SqliteStatement q(*db_, "SELECT name, role FROM users ORDER BY name");
  std::vector<Account> out;
  while (q.step()) {
    if (auto role = parseRole(q.text(1))) out.push_back({q.text(0), *role});
  }
  return out;
}

}  // namespace aup::console
