#include "config/core_settings.h"

namespace aup {

namespace {

using T = SettingType;

// clang-format off
constexpr Setting kCoreSettings[] = {
    // [milter]
    {"milter.listen", T::String, "unix:/run/aup-milter/milter.sock", {}, {}, {},
     "where Postfix connects: `unix:/path` or `inet:PORT@127.0.0.1`. Prefer the unix socket: on TCP expect up to ~40 ms per message from delayed ACKs unless the route has `quickack 1` (docs/troubleshooting.md)"},
    {"milter.socket_group", T::String, "postfix", {}, {}, {}, "group given access to a unix socket (smtpd runs as `postfix`)"},
    {"milter.socket_mode", T::String, "0660", {}, {}, {}, "mode of the unix socket (octal)"},
    {"milter.spool_threshold", T::Size, "1M", "4096", "4G", {},
     "messages larger than this are spooled to `spool_dir` instead of memory"},
    {"milter.spool_dir", T::Path, "/var/spool/aup-milter/tmp", {}, {}, {}, "private temp directory for large messages"},
    {"milter.verdict_header", T::Bool, "true", {}, {}, {}, "add `X-AUP-Verdict` to delivered mail"},
    {"milter.verdict_header_name", T::String, "X-AUP-Verdict", {}, {}, {}, "its name"},
    {"milter.timeout", T::Duration, "300s", "10s", "1h", {}, "libmilter's read/write timeout towards Postfix"},
    {"milter.pid_file", T::Path, "", {}, {}, {}, "write the daemon's PID here"},
    {"milter.file_check_interval", T::Duration, "60s", "0", "1d", {},
     "how often the config file and the files it points at (the roster) are checked for changes; a change reloads like SIGHUP. `aup-console` checks its `console.sso_users_file` as often. `\"0\"` = SIGHUP only"},
    {"milter.message_budget", T::Duration, "240s", "1s", "1h", {},
     "time one message may take to parse and scan. Keep it below Postfix's `milter_content_timeout` (300s by default), or Postfix gives up first. Every scanner stops its loops (attachments, zip members, sheet cells, PDF pages) when it runs out; PDF text is read by a child process that is killed when the budget (or `extraction_timeout`) runs out, even inside one page; libclamav within one part is bounded by its own limits"},
    {"milter.on_budget_exceeded", T::Choice, "quarantine", {}, {}, "quarantine|tempfail",
     "what a message that ran out of time gets (reason `engine/message-budget`, \"not fully checked\"): `quarantine` (held for a person) or `tempfail` (451; a message that always overruns is then retried for days and bounces)"},

    // [organisation]
    {"organisation.name", T::String, "the organisation", {}, {}, {}, "shown in SMTP replies and notices", {}, true},
    {"organisation.internal_domains", T::StringList, "", {}, {}, {},
     "domains of the organisation's mailboxes; subdomains count too (required)", {}, true},
    {"organisation.learner_domains", T::StringList, "", {}, {}, {}, "learners' domains (learners are internal users)", {}, true},
    {"organisation.trusted_networks", T::StringList, "", {}, {}, {},
     "CIDR networks whose clients count as internal without SASL"},
    {"organisation.headteacher", T::String, "", {}, {}, {}, "the Headteacher's address (headteacher-copy policy)", {}, true},
    {"organisation.postmaster", T::String, "", {}, {}, {}, "contact named in replies and notices", {}, true},
    {"organisation.roster_max_drop", T::Double, "0.5", "0", "1", {},
     "a reload whose roster lost more than this share of its rows at once (an MIS export cut short) is refused and the previous roster kept; `1` = never refuse"},

    // Read with the organisation: notices use it too (a notice goes only to an address the login owns).
    {"policy.anonymous.send_as", T::StringList, "", {}, {}, {},
     "who may send as a shared mailbox or alias: `\"office@school.example: j.smith@school.example, a.jones\"`", {}, true},

    // [engine] and [limits]
    {"engine.on_unscannable", T::Action, "tempfail", {}, {}, {},
     "action when the MIME structure cannot be fully examined (limits hit, parser refused a hostile structure)"},
    {"limits.max_parts", T::Int, "2000", "1", "100000", {}, "MIME leaf parts examined per message"},
    {"limits.max_decoded_size", T::Size, "64M", "64k", "16G", {}, "decoded bytes held per message"},

    // [quarantine]
    {"quarantine.dir", T::Path, "/var/spool/aup-milter/quarantine", {}, {}, {},
     "the store: `quarantine.db` (SQLite, WAL) and `messages/<id>.eml`"},
    {"quarantine.group", T::String, "", {}, {}, {},
     "group that may work the store with aupctl (dirs `2770`, message files `0640`, database `0660`); `\"\"` = `aup-admin` if it exists, else root's group; a named group that does not exist is an error at start"},
    {"quarantine.retention", T::Duration, "30d", "1h", "3650d", {},
     "age after which `aupctl quarantine purge` removes a message and its record"},
    {"quarantine.release_host", T::String, "127.0.0.1", {}, {}, {},
     "SMTP listener `aupctl quarantine release` re-injects to (a loopback Postfix smtpd that keeps the milter)"},
    {"quarantine.release_port", T::Int, "10026", "1", "65535", {}, "its port"},
    {"quarantine.release_secret_file", T::Path, "", {}, {}, {},
     "file holding the HMAC key for the `X-AUP-Released`/`X-AUP-Notice` tokens (at least 16 characters, not readable by others); `\"\"` = `<dir>/release.key`, created at first start"},
    {"quarantine.release_token_max_age", T::Duration, "5d", "1h", "30d", {},
     "a release token older than this is not honoured (outlasts Postfix's `maximal_queue_lifetime`)"},
    {"quarantine.smtp_timeout", T::Duration, "60s", "1s", "1h", {}, "timeout of one release or notice SMTP session"},
    {"quarantine.backend", T::Choice, "sqlite", {}, {}, "sqlite|postgresql",
     "where held mail and the notice outbox live: `sqlite` (files and `quarantine.db` under `dir`, one gateway) or `postgresql` (one database shared by several gateways, docs/scale-out.md)"},
    {"quarantine.dsn", T::String, "", {}, {}, {},
     "PostgreSQL connection string when `backend = \"postgresql\"` (`host=db1 dbname=aup user=aup_milter`, or a `postgresql://` URI); no password here: use `password_file`"},
    {"quarantine.password_file", T::Path, "", {}, {}, {},
     "file holding the PostgreSQL password (one line, not readable by others); `\"\"` = none (peer, certificate or `~/.pgpass` authentication)"},
    {"quarantine.gateway", T::String, "", {}, {}, {},
     "this gateway's name, recorded on every message it holds; `\"\"` = the host name"},
    {"quarantine.db_timeout", T::Duration, "10s", "1s", "5m", {},
     "longest a PostgreSQL connect or statement may take; past it the message is answered 451 and retried"},
    {"quarantine.db_connections", T::Int, "4", "1", "64", {},
     "PostgreSQL connections each process keeps for held mail (a put waits at most `db_timeout` for one)"},

    // [notices]
    {"notices.enabled", T::Bool, "true", {}, {}, {}, "send notices to internal senders of held or rejected mail"},
    {"notices.from", T::String, "", {}, {}, {},
     "sender address of notices; `\"\"` = `organisation.postmaster`; with neither, notices are off (a warning is logged)"},
    {"notices.contact", T::String, "", {}, {}, {}, "whom staff should contact; `\"\"` = `from`"},
    {"notices.smtp_host", T::String, "127.0.0.1", {}, {}, {}, "where notices are submitted (the release listener)"},
    {"notices.smtp_port", T::Int, "10026", "1", "65535", {}, "its port"},
    {"notices.template_dir", T::Path, "templates", {}, {}, {},
     "directory with `notice-subject.txt`, `notice.txt`, `notice.html` (staff notices) and `outcome-subject.txt`, `outcome.txt`, `outcome.html` (what became of a release request: decided in `aup-console`, or closed by a direct release or delete in `aup-console` or `aupctl`)"},
    {"notices.rate_per_hour", T::Int, "10", "0", "100000", {},
     "notices per SASL login and per client address per hour; more are dropped (logged)"},
    {"notices.trusted_host_notice_to", T::String, "", {}, {}, {},
     "where notices about a trusted host without a login go; `\"\"` = none"},
    {"notices.max_attempts", T::Int, "8", "1", "100", {}, "attempts before a notice is marked failed (logged)"},
    {"notices.retry_base", T::Duration, "60s", "1s", "1d", {}, "first retry delay; doubles per attempt"},
    {"notices.retry_max", T::Duration, "1h", "1s", "7d", {}, "longest retry delay (not below `retry_base`)"},
    {"notices.console_url", T::String, "", {}, {}, {},
     "the console's address as staff reach it (`\"https://gateway.school.example\"`): each notice about held mail then carries a signed \"request release\" link `<console_url>/request/<token>`; `\"\"` = no link (the notice says whom to contact)", {}, true},
    {"notices.request_link_lifetime", T::Duration, "7d", "1h", "30d", {},
     "how long a notice's \"request release\" link works (keep it within `quarantine.retention`)"},

    // [console]
    {"console.listen_address", T::String, "127.0.0.1", {}, {}, {},
     "address `aup-console` listens on; keep it on loopback and put nginx with TLS in front (docs/console.md)"},
    {"console.listen_port", T::Int, "8026", "1", "65535", {}, "its port"},
    {"console.users_file", T::Path, "", {}, {}, {},
     "console accounts (argon2id hashes, SQLite), made with `aupctl console add-user`; `\"\"` = `<quarantine.dir>/console-users.db`"},
    {"console.session_idle_timeout", T::Duration, "30m", "1m", "12h", {}, "a session unused this long is signed out"},
    {"console.session_max_age", T::Duration, "10h", "5m", "7d", {}, "a session older than this is signed out however busy"},
    {"console.secure_cookie", T::Bool, "true", {}, {}, {},
     "mark the session cookie `Secure` (browsers then send it over HTTPS only); `false` only for plain-http tests on loopback"},
    {"console.two_person_release", T::Bool, "true", {}, {}, {},
     "personal-data items are released only on a request approved by a second person (an admin or the DSL)"},
    {"console.sign_in_failures", T::Int, "5", "1", "1000", {},
     "failed sign-ins allowed per account and per client address in `sign_in_window`; more are refused (429)"},
    {"console.sign_in_window", T::Duration, "15m", "1m", "1d", {}, "the window of `sign_in_failures`"},
    {"console.max_request_size", T::Size, "64k", "1k", "1M", {}, "largest API request body accepted (413 above)"},
    {"console.request_link_limit", T::Int, "20", "1", "10000", {},
     "visits to the \"request release\" pages (`/request/...`) allowed per client address in `request_link_window`; more are refused (429, audited)"},
    {"console.request_link_window", T::Duration, "15m", "1m", "1d", {}, "the window of `request_link_limit`"},
    {"console.trusted_proxies", T::StringList, "", {}, {}, {},
     "exact IP addresses of reverse proxies (nginx) whose `X-Forwarded-For` gives the client address for the trail and rate limits, and who may send `sso_header`; `[]` = none"},
    {"console.sso_header", T::String, "", {}, {}, {},
     "single sign-on: the header a trusted proxy sets to the signed-in user (`\"X-Remote-User\"`, oauth2-proxy's `X-Forwarded-Email`); the same header from any other address is refused (403, audited); `\"\"` = off"},
    {"console.sso_groups_header", T::String, "", {}, {}, {},
     "the header with the user's groups, comma-separated (oauth2-proxy's `X-Forwarded-Groups`), matched against `group:` lines of `sso_users_file`; `\"\"` = groups are not used"},
    {"console.sso_users_file", T::Path, "", {}, {}, {},
     "who may sign in by SSO, with which role: lines `USER ROLE` or `group:GROUP ROLE` (docs/console.md); anyone else is refused (403). Required with `sso_header`. Read again on SIGHUP and when it changes (checked every `milter.file_check_interval`); a file that does not parse keeps the list in force"},
    {"console.sso_refusal_audit_limit", T::Int, "5", "1", "1000", {},
     "SSO refusals (`sso-refused`) audited one by one per client address and user in `sso_refusal_audit_window`; more are counted and audited as one line \"N further refusals suppressed\". A client address gets 4 times this across all its users"},
    {"console.sso_refusal_audit_window", T::Duration, "15m", "1m", "1d", {}, "the window of `sso_refusal_audit_limit`"},

    // [metrics]
    {"metrics.listen", T::String, "", {}, {}, {},
     "serve Prometheus metrics at `http://HOST:PORT/metrics` (`\"127.0.0.1:9899\"`); `\"\"` = off. Keep it on loopback: the endpoint has no authentication (docs/metrics.md)", {}, true},

    // [log]
    {"log.audit", T::Path, "/var/log/aup-milter/audit.jsonl", {}, {}, {},
     "one JSON line per decision: queue id, envelope, direction, action, reasons with masked evidence, milliseconds per scanner"},
    {"log.file", T::Path, "", {}, {}, {}, "operational log file; empty = standard error (journald)"},
    {"log.level", T::Choice, "info", {}, {}, "trace|debug|info|warn|error", "trace, debug, info, warn, error"},
    {"log.max_file_size", T::Size, "50M", "64k", "1024G", {}, "rotate logs at this size"},
    {"log.max_files", T::Int, "10", "1", "1000", {}, "rotated files kept"},
    {"log.syslog", T::Bool, "true", {}, {}, {},
     "one line per decision to syslog, keyed by the Postfix queue id (`4Xyz1234: reject: policy=... rule=... from=<...> to=<...> direction=...`), so it lands in `/var/log/mail.log` beside Postfix's own lines; a missing socket is logged once and never stops mail (docs/postfix.md)"},
    {"log.syslog_socket", T::Path, "/dev/log", {}, {}, {}, "the local syslog daemon's unix datagram socket (rsyslog, syslog-ng or journald)"},
    {"log.syslog_ident", T::String, "aup-milter", {}, {}, {}, "program name on those lines (`aup-milter[PID]:`)"},
    {"log.syslog_facility", T::Choice, "mail", {}, {}, "mail|daemon|user|local0|local1|local2|local3|local4|local5|local6|local7",
     "syslog facility; `mail` puts the lines in `/var/log/mail.log` on Debian"},
    {"log.syslog_format", T::Choice, "rfc3164", {}, {}, "rfc3164|rfc5424",
     "`rfc3164` (what syslog(3) sends; every local daemon reads it) or `rfc5424` (ISO time with microseconds, host name)"},
};
// clang-format on

}  // namespace

std::span<const Setting> coreSettings() { return kCoreSettings; }

const Setting& coreSetting(std::string_view key) { return findSetting(kCoreSettings, key); }

}  // namespace aup
