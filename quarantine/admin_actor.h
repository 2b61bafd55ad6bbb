#pragma once
// Who is acting, for the audit trail of admin commands.

#include <string>

namespace aup {

// SUDO_USER when run through sudo (the human behind it), else the login name, else the uid's name,
// else "uid <n>".
std::string currentActor();

}  // namespace aup
