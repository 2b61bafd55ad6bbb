#include "quarantine/pg_quarantine_sql.h"

#include "engine/text_util.h"

namespace aup::pgsql {

namespace {

constexpr const char* kSelectRecord =
    "SELECT id, received_at, mail_from, rcpts, auth_user, client_address, client_name, queue_id, direction, "
    "subject, size, sha256, state, actor, acted_at, action_detail, file_missing, on_release, gateway, idempotency_key FROM messages";

QuarantineRecord recordAt(const PgResult& r, int row) {
  QuarantineRecord q;
  q.id = r.text(row, 0);
  q.receivedAt = r.integer(row, 1);
  q.request.mailFrom = r.text(row, 2);
  q.request.recipients = splitStoredList(r.text(row, 3));
  q.request.authUser = r.text(row, 4);
  q.request.clientAddress = r.text(row, 5);
  q.request.clientName = r.text(row, 6);
  q.request.queueId = r.text(row, 7);
  q.request.direction = r.text(row, 8);
  q.request.subject = r.text(row, 9);
  q.size = static_cast<std::uint64_t>(r.integer(row, 10));
  q.sha256 = r.text(row, 11);
  q.state = parseQuarantineState(r.text(row, 12)).value_or(QuarantineState::Held);
  q.actor = r.text(row, 13);
  q.actedAt = r.integer(row, 14);
  q.actionDetail = r.text(row, 15);
  q.fileMissing = r.boolean(row, 16);
  q.request.onRelease = modificationsFromText(r.text(row, 17));
  q.gateway = r.text(row, 18);
  q.request.idempotencyKey = r.text(row, 19);
  return q;
}

// Reasons of every record, in one query (ids are validated hex, but they travel as a parameter).
void loadReasons(PgConnection& db, std::vector<QuarantineRecord>& records) {
  if (records.empty()) return;
  std::string ids = "{";
  for (std::size_t i = 0; i < records.size(); ++i) ids += (i ? "," : "") + records[i].id;
  ids += "}";
  PgResult r = db.exec("SELECT message_id, policy, rule, action, description, evidence, location, advice FROM reasons "
                       "WHERE message_id = ANY($1::text[]) ORDER BY message_id, seq",
                       {PgParam::text(ids)});
  for (auto& record : records) {
    for (int row = 0; row < r.rows(); ++row) {
      if (r.text(row, 0) != record.id) continue;
      record.request.reasons.push_back(
          {r.text(row, 1), r.text(row, 2), r.text(row, 3), r.text(row, 4), r.text(row, 5), r.text(row, 6), r.text(row, 7)});
    }
  }
}

}  // namespace

std::string storableText(std::string_view text) {
  if (isValidUtf8(text) && text.find('\0') == std::string_view::npos) return std::string(text);
  // XXX lossy on purpose: this is display metadata; the exact bytes are kept in message_bytes.
  std::string out;
  for (unsigned char c : text) out += c == 0 ? ' ' : c < 0x80 ? static_cast<char>(c) : '?';
  return out;
}

bool insertMessage(PgConnection& db, const NewMessage& m) {
  const HoldRequest& q = m.request;
  const std::string state(toString(m.state.value_or(QuarantineState::Held)));
  PgResult r = db.exec(
      "INSERT INTO messages(id, received_at, mail_from, rcpts, auth_user, client_address, client_name, queue_id, "
      "direction, subject, size, sha256, state, on_release, gateway, idempotency_key) "
      "VALUES($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16) "
      "ON CONFLICT (idempotency_key) DO NOTHING RETURNING id",
      {PgParam::text(m.id), PgParam::integer(m.receivedAt), PgParam::text(storableText(q.mailFrom)),
       PgParam::text(storableText(joinStoredList(q.recipients))), PgParam::text(storableText(q.authUser)),
       PgParam::text(storableText(q.clientAddress)), PgParam::text(storableText(q.clientName)),
       PgParam::text(storableText(q.queueId)), PgParam::text(storableText(q.direction)),
       PgParam::text(storableText(q.subject)), PgParam::integer(static_cast<std::int64_t>(m.size)),
       PgParam::text(m.sha256), PgParam::text(state), PgParam::text(storableText(modificationsToText(q.onRelease))),
       PgParam::text(storableText(m.gateway)), PgParam::textOrNull(q.idempotencyKey)});
  return r.rows() == 1;
}

std::optional<std::string> idForIdempotencyKey(PgConnection& db, const std::string& key) {
  PgResult r = db.exec("SELECT id FROM messages WHERE idempotency_key = $1", {PgParam::text(key)});
  if (r.rows() == 0) return std::nullopt;
  return r.text(0, 0);
}

void insertReasons(PgConnection& db, const std::string& id, const std::vector<HeldReason>& reasons) {
  for (std::size_t i = 0; i < reasons.size(); ++i) {
    const HeldReason& h = reasons[i];
    db.exec("INSERT INTO reasons(message_id, seq, policy, rule, action, description, evidence, location, advice) "
            "VALUES($1,$2,$3,$4,$5,$6,$7,$8,$9)",
            {PgParam::text(id), PgParam::integer(static_cast<std::int64_t>(i)), PgParam::text(storableText(h.policy)),
             PgParam::text(storableText(h.rule)), PgParam::text(storableText(h.action)),
             PgParam::text(storableText(h.description)), PgParam::text(storableText(h.evidence)),
             PgParam::text(storableText(h.location)), PgParam::text(storableText(h.advice))});
  }
}

void insertMessageBytes(PgConnection& db, const std::string& id, const std::string& bytes) {
  db.exec("INSERT INTO message_bytes(message_id, bytes) VALUES($1, $2)", {PgParam::text(id), PgParam::bytes(bytes)});
}

std::optional<std::string> selectMessageBytes(PgConnection& db, const std::string& id) {
  PgResult r = db.exec("SELECT bytes FROM message_bytes WHERE message_id = $1", {PgParam::text(id)}, true);
  if (r.rows() == 0) return std::nullopt;
  return r.text(0, 0);
}

void deleteMessageBytes(PgConnection& db, const std::string& id) {
  db.exec("DELETE FROM message_bytes WHERE message_id = $1", {PgParam::text(id)});
}

std::optional<QuarantineRecord> selectRecord(PgConnection& db, const std::string& id) {
  PgResult r = db.exec(std::string(kSelectRecord) + " WHERE id = $1", {PgParam::text(id)});
  if (r.rows() == 0) return std::nullopt;
  std::vector<QuarantineRecord> records{recordAt(r, 0)};
  loadReasons(db, records);
  return std::move(records.front());
}

std::vector<QuarantineRecord> selectRecords(PgConnection& db, const QuarantineFilter& f) {
  // strpos() rather than LIKE: a filter containing % or _ means itself.
  PgResult r = db.exec(std::string(kSelectRecord) +
                           " WHERE received_at >= $1"
                           " AND ($2 = '' OR EXISTS(SELECT 1 FROM reasons x WHERE x.message_id = messages.id"
                           "      AND x.policy = $2))"
                           " AND ($3 = '' OR strpos(lower(mail_from), lower($3)) > 0)"
                           " AND ($4 = '' OR strpos(lower(rcpts), lower($4)) > 0)"
                           " AND ($5 = '' OR state = $5)"
                           " ORDER BY received_at DESC, id",
                       {PgParam::integer(f.since), PgParam::text(storableText(f.policy)),
                        PgParam::text(storableText(f.sender)), PgParam::text(storableText(f.recipient)),
                        PgParam::text(f.state ? std::string(toString(*f.state)) : std::string())});
  std::vector<QuarantineRecord> records;
  for (int row = 0; row < r.rows(); ++row) records.push_back(recordAt(r, row));
  loadReasons(db, records);
  return records;
}

bool updateState(PgConnection& db, const std::string& id, std::optional<QuarantineState> from, QuarantineState to,
                 const std::string& actor, const std::string& detail, std::int64_t now) {
  PgResult r = db.exec(
      "UPDATE messages SET state = $1, actor = $2, acted_at = $3, action_detail = $4 "
      "WHERE id = $5 AND ($6 = '' OR state = $6)",
      {PgParam::text(std::string(toString(to))), PgParam::text(storableText(actor)), PgParam::integer(now),
       PgParam::text(storableText(detail)), PgParam::text(id),
       PgParam::text(from ? std::string(toString(*from)) : std::string())});
  return r.affected() > 0;
}

std::vector<std::string> purgeBatch(PgConnection& db, std::int64_t cutoff, int limit) {
  PgResult r = db.exec(
      "DELETE FROM messages WHERE id IN (SELECT id FROM messages WHERE received_at < $1 "
      "ORDER BY received_at LIMIT $2 FOR UPDATE SKIP LOCKED) RETURNING id",
      {PgParam::integer(cutoff), PgParam::integer(limit)});
  std::vector<std::string> ids;
  for (int row = 0; row < r.rows(); ++row) ids.push_back(r.text(row, 0));
  return ids;
}

QuarantineBacklog selectBacklog(PgConnection& db) {
  PgResult r = db.exec("SELECT count(*), coalesce(min(received_at), 0) FROM messages WHERE state = 'held'");
  return {r.integer(0, 0), r.integer(0, 1)};
}

std::vector<QuarantineRecord> selectSearchPage(PgConnection& db, const QuarantineSearch& s,
                                               const std::optional<std::pair<std::int64_t, std::string>>& after,
                                               std::size_t limit) {
  // strpos() rather than LIKE: a filter containing % or _ means itself.
  PgResult r = db.exec(std::string(kSelectRecord) +
                           " WHERE received_at >= $1 AND ($2 = 0 OR received_at < $2)"
                           " AND ($3 = '' OR strpos(lower(mail_from), lower($3)) > 0)"
                           " AND ($4 = '' OR strpos(lower(rcpts), lower($4)) > 0)"
                           " AND ($5 = '' OR strpos(lower(subject), lower($5)) > 0)"
                           " AND (($6 = '' AND $7 = '') OR EXISTS(SELECT 1 FROM reasons x"
                           "      WHERE x.message_id = messages.id AND ($6 = '' OR x.policy = $6)"
                           "      AND ($7 = '' OR x.rule = $7)))"
                           " AND ($8 = '' OR direction = $8)"
                           " AND ($9 = '' OR state = $9)"
                           " AND ($10 = 0 OR received_at < $11 OR (received_at = $11 AND id > $12))"
                           " ORDER BY received_at DESC, id LIMIT $13",
                       {PgParam::integer(s.since), PgParam::integer(s.until), PgParam::text(storableText(s.sender)),
                        PgParam::text(storableText(s.recipient)), PgParam::text(storableText(s.subject)),
                        PgParam::text(storableText(s.policy)), PgParam::text(storableText(s.rule)),
                        PgParam::text(storableText(s.direction)),
                        PgParam::text(s.state ? std::string(toString(*s.state)) : std::string()),
                        PgParam::integer(after ? 1 : 0), PgParam::integer(after ? after->first : 0),
                        PgParam::text(after ? after->second : std::string()),
                        PgParam::integer(static_cast<std::int64_t>(limit))});
  std::vector<QuarantineRecord> records;
  for (int row = 0; row < r.rows(); ++row) records.push_back(recordAt(r, row));
  loadReasons(db, records);
  return records;
}

}  // namespace aup::pgsql
