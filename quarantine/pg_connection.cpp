#include "quarantine/pg_connection.h"

#include <poll.h>
#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <fstream>

namespace aup {

namespace {

std::string trimmedError(const char* message) {
  std::string text = message != nullptr ? message : "unknown error";
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return text;
}

}  // namespace

std::string PgResult::text(int row, int column) const {
  const char* value = PQgetvalue(result_.get(), row, column);
  return std::string(value, static_cast<std::size_t>(PQgetlength(result_.get(), row, column)));
}

std::int64_t PgResult::integer(int row, int column) const {
  if (isNull(row, column)) return 0;
  return std::stoll(text(row, column));
}

std::int64_t PgResult::affected() const {
  const char* count = PQcmdTuples(result_.get());
  return count == nullptr || *count == '\0' ? 0 : std::stoll(count);
}

PgConnection::PgConnection(const PgOptions& options) : timeout_(options.timeout) {
  // libpq's connect_timeout bounds each address it tries; tcp_user_timeout bounds unacknowledged
  // writes on a connection whose peer vanished.
  const std::string connectTimeout = std::to_string(std::max<std::int64_t>(2, timeout_.count()));
  const std::string userTimeout = std::to_string(timeout_.count() * 1000);
  const char* keys[] = {"dbname", "password", "connect_timeout", "tcp_user_timeout", "application_name", nullptr};
  const char* values[] = {options.dsn.c_str(), options.password.empty() ? nullptr : options.password.c_str(),
                          connectTimeout.c_str(), userTimeout.c_str(), options.applicationName.c_str(), nullptr};
  conn_ = PQconnectdbParams(keys, values, 1);  // 1: dbname may be a whole connection string
  if (conn_ == nullptr) throw PgError("PostgreSQL: out of memory");
  if (PQstatus(conn_) != CONNECTION_OK) {
    std::string message = trimmedError(PQerrorMessage(conn_));
    PQfinish(conn_);
    conn_ = nullptr;
    throw PgError("cannot connect to PostgreSQL: " + message);
  }
  // Non-blocking: a large message is buffered and flushed under the deadline, never written
  // with a blocking send to a server that stopped reading.
  if (PQsetnonblocking(conn_, 1) != 0) {
    PQfinish(conn_);
    conn_ = nullptr;
    throw PgError("PostgreSQL: cannot make the connection non-blocking");
  }
  try {
    exec("SET client_min_messages = warning");  // no NOTICE chatter on stderr
    const std::string timeoutMs = std::to_string(timeout_.count() * 1000);
    exec("SET statement_timeout = " + timeoutMs);
    exec("SET lock_timeout = " + timeoutMs);
    // A gateway frozen inside a transaction must not hold its row locks for ever.
    exec("SET idle_in_transaction_session_timeout = " + std::to_string(timeout_.count() * 6000));
    if (exec("SHOW synchronous_commit").text(0, 0) == "off") exec("SET synchronous_commit = on");
  } catch (...) {
    PQfinish(conn_);
    conn_ = nullptr;
    throw;
  }
}

PgConnection::~PgConnection() {
  if (conn_ != nullptr) PQfinish(conn_);
}

bool PgConnection::stillOpen() {
  if (broken()) return false;
  // An idle session is sent nothing (no LISTEN here): anything to read is the server's goodbye
  // (FATAL: terminating connection ...) or EOF. Reconnecting costs less than finding out.
  pollfd fd{PQsocket(conn_), POLLIN, 0};
  if (::poll(&fd, 1, 0) != 0) broken_ = true;
  return !broken();
}

void PgConnection::failConnection(const std::string& what) {
  broken_ = true;
  throw PgError("PostgreSQL: " + what);
}

void PgConnection::waitForSocket(short events, std::chrono::steady_clock::time_point deadline) {
  for (;;) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      failConnection("no answer within " + std::to_string(timeout_.count()) + "s (quarantine.db_timeout)");
    }
    pollfd fd{PQsocket(conn_), events, 0};
    int ready = ::poll(&fd, 1, static_cast<int>(left.count()));
    if (ready > 0) return;
    if (ready < 0 && errno != EINTR) failConnection(std::string("poll: ") + std::strerror(errno));
  }
}

