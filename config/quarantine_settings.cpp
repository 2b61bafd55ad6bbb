#include "config/quarantine_settings.h"

#include "config/core_settings.h"

namespace aup {

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
  // XXX not an error: many minimal configs have no postmaster; notices are simply off then.
  if (n.enabled && n.from.find('@') == std::string::npos) {
    reader.warnInFile(reader.file(), 0, "notices are off: set notices.from or organisation.postmaster to an address");
    n.enabled = false;
  }
  return n;
}

}  // namespace aup
