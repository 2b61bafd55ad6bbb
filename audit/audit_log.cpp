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

void AuditLog::recordDecision(const nlohmann::json& decision) {
  nlohmann::json record = {{"time", isoTimeNow()}};
  record.update(decision);
  logger_->info(record.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

void AuditLog::recordAdminAction(std::string_view actor, std::string_view action, std::string_view quarantineId,
                                 std::string_view detail) {
  nlohmann::json record = {{"time", isoTimeNow()}, {"event", "admin"},         {"actor", actor},
                           {"action", action},    {"quarantine_id", quarantineId}, {"detail", detail}};
  logger_->info(record.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
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
