#pragma once
// socket_setup - the listening socket's location and permissions (plain POSIX, no libmilter).
//
// smtpd runs as user postfix, so a unix socket made by a root daemon with the default mode
// cannot be opened by it: the socket gets a chosen group and mode right after it is created.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace aup {

// The socket file of a "unix:/path" or "local:/path" listen spec; nullopt for inet sockets.
std::optional<std::filesystem::path> unixSocketPath(std::string_view listen);

// Creates the socket's directory when missing (e.g. /run/aup-milter). Throws std::runtime_error.
void prepareSocketDirectory(const std::filesystem::path& socket);

// Gives the socket to `group` ("" keeps the group) with `mode`. Throws std::runtime_error naming
// the group or the system error.
void applySocketPermissions(const std::filesystem::path& socket, const std::string& group, std::uint32_t mode);

// Sets TCP_NODELAY on every listening TCP socket of this process (libmilter opens its socket
// itself and does not expose it); Linux copies the option to each accepted connection, so the
// several small packets of a verdict (headers to add, recipients, the answer) leave at once
// instead of waiting on the MTA's delayed ACK. Returns how many sockets were changed.
int disableNagleOnListeningSockets();

}  // namespace aup
