// aupctl - the admin CLI: scan a message, check a config, check Postfix's wiring, manage the quarantine,
// show the milter's status.

#include <CLI/CLI.hpp>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>
#include <sys/stat.h>

#include "tools/aupctl/check_postfix_command.h"
#include "tools/aupctl/console_commands.h"
#include "tools/aupctl/quarantine_commands.h"
#include "tools/aupctl/scan_command.h"
#include "tools/aupctl/status_command.h"

int main(int argc, char** argv) {
  // The quarantine store and the audit log are shared with the daemon through the admin group
  // (aup-admin): a file aupctl creates there (an audit log it rotates, SQLite's -wal/-shm) must
  // stay writable by the group, whatever umask the admin's login has.
  ::umask(0007);
  // Standard output carries only results (JSON, tables): every log line goes to standard error.
  spdlog::set_default_logger(spdlog::stderr_color_mt("aupctl"));
  CLI::App app{"aupctl - administer aup-milter, the acceptable-use policy mail filter"};
  app.require_subcommand(1);
  aup::addScanCommand(app);
  aup::addCheckConfigCommand(app);
  aup::addQuarantineCommands(app);
  aup::addConsoleCommands(app);
  aup::addCheckPostfixCommand(app);
  aup::addStatusCommand(app);
  CLI11_PARSE(app, argc, argv);
  return 0;
}
