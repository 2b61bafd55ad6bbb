#include "config/console_settings.h"

#include "config/core_settings.h"

namespace aup {

ConsoleSettings readConsoleSettings(ConfigReader& reader, const std::filesystem::path& quarantineDir) {
  ConsoleSettings c;
  c.listenAddress = reader.getString(coreSetting("console.listen_address"));
  c.listenPort = reader.getInt(coreSetting("console.listen_port"));
  c.usersFile = reader.getPath(coreSetting("console.users_file"));
  if (c.usersFile.empty() && !quarantineDir.empty()) c.usersFile = quarantineDir / "console-users.db";
  c.sessionIdleSeconds = reader.getDurationSeconds(coreSetting("console.session_idle_timeout"));
  c.sessionMaxSeconds = reader.getDurationSeconds(coreSetting("console.session_max_age"));
  if (c.sessionMaxSeconds < c.sessionIdleSeconds) {
    reader.error("console.session_max_age", "must not be below console.session_idle_timeout");
  }
  c.secureCookie = reader.getBool(coreSetting("console.secure_cookie"));
  c.twoPersonRelease = reader.getBool(coreSetting("console.two_person_release"));
  c.signInFailuresPerWindow = reader.getInt(coreSetting("console.sign_in_failures"));
  c.signInWindowSeconds = reader.getDurationSeconds(coreSetting("console.sign_in_window"));
  c.maxBodyBytes = static_cast<std::int64_t>(reader.getSize(coreSetting("console.max_request_size")));
  return c;
}

}  // namespace aup
