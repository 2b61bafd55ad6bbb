#pragma once
// PgConnection / PgPool - libpq at the quarantine's edge, every wait bounded.
//
// Each statement is sent asynchronously and waited for with poll() against a deadline, so a
// database that stops answering (host gone, server frozen, a lock held for ever) costs at most
// `timeout` and then a PgError; the connection is then dropped, never reused half-way through a
// reply. The server's statement_timeout is set to the same bound so it stops the work as well.
// synchronous_commit is left as the database administrator set it (on, remote_write,
// remote_apply with a standby) except `off`, which is raised to `on`: a commit we acknowledge
// with 250 must be on disk.
//
// Not thread-safe: one connection is used by one thread at a time (PgPool hands them out).

#include <libpq-fe.h>

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace aup {

// A failed, refused or timed-out database call. `sqlState` is PostgreSQL's SQLSTATE ("" when the
// connection itself failed).
class PgError : public std::runtime_error {
 public:
  PgError(const std::string& what, std::string sqlState = {}) : std::runtime_error(what), sqlState_(std::move(sqlState)) {}
  const std::string& sqlState() const { return sqlState_; }

 private:
  std::string sqlState_;
};

struct PgOptions {
  std::string dsn;                       // libpq connection string or URI
  std::string password;                  // "" = none (peer, certificate, ~/.pgpass)
  std::chrono::seconds timeout{10};      // connect, each statement, waiting for a pooled connection
  std::string applicationName = "aup-milter";
};

// One statement parameter: text, bytes (sent binary, for bytea) or NULL.
struct PgParam {
  std::string value;
  bool isNull = false;
  bool binary = false;
  static PgParam text(std::string v) { return {std::move(v), false, false}; }
  static PgParam integer(std::int64_t v) { return {std::to_string(v), false, false}; }
  static PgParam bytes(std::string v) { return {std::move(v), false, true}; }
  static PgParam textOrNull(std::string v) { return v.empty() ? PgParam{{}, true, false} : text(std::move(v)); }
};

class PgResult {
 public:
  explicit PgResult(PGresult* result) : result_(result, &PQclear) {}
  int rows() const { return PQntuples(result_.get()); }
  bool isNull(int row, int column) const { return PQgetisnull(result_.get(), row, column) != 0; }
  // The value as sent (text, or raw bytes for a binary result).
  std::string text(int row, int column) const;
  std::int64_t integer(int row, int column) const;
  bool boolean(int row, int column) const { return text(row, column) == "t"; }
  // Rows an INSERT, UPDATE or DELETE changed.
  std::int64_t affected() const;

 private:
  std::unique_ptr<PGresult, decltype(&PQclear)> result_;
};

class PgConnection {
 public:
  // Connects within options.timeout and prepares the session; throws PgError.
  explicit PgConnection(const PgOptions& options);
  ~PgConnection();
  PgConnection(const PgConnection&) = delete;
  PgConnection& operator=(const PgConnection&) = delete;

  // Runs one statement (or, without params, a script) within the deadline; `binaryResult` returns
  // values as raw bytes (bytea). Throws PgError.
  PgResult exec(std::string_view sql, const std::vector<PgParam>& params = {}, bool binaryResult = false);
  // Whether an idle connection is still open, without a round trip: a server that restarted or
  // ended the session has closed the socket, which then reads EOF.
  bool stillOpen();
  // True once a call failed in a way that leaves the session unusable (timeout, lost connection).
  bool broken() const { return broken_ || conn_ == nullptr || PQstatus(conn_) != CONNECTION_OK; }

 private:
  void waitForSocket(short events, std::chrono::steady_clock::time_point deadline);
  [[noreturn]] void failConnection(const std::string& what);

  PGconn* conn_ = nullptr;
  std::chrono::seconds timeout_;
  bool broken_ = false;
};

// BEGIN ... COMMIT, rolled back unless commit() was called.
class PgTransaction {
 public:
  explicit PgTransaction(PgConnection& connection);
  ~PgTransaction();
  PgTransaction(const PgTransaction&) = delete;
  PgTransaction& operator=(const PgTransaction&) = delete;
  void commit();

 private:
  PgConnection& connection_;
  bool done_ = false;
};

// A fixed number of connections shared by the milter's threads; made on first use and again after
// one broke, so a database restart costs the messages in flight (451) and nothing after it.
class PgPool {
 public:
  PgPool(PgOptions options, std::size_t size);
  ~PgPool();

  class Lease {
   public:
    Lease(PgPool& pool, std::unique_ptr<PgConnection> connection) : pool_(&pool), connection_(std::move(connection)) {}
    Lease(Lease&&) = default;
    ~Lease();
    PgConnection& operator*() { return *connection_; }
    PgConnection* operator->() { return connection_.get(); }

   private:
    PgPool* pool_;
    std::unique_ptr<PgConnection> connection_;
  };

  // A connection within options.timeout, or PgError. Idle connections the server has closed
  // (a restart, a failover) are dropped here, so a restart costs no held message a 451.
  // XXX a connection cut silently (a network partition) is found only by the next statement.
  Lease acquire();
  const PgOptions& options() const { return options_; }

 private:
  void giveBack(std::unique_ptr<PgConnection> connection);

  PgOptions options_;
  std::size_t size_;
  std::mutex mutex_;
  std::condition_variable freed_;
  std::vector<std::unique_ptr<PgConnection>> idle_;
  std::size_t lent_ = 0;
};

// The password in `file` (first line), "" for an empty path; throws when the file is unreadable,
// or readable by others (the same rule as the release key).
std::string readPasswordFile(const std::string& file);

}  // namespace aup
