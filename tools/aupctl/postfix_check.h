#pragma once
// checkPostfix - is this Postfix wired the way aup-milter needs? A pure function: the text that
// `postconf -n` and `postconf -M` print, and what aup-milter's own config says, in; one finding
// per problem (each with its fix) out. An empty list means "all is well". `aupctl check-postfix`
// (check_postfix_command.cpp) runs postconf and prints the findings.
//
// What is checked (docs/postfix.md, "Checking the wiring"):
// - smtpd_milters and non_smtpd_milters name aup-milter's socket, as each smtpd service and the
//   cleanup service see it (master.cf `-o` overrides, `$name` references, `{ ... }` entries,
//   `receive_override_options = no_milters`);
// - a unix socket Postfix would look for inside smtpd's or cleanup's chroot is really there;
// - milter_default_action = tempfail, milter_protocol >= 6, milter_content_timeout above
//   [milter] message_budget (each also as a per-milter option in a `{ ... }` entry);
// - the release listener of docs/quarantine.md: an smtpd on release_host:release_port that keeps
//   the milter.

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace aup {

// What aup-milter's config says Postfix must match.
struct MilterExpectations {
  std::string listen = "unix:/run/aup-milter/milter.sock";  // [milter] listen
  std::int64_t messageBudgetSeconds = 240;                  // [milter] message_budget
  bool releaseListener = true;  // a quarantine store is configured: releases and notices need the listener
  std::string releaseHost = "127.0.0.1";                    // [quarantine] release_host
  int releasePort = 10026;                                  // [quarantine] release_port
  std::string postconf = "postconf";  // the command quoted in fixes ("postconf -c /etc/postfix-out")
};

enum class Severity {
  Problem,  // mail goes unchecked, is accepted when the milter is down, or cannot be released: exit code 1
  Warning,  // probably deliberate, worth a look; the exit code stays 0
};

struct PostfixFinding {
  Severity severity = Severity::Problem;
  std::string where;    // the setting or master.cf service: "smtpd_milters", "master.cf service 127.0.0.1:10026"
  std::string problem;  // what is wrong, in one sentence
  std::string fix;      // what to do, as a command or config line where one exists
};

std::vector<PostfixFinding> checkPostfix(std::string_view postconfN, std::string_view postconfM,
                                         const MilterExpectations& expect);

// "problem: WHERE: PROBLEM Fix: FIX" - one line, as aupctl prints it.
std::string formatFinding(const PostfixFinding& finding);

// --- the pieces, exposed for tests ---------------------------------------------------------

// `postconf -n`: "name = value" per line; lines that are not parameters are skipped.
std::map<std::string, std::string> parsePostconfN(std::string_view text);

// One master.cf service as `postconf -M` prints it (continuation lines already joined).
struct MasterService {
  std::string name;     // "smtp", "127.0.0.1:10026", "10026", "[::1]:10026"
  std::string type;     // inet, unix, unix-dgram, fifo, pass
  std::string chroot;   // "y", "n" or "-" (the default)
  std::string command;  // "smtpd", "cleanup", "postscreen" ...
  std::map<std::string, std::string> overrides;  // -o name=value
};
std::vector<MasterService> parsePostconfM(std::string_view text);

// One entry of a milter list: "unix:path" / "inet:host:port", with the options of a
// `{ spec, name=value ... }` entry.
struct MilterEntry {
  std::string spec;
  std::map<std::string, std::string> options;
};
std::vector<MilterEntry> parseMilterList(std::string_view value);

// Expands $name, ${name} and $(name) (and ${name?text}, ${name:text}) as Postfix does, with
// `lookup` giving each parameter's value ("" for an unknown one); nested references too.
using ParameterLookup = std::map<std::string, std::string>;
std::string expandParameters(std::string_view value, const ParameterLookup& lookup);

// A Postfix time value ("300s", "5m", "300") in seconds; -1 when it is not one.
std::int64_t postfixSeconds(std::string_view value);

}  // namespace aup
