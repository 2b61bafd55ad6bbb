#include "milter/socket_setup.h"

#include <grp.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <vector>

namespace aup {

std::optional<std::filesystem::path> unixSocketPath(std::string_view listen) {
  for (std::string_view prefix : {"unix:", "local:"}) {
    if (listen.starts_with(prefix)) return std::filesystem::path(std::string(listen.substr(prefix.size())));
  }
  if (!listen.empty() && listen.front() == '/') return std::filesystem::path(std::string(listen));
  return std::nullopt;
}

void prepareSocketDirectory(const std::filesystem::path& socket) {
  std::filesystem::path dir = socket.parent_path();
  if (dir.empty()) return;
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) throw std::runtime_error("cannot create socket directory " + dir.string() + ": " + ec.message());
}

namespace {

// Looks up a group id by name (getgrnam_r: the daemon's threads may already be running).
gid_t groupId(const std::string& group) {
  struct group entry{};
  struct group* found = nullptr;
  std::vector<char> buffer(16384);
  int rc = ::getgrnam_r(group.c_str(), &entry, buffer.data(), buffer.size(), &found);
  if (rc != 0 || found == nullptr) throw std::runtime_error("unknown group '" + group + "' (milter.socket_group)");
  return found->gr_gid;
}

}  // namespace

void applySocketPermissions(const std::filesystem::path& socket, const std::string& group, std::uint32_t mode) {
  if (!group.empty()) {
    gid_t gid = groupId(group);
    if (::chown(socket.c_str(), static_cast<uid_t>(-1), gid) != 0) {
      throw std::runtime_error("cannot give socket " + socket.string() + " to group " + group + ": " + std::strerror(errno));
    }
  }
  if (::chmod(socket.c_str(), static_cast<mode_t>(mode)) != 0) {
    throw std::runtime_error("cannot set the mode of socket " + socket.string() + ": " + std::strerror(errno));
  }
}

int disableNagleOnListeningSockets() {
  int changed = 0;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator("/proc/self/fd", ec)) {
    int fd = -1;
    try {
      fd = std::stoi(entry.path().filename().string());
    } catch (const std::exception&) {
      continue;
    }
    int listening = 0;
    socklen_t size = sizeof listening;
    if (::getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &listening, &size) != 0 || listening == 0) continue;
    sockaddr_storage address{};
    socklen_t addressSize = sizeof address;
    if (::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &addressSize) != 0) continue;
    if (address.ss_family != AF_INET && address.ss_family != AF_INET6) continue;
    int on = 1;
    if (::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on) == 0) ++changed;
  }
  return changed;
}

}  // namespace aup
