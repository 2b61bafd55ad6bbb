#pragma once
// `aupctl scan` and `aupctl check-config`: the engine from the command line, with no side effects.

#include <CLI/CLI.hpp>

namespace aup {

void addScanCommand(CLI::App& app);
void addCheckConfigCommand(CLI::App& app);

}  // namespace aup
