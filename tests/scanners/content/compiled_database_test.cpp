#include "scanners/content/compiled_database.h"

#include <gtest/gtest.h>

namespace aup {
namespace {

const std::vector<std::string> kExpressions = {"forward this", "ten people"};
const std::vector<unsigned> kFlags = {0, 0};
const std::vector<unsigned> kIds = {0, 1};

TEST(CompiledDatabase, TheSameRulesShareOneDatabaseWhileItIsHeld) {
  DatabaseCompileError error;
  auto first = compileDatabase(kExpressions, kFlags, kIds, error);
  ASSERT_TRUE(first) << error.message;
  auto second = compileDatabase(kExpressions, kFlags, kIds, error);
  EXPECT_EQ(first.get(), second.get());
}

TEST(CompiledDatabase, AnyDifferenceInTheInputCompilesAgain) {
  DatabaseCompileError error;
  auto base = compileDatabase(kExpressions, kFlags, kIds, error);
  auto otherIds = compileDatabase(kExpressions, kFlags, {0, 2}, error);
  auto otherFlags = compileDatabase(kExpressions, {0, 1}, kIds, error);
  auto otherText = compileDatabase({"forward this", "ten persons"}, kFlags, kIds, error);
  // Expressions that concatenate to the same bytes must not collide.
  auto split = compileDatabase({"forward thi", "sten people"}, kFlags, kIds, error);
  for (const auto& other : {otherIds, otherFlags, otherText, split}) {
    ASSERT_TRUE(other);
    EXPECT_NE(other.get(), base.get());
    EXPECT_NE(other->generation, base->generation);
  }
}

TEST(CompiledDatabase, ADatabaseNobodyHoldsIsKeptForTheNextLoad) {
  DatabaseCompileError error;
  auto first = compileDatabase({"chain letter"}, {0}, {0}, error);
  ASSERT_TRUE(first);
  auto generation = first->generation;
  first.reset();
  auto again = compileDatabase({"chain letter"}, {0}, {0}, error);
  ASSERT_TRUE(again);
  EXPECT_EQ(again->generation, generation) << "reused, not compiled again";
}

TEST(CompiledDatabase, OnlyAFewUnusedDatabasesAreKept) {
  DatabaseCompileError error;
  auto oldest = compileDatabase({"the first rules"}, {0}, {0}, error);
  ASSERT_TRUE(oldest);
  auto generation = oldest->generation;
  oldest.reset();
  for (int i = 0; i < 10; ++i) ASSERT_TRUE(compileDatabase({"other rules " + std::to_string(i)}, {0}, {0}, error));
  auto again = compileDatabase({"the first rules"}, {0}, {0}, error);
  ASSERT_TRUE(again);
  EXPECT_NE(again->generation, generation) << "pushed out by newer unused databases, so compiled afresh";
}

TEST(CompiledDatabase, ADatabaseInUseIsNeverDropped) {
  DatabaseCompileError error;
  auto held = compileDatabase({"rules a snapshot uses"}, {0}, {0}, error);
  ASSERT_TRUE(held);
  for (int i = 0; i < 10; ++i) ASSERT_TRUE(compileDatabase({"more rules " + std::to_string(i)}, {0}, {0}, error));
  auto again = compileDatabase({"rules a snapshot uses"}, {0}, {0}, error);
  EXPECT_EQ(again.get(), held.get());
}

TEST(CompiledDatabase, ACompileErrorNamesTheExpression) {
  DatabaseCompileError error;
  EXPECT_FALSE(compileDatabase({"fine", "broken("}, {0, 0}, {0, 1}, error));
  EXPECT_EQ(error.expression, 1);
  EXPECT_FALSE(error.message.empty());
}

}  // namespace
}  // namespace aup
