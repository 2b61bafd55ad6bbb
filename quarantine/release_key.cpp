#include "quarantine/release_key.h"

#include <fcntl.h>
#include <grp.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "decision/crypto.h"

namespace aup {

namespace {

constexpr std::size_t kMinimumKeyCharacters = 16;  // shorter keys make the HMAC guessable

std::string fileError(const std::filesystem::path& file, const std::string& what) {
  return "quarantine.release_secret_file " + file.string() + ": " + what;
}

// True when the key's owner is also the owner of its directory, which nobody else may write to:
// the daemon's own key in its state directory, read by a member of the admin group with aupctl.
bool ownedWithItsDirectory(const std::filesystem::path& file, uid_t owner) {
  struct stat dir {};
  std::filesystem::path parent = file.parent_path().empty() ? "." : file.parent_path();
  return ::stat(parent.c_str(), &dir) == 0 && dir.st_uid == owner && (dir.st_mode & (S_IWGRP | S_IWOTH)) == 0;
}

// Owner root, us, or the owner of a directory only it can write; no write for group/others; no
// read for others.
void checkPrivate(const std::filesystem::path& file) {
  struct stat st {};
  if (::stat(file.c_str(), &st) != 0) throw std::runtime_error(fileError(file, std::strerror(errno)));
  if (!S_ISREG(st.st_mode)) throw std::runtime_error(fileError(file, "not a regular file"));
  if (st.st_uid != 0 && st.st_uid != ::geteuid() && !ownedWithItsDirectory(file, st.st_uid)) {
    throw std::runtime_error(fileError(file, "owned by uid " + std::to_string(st.st_uid) +
                                                 "; it must belong to root, to the user reading it, or to the "
                                                 "owner of its directory when only that owner can write there"));
  }
  if ((st.st_mode & (S_IWGRP | S_IWOTH | S_IROTH)) != 0) {
    throw std::runtime_error(fileError(file, "readable by others or writable by its group; run chmod 0640 on it"));
  }
}

}  // namespace

std::string readReleaseKey(const std::filesystem::path& file) {
  if (file.empty()) throw std::runtime_error("quarantine.release_secret_file is not set");
  checkPrivate(file);
  std::ifstream in(file, std::ios::binary);
  if (!in) throw std::runtime_error(fileError(file, std::string("cannot read: ") + std::strerror(errno)));
  std::ostringstream text;
  text << in.rdbuf();
  std::string key = std::move(text).str();
  auto isSpace = [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; };
  while (!key.empty() && isSpace(key.back())) key.pop_back();
  std::size_t start = 0;
  while (start < key.size() && isSpace(key[start])) ++start;
  key.erase(0, start);
  if (key.size() < kMinimumKeyCharacters) {
    throw std::runtime_error(fileError(file, "holds fewer than 16 characters; create it with `openssl rand -hex 32`"));
  }
  return key;
}

std::string loadOrCreateReleaseKey(const std::filesystem::path& file, const std::string& group) {
  if (file.empty()) throw std::runtime_error("quarantine.release_secret_file is not set");
  int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0640);
  if (fd >= 0) {
    const std::string key = toHex(randomBytes(32)) + "\n";
    bool ok = ::write(fd, key.data(), key.size()) == static_cast<ssize_t>(key.size()) && ::fsync(fd) == 0;
    if (!group.empty()) {
      if (struct group* g = ::getgrnam(group.c_str())) (void)::fchown(fd, static_cast<uid_t>(-1), g->gr_gid);
    }
    ::close(fd);
    if (!ok) {
      ::unlink(file.c_str());
      throw std::runtime_error(fileError(file, "could not be written"));
    }
  } else if (errno != EEXIST) {
    throw std::runtime_error(fileError(file, std::string("cannot create: ") + std::strerror(errno)));
  }
  return readReleaseKey(file);
}

}  // namespace aup
