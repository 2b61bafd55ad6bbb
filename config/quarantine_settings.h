#pragma once
// QuarantineSettings and NoticeSettings - the [quarantine] and [notices] sections, typed and
// validated once at load (read by readCoreSettings). Used by quarantine/ and `aupctl quarantine`.

#include <cstdint>
#include <filesystem>
#include <string>

#include "config/config_reader.h"

namespace aup {

enum class QuarantineBackend {
  Sqlite,      // one gateway: quarantine.db and message files under dir
  Postgresql,  // several gateways share one database (rows and message bytes)
};

struct QuarantineSettings {
  std::filesystem::path dir = "/var/spool/aup-milter/quarantine";  // quarantine.db + messages/
  std::string group;                      // group that may read the store; "" = aup-admin if it exists, else root's
  std::int64_t retentionSeconds = 30 * 86400;  // `aupctl quarantine purge` default age
  std::string releaseHost = "127.0.0.1";  // loopback Postfix smtpd listener, WITH the milter (docs/quarantine.md)
  std::int64_t releasePort = 10026;
  std::filesystem::path releaseSecretFile;  // HMAC key for X-AUP-Released/X-AUP-Notice; default <dir>/release.key
  std::int64_t tokenMaxAgeSeconds = 5 * 86400;  // outlasts Postfix's maximal_queue_lifetime (5d)
  std::int64_t smtpTimeoutSeconds = 60;   // release and notice SMTP sessions
  QuarantineBackend backend = QuarantineBackend::Sqlite;
  std::string dsn;                        // PostgreSQL connection string (never a password)
  std::filesystem::path passwordFile;     // PostgreSQL password; "" = none
  std::string gateway;                    // recorded on every held row; "" = the host name (resolved at open)
  std::int64_t dbTimeoutSeconds = 10;     // PostgreSQL connect and statement bound; past it: 451
  std::int64_t dbConnections = 4;         // PostgreSQL connections per process
};

struct NoticeSettings {
  bool enabled = true;
  std::string from;                       // postmaster address notices come from; "" = organisation.postmaster
  std::string contact;                    // whom the sender should contact; "" = the from address
  std::string smtpHost = "127.0.0.1";     // where notices are submitted (default: the release listener)
  std::int64_t smtpPort = 10026;
  std::filesystem::path templateDir;      // notice.txt, notice.html, notice-subject.txt
  std::string trustedHostNoticeTo;        // notices about trusted hosts without a login ("" = none)
  std::int64_t ratePerHour = 10;          // notices per login and per client per hour; more are logged and dropped
  std::int64_t maxAttempts = 8;           // then the notice is marked failed (logged)
  std::int64_t retryBaseSeconds = 60;     // backoff: base * 2^attempt, capped at retryMaxSeconds
  std::int64_t retryMaxSeconds = 3600;
  std::string consoleUrl;                 // "https://gw.school.example": notices carry a request link; "" = none
  std::int64_t requestLinkSeconds = 7 * 86400;  // how long that link works
};

// Reads [quarantine]; errors go to the reader (file:line:key).
QuarantineSettings readQuarantineSettings(ConfigReader& reader);
// Reads [notices]; `postmaster` is organisation.postmaster, the default sender of notices.
NoticeSettings readNoticeSettings(ConfigReader& reader, const std::string& postmaster);

}  // namespace aup
