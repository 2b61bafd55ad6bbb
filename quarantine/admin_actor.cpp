#include "quarantine/admin_actor.h"

#include <pwd.h>
#include <unistd.h>

#include <cstdlib>
#include <vector>

namespace aup {

std::string currentActor() {
  if (const char* sudoUser = std::getenv("SUDO_USER"); sudoUser != nullptr && *sudoUser != '\0') {
    return std::string(sudoUser) + " (via sudo)";
  }
  if (const char* login = ::getlogin(); login != nullptr && *login != '\0') return login;
  std::vector<char> buffer(16384);
  passwd entry{};
  passwd* found = nullptr;
  if (::getpwuid_r(::getuid(), &entry, buffer.data(), buffer.size(), &found) == 0 && found != nullptr) {
    return found->pw_name;
  }
  return "uid " + std::to_string(::getuid());
}

}  // namespace aup
