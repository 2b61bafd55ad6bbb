#include "scanners/headteacher_copy/headteacher_copy_scanner.h"

#include <algorithm>

#include "engine/text_util.h"

namespace aup {

namespace {

constexpr const char* kPolicy = "headteacher-copy";
constexpr const char* kCopyHeader = "X-AUP-Headteacher-Copy";
constexpr std::size_t kMaxListedMatches = 5;  // keeps a reply line short when a message goes to a whole class

// Appends the Headteacher to the first Cc: header, or adds one (smfi_chgheader / smfi_addheader).
void addVisibleCc(const MessageView& message, const std::string& headteacher, Modifications& mods) {
  // Named in To/Cc already (but not an envelope recipient, e.g. a resent draft): no second mention.
  const auto& named = message.headerRecipients();
  if (std::any_of(named.begin(), named.end(), [&](const Mailbox& m) { return equalsIgnoreCase(m.address, headteacher); })) {
    return;
  }
  auto cc = std::find_if(message.headers().begin(), message.headers().end(),
                         [](const HeaderField& h) { return equalsIgnoreCase(h.name, "Cc"); });
  if (cc == message.headers().end()) {
    mods.addHeaders.push_back({"Cc", headteacher});
    return;
  }
  std::string existing(trim(cc->value));
  while (!existing.empty() && (existing.back() == ',' || existing.back() == ' ')) existing.pop_back();
  mods.changeHeaders.push_back({"Cc", 1, existing.empty() ? headteacher : existing + ", " + headteacher});
}

}  // namespace

std::string senderIdentity(const Envelope& envelope, const Organisation& org) {
  // XXX The SASL login is the only identity the sender proved, but logins without a domain
  // ("jsmith") or with a realm that is no mail domain ("jsmith@SCHOOL") say nothing about the
  // mailbox; MAIL FROM is then the witness (Postfix's smtpd_sender_login_maps binds the two).
  if (envelope.authUser && org.isInternalAddress(*envelope.authUser)) return *envelope.authUser;
  return envelope.mailFrom;
}

std::string describeRosterMatches(const std::vector<RosterMatch>& matches) {
  std::string out;
  for (std::size_t i = 0; i < matches.size() && i < kMaxListedMatches; ++i) {
    const RosterEntry& entry = *matches[i].entry;
    out += (out.empty() ? "" : ", ") + std::string(toString(entry.role)) + " " + maskAddress(matches[i].address);
    if (entry.key.starts_with('@')) out += " (all of " + entry.key + ")";
  }
  if (matches.size() > kMaxListedMatches) out += " and " + std::to_string(matches.size() - kMaxListedMatches) + " more";
  return out;
}

bool HeadteacherCopyScanner::isStaffSender(const Envelope& envelope, const ScanContext& context) const {
  if (!context.senderIsInternal) return false;
  const Organisation& org = context.organisation;
  const Roster& roster = *settings_.roster;
  std::string identity = roster.normalise(senderIdentity(envelope, org));
  std::string domain = domainOf(identity);
  // No identity (the null sender: bounces and auto-replies) or not one of ours: not staff mail.
  if (domain.empty() || !org.isInternalDomain(domain) || org.isLearnerDomain(domain)) return false;
  if (identity == roster.normalise(org.headteacher) || settings_.delegates.count(identity)) return false;
  // A delegate may be listed by bare login ("pa") when the server authenticates without a domain.
  return !(envelope.authUser && settings_.delegates.count(toLowerAscii(*envelope.authUser)));
}

bool HeadteacherCopyScanner::headteacherIsRecipient(const Envelope& envelope, const std::string& headteacher) const {
  const Roster& roster = *settings_.roster;
  std::string head = roster.normalise(headteacher);
  return std::any_of(envelope.recipients.begin(), envelope.recipients.end(),
                     [&](const std::string& r) { return roster.normalise(r) == head; });
}

std::vector<RosterMatch> HeadteacherCopyScanner::rosterRecipients(const Envelope& envelope) const {
  std::vector<RosterMatch> out;
  std::set<std::string> seen;
  for (const auto& recipient : envelope.recipients) {
    const RosterEntry* entry = settings_.roster->find(recipient);
    if (entry && seen.insert(settings_.roster->normalise(recipient)).second) out.push_back({recipient, entry});
  }
  return out;
}

void HeadteacherCopyScanner::addModifications(const MessageView& message, const std::string& headteacher,
                                              ScanOutcome& outcome) const {
  Modifications& mods = outcome.modifications;
  mods.addRecipients.push_back(headteacher);
  if (settings_.ccHeader == CcHeaderMode::Visible) addVisibleCc(message, headteacher, mods);
  mods.addHeaders.push_back({kCopyHeader, "added"});
}

ScanOutcome HeadteacherCopyScanner::scan(const MessageView& message, const ScanContext& context) const {
  ScanOutcome outcome;
  const std::string& head = context.organisation.headteacher;
  const Envelope& envelope = message.envelope();
  // Cheapest tests first: most mail is inbound, or already copied, or to nobody on the roster.
  if (head.empty() || settings_.roster->empty() || !isStaffSender(envelope, context)) return outcome;
  if (headteacherIsRecipient(envelope, head)) return outcome;
  auto matches = rosterRecipients(envelope);
  if (matches.empty()) return outcome;

  Finding f;
  f.policy = kPolicy;
  f.rule = "roster-recipient";
  f.evidence = describeRosterMatches(matches);
  f.location = "envelope recipients";
  if (settings_.mode == HeadteacherCopyMode::Add) {
    f.description = "The message goes to a parent, carer, governor or external agency, so the Headteacher (" + head +
                    ") was copied in, as the acceptable-use policy requires.";
    f.advice = "Copy the Headteacher yourself when you write to parents, carers, governors or agencies.";
    f.actionOverride = Action::Accept;  // the copy is the remedy: the message itself is fine
    addModifications(message, head, outcome);
  } else {
    f.description = "Mail to parents, carers, governors and external agencies must always be copied to the "
                    "Headteacher (" + head + ").";
    f.advice = "Add " + head + " to Cc and send the message again; if the content may be sensitive, "
               "talk to the Headteacher before sending.";
  }
  outcome.findings.push_back(std::move(f));
  return outcome;
}

namespace {

using T = SettingType;

// clang-format off
constexpr Setting kHeadteacherCopySettings[] = {
    {"organisation.roster", T::Path, "", {}, {}, {},
     "CSV of parents, carers, governors, agencies (`email,role,name`, exported from the MIS: headteacher-copy.md)", {}, true},
    {"policy.headteacher-copy.mode", T::Choice, "add", {}, {}, "add|reject",
     "`add`: copy the Headteacher in and deliver; `reject`: refuse (550 5.7.1) and tell the sender to copy the Headteacher"},
    {"policy.headteacher-copy.cc_header", T::Choice, "visible", {}, {}, "visible|invisible",
     "add mode: `visible` appends the Headteacher to the `Cc:` header; `invisible` adds an envelope recipient only"},
    {"policy.headteacher-copy.delegates", T::StringList, "", {}, {}, {},
     "addresses or bare SASL logins that write for the Headteacher (PA, bulk parent-mail senders): not copied"},
    {"policy.headteacher-copy.fold_subaddress", T::Bool, "false", {}, {}, {},
     "match `user+tag@domain` as `user@domain` against the roster"},
};
// clang-format on

const Setting& setting(std::string_view key) { return findSetting(kHeadteacherCopySettings, key); }

// Reads the delegates list: addresses (or bare logins) that send on the Headteacher's behalf.
std::set<std::string> readDelegates(ConfigReader& reader, const Roster& roster) {
  const std::string key = "policy.headteacher-copy.delegates";
  std::set<std::string> out;
  auto list = reader.getStringList(setting(key));
  for (std::size_t i = 0; i < list.size(); ++i) {
    std::string d = roster.normalise(list[i]);
    if (d.empty() || d.find_first_of(" \t,;<>") != std::string::npos || d.front() == '@' || d.back() == '@') {
      reader.error(key + "[" + std::to_string(i) + "]", "'" + list[i] + "' is not an email address or login");
      continue;
    }
    out.insert(d);
  }
  return out;
}

// Loads the roster named by [organisation] roster, reporting row warnings and file errors.
std::shared_ptr<const Roster> readRoster(ConfigReader& reader, const DataFiles& files, SubaddressFolding folding) {
  auto file = reader.getPath(setting("organisation.roster"));
  if (file.empty()) {
    reader.warnInFile(reader.file(), 0,
                      "[organisation] roster is not set: policy headteacher-copy has nobody to copy the Headteacher "
                      "on (set it, or set [policy.headteacher-copy] enabled = false)");
    return std::make_shared<const Roster>();
  }
  reader.watchFile(file);
  std::string why;
  auto text = files.read(file, why);
  if (!text) {
    // The key and the OS's reason: "cannot read" alone sends an admin looking in the wrong place.
    reader.error("organisation.roster", "cannot read the roster file " + file.string() + ": " + why);
    return std::make_shared<const Roster>();
  }
  RosterLoadReport report;
  auto roster = std::make_shared<const Roster>(Roster::parse(*text, folding, report));
  for (const auto& e : report.errors) reader.errorInFile(file, e.line, "roster: " + e.message);
  for (const auto& w : report.warnings) reader.warnInFile(file, w.line, "roster: " + w.message);
  reader.recordRowCount("organisation.roster", roster->addressCount() + roster->domainCount());
  return roster;
}

}  // namespace

ScannerFactory headteacherCopyScannerFactory() {
  // `action` applies in reject mode only; the policy never fires for mail from outside.
  return {{{kPolicy, Action::Reject, Action::Accept}}, kHeadteacherCopySettings,
          [](ConfigReader& reader, const Settings& settings, const ScannerServices& services) -> ScannerPtr {
            HeadteacherCopySettings s;
            s.mode = reader.getChoice(setting("policy.headteacher-copy.mode")) == "reject" ? HeadteacherCopyMode::Reject
                                                                                          : HeadteacherCopyMode::Add;
            s.ccHeader = reader.getChoice(setting("policy.headteacher-copy.cc_header")) == "invisible"
                             ? CcHeaderMode::Invisible
                             : CcHeaderMode::Visible;
            auto folding = reader.getBool(setting("policy.headteacher-copy.fold_subaddress")) ? SubaddressFolding::PlusTag
                                                                                               : SubaddressFolding::Off;
            s.roster = readRoster(reader, *services.files, folding);
            s.delegates = readDelegates(reader, *s.roster);
            if (!s.roster->empty() && settings.engine.organisation.headteacher.empty()) {
              reader.error("organisation.headteacher",
                           "policy headteacher-copy needs the Headteacher's address (or set "
                           "[policy.headteacher-copy] enabled = false)");
            }
            return std::make_unique<HeadteacherCopyScanner>(std::move(s));
          }};
}

}  // namespace aup
