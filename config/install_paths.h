#pragma once
// Install paths - where a program's default paths point depends on where it runs from.
// Installed (the Debian package, or `cmake --install`: the executable is PREFIX/bin/NAME or
// PREFIX/sbin/NAME) they are the system's: /etc/aup-milter and PREFIX/share/aup-milter. Run from
// the build tree they point into the source tree (the embedded demo config, rules/). So the
// package is made from the same release build the tests ran, with no second compile.

#include <filesystem>
#include <optional>

namespace aup {

// PREFIX when `executable` is PREFIX/bin/NAME or PREFIX/sbin/NAME, else nullopt (a build tree).
std::optional<std::filesystem::path> installPrefixOf(const std::filesystem::path& executable);

// installPrefixOf the running program (/proc/self/exe), looked up once; nullopt in a build tree.
const std::optional<std::filesystem::path>& runningInstallPrefix();

// True only for the embedded demo config run from the build tree: the one config that may use
// demo-only fallbacks (the bundled ClamAV test database) without aup-milter --demo.
bool isEmbeddedDemoConfig(const std::filesystem::path& file);

// The shipped rules ([policy.*] rules unset): PREFIX/share/aup-milter/rules when installed,
// else `buildTreeRules` (the source tree's rules/).
std::filesystem::path defaultRulesDir(const std::filesystem::path& buildTreeRules);

}  // namespace aup
