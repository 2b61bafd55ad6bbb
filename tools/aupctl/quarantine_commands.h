#pragma once
// `aupctl quarantine list|show|release|delete|purge` - the admin's review-and-release loop
// (docs/quarantine.md). Every action is audited (who, what, when) in the row and the audit log.

#include <CLI/CLI.hpp>

namespace aup {

void addQuarantineCommands(CLI::App& app);

}  // namespace aup
