// UserStore: argon2id hashes (never the password), verification, name and password rules.

#include <gtest/gtest.h>

#include "console/user_store.h"
#include "quarantine/sqlite_db.h"
#include "tests/support/temp_dir.h"

namespace aup::console {
namespace {

TEST(ConsoleUsers, StoresAnArgon2idHashNeverThePassword) {
  test::TempDir dir;
  const auto file = dir.path() / "users.db";
  UserStore users(file);  // the real (interactive) cost, once
  users.setUser("head", Role::Admin, "correct horse battery");
  SqliteDb db(file);
  SqliteStatement q(db, "SELECT hash FROM users WHERE name = 'head'");
  ASSERT_TRUE(q.step());
  EXPECT_TRUE(q.text(0).starts_with("$argon2id$"));
  EXPECT_EQ(q.text(0).find("correct horse"), std::string::npos);
  auto account = users.verify("head", "correct horse battery");
  ASSERT_TRUE(account.has_value());
  EXPECT_EQ(account->role, Role::Admin);
  EXPECT_FALSE(users.verify("head", "correct horse batterY").has_value());
  EXPECT_FALSE(users.verify("nobody", "correct horse battery").has_value());
}

TEST(ConsoleUsers, ANewPasswordOrRoleReplacesTheOld) {
  test::TempDir dir;
  UserStore users(dir.path() / "users.db", HashCost::TestOnlyMinimum);
  users.setUser("h", Role::Helpdesk, "first password 1");
  users.setUser("h", Role::Dsl, "second password 2");
  EXPECT_FALSE(users.verify("h", "first password 1").has_value());
  EXPECT_EQ(users.verify("h", "second password 2")->role, Role::Dsl);
  ASSERT_EQ(users.list().size(), 1u);
}

TEST(ConsoleUsers, BadNamesAndShortPasswordsAreRefused) {
  test::TempDir dir;
  UserStore users(dir.path() / "users.db", HashCost::TestOnlyMinimum);
  const std::vector<std::string> badNames = {"", "a b", "x'; DROP TABLE users; --", "../etc", std::string(65, 'a')};
  for (const auto& name : badNames) {
    EXPECT_THROW(users.setUser(name, Role::Admin, "long enough password"), std::invalid_argument) << name;
  }
  EXPECT_THROW(users.setUser("ok.name@school", Role::Admin, "short"), std::invalid_argument);
  EXPECT_NO_THROW(users.setUser("ok.name@school", Role::Admin, "long enough password"));
}

}  // namespace
}  // namespace aup::console