PgResult PgConnection::exec(std::string_view sql, const std::vector<PgParam>& params, bool binaryResult) {
  if (broken()) throw PgError("PostgreSQL: the connection was lost");
  const std::string query(sql);
  std::vector<const char*> values;
  std::vector<int> lengths;
  std::vector<int> formats;
  for (const auto& p : params) {
    values.push_back(p.isNull ? nullptr : p.value.data());
    lengths.push_back(static_cast<int>(p.value.size()));
    formats.push_back(p.binary ? 1 : 0);
  }
  const auto deadline = std::chrono::steady_clock::now() + timeout_;
  // Without parameters the simple protocol, which also runs a script of several statements.
  const int sent = params.empty() && !binaryResult
                       ? PQsendQuery(conn_, query.c_str())
                       : PQsendQueryParams(conn_, query.c_str(), static_cast<int>(params.size()), nullptr, values.data(),
                                           lengths.data(), formats.data(), binaryResult ? 1 : 0);
  if (sent == 0) {
    failConnection(trimmedError(PQerrorMessage(conn_)));
  }
  for (int flushed = PQflush(conn_); flushed != 0; flushed = PQflush(conn_)) {
    if (flushed < 0) failConnection(trimmedError(PQerrorMessage(conn_)));
    waitForSocket(POLLIN | POLLOUT, deadline);
    if (PQconsumeInput(conn_) == 0) failConnection(trimmedError(PQerrorMessage(conn_)));
  }
  PGresult* kept = nullptr;  // the last result of a script; an error result wins over later ones
  for (;;) {
    while (PQisBusy(conn_) != 0) {
      waitForSocket(POLLIN, deadline);
      if (PQconsumeInput(conn_) == 0) {
        PQclear(kept);
        failConnection(trimmedError(PQerrorMessage(conn_)));
      }
    }
    PGresult* next = PQgetResult(conn_);
    if (next == nullptr) break;
    if (kept != nullptr && PQresultStatus(kept) == PGRES_FATAL_ERROR) {
      PQclear(next);
    } else {
      PQclear(kept);
      kept = next;
    }
  }
  if (kept == nullptr) failConnection(trimmedError(PQerrorMessage(conn_)));
  PgResult result(kept);
  ExecStatusType status = PQresultStatus(kept);
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
    const char* state = PQresultErrorField(kept, PG_DIAG_SQLSTATE);
    if (PQstatus(conn_) != CONNECTION_OK) broken_ = true;
    throw PgError("PostgreSQL: " + trimmedError(PQresultErrorMessage(kept)), state != nullptr ? state : "");
  }
  return result;
}

PgTransaction::PgTransaction(PgConnection& connection) : connection_(connection) { connection_.exec("BEGIN"); }

PgTransaction::~PgTransaction() {
  if (done_ || connection_.broken()) return;
  try {
    connection_.exec("ROLLBACK");
  } catch (...) {
    // The connection is marked broken and will be dropped; the server rolls back on its own.
  }
}

void PgTransaction::commit() {
  connection_.exec("COMMIT");
  done_ = true;
}

PgPool::PgPool(PgOptions options, std::size_t size) : options_(std::move(options)), size_(size == 0 ? 1 : size) {}

PgPool::~PgPool() = default;

PgPool::Lease::~Lease() {
  if (connection_) pool_->giveBack(std::move(connection_));
}

PgPool::Lease PgPool::acquire() {
  std::unique_lock lock(mutex_);
  const auto deadline = std::chrono::steady_clock::now() + options_.timeout;
  if (!freed_.wait_until(lock, deadline, [this] { return !idle_.empty() || lent_ < size_; })) {
    throw PgError("PostgreSQL: all " + std::to_string(size_) + " connections busy for " +
                  std::to_string(options_.timeout.count()) + "s (quarantine.db_connections)");
  }
  ++lent_;
  while (!idle_.empty()) {
    auto connection = std::move(idle_.back());
    idle_.pop_back();
    if (connection->stillOpen()) return Lease(*this, std::move(connection));
  }
  lock.unlock();  // connecting may take up to the timeout: do not hold up the others meanwhile
  try {
    return Lease(*this, std::make_unique<PgConnection>(options_));
  } catch (...) {
    std::lock_guard relock(mutex_);
    --lent_;
    freed_.notify_one();
    throw;
  }
}

void PgPool::giveBack(std::unique_ptr<PgConnection> connection) {
  std::lock_guard lock(mutex_);
  --lent_;
  if (!connection->broken()) idle_.push_back(std::move(connection));
  freed_.notify_one();
}

std::string readPasswordFile(const std::string& file) {
  if (file.empty()) return {};
  struct stat st {};
  if (::stat(file.c_str(), &st) != 0) {
    throw std::runtime_error("quarantine.password_file " + file + ": " + std::strerror(errno));
  }
  if ((st.st_mode & S_IROTH) != 0) {
    throw std::runtime_error("quarantine.password_file " + file + " is readable by others: chmod o-r it");
  }
  std::ifstream in(file);
  std::string line;
  if (!in || !std::getline(in, line)) throw std::runtime_error("quarantine.password_file " + file + " cannot be read");
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
  return line;
}

}  // namespace aup
