#pragma once
// Settings - the whole configuration as typed structs, validated once at load.
// Sections that belong to one policy ([policy.<id>] extras, [clamav], roster) are read by that
// policy's factory through the same ConfigReader, so adding a policy never edits this file.

#include <cstdint>
#include <filesystem>
#include <span>
#include <string>

#include "config/config_reader.h"
#include "config/console_settings.h"
#include "config/quarantine_settings.h"
#include "engine/engine.h"
#include "engine/message_view.h"

namespace aup {

struct MilterSettings {
  std::string listen = "unix:/run/aup-milter/milter.sock";  // libmilter connection spec
  std::string socketGroup = "postfix";    // group that may connect (smtpd runs as postfix)
  std::uint32_t socketMode = 0660;
  std::uint64_t spoolThreshold = 1u << 20;  // bodies above this go to a temp file
  std::filesystem::path spoolDir = "/var/spool/aup-milter/tmp";
  bool addVerdictHeader = true;           // X-AUP-Verdict on accepted mail
  std::string verdictHeaderName = "X-AUP-Verdict";
  std::int64_t timeoutSeconds = 300;      // libmilter read/write timeout
  std::string pidFile;                    // "" for none
  std::int64_t fileCheckSeconds = 60;     // poll config + roster for changes (FileChangeWatcher); 0 = SIGHUP only
  double rosterMaxDropShare = 0.5;        // [organisation] roster_max_drop: a reload losing more rows keeps the old roster
};

struct LogSettings {
  std::filesystem::path audit = "/var/log/aup-milter/audit.jsonl";  // one JSON line per decision
  std::filesystem::path operational;      // "" = stderr
  std::string level = "info";
  std::uint64_t maxFileBytes = 50u << 20;
  std::int64_t maxFiles = 10;
  // One line per decision to the local syslog daemon, keyed by the Postfix queue id
  // (audit/mail_log_line.h), so it lands in /var/log/mail.log beside Postfix's lines.
  bool syslog = true;
  std::filesystem::path syslogSocket = "/dev/log";
  std::string syslogIdent = "aup-milter";
  std::string syslogFacility = "mail";
  std::string syslogFormat = "rfc3164";
};

// [metrics]: the Prometheus endpoint (docs/metrics.md). Read at start only.
struct MetricsSettings {
  std::string listen;  // "HOST:PORT"; "" = off
};

struct Settings {
  std::filesystem::path file;  // the config file these settings came from
  MilterSettings milter;
  LogSettings log;
  MetricsSettings metrics;
  QuarantineSettings quarantine;
  NoticeSettings notices;
  ConsoleSettings console;
  EngineSettings engine;
  ParseLimits parseLimits;
};

// A policy the product ships: its id and its default actions. Each policy declares itself in
// its own folder (ScannerFactory::policies); scanners/registry.cpp lists the factories.
struct PolicyDeclaration {
  std::string_view id;
  Action action;         // default for outbound and internal mail
  Action inboundAction;  // default for mail from outside
};

// Reads every core section ([milter], [organisation], [policy.*] actions, [log], [quarantine],
// [limits]) for the `policies` the product ships. Errors are recorded in the reader; the caller
// throws after scanners have read theirs.
Settings readCoreSettings(ConfigReader& reader, std::span<const PolicyDeclaration> policies);

// The keys every policy has ("policy.<id>.enabled", action, inbound_action, on_error).
std::span<const Setting> policyCommonSettings();

// Path of the embedded default configuration shipped with the source tree / install.
std::filesystem::path defaultConfigPath();

}  // namespace aup
