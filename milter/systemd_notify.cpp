#include "milter/systemd_notify.h"

#include <systemd/sd-daemon.h>

#include <cstdint>
#include <ctime>
#include <string>

namespace aup {

namespace {

std::uint64_t monotonicMicroseconds() {
  timespec ts{};
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<std::uint64_t>(ts.tv_sec) * 1000000u + static_cast<std::uint64_t>(ts.tv_nsec) / 1000u;
}

}  // namespace

void notifyReady() { sd_notify(0, "READY=1\nSTATUS=ready"); }

void notifyReloading() {
  // MONOTONIC_USEC lets systemd's Type=notify-reload match this RELOADING=1 to the request.
  const std::string state = "RELOADING=1\nSTATUS=reloading\nMONOTONIC_USEC=" + std::to_string(monotonicMicroseconds());
  sd_notify(0, state.c_str());
}

void notifyStopping() { sd_notify(0, "STOPPING=1\nSTATUS=stopping"); }

}  // namespace aup
