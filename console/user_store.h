#pragma once
// UserStore - the console's local accounts: name, role and an argon2id hash (libsodium
// crypto_pwhash_str, interactive limits) in a small SQLite file (console.users_file). Written by
// `aupctl console add-user`, read by aup-console. Passwords never leave this file's functions.

#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "console/roles.h"

namespace aup {
class SqliteDb;
}

namespace aup::console {

struct Account {
  std::string name;
  Role role = Role::Auditor;
};

// Names: 1-64 of [A-Za-z0-9._@-]; passwords: 12-1024 bytes. std::invalid_argument otherwise.
void requireValidUserName(const std::string& name);
void requireAcceptablePassword(const std::string& password);

enum class HashCost {
  Interactive,      // libsodium's interactive limits (64 MiB, about a second): every real account
  TestOnlyMinimum,  // the smallest argon2id limits, so unit tests with many sign-ins stay fast
};

class UserStore {
 public:
  // Opens (creating, mode 0660) the accounts file; throws std::runtime_error when it cannot.
  explicit UserStore(const std::filesystem::path& file, HashCost cost = HashCost::Interactive);
  ~UserStore();

  // Adds or replaces the account (a new password or role for an existing name).
  void setUser(const std::string& name, Role role, const std::string& password);
  // The account when the password matches; nullopt otherwise (unknown names cost the same time).
  std::optional<Account> verify(const std::string& name, const std::string& password);
  std::vector<Account> list();

 private:
  HashCost cost_;
  std::string decoyHash_;  // verified for unknown names, so they cost the same time as known ones
  std::mutex mutex_;
  std::unique_ptr<SqliteDb> db_;
};

}  // namespace aup::console
