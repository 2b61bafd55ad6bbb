#pragma once
// Safe text for `aupctl quarantine` output: a quarantined message is hostile input, so nothing from
// it reaches the terminal unescaped (no escape sequences, no C1 controls, no bare CR).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace aup {

enum class NewlinePolicy {
  Keep,    // a multi-line preview: LF stays a line break
  Escape,  // a table cell: LF becomes "\n"
};

// Control characters become \xNN (tab stays); invalid UTF-8 bytes become \xNN; long text is cut at maxChars.
std::string terminalSafe(std::string_view text, NewlinePolicy newlines, std::size_t maxChars = 4000);

// "30d", "12h", "90m", "45s", "2w" or a bare number of seconds; nullopt when not understood.
std::optional<std::int64_t> parseDurationArg(std::string_view text);

// "2026-11-22 11:20:00" (UTC) for a unix time.
std::string formatUtc(std::int64_t unixSeconds);

}  // namespace aup
