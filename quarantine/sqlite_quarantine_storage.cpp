#include "quarantine/sqlite_quarantine_storage.h"

#include <unistd.h>

#include <fstream>
#include <sstream>

#include "common/wall_clock.h"
#include "engine/text_util.h"
#include "decision/crypto.h"
#include "quarantine/durable_file.h"
#include "decision/quarantine_id.h"

namespace aup {

namespace {

constexpr const char* kSelect =
    "SELECT id, received_at, mail_from, rcpts, auth_user, client_address, client_name, queue_id, direction, "
    "subject, size, sha256, state, actor, acted_at, action_detail, file_missing, on_release, gateway, idempotency_key FROM messages";

}  // namespace

SqliteQuarantineStorage::SqliteQuarantineStorage(const StoreOptions& options)
    : options_(options), dbPath_(options.dir / "quarantine.db") {
  try {
    group_ = resolveStoreGroup(options.group);
    for (const auto& dir : {options.dir, options.dir / "messages", options.dir / "tmp"}) {
      if (auto warning = prepareStoreDirectory(dir, group_); !warning.empty()) warnings_.push_back(warning);
    }
    db_ = std::make_unique<SqliteDb>(dbPath_);
    migrationPlan_ = migrateSqlite(*db_, options.migration);
    // 0660: admins in the store's group change rows (release, delete) with aupctl, no root needed.
    // SQLite gives new -wal and -shm files the database's mode, but the ones this open just made
    // got its mode from before the chmod (0640 under a 0007 umask): they need the same.
    for (const char* suffix : {"", "-wal", "-shm"}) {
      std::filesystem::path file = dbPath_.string() + suffix;
      if (*suffix != '\0' && !std::filesystem::exists(file)) continue;
      if (auto warning = restrictFile(file, group_, 0660); !warning.empty()) warnings_.push_back(warning);
    }
    openReport_ = checkConsistency();
  } catch (const QuarantineWriteError&) {
    throw;
  } catch (const std::exception& e) {
    throw QuarantineWriteError("quarantine store " + options.dir.string() + " is not usable: " + e.what());
  }
}

std::filesystem::path SqliteQuarantineStorage::messagePath(const std::string& id) const {
  return options_.dir / "messages" / (requireValidQuarantineId(id) + ".eml");
}

// put - file first (durable), then the row; the row is the commit point.
std::string SqliteQuarantineStorage::put(const HoldRequest& request, const RawMessage& bytes) {
  std::string id = newQuarantineId();
  std::filesystem::path final = messagePath(id);
  WrittenFile written;
  try {
    written = writeFileDurably(bytes, options_.dir / "tmp" / (id + ".tmp"), final);
  } catch (const std::exception& e) {
    throw QuarantineWriteError(std::string("cannot store message: ") + e.what());
  }
  std::string kept;
  try {
    kept = insertRow(id, nowSeconds(), request, written.size, written.sha256);
  } catch (const std::exception& e) {
    ::unlink(final.c_str());  // not acknowledged: the client retries, so no orphan is left behind
    throw QuarantineWriteError(std::string("cannot record message: ") + e.what());
  }
  if (kept != id) ::unlink(final.c_str());  // a retry of a message already held: keep the first copy
  return kept;
}

std::string SqliteQuarantineStorage::insertRow(const std::string& id, std::int64_t receivedAt, const HoldRequest& q,
                                               std::uint64_t size, const std::string& sha256) {
  std::lock_guard lock(mutex_);
  SqliteTransaction tx(*db_);
  if (!q.idempotencyKey.empty()) {
    SqliteStatement earlier(*db_, "SELECT id FROM messages WHERE idempotency_key = ?");
    earlier.bind(1, q.idempotencyKey);
    if (earlier.step()) return earlier.text(0);
  }
  SqliteStatement row(*db_,
                      "INSERT INTO messages(id, received_at, mail_from, rcpts, auth_user, client_address, client_name, "
                      "queue_id, direction, subject, size, sha256, state, on_release, gateway, idempotency_key) "
                      "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,'held',?,?,?)");
  row.bind(1, id).bind(2, receivedAt).bind(3, q.mailFrom).bind(4, joinStoredList(q.recipients)).bind(5, q.authUser);
  row.bind(6, q.clientAddress).bind(7, q.clientName).bind(8, q.queueId).bind(9, q.direction).bind(10, q.subject);
  row.bind(11, static_cast<std::int64_t>(size)).bind(12, sha256).bind(13, modificationsToText(q.onRelease));
  row.bind(14, options_.gateway);
  if (q.idempotencyKey.empty()) {
    row.bindNull(15);
  } else {
    row.bind(15, q.idempotencyKey);
  }
  row.step();
  for (std::size_t i = 0; i < q.reasons.size(); ++i) {
    const HeldReason& h = q.reasons[i];
    SqliteStatement reason(*db_, "INSERT INTO reasons VALUES(?,?,?,?,?,?,?,?,?)");
    reason.bind(1, id).bind(2, static_cast<std::int64_t>(i)).bind(3, h.policy).bind(4, h.rule).bind(5, h.action);
    reason.bind(6, h.description).bind(7, h.evidence).bind(8, h.location).bind(9, h.advice);
    reason.step();
  }
  tx.commit();
  return id;
}

std::string_view SqliteQuarantineStorage::selectSql() { return kSelect; }

QuarantineRecord SqliteQuarantineStorage::readRow(SqliteStatement& row) {
  QuarantineRecord r;
  r.id = row.text(0);
  r.receivedAt = row.integer(1);
  r.request.mailFrom = row.text(2);
  r.request.recipients = splitStoredList(row.text(3));
  r.request.authUser = row.text(4);
  r.request.clientAddress = row.text(5);
  r.request.clientName = row.text(6);
  r.request.queueId = row.text(7);
  r.request.direction = row.text(8);
  r.request.subject = row.text(9);
  r.size = static_cast<std::uint64_t>(row.integer(10));
  r.sha256 = row.text(11);
  r.state = parseQuarantineState(row.text(12)).value_or(QuarantineState::Held);
  r.actor = row.text(13);
  r.actedAt = row.integer(14);
  r.actionDetail = row.text(15);
  r.fileMissing = row.integer(16) != 0;
  r.request.onRelease = modificationsFromText(row.text(17));
  r.gateway = row.text(18);
  r.request.idempotencyKey = row.text(19);
  return r;
}

void SqliteQuarantineStorage::loadReasons(QuarantineRecord& record) {
  SqliteStatement q(*db_,
                    "SELECT policy, rule, action, description, evidence, location, advice FROM reasons "
                    "WHERE message_id = ? ORDER BY seq");
  q.bind(1, record.id);
  while (q.step()) {
    record.request.reasons.push_back({q.text(0), q.text(1), q.text(2), q.text(3), q.text(4), q.text(5), q.text(6)});
  }
}

std::optional<QuarantineRecord> SqliteQuarantineStorage::get(const std::string& id) {
  requireValidQuarantineId(id);
  std::lock_guard lock(mutex_);
  SqliteStatement q(*db_, std::string(kSelect) + " WHERE id = ?");
  q.bind(1, id);
  if (!q.step()) return std::nullopt;
  QuarantineRecord record = readRow(q);
  loadReasons(record);
  return record;
}

std::vector<QuarantineRecord> SqliteQuarantineStorage::list(const QuarantineFilter& f) {
  std::lock_guard lock(mutex_);
  // instr() rather than LIKE: a filter containing % or _ means itself.
  SqliteStatement q(*db_, std::string(kSelect) +
                              " WHERE received_at >= ?1"
                              " AND (?2 = '' OR EXISTS(SELECT 1 FROM reasons r WHERE r.message_id = messages.id"
                              "      AND r.policy = ?2))"
                              " AND (?3 = '' OR instr(lower(mail_from), lower(?3)) > 0)"
                              " AND (?4 = '' OR instr(lower(rcpts), lower(?4)) > 0)"
                              " AND (?5 = '' OR state = ?5)"
                              " ORDER BY received_at DESC, id");
  q.bind(1, f.since).bind(2, f.policy).bind(3, f.sender).bind(4, f.recipient);
  q.bind(5, f.state ? std::string(toString(*f.state)) : std::string());
  std::vector<QuarantineRecord> out;
  while (q.step()) out.push_back(readRow(q));
  for (auto& record : out) loadReasons(record);
  return out;
}

std::string SqliteQuarantineStorage::readMessage(const std::string& id) {
  std::ifstream in(messagePath(id), std::ios::binary);
  if (!in) throw std::runtime_error("quarantined message " + id + " has no message file (deleted or lost)");
  std::ostringstream out;
  out << in.rdbuf();
  return std::move(out).str();
}

void SqliteQuarantineStorage::setState(const std::string& id, QuarantineState state, const std::string& actor,
                                       const std::string& detail) {
  std::filesystem::path file = messagePath(id);
  {
    std::lock_guard lock(mutex_);
    SqliteStatement q(*db_, "UPDATE messages SET state = ?, actor = ?, acted_at = ?, action_detail = ? WHERE id = ?");
    q.bind(1, toString(state)).bind(2, actor).bind(3, nowSeconds()).bind(4, detail).bind(5, id);
    q.step();
    if (db_->changes() == 0) throw std::runtime_error("no quarantined message with id " + id);
  }
  if (state == QuarantineState::Deleted && ::unlink(file.c_str()) == 0) syncDirectory(file.parent_path());
}

// transitionState - the guarded form of setState: one UPDATE ... WHERE state = `from`, so of two
// admins releasing at once exactly one wins.
bool SqliteQuarantineStorage::transitionState(const std::string& id, QuarantineState from, QuarantineState to,
                                              const std::string& actor, const std::string& detail) {
  std::filesystem::path file = messagePath(id);
  {
    std::lock_guard lock(mutex_);
    SqliteStatement q(*db_, "UPDATE messages SET state = ?, actor = ?, acted_at = ?, action_detail = ? "
                            "WHERE id = ? AND state = ?");
    q.bind(1, toString(to)).bind(2, actor).bind(3, nowSeconds()).bind(4, detail).bind(5, id).bind(6, toString(from));
    q.step();
    if (db_->changes() == 0) return false;
  }
  if (to == QuarantineState::Deleted && ::unlink(file.c_str()) == 0) syncDirectory(file.parent_path());
  return true;
}

QuarantineBacklog SqliteQuarantineStorage::backlog() {
  std::lock_guard lock(mutex_);
  SqliteStatement q(*db_, "SELECT count(*), coalesce(min(received_at), 0) FROM messages WHERE state = ?");
  q.bind(1, std::string(toString(QuarantineState::Held)));
  q.step();
  return {q.integer(0), q.integer(1)};
}

std::vector<std::string> SqliteQuarantineStorage::purge(std::int64_t cutoff) {
  std::vector<std::string> ids;
  {
    std::lock_guard lock(mutex_);
    SqliteStatement q(*db_, "SELECT id FROM messages WHERE received_at < ?");
    q.bind(1, cutoff);
    while (q.step()) ids.push_back(q.text(0));
  }
  for (const auto& id : ids) {
    if (!isValidQuarantineId(id)) continue;  // a tampered row never names a path
    ::unlink(messagePath(id).c_str());
    std::lock_guard lock(mutex_);
    SqliteTransaction tx(*db_);
    SqliteStatement m(*db_, "DELETE FROM messages WHERE id = ?");
    m.bind(1, id).step();
    // Notes, requests and the trail can hold personal data too: retention applies to them alike
    // (the audit log keeps what was done).
    for (const char* table : {"reasons", "events", "notes", "release_requests"}) {
      SqliteStatement r(*db_, std::string("DELETE FROM ") + table + " WHERE message_id = ?");
      r.bind(1, id).step();
    }
    tx.commit();
  }
  if (!ids.empty()) syncDirectory(options_.dir / "messages");
  return ids;
}

}  // namespace aup
