#pragma once
// `aupctl status`: one screen saying whether the milter is up, which configuration it runs, its
// ClamAV database, the last reload, and the quarantine and notice backlogs (status_report.h).
// Exit codes: 0 up and the last reload ok, 1 down or the last reload failed, 2 the config
// cannot be read.

#include <CLI/CLI.hpp>

namespace aup {

void addStatusCommand(CLI::App& app);

}  // namespace aup
