#include "audit/audit_log.h"

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>

#include "engine/text_util.h"

namespace aup {

namespace {

std::string isoTimeNow() {
  auto now = std::chrono::system_clock::now();
  std::time_t t = std::chrono::system_clock::to_time_t(now);
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[40];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S", &tm);
  char out[48];
  std::snprintf(out, sizeof out, "%s.%03lldZ", buf, static_cast<long long>(ms));
  return out;
}

std::shared_ptr<spdlog::logger> rotatingLogger(const std::string& name, const std::filesystem::path& file,
                                               const LogSettings& settings) {
  std::error_code ec;
  std::filesystem::create_directories(file.parent_path(), ec);
  auto sink = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(file.string(), settings.maxFileBytes,
                                                                     static_cast<std::size_t>(settings.maxFiles));
  return std::make_shared<spdlog::logger>(name, sink);
}

}  // namespace

AuditLog::AuditLog(const LogSettings& settings) {
  try {
    logger_ = rotatingLogger("audit", settings.audit, settings);
  } catch (const spdlog::spdlog_ex& e) {
    throw std::runtime_error("cannot open audit log " + settings.audit.string() + ": " + e.what());
  }
  logger_->set_pattern("%v");
  logger_->flush_on(spdlog::level::info);
}

AuditLog::AuditLog(std::shared_ptr<spdlog::logger> logger) : logger_(std::move(logger)) {
  logger_->set_pattern("%v");
}

std::string decisionJson(const Envelope& envelope, const Verdict& verdict, std::string_view quarantineId) {
  std::string out = "{\"time\":" + jsonString(isoTimeNow()) + ",\"event\":\"decision\",\"queue_id\":" +
                    jsonString(envelope.queueId) + ",\"mail_from\":" + jsonString(envelope.mailFrom) + ",\"rcpts\":[";
  for (std::size_t i = 0; i < envelope.recipients.size(); ++i) out += (i ? "," : "") + jsonString(envelope.recipients[i]);
  out += "],\"auth_user\":" + jsonString(envelope.authUser.value_or("")) + ",\"client\":" + jsonString(envelope.clientAddress) +
         ",\"tls\":" + (envelope.tls ? "true" : "false") + ",\"direction\":" + jsonString(toString(verdict.direction)) +
         ",\"action\":" + jsonString(toString(verdict.action)) + ",\"reasons\":[";
  for (std::size_t i = 0; i < verdict.reasons.size(); ++i) {
    const auto& f = verdict.reasons[i].finding;
    out += std::string(i ? "," : "") + "{\"policy\":" + jsonString(f.policy) + ",\"rule\":" + jsonString(f.rule) +
           ",\"action\":" + jsonString(toString(verdict.reasons[i].action)) + ",\"evidence\":" + jsonString(f.evidence) +
           ",\"location\":" + jsonString(f.location) + "}";
  }
  out += "],\"added_rcpts\":[";
  const auto& added = verdict.modifications.addRecipients;
  for (std::size_t i = 0; i < added.size(); ++i) out += (i ? "," : "") + jsonString(added[i]);
  out += "],\"errors\":[";
  for (std::size_t i = 0; i < verdict.errors.size(); ++i) out += (i ? "," : "") + jsonString(verdict.errors[i]);
  out += "],\"scanner_ms\":{";
  for (std::size_t i = 0; i < verdict.timings.size(); ++i) {
    char ms[32];
    std::snprintf(ms, sizeof ms, "%.3f", verdict.timings[i].milliseconds);
    out += (i ? "," : "") + jsonString(verdict.timings[i].policy) + ":" + ms;
  }
  out += "}";
  if (!quarantineId.empty()) out += ",\"quarantine_id\":" + jsonString(quarantineId);
  out += "}";
  return out;
}

void AuditLog::recordDecision(const Envelope& envelope, const Verdict& verdict, std::string_view quarantineId) {
  logger_->info(decisionJson(envelope, verdict, quarantineId));
}

void AuditLog::recordAdminAction(std::string_view actor, std::string_view action, std::string_view quarantineId,
                                 std::string_view detail) {
  logger_->info("{{\"time\":{},\"event\":\"admin\",\"actor\":{},\"action\":{},\"quarantine_id\":{},\"detail\":{}}}",
                jsonString(isoTimeNow()), jsonString(actor), jsonString(action), jsonString(quarantineId), jsonString(detail));
}

void AuditLog::flush() { logger_->flush(); }

void setupOperationalLog(const LogSettings& settings) {
  std::shared_ptr<spdlog::logger> logger;
  if (settings.operational.empty()) {
    logger = std::make_shared<spdlog::logger>("aup-milter", std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
  } else {
    logger = rotatingLogger("aup-milter", settings.operational, settings);
  }
  logger->set_level(spdlog::level::from_str(settings.level));
  logger->flush_on(spdlog::level::warn);
  spdlog::set_default_logger(logger);
}

}  // namespace aup
