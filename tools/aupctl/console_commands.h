#pragma once
// `aupctl console add-user NAME --role R` and `aupctl console list-users`: the quarantine
// console's local accounts (docs/console.md).

#include <CLI/CLI.hpp>

namespace aup {

void addConsoleCommands(CLI::App& app);

}  // namespace aup
