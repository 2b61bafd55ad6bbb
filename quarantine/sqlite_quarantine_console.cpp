// SqliteQuarantineStorage: the console extensions (issue 14) - the per-message event trail,
// notes, release requests and paged search. Each statement lives in one small function so that
// another backend can port them one by one.

#include <unistd.h>

#include <chrono>
#include <sstream>
#include <stdexcept>

#include "common/wall_clock.h"
#include "decision/quarantine_id.h"
#include "quarantine/console_store_types.h"
#include "quarantine/durable_file.h"
#include "quarantine/sqlite_quarantine_storage.h"

namespace aup {

namespace {


ReleaseRequest readRequestRow(SqliteStatement& q) {
  ReleaseRequest r;
  r.id = q.integer(0);
  r.messageId = q.text(1);
  r.requestedAt = q.integer(2);
  r.requestedBy = q.text(3);
  r.reason = q.text(4);
  r.recipients = splitStoredList(q.text(5));
  r.state = parseReleaseRequestState(q.text(6)).value_or(ReleaseRequestState::Requested);
  r.decidedBy = q.text(7);
  r.decidedAt = q.integer(8);
  r.decisionNote = q.text(9);
  return r;
}

constexpr const char* kSelectRequest =
    "SELECT id, message_id, requested_at, requested_by, reason, recipients, state, decided_by, decided_at, "
    "decision_note FROM release_requests";

}  // namespace

int SqliteQuarantineStorage::schemaVersion() {
  std::lock_guard lock(mutex_);
  SqliteStatement version(*db_, "PRAGMA user_version");
  version.step();
  return static_cast<int>(version.integer(0));
}

void SqliteQuarantineStorage::requireRow(const std::string& id) {
  requireValidQuarantineId(id);
  SqliteStatement q(*db_, "SELECT 1 FROM messages WHERE id = ?");
  q.bind(1, id);
  if (!q.step()) throw std::runtime_error("no quarantined message with id " + id);
}

std::int64_t SqliteQuarantineStorage::insertEvent(const QuarantineEvent& e) {
  SqliteStatement q(*db_,
                    "INSERT INTO events(message_id, at, actor, origin, action, reason, detail, mta_reply) "
                    "VALUES(?,?,?,?,?,?,?,?)");
  q.bind(1, e.messageId).bind(2, e.at != 0 ? e.at : nowSeconds()).bind(3, e.actor).bind(4, e.origin);
  q.bind(5, e.action).bind(6, e.reason).bind(7, e.detail).bind(8, e.mtaReply);
  q.step();
  return db_->lastInsertId();
}

std::int64_t SqliteQuarantineStorage::appendEvent(const QuarantineEvent& e) {
  std::lock_guard lock(mutex_);
  requireRow(e.messageId);
  return insertEvent(e);
}

std::vector<QuarantineEvent> SqliteQuarantineStorage::events(const std::string& id) {
  std::lock_guard lock(mutex_);
  requireRow(id);
  SqliteStatement q(*db_,
                    "SELECT seq, message_id, at, actor, origin, action, reason, detail, mta_reply FROM events "
                    "WHERE message_id = ? ORDER BY seq");
  q.bind(1, id);
  std::vector<QuarantineEvent> out;
  while (q.step()) {
    out.push_back({q.integer(0), q.text(1), q.integer(2), q.text(3), q.text(4), q.text(5), q.text(6), q.text(7),
                   q.text(8)});
  }
  return out;
}

std::int64_t SqliteQuarantineStorage::addNote(const std::string& id, const std::string& author,
                                              const std::string& text) {
  if (text.empty() || text.size() > kMaxNoteBytes) {
    throw std::invalid_argument("a note must have 1 to " + std::to_string(kMaxNoteBytes) + " bytes");
  }
  std::lock_guard lock(mutex_);
  requireRow(id);
  SqliteStatement q(*db_, "INSERT INTO notes(message_id, at, author, text) VALUES(?,?,?,?)");
  q.bind(1, id).bind(2, nowSeconds()).bind(3, author).bind(4, text);
  q.step();
  return db_->lastInsertId();
}

std::vector<QuarantineNote> SqliteQuarantineStorage::notes(const std::string& id) {
  std::lock_guard lock(mutex_);
  requireRow(id);
  SqliteStatement q(*db_, "SELECT id, message_id, at, author, text FROM notes WHERE message_id = ? ORDER BY id");
  q.bind(1, id);
  std::vector<QuarantineNote> out;
  while (q.step()) out.push_back({q.integer(0), q.text(1), q.integer(2), q.text(3), q.text(4)});
  return out;
}

std::int64_t SqliteQuarantineStorage::insertReleaseRequest(const ReleaseRequest& r) {
  requireRow(r.messageId);
  SqliteStatement q(*db_,
                    "INSERT INTO release_requests(message_id, requested_at, requested_by, reason, recipients, state) "
                    "VALUES(?,?,?,?,?,?)");
  q.bind(1, r.messageId).bind(2, r.requestedAt != 0 ? r.requestedAt : nowSeconds()).bind(3, r.requestedBy);
  q.bind(4, r.reason).bind(5, joinStoredList(r.recipients)).bind(6, toString(ReleaseRequestState::Requested));
  q.step();
  return db_->lastInsertId();
}

std::int64_t SqliteQuarantineStorage::createReleaseRequest(const ReleaseRequest& r) {
  std::lock_guard lock(mutex_);
  return insertReleaseRequest(r);
}

RequestCreation SqliteQuarantineStorage::createReleaseRequestOnce(const ReleaseRequest& r) {
  std::lock_guard lock(mutex_);
  // BEGIN IMMEDIATE holds the database's write lock from the look-up to the insert: another
  // process (a second console, aupctl) cannot slip a request in between.
  SqliteTransaction tx(*db_);
  SqliteStatement earlier(*db_, "SELECT id FROM release_requests WHERE message_id = ? AND requested_by = ? ORDER BY id LIMIT 1");
  earlier.bind(1, r.messageId).bind(2, r.requestedBy);
  if (earlier.step()) return {earlier.integer(0), false};
  const std::int64_t id = insertReleaseRequest(r);
  tx.commit();
  return {id, true};
}

std::optional<ReleaseRequest> SqliteQuarantineStorage::releaseRequest(std::int64_t requestId) {
  std::lock_guard lock(mutex_);
  SqliteStatement q(*db_, std::string(kSelectRequest) + " WHERE id = ?");
  q.bind(1, requestId);
  if (!q.step()) return std::nullopt;
  return readRequestRow(q);
}

std::vector<ReleaseRequest> SqliteQuarantineStorage::releaseRequests(std::optional<ReleaseRequestState> state,
                                                                     const std::string& messageId) {
  if (!messageId.empty()) requireValidQuarantineId(messageId);
  std::lock_guard lock(mutex_);
  SqliteStatement q(*db_, std::string(kSelectRequest) +
                              " WHERE (?1 = '' OR state = ?1) AND (?2 = '' OR message_id = ?2) ORDER BY id");
  q.bind(1, state ? std::string(toString(*state)) : std::string()).bind(2, messageId);
  std::vector<ReleaseRequest> out;
  while (q.step()) out.push_back(readRequestRow(q));
  return out;
}

bool SqliteQuarantineStorage::decideReleaseRequest(std::int64_t requestId, ReleaseRequestState decision,
                                                   const std::string& decidedBy, const std::string& note) {
  if (decision != ReleaseRequestState::Approved && decision != ReleaseRequestState::Denied) {
    throw std::invalid_argument("a decision is approved or denied");
  }
  std::lock_guard lock(mutex_);
  // Compare-and-set: of two people deciding at once, exactly one wins.
  SqliteStatement q(*db_,
                    "UPDATE release_requests SET state = ?, decided_by = ?, decided_at = ?, decision_note = ? "
                    "WHERE id = ? AND state = ?");
  q.bind(1, toString(decision)).bind(2, decidedBy).bind(3, nowSeconds()).bind(4, note).bind(5, requestId);
  q.bind(6, toString(ReleaseRequestState::Requested));
  q.step();
  return db_->changes() == 1;
}

std::vector<ReleaseRequest> SqliteQuarantineStorage::recordDirectAction(QuarantineState state, const QuarantineEvent& e) {
  requireValidQuarantineId(e.messageId);
  const std::filesystem::path file = messagePath(e.messageId);
  const std::int64_t now = nowSeconds();
  std::vector<ReleaseRequest> closed;
  {
    std::lock_guard lock(mutex_);
    // BEGIN IMMEDIATE: no other process decides or adds a request between the look-up and the close.
    SqliteTransaction tx(*db_);
    SqliteStatement row(*db_, "UPDATE messages SET state = ?, actor = ?, acted_at = ?, action_detail = ? WHERE id = ?");
    row.bind(1, toString(state)).bind(2, e.actor).bind(3, now).bind(4, e.detail).bind(5, e.messageId);
    row.step();
    if (db_->changes() == 0) throw std::runtime_error("no quarantined message with id " + e.messageId);
    insertEvent(e);
    SqliteStatement open(*db_, std::string(kSelectRequest) + " WHERE message_id = ? AND state = ? ORDER BY id");
    open.bind(1, e.messageId).bind(2, toString(ReleaseRequestState::Requested));
    while (open.step()) closed.push_back(readRequestRow(open));
    for (auto& r : closed) {
      SqliteStatement close(*db_,
                            "UPDATE release_requests SET state = ?, decided_by = ?, decided_at = ?, decision_note = ? "
                            "WHERE id = ?");
      close.bind(1, toString(ReleaseRequestState::Superseded)).bind(2, e.actor).bind(3, now).bind(4, e.detail);
      close.bind(5, r.id).step();
      r.state = ReleaseRequestState::Superseded;
      r.decidedBy = e.actor;
      r.decidedAt = now;
      r.decisionNote = e.detail;
      insertEvent({0, e.messageId, now, e.actor, e.origin, kRequestSupersededAction, "",
                   supersededDetail(r.id, r.requestedBy, e.detail), ""});
    }
    tx.commit();
  }
  if (state == QuarantineState::Deleted && ::unlink(file.c_str()) == 0) syncDirectory(file.parent_path());
  return closed;
}

QuarantinePage SqliteQuarantineStorage::search(const QuarantineSearch& s) {
  if (s.limit == 0 || s.limit > kMaxSearchLimit) {
    throw std::invalid_argument("limit must be 1 to " + std::to_string(kMaxSearchLimit));
  }
  std::optional<SearchCursor> cursor;
  if (!s.after.empty() && !(cursor = parseSearchCursor(s.after))) throw std::invalid_argument("cursor is not valid");
  std::lock_guard lock(mutex_);
  // instr() rather than LIKE: a filter containing % or _ means itself. One row more than the
  // page tells whether there is a next page.
  SqliteStatement q(*db_, std::string(selectSql()) +
                              " WHERE received_at >= ?1 AND (?2 = 0 OR received_at < ?2)"
                              " AND (?3 = '' OR instr(lower(mail_from), lower(?3)) > 0)"
                              " AND (?4 = '' OR instr(lower(rcpts), lower(?4)) > 0)"
                              " AND (?5 = '' OR instr(lower(subject), lower(?5)) > 0)"
                              " AND (?6 = '' AND ?7 = '' OR EXISTS(SELECT 1 FROM reasons r"
                              "      WHERE r.message_id = messages.id AND (?6 = '' OR r.policy = ?6)"
                              "      AND (?7 = '' OR r.rule = ?7)))"
                              " AND (?8 = '' OR direction = ?8)"
                              " AND (?9 = '' OR state = ?9)"
                              " AND (?10 = 0 OR received_at < ?11 OR (received_at = ?11 AND id > ?12))"
                              " ORDER BY received_at DESC, id LIMIT ?13");
  q.bind(1, s.since).bind(2, s.until).bind(3, s.sender).bind(4, s.recipient).bind(5, s.subject);
  q.bind(6, s.policy).bind(7, s.rule).bind(8, s.direction);
  q.bind(9, s.state ? std::string(toString(*s.state)) : std::string());
  q.bind(10, std::int64_t{cursor ? 1 : 0}).bind(11, cursor ? cursor->receivedAt : 0);
  q.bind(12, cursor ? cursor->id : std::string()).bind(13, static_cast<std::int64_t>(s.limit + 1));
  QuarantinePage page;
  while (q.step()) page.records.push_back(readRow(q));
  if (page.records.size() > s.limit) {
    page.records.pop_back();
    page.nextCursor = searchCursorAfter(page.records.back());
  }
  for (auto& record : page.records) loadReasons(record);
  return page;
}

}  // namespace aup
