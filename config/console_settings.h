#pragma once
// ConsoleSettings - the [console] section: the quarantine console `aup-console` (docs/console.md),
// typed and validated once at load (read by readCoreSettings, so the milter and aupctl accept the
// section too). Only aup-console and `aupctl console` act on it.

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "config/config_reader.h"

namespace aup {

struct ConsoleSettings {
  std::string listenAddress = "127.0.0.1";  // loopback: put nginx with TLS in front (docs/console.md)
  std::int64_t listenPort = 8026;
  std::filesystem::path usersFile;          // SQLite accounts file; "" = <quarantine.dir>/console-users.db
  std::int64_t sessionIdleSeconds = 30 * 60;
  std::int64_t sessionMaxSeconds = 10 * 3600;
  bool secureCookie = true;                 // false only for plain-http tests on loopback
  bool twoPersonRelease = true;             // personal-data items: one person requests, another approves
  std::int64_t signInFailuresPerWindow = 5; // per account and per client address
  std::int64_t signInWindowSeconds = 15 * 60;
  std::int64_t maxBodyBytes = 64 * 1024;    // largest API request body
  std::int64_t requestLinkLimit = 20;       // /request/ pages per client address per window
  std::int64_t requestLinkWindowSeconds = 15 * 60;
  std::vector<std::string> trustedProxies;  // exact IPs whose X-Forwarded-For and SSO header are believed
  std::string ssoHeader;                    // "" = no single sign-on
  std::string ssoGroupsHeader;              // "" = groups are not used
  std::filesystem::path ssoUsersFile;       // the SSO allow-list (console/sso.h); reloaded on SIGHUP and change
  std::int64_t ssoRefusalAuditLimit = 5;    // sso-refused lines per client address and user per window
  std::int64_t ssoRefusalAuditWindowSeconds = 15 * 60;
};

// Reads [console]; `quarantineDir` gives the default users file.
ConsoleSettings readConsoleSettings(ConfigReader& reader, const std::filesystem::path& quarantineDir);

}  // namespace aup
