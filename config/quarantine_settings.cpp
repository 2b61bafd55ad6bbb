#include "config/quarantine_settings.h"

#include <cctype>

#include "config/core_settings.h"

namespace aup {

namespace {

bool containsIgnoreCase(std::string_view text, std::string_view word) {
  auto lower = [](std::string_view in) {
    std::string out(in);
    for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
  };
  return lower(text).find(lower(word)) != std::string::npos;
}

// The PostgreSQL keys only make sense together; a password in the DSN would sit in a file more
// people read than the password file.
void checkDatabaseSettings(ConfigReader& reader, const QuarantineSettings& q) {
  if (q.backend == QuarantineBackend::Postgresql) {
    if (q.dsn.empty()) reader.error("quarantine.dsn", "backend is \"postgresql\": set the connection string");
    if (q.dir.empty()) {
      reader.error("quarantine.dir", "backend is \"postgresql\": dir is still needed (release key, local state)");
    }
  }
  if (containsIgnoreCase(q.dsn, "password=") || (q.dsn.find("://") != std::string::npos &&
                                                 q.dsn.find('@') != std::string::npos &&
                                                 q.dsn.find(':', q.dsn.find("://") + 3) < q.dsn.find('@'))) {
    reader.error("quarantine.dsn", "contains a password: put it in quarantine.password_file instead");
  }
  for (char c : q.gateway) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '.' && c != '-' && c != '_') {
      reader.error("quarantine.gateway", "'" + q.gateway + "': use letters, digits, '.', '-' and '_' only");
      break;
    }
  }
}

}  // namespace

QuarantineSettings readQuarantineSettings(ConfigReader& reader) {
  QuarantineSettings q;
  q.dir = reader.getPath(coreSetting("quarantine.dir"));
  q.group = reader.getString(coreSetting("quarantine.group"));
  q.retentionSeconds = reader.getDurationSeconds(coreSetting("quarantine.retention"));
  q.releaseHost = reader.getString(coreSetting("quarantine.release_host"));
  q.releasePort = reader.getInt(coreSetting("quarantine.release_port"));
  q.releaseSecretFile = reader.getPath(coreSetting("quarantine.release_secret_file"));
  if (q.releaseSecretFile.empty() && !q.dir.empty()) q.releaseSecretFile = q.dir / "release.key";
  q.tokenMaxAgeSeconds = reader.getDurationSeconds(coreSetting("quarantine.release_token_max_age"));
  q.smtpTimeoutSeconds = reader.getDurationSeconds(coreSetting("quarantine.smtp_timeout"));
  q.backend = reader.getChoice(coreSetting("quarantine.backend")) == "postgresql" ? QuarantineBackend::Postgresql
                                                                                  : QuarantineBackend::Sqlite;
  q.dsn = reader.getString(coreSetting("quarantine.dsn"));
  q.passwordFile = reader.getPath(coreSetting("quarantine.password_file"));
  q.gateway = reader.getString(coreSetting("quarantine.gateway"));
  q.dbTimeoutSeconds = reader.getDurationSeconds(coreSetting("quarantine.db_timeout"));
  q.dbConnections = reader.getInt(coreSetting("quarantine.db_connections"));
  checkDatabaseSettings(reader, q);
  return q;
}

NoticeSettings readNoticeSettings(ConfigReader& reader, const std::string& postmaster) {
  NoticeSettings n;
  n.enabled = reader.getBool(coreSetting("notices.enabled"));
  n.from = reader.getString(coreSetting("notices.from"));
  if (n.from.empty()) n.from = postmaster;
  n.contact = reader.getString(coreSetting("notices.contact"));
  if (n.contact.empty()) n.contact = n.from;
  n.smtpHost = reader.getString(coreSetting("notices.smtp_host"));
  n.smtpPort = reader.getInt(coreSetting("notices.smtp_port"));
  n.templateDir = reader.getPath(coreSetting("notices.template_dir"));
  n.trustedHostNoticeTo = reader.getString(coreSetting("notices.trusted_host_notice_to"));
  if (!n.trustedHostNoticeTo.empty() && n.trustedHostNoticeTo.find('@') == std::string::npos) {
    reader.error("notices.trusted_host_notice_to", "'" + n.trustedHostNoticeTo + "' is not an email address");
  }
  n.ratePerHour = reader.getInt(coreSetting("notices.rate_per_hour"));
  n.maxAttempts = reader.getInt(coreSetting("notices.max_attempts"));
  n.retryBaseSeconds = reader.getDurationSeconds(coreSetting("notices.retry_base"));
  n.retryMaxSeconds = reader.getDurationSeconds(coreSetting("notices.retry_max"));
  if (n.retryMaxSeconds < n.retryBaseSeconds) reader.error("notices.retry_max", "must not be below notices.retry_base");
  n.consoleUrl = reader.getString(coreSetting("notices.console_url"));
  while (!n.consoleUrl.empty() && n.consoleUrl.back() == '/') n.consoleUrl.pop_back();
  const bool urlOk = (n.consoleUrl.starts_with("https://") || n.consoleUrl.starts_with("http://")) &&
                     n.consoleUrl.find_first_of(" \t\r\n\"'<>\\?#") == std::string::npos;
  if (!n.consoleUrl.empty() && !urlOk) {
    reader.error("notices.console_url", "'" + n.consoleUrl + "' is not an http(s) URL without spaces, quotes, ? or #");
  }
  n.requestLinkSeconds = reader.getDurationSeconds(coreSetting("notices.request_link_lifetime"));
  // XXX not an error: many minimal configs have no postmaster; notices are simply off then.
  if (n.enabled && n.from.find('@') == std::string::npos) {
    reader.warnInFile(reader.file(), 0, "notices are off: set notices.from or organisation.postmaster to an address");
    n.enabled = false;
  }
  return n;
}

}  // namespace aup
