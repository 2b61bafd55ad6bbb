#pragma once
// systemd_notify - tells systemd (Type=notify) when the milter is ready, reloading or stopping.
// Without $NOTIFY_SOCKET (started by hand, by tests, or by another supervisor) each call does
// nothing.

namespace aup {

// The socket is open and libmilter accepts connections.
void notifyReady();
// A SIGHUP or file-change reload started; notifyReady() ends it (systemd >= 253 waits for it).
void notifyReloading();
void notifyStopping();

}  // namespace aup
