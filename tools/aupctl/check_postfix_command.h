#pragma once
// `aupctl check-postfix`: runs `postconf -n` and `postconf -M` and prints what is wrong with
// Postfix's wiring to aup-milter, one finding per line with its fix (postfix_check.h).
// Exit codes: 0 all is well (warnings may be printed), 1 something is wrong, 2 postconf cannot
// be run or aup-milter's config cannot be read.

#include <CLI/CLI.hpp>

namespace aup {

void addCheckPostfixCommand(CLI::App& app);

}  // namespace aup
