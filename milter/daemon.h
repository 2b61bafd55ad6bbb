#pragma once
// Daemon - aup-milter's process life: load config, open the socket, run libmilter, and turn
// SIGHUP into an atomic snapshot reload and SIGTERM into a clean smfi_stop().

#include <filesystem>

namespace aup {

enum class RunMode {
  Foreground,  // stay attached (systemd Type=simple, tests)
  Background,  // detach with daemon(3)
};

// Exit codes follow sysexits.h: 0 ok, 70 software error, 73 cannot create, 78 bad configuration.
// demo: allow the bundled ClamAV test database outside the embedded config (aup-milter --demo).
int runDaemon(const std::filesystem::path& configFile, RunMode mode, bool demo = false);

// Loads and validates a config the way the daemon would; prints the outcome. 0 = valid.
int checkConfig(const std::filesystem::path& configFile, bool demo = false);

}  // namespace aup
