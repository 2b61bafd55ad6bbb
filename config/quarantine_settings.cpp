#include "config/quarantine_settings.h"

namespace aup {

QuarantineSettings readQuarantineSettings(ConfigReader& reader) {
  QuarantineSettings q;
  q.dir = reader.getPath("quarantine.dir", q.dir.string());
  q.group = reader.getString("quarantine.group", "");
  q.retentionSeconds = reader.getDurationSeconds("quarantine.retention", q.retentionSeconds, 3600, 3650 * 86400);
  q.releaseHost = reader.getString("quarantine.release_host", q.releaseHost);
  q.releasePort = reader.getInt("quarantine.release_port", q.releasePort, 1, 65535);
  q.releaseSecretFile = reader.getPath("quarantine.release_secret_file", "");
  if (q.releaseSecretFile.empty() && !q.dir.empty()) q.releaseSecretFile = q.dir / "release.key";
  q.tokenMaxAgeSeconds = reader.getDurationSeconds("quarantine.release_token_max_age", q.tokenMaxAgeSeconds, 3600, 30 * 86400);
  q.smtpTimeoutSeconds = reader.getDurationSeconds("quarantine.smtp_timeout", q.smtpTimeoutSeconds, 1, 3600);
  return q;
}

NoticeSettings readNoticeSettings(ConfigReader& reader, const std::string& postmaster) {
  NoticeSettings n;
  n.enabled = reader.getBool("notices.enabled", n.enabled);
  n.from = reader.getString("notices.from", "");
  if (n.from.empty()) n.from = postmaster;
  n.contact = reader.getString("notices.contact", "");
  if (n.contact.empty()) n.contact = n.from;
  n.smtpHost = reader.getString("notices.smtp_host", n.smtpHost);
  n.smtpPort = reader.getInt("notices.smtp_port", n.smtpPort, 1, 65535);
  n.templateDir = reader.getPath("notices.template_dir", "templates");
  n.trustedHostNoticeTo = reader.getString("notices.trusted_host_notice_to", "");
  if (!n.trustedHostNoticeTo.empty() && n.trustedHostNoticeTo.find('@') == std::string::npos) {
    reader.error("notices.trusted_host_notice_to", "'" + n.trustedHostNoticeTo + "' is not an email address");
  }
  n.ratePerHour = reader.getInt("notices.rate_per_hour", n.ratePerHour, 0, 100000);
  n.maxAttempts = reader.getInt("notices.max_attempts", n.maxAttempts, 1, 100);
  n.retryBaseSeconds = reader.getDurationSeconds("notices.retry_base", n.retryBaseSeconds, 1, 86400);
  n.retryMaxSeconds = reader.getDurationSeconds("notices.retry_max", n.retryMaxSeconds, 1, 7 * 86400);
  if (n.retryMaxSeconds < n.retryBaseSeconds) reader.error("notices.retry_max", "must not be below notices.retry_base");
  // XXX not an error: many minimal configs have no postmaster; notices are simply off then.
  if (n.enabled && n.from.find('@') == std::string::npos) {
    reader.warnInFile(reader.file(), 0, "notices are off: set notices.from or organisation.postmaster to an address");
    n.enabled = false;
  }
  return n;
}

}  // namespace aup
