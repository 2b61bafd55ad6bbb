#pragma once
// AuditLog - one JSON line per decision (and per admin action), rotated by spdlog.
// The operational (human-readable) log is separate: see setupOperationalLog().

#include <nlohmann/json.hpp>

#include <memory>
#include <string>
#include <string_view>

#include "config/settings.h"
#include "engine/envelope.h"

namespace spdlog {
class logger;
}

namespace aup {

class AuditLog {
 public:
  // Opens (creating directories) the rotating audit file; throws std::runtime_error when it cannot.
  explicit AuditLog(const LogSettings& settings);
  // A logger writing to any spdlog sink (tests use an ostream sink).
  explicit AuditLog(std::shared_ptr<spdlog::logger> logger);

  // The decision record of a carried-out plan (decision/plan_json.h auditRecord; the milter builds
  // it once for this log and for the mail.log line).
  void recordDecision(const nlohmann::json& record);
  // Admin actions (release, delete, purge): who did what to which quarantined message.
  void recordAdminAction(std::string_view actor, std::string_view action, std::string_view quarantineId,
                         std::string_view detail);
  void flush();

 private:
  std::shared_ptr<spdlog::logger> logger_;
};

// Sets spdlog's default logger: a rotating file when settings.operational is set, else stderr.
void setupOperationalLog(const LogSettings& settings);

}  // namespace aup
