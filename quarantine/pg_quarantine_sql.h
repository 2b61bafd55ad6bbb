#pragma once
// The PostgreSQL store's statements, one small function each, run on a connection (and inside a
// transaction) the caller holds. PgQuarantineStorage composes them; a new store method adds its
// own function here rather than SQL inline in the class. All throw PgError.

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "quarantine/pg_connection.h"
#include "quarantine/quarantine_storage.h"

namespace aup::pgsql {

// What put() writes besides the reasons and the bytes.
struct NewMessage {
  const std::string& id;
  std::int64_t receivedAt;
  const HoldRequest& request;
  std::uint64_t size;
  const std::string& sha256;
  const std::string& gateway;
  std::optional<QuarantineState> state;  // Held unless importing a row as it was
};

// Inserts the row; false (nothing inserted) when a row with its idempotency key exists.
bool insertMessage(PgConnection& db, const NewMessage& message);
std::optional<std::string> idForIdempotencyKey(PgConnection& db, const std::string& key);
void insertReasons(PgConnection& db, const std::string& id, const std::vector<HeldReason>& reasons);
void insertMessageBytes(PgConnection& db, const std::string& id, const std::string& bytes);
std::optional<std::string> selectMessageBytes(PgConnection& db, const std::string& id);
void deleteMessageBytes(PgConnection& db, const std::string& id);

std::optional<QuarantineRecord> selectRecord(PgConnection& db, const std::string& id);
// Newest first, reasons included.
std::vector<QuarantineRecord> selectRecords(PgConnection& db, const QuarantineFilter& filter);

// One UPDATE; with `from`, only while the row is in that state. True when a row changed.
bool updateState(PgConnection& db, const std::string& id, std::optional<QuarantineState> from, QuarantineState to,
                 const std::string& actor, const std::string& detail, std::int64_t now);
// Deletes up to `limit` rows older than `cutoff` that no other session has locked (so purges on
// several gateways split the work); reasons and bytes go with them. Returns their ids.
std::vector<std::string> purgeBatch(PgConnection& db, std::int64_t cutoff, int limit);
QuarantineBacklog selectBacklog(PgConnection& db);
// Up to `limit` matching rows with their reasons, newest first (received_at DESC, id), starting
// strictly after `after` when given (see QuarantineSearch).
std::vector<QuarantineRecord> selectSearchPage(PgConnection& db, const QuarantineSearch& search,
                                               const std::optional<std::pair<std::int64_t, std::string>>& after,
                                               std::size_t limit);

// `text` made storable in a PostgreSQL text column: valid UTF-8 without NUL.
std::string storableText(std::string_view text);

}  // namespace aup::pgsql
