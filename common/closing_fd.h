#pragma once
// ClosingFd - a file descriptor closed when it goes out of scope, whatever the path out (early
// returns, exceptions). No copies: one owner closes it once.

#include <unistd.h>

namespace aup {

struct ClosingFd {
  int fd = -1;
  explicit ClosingFd(int descriptor) : fd(descriptor) {}
  ClosingFd(const ClosingFd&) = delete;
  ClosingFd& operator=(const ClosingFd&) = delete;
  ~ClosingFd() {
    if (fd >= 0) ::close(fd);
  }
};

}  // namespace aup
