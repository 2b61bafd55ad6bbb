#pragma once
// SqliteDb / SqliteStatement - minimal RAII over the SQLite C API for the quarantine database.
// Errors throw std::runtime_error with SQLite's message.

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace aup {

class SqliteDb {
 public:
  // Opens (creating) the database in WAL mode with synchronous=FULL and a busy timeout, so a
  // committed row survives power loss and several processes can write.
  explicit SqliteDb(const std::filesystem::path& file, int busyTimeoutMs = 10000);
  ~SqliteDb();
  SqliteDb(const SqliteDb&) = delete;
  SqliteDb& operator=(const SqliteDb&) = delete;

  void exec(std::string_view sql);
  sqlite3* handle() const { return db_; }
  std::int64_t changes() const;
  std::int64_t lastInsertId() const;  // rowid of the last INSERT on this connection

 private:
  sqlite3* db_ = nullptr;
};

class SqliteStatement {
 public:
  SqliteStatement(SqliteDb& db, std::string_view sql);
  ~SqliteStatement();
  SqliteStatement(const SqliteStatement&) = delete;
  SqliteStatement& operator=(const SqliteStatement&) = delete;

  // Binds 1-based parameters.
  SqliteStatement& bind(int index, std::string_view text);
  SqliteStatement& bind(int index, std::int64_t value);
  SqliteStatement& bindNull(int index);
  // Steps once: true while a row is available, false when done.
  bool step();
  std::string text(int column) const;
  std::int64_t integer(int column) const;

 private:
  SqliteDb& db_;
  sqlite3_stmt* stmt_ = nullptr;
};

// BEGIN IMMEDIATE ... COMMIT, rolled back unless commit() was called.
class SqliteTransaction {
 public:
  explicit SqliteTransaction(SqliteDb& db);
  ~SqliteTransaction();
  SqliteTransaction(const SqliteTransaction&) = delete;
  SqliteTransaction& operator=(const SqliteTransaction&) = delete;
  void commit();

 private:
  SqliteDb& db_;
  bool done_ = false;
};

}  // namespace aup
