// PgQuarantineStorage: the console extensions (issue 14) - the event trail, notes, release
// requests and paged search - with the same contract as the SQLite store (the store contract
// suite runs both). Rows hang off messages(id) ON DELETE CASCADE, so purge takes them along.

#include <algorithm>
#include <chrono>
#include <stdexcept>

#include "common/wall_clock.h"
#include "decision/quarantine_id.h"
#include "quarantine/console_store_types.h"
#include "quarantine/pg_quarantine_sql.h"
#include "quarantine/pg_quarantine_storage.h"

namespace aup {

namespace {

// Throws, as the interface says, when the id is malformed or has no row.
void requireMessage(PgConnection& db, const std::string& id) {
  requireValidQuarantineId(id);
  if (db.exec("SELECT 1 FROM messages WHERE id = $1", {PgParam::text(id)}).rows() == 0) {
    throw std::runtime_error("no quarantined message with id " + id);
  }
}

// Inserts a request in state requested; returns its id.
std::int64_t insertRequest(PgConnection& db, const ReleaseRequest& q) {
  PgResult r = db.exec(
      "INSERT INTO release_requests(message_id, requested_at, requested_by, reason, recipients, state) "
      "VALUES($1,$2,$3,$4,$5,$6) RETURNING id",
      {PgParam::text(q.messageId), PgParam::integer(q.requestedAt != 0 ? q.requestedAt : nowSeconds()),
       PgParam::text(pgsql::storableText(q.requestedBy)), PgParam::text(pgsql::storableText(q.reason)),
       PgParam::text(pgsql::storableText(joinStoredList(q.recipients))),
       PgParam::text(std::string(toString(ReleaseRequestState::Requested)))});
  return r.integer(0, 0);
}

// Appends one event to a message's trail; returns its seq.
std::int64_t insertEvent(PgConnection& db, const QuarantineEvent& e) {
  PgResult r = db.exec(
      "INSERT INTO events(message_id, at, actor, origin, action, reason, detail, mta_reply) "
      "VALUES($1,$2,$3,$4,$5,$6,$7,$8) RETURNING seq",
      {PgParam::text(e.messageId), PgParam::integer(e.at != 0 ? e.at : nowSeconds()),
       PgParam::text(pgsql::storableText(e.actor)), PgParam::text(pgsql::storableText(e.origin)),
       PgParam::text(pgsql::storableText(e.action)), PgParam::text(pgsql::storableText(e.reason)),
       PgParam::text(pgsql::storableText(e.detail)), PgParam::text(pgsql::storableText(e.mtaReply))});
  return r.integer(0, 0);
}

constexpr const char* kSelectRequest =
    "SELECT id, message_id, requested_at, requested_by, reason, recipients, state, decided_by, decided_at, "
    "decision_note FROM release_requests";

ReleaseRequest requestAt(const PgResult& r, int row) {
  ReleaseRequest q;
  q.id = r.integer(row, 0);
  q.messageId = r.text(row, 1);
  q.requestedAt = r.integer(row, 2);
  q.requestedBy = r.text(row, 3);
  q.reason = r.text(row, 4);
  q.recipients = splitStoredList(r.text(row, 5));
  q.state = parseReleaseRequestState(r.text(row, 6)).value_or(ReleaseRequestState::Requested);
  q.decidedBy = r.text(row, 7);
  q.decidedAt = r.integer(row, 8);
  q.decisionNote = r.text(row, 9);
  return q;
}

}  // namespace

std::int64_t PgQuarantineStorage::appendEvent(const QuarantineEvent& e) {
  auto db = pool_->acquire();
  PgTransaction tx(*db);
  requireMessage(*db, e.messageId);
  const std::int64_t seq = insertEvent(*db, e);
  tx.commit();
  return seq;
}

std::vector<QuarantineEvent> PgQuarantineStorage::events(const std::string& id) {
  auto db = pool_->acquire();
  requireMessage(*db, id);
  PgResult r = db->exec(
      "SELECT seq, message_id, at, actor, origin, action, reason, detail, mta_reply FROM events "
      "WHERE message_id = $1 ORDER BY seq",
      {PgParam::text(id)});
  std::vector<QuarantineEvent> out;
  for (int row = 0; row < r.rows(); ++row) {
    out.push_back({r.integer(row, 0), r.text(row, 1), r.integer(row, 2), r.text(row, 3), r.text(row, 4),
                   r.text(row, 5), r.text(row, 6), r.text(row, 7), r.text(row, 8)});
  }
  return out;
}

std::int64_t PgQuarantineStorage::addNote(const std::string& id, const std::string& author, const std::string& text) {
  if (text.empty() || text.size() > kMaxNoteBytes) {
    throw std::invalid_argument("a note must have 1 to " + std::to_string(kMaxNoteBytes) + " bytes");
  }
  auto db = pool_->acquire();
  PgTransaction tx(*db);
  requireMessage(*db, id);
  PgResult r = db->exec("INSERT INTO notes(message_id, at, author, text) VALUES($1,$2,$3,$4) RETURNING id",
                        {PgParam::text(id), PgParam::integer(nowSeconds()), PgParam::text(pgsql::storableText(author)),
                         PgParam::text(pgsql::storableText(text))});
  tx.commit();
  return r.integer(0, 0);
}

std::vector<QuarantineNote> PgQuarantineStorage::notes(const std::string& id) {
  auto db = pool_->acquire();
  requireMessage(*db, id);
  PgResult r = db->exec("SELECT id, message_id, at, author, text FROM notes WHERE message_id = $1 ORDER BY id",
                        {PgParam::text(id)});
  std::vector<QuarantineNote> out;
  for (int row = 0; row < r.rows(); ++row) {
    out.push_back({r.integer(row, 0), r.text(row, 1), r.integer(row, 2), r.text(row, 3), r.text(row, 4)});
  }
  return out;
}

std::int64_t PgQuarantineStorage::createReleaseRequest(const ReleaseRequest& q) {
  auto db = pool_->acquire();
  PgTransaction tx(*db);
  requireMessage(*db, q.messageId);
  const std::int64_t id = insertRequest(*db, q);
  tx.commit();
  return id;
}

RequestCreation PgQuarantineStorage::createReleaseRequestOnce(const ReleaseRequest& q) {
  requireValidQuarantineId(q.messageId);
  auto db = pool_->acquire();
  PgTransaction tx(*db);
  // The message's row lock serialises two submissions of one link, on one gateway or two, until
  // commit: the second then sees the first one's request.
  if (db->exec("SELECT 1 FROM messages WHERE id = $1 FOR UPDATE", {PgParam::text(q.messageId)}).rows() == 0) {
    throw std::runtime_error("no quarantined message with id " + q.messageId);
  }
  const std::string by = pgsql::storableText(q.requestedBy);
  PgResult earlier = db->exec("SELECT id FROM release_requests WHERE message_id = $1 AND requested_by = $2 ORDER BY id LIMIT 1",
                              {PgParam::text(q.messageId), PgParam::text(by)});
  if (earlier.rows() > 0) {
    tx.commit();
    return {earlier.integer(0, 0), false};
  }
  const std::int64_t id = insertRequest(*db, q);
  tx.commit();
  return {id, true};
}

std::optional<ReleaseRequest> PgQuarantineStorage::releaseRequest(std::int64_t requestId) {
  auto db = pool_->acquire();
  PgResult r = db->exec(std::string(kSelectRequest) + " WHERE id = $1", {PgParam::integer(requestId)});
  if (r.rows() == 0) return std::nullopt;
  return requestAt(r, 0);
}

std::vector<ReleaseRequest> PgQuarantineStorage::releaseRequests(std::optional<ReleaseRequestState> state,
                                                                 const std::string& messageId) {
  if (!messageId.empty()) requireValidQuarantineId(messageId);
  auto db = pool_->acquire();
  PgResult r = db->exec(std::string(kSelectRequest) +
                            " WHERE ($1 = '' OR state = $1) AND ($2 = '' OR message_id = $2) ORDER BY id",
                        {PgParam::text(state ? std::string(toString(*state)) : std::string()), PgParam::text(messageId)});
  std::vector<ReleaseRequest> out;
  for (int row = 0; row < r.rows(); ++row) out.push_back(requestAt(r, row));
  return out;
}

bool PgQuarantineStorage::decideReleaseRequest(std::int64_t requestId, ReleaseRequestState decision,
                                               const std::string& decidedBy, const std::string& note) {
  if (decision != ReleaseRequestState::Approved && decision != ReleaseRequestState::Denied) {
    throw std::invalid_argument("a decision is approved or denied");
  }
  auto db = pool_->acquire();
  // Compare-and-set in one UPDATE: of two people deciding at once, on one gateway or two, one wins.
  PgResult r = db->exec(
      "UPDATE release_requests SET state = $1, decided_by = $2, decided_at = $3, decision_note = $4 "
      "WHERE id = $5 AND state = $6",
      {PgParam::text(std::string(toString(decision))), PgParam::text(pgsql::storableText(decidedBy)),
       PgParam::integer(nowSeconds()), PgParam::text(pgsql::storableText(note)), PgParam::integer(requestId),
       PgParam::text(std::string(toString(ReleaseRequestState::Requested)))});
  return r.affected() == 1;
}

std::vector<ReleaseRequest> PgQuarantineStorage::recordDirectAction(QuarantineState state, const QuarantineEvent& e) {
  requireValidQuarantineId(e.messageId);
  const std::int64_t now = nowSeconds();
  auto db = pool_->acquire();
  PgTransaction tx(*db);
  // The row update locks the message; the request update below locks each open request, so a
  // decision made at that moment on another gateway either lands first (and the request is no
  // longer requested here) or finds it superseded (and its compare-and-set fails).
  if (!pgsql::updateState(*db, e.messageId, std::nullopt, state, e.actor, e.detail, now)) {
    throw std::runtime_error("no quarantined message with id " + e.messageId);
  }
  if (state == QuarantineState::Deleted) pgsql::deleteMessageBytes(*db, e.messageId);
  insertEvent(*db, e);
  PgResult r = db->exec(
      "UPDATE release_requests SET state = $1, decided_by = $2, decided_at = $3, decision_note = $4 "
      "WHERE message_id = $5 AND state = $6 RETURNING id, message_id, requested_at, requested_by, reason, "
      "recipients, state, decided_by, decided_at, decision_note",
      {PgParam::text(std::string(toString(ReleaseRequestState::Superseded))), PgParam::text(pgsql::storableText(e.actor)),
       PgParam::integer(now), PgParam::text(pgsql::storableText(e.detail)), PgParam::text(e.messageId),
       PgParam::text(std::string(toString(ReleaseRequestState::Requested)))});
  std::vector<ReleaseRequest> closed;
  for (int row = 0; row < r.rows(); ++row) closed.push_back(requestAt(r, row));
  std::sort(closed.begin(), closed.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
  for (const auto& q : closed) {
    insertEvent(*db, {0, e.messageId, now, e.actor, e.origin, kRequestSupersededAction, "",
                      supersededDetail(q.id, q.requestedBy, e.detail), ""});
  }
  tx.commit();
  return closed;
}

QuarantinePage PgQuarantineStorage::search(const QuarantineSearch& s) {
  if (s.limit == 0 || s.limit > kMaxSearchLimit) {
    throw std::invalid_argument("limit must be 1 to " + std::to_string(kMaxSearchLimit));
  }
  std::optional<std::pair<std::int64_t, std::string>> after;
  if (!s.after.empty()) {
    auto cursor = parseSearchCursor(s.after);
    if (!cursor) throw std::invalid_argument("cursor is not valid");
    after.emplace(cursor->receivedAt, cursor->id);
  }
  auto db = pool_->acquire();
  PgTransaction tx(*db);  // rows and reasons from one snapshot
  QuarantinePage page;
  // One row more than the page tells whether there is a next page.
  page.records = pgsql::selectSearchPage(*db, s, after, s.limit + 1);
  tx.commit();
  if (page.records.size() > s.limit) {
    page.records.pop_back();
    page.nextCursor = searchCursorAfter(page.records.back());
  }
  return page;
}

int PgQuarantineStorage::schemaVersion() {
  auto db = pool_->acquire();
  PgResult r = db->exec("SELECT coalesce(max(version), 0) FROM schema_migrations");
  return static_cast<int>(r.integer(0, 0));
}

}  // namespace aup
