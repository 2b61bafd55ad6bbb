#pragma once
// PgTestServer - a throw-away PostgreSQL 15 for tests: initdb and pg_ctl from Debian's
// postgresql-15 in a private temp dir, listening only on a unix socket in that dir (no TCP port,
// so parallel tests and a system cluster never collide); fsync off for tests, on for benchmarks.
// As root it runs the server as the `postgres` user (made by postgresql-common) or `nobody`:
// PostgreSQL refuses to run as root.
//
//   auto& server = PgTestServer::shared();        // started once per process
//   if (!server.available()) GTEST_SKIP() << server.why();
//   std::string dsn = server.createDatabase();    // a fresh, empty database per test

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>

#include <libpq-fe.h>

#include "tests/support/temp_dir.h"

namespace aup::test {

class PgTestServer {
 public:
  static constexpr const char* kBinDir = "/usr/lib/postgresql/15/bin";

  enum class Durability {
    Fast,   // fsync off: for tests, which never pull the plug
    Fsync,  // as in production: for benchmarks
  };

  static PgTestServer& shared() {
    static PgTestServer server(Durability::Fast);
    return server;
  }

  // Starts a server of its own (the shared one is for tests); skipped state as above.
  explicit PgTestServer(Durability durability) : fsync_(durability == Durability::Fsync ? "on" : "off") { start(); }
  PgTestServer(const PgTestServer&) = delete;
  PgTestServer& operator=(const PgTestServer&) = delete;

  bool available() const { return started_; }
  // Why the server is not available (binaries absent): the skip message.
  const std::string& why() const { return why_; }
  std::string socketDir() const { return dir_->path().string(); }
  // A libpq connection string for database `name`.
  std::string dsn(const std::string& name) const {
    return "host=" + socketDir() + " port=54329 user=aup dbname=" + name;
  }

  // Creates an empty database and returns its connection string.
  std::string createDatabase() {
    const std::string name = "t" + std::to_string(::getpid()) + "_" + std::to_string(++databases_);
    runSql("CREATE DATABASE " + name);
    return dsn(name);
  }

  // Runs one statement on the maintenance database; throws with the server's message.
  void runSql(const std::string& sql, const std::string& database = "postgres") {
    PGconn* conn = PQconnectdb(dsn(database).c_str());
    std::unique_ptr<PGconn, decltype(&PQfinish)> guard(conn, &PQfinish);
    if (PQstatus(conn) != CONNECTION_OK) throw std::runtime_error(PQerrorMessage(conn));
    PGresult* result = PQexec(conn, sql.c_str());
    const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK || PQresultStatus(result) == PGRES_TUPLES_OK;
    std::string error = PQresultErrorMessage(result);
    PQclear(result);
    if (!ok) throw std::runtime_error(sql + ": " + error);
  }

  // pg_ctl restart (fast shutdown: sessions are cut, as in a failover); true when it came back.
  bool restart() { return run(pgCtl("restart -m fast")) == 0; }

  ~PgTestServer() {
    if (started_) run(pgCtl("stop -m immediate"));
  }

 private:
  void start() {
    if (!std::filesystem::exists(std::string(kBinDir) + "/initdb") ||
        !std::filesystem::exists(std::string(kBinDir) + "/pg_ctl")) {
      why_ = std::string("PostgreSQL 15 server binaries not found in ") + kBinDir +
             " (apt-get install postgresql-15): the PostgreSQL half of the store contract is skipped";
      return;
    }
    dir_ = std::make_unique<TempDir>("aup-pg");
    if (::geteuid() == 0) {
      const passwd* user = ::getpwnam("postgres");
      if (user == nullptr) user = ::getpwnam("nobody");
      if (user == nullptr) throw std::runtime_error("running as root and neither postgres nor nobody exists");
      runAs_ = std::string("runuser -u ") + user->pw_name + " -- ";
      if (::chown(dir_->path().c_str(), user->pw_uid, user->pw_gid) != 0) throw std::runtime_error("chown temp dir");
    }
    const std::string data = dir_->path().string() + "/data";
    if (run(std::string(kBinDir) + "/initdb -D " + data + " -U aup --auth=trust -E UTF8 --locale=C.UTF-8 -N") != 0) {
      throw std::runtime_error("initdb failed (see its output above)");
    }
    if (run(pgCtl("start -w -t 60")) != 0) throw std::runtime_error("pg_ctl start failed (see " + logFile() + ")");
    started_ = true;
  }

  std::string logFile() const { return dir_->path().string() + "/server.log"; }

  std::string pgCtl(const std::string& action) const {
    return std::string(kBinDir) + "/pg_ctl -D " + dir_->path().string() + "/data -l " + logFile() +
           " -o \"-c listen_addresses='' -c unix_socket_directories='" + socketDir() +
           "' -p 54329 -c fsync=" + fsync_ + " -c max_connections=200\" " + action;
  }

  int run(const std::string& command) const {
    const std::string line = runAs_ + command + " >/dev/null";
    return std::system(line.c_str());
  }

  std::string fsync_;
  std::unique_ptr<TempDir> dir_;
  std::string runAs_;
  std::string why_;
  bool started_ = false;
  std::atomic<int> databases_{0};
};

}  // namespace aup::test
