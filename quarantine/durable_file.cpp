#include "quarantine/durable_file.h"

#include <fcntl.h>
#include <grp.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <stdexcept>
#include <vector>

#include "decision/crypto.h"

namespace aup {

namespace {

[[noreturn]] void failErrno(const std::string& what) {
  throw std::runtime_error(what + ": " + std::strerror(errno));
}

// Writes every byte or throws (short writes and EINTR are retried).
void writeAll(int fd, std::string_view bytes, const std::filesystem::path& file) {
  while (!bytes.empty()) {
    ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      failErrno("cannot write " + file.string());
    }
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
}

// Streams the message into fd, hashing as it goes.
WrittenFile copyInto(int fd, const RawMessage& message, const std::filesystem::path& file) {
  Sha256 hash;
  WrittenFile out;
  if (!message.isSpooled()) {
    writeAll(fd, message.memory(), file);
    hash.update(message.memory());
    out.size = message.memory().size();
  } else {
    std::ifstream in(message.spoolPath(), std::ios::binary);
    if (!in) throw std::runtime_error("cannot read spooled message " + message.spoolPath().string());
    std::vector<char> buffer(1 << 16);
    while (in) {
      in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
      std::string_view chunk(buffer.data(), static_cast<std::size_t>(in.gcount()));
      writeAll(fd, chunk, file);
      hash.update(chunk);
      out.size += chunk.size();
    }
    if (in.bad()) throw std::runtime_error("error reading spooled message " + message.spoolPath().string());
  }
  out.sha256 = hash.finishHex();
  return out;
}

}  // namespace

void syncDirectory(const std::filesystem::path& dir) {
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) failErrno("cannot open directory " + dir.string());
  int rc = ::fsync(fd);
  int saved = errno;
  ::close(fd);
  errno = saved;
  if (rc != 0) failErrno("cannot fsync directory " + dir.string());
}

WrittenFile writeFileDurably(const RawMessage& message, const std::filesystem::path& tmp,
                             const std::filesystem::path& final) {
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0640);
  if (fd < 0) failErrno("cannot create " + tmp.string());
  try {
    if (::fchmod(fd, 0640) != 0) failErrno("cannot chmod " + tmp.string());
    WrittenFile written = copyInto(fd, message, tmp);
    if (::fsync(fd) != 0) failErrno("cannot fsync " + tmp.string());
    int rc = ::close(fd);
    fd = -1;
    if (rc != 0) failErrno("cannot close " + tmp.string());
    if (::rename(tmp.c_str(), final.c_str()) != 0) failErrno("cannot rename into " + final.string());
    try {
      syncDirectory(final.parent_path());
    } catch (...) {
      ::unlink(final.c_str());
      throw;
    }
    return written;
  } catch (...) {
    if (fd >= 0) ::close(fd);
    ::unlink(tmp.c_str());
    throw;
  }
}

gid_t resolveStoreGroup(const std::string& name) {
  std::vector<char> buffer(16384);
  group entry{};
  group* found = nullptr;
  const std::string wanted = name.empty() ? "aup-admin" : name;
  if (::getgrnam_r(wanted.c_str(), &entry, buffer.data(), buffer.size(), &found) == 0 && found != nullptr) {
    return found->gr_gid;
  }
  if (!name.empty()) throw std::runtime_error("quarantine.group '" + name + "' is not a group on this system");
  return 0;
}

std::string prepareStoreDirectory(const std::filesystem::path& dir, gid_t group) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) throw std::runtime_error("cannot create " + dir.string() + ": " + ec.message());
  std::string warning;
  if (::chown(dir.c_str(), static_cast<uid_t>(-1), group) != 0) {
    warning = "cannot give " + dir.string() + " group " + std::to_string(group) + ": " + std::strerror(errno);
  }
  // Group rwx: the admin group releases and deletes (rows change, files go) without root; setgid
  // keeps new files in the group. XXX a store created by root and opened by the daemon's user
  // cannot be chmod-ed by it: warn only.
  // Only when the mode differs: a store the package made 2770 needs no chmod, which a service
  // with RestrictSUIDSGID= (no setgid bits set) could not do.
  struct stat st{};
  bool alreadySet = ::stat(dir.c_str(), &st) == 0 && (st.st_mode & 07777) == 02770;
  if (!alreadySet && ::chmod(dir.c_str(), 02770) != 0 && warning.empty()) {
    warning = "cannot set mode 2770 on " + dir.string() + ": " + std::strerror(errno);
  }
  return warning;
}

std::string restrictFile(const std::filesystem::path& file, gid_t group, mode_t mode) {
  if (::chmod(file.c_str(), mode) != 0) {
    return "cannot set mode " + std::to_string(mode) + " on " + file.string() + ": " + std::strerror(errno);
  }
  if (::chown(file.c_str(), static_cast<uid_t>(-1), group) != 0) {
    return "cannot give " + file.string() + " group " + std::to_string(group) + ": " + std::strerror(errno);
  }
  return "";
}

}  // namespace aup
