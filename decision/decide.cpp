#include "decision/decide.h"

#include <algorithm>
#include <cctype>

#include "decision/crypto.h"
#include "engine/text_util.h"

namespace aup {

namespace {

constexpr std::string_view kOwnHeaderPrefix = "X-AUP-";

// A reason that explains why a gateway token changed the engine's action.
Reason tokenReason(std::string rule, std::string description, std::string_view header) {
  Finding f;
  f.policy = "quarantine";
  f.rule = std::move(rule);
  f.description = std::move(description);
  f.location = "header " + std::string(header);
  f.actionOverride = Action::Accept;
  return {f, Action::Accept};
}

// The check of the token in header `name`, nullopt when the message carries none. Headers are
// read from the bytes, as the signer read them: GMime keeps Content-* headers on the MIME part,
// not in the message's header list.
std::optional<ReleaseTokenCheck> checkToken(TokenKind kind, std::string_view name, const MessageView& message,
                                            const std::string& bytes, const DecisionSettings& settings,
                                            const DecisionInputs& inputs, const std::optional<ReleaseGrant>& grant) {
  auto value = message.header(name);
  if (!value) return std::nullopt;
  const std::vector<HeaderField> headers = headerFieldsOf(bytes);
  TokenSubject subject{message.envelope().recipients, headers, bytes};
  return verifyToken(kind, *value, subject, inputs.tokenKey, inputs.now, settings.tokenMaxAgeSeconds, grant);
}

// X-AUP-Released: an admin reviewed the held message and released it. It comes back through the
// milter from the release listener, without the sender's login, so policies that judge the sender
// or direction may see it differently; the admin's decision stands for them. Only the checks in
// settings.enforcedOnRelease (a virus found by newer signatures) can still stop it, and a check
// that could not run still tempfails (the release is retried).
void applyReleaseToken(const MessageView& message, const std::string& bytes, const DecisionSettings& settings,
                       const DecisionInputs& inputs, Plan& plan) {
  auto check = checkToken(TokenKind::Release, kReleasedHeader, message, bytes, settings, inputs, inputs.releaseGrant);
  if (!check) return;
  plan.releaseCheck = std::string(toString(*check));
  Verdict& v = plan.verdict;
  if (*check != ReleaseTokenCheck::Valid || v.action == Action::Tempfail) return;
  Action enforced = Action::Accept;
  for (const auto& r : v.reasons) {
    if (settings.enforcedOnRelease.count(r.finding.policy) && severityOf(r.action) > severityOf(enforced)) enforced = r.action;
  }
  v.reasons.push_back(tokenReason("released", "released from quarantine by an administrator", kReleasedHeader));
  if (enforced != Action::Accept) {
    v.action = enforced;
    return;
  }
  if (v.action == Action::Quarantine) v.modifications = std::move(v.heldModifications);
  v.heldModifications = {};
  v.action = Action::Accept;
}

// X-AUP-Notice: a notice this gateway wrote (it may quote the evidence it is about).
void applyNoticeToken(const MessageView& message, const std::string& bytes, const DecisionSettings& settings,
                      const DecisionInputs& inputs, Plan& plan) {
  auto check = checkToken(TokenKind::Notice, kNoticeHeader, message, bytes, settings, inputs, std::nullopt);
  if (!check) return;
  plan.noticeTokenCheck = std::string(toString(*check));
  Verdict& v = plan.verdict;
  if (*check != ReleaseTokenCheck::Valid || v.action == Action::Tempfail) return;
  v.reasons.push_back(tokenReason("own-notice", "a notice written by this gateway", kNoticeHeader));
  v.action = Action::Accept;
}

// Every X-AUP-* header that arrived goes, so nobody can forge the verdict headers downstream
// rules read, and a release or notice token is never delivered for re-use.
std::vector<HeaderRemoval> ownHeadersToRemove(const MessageView& message) {
  std::map<std::string, int> seen;  // lower-case name -> occurrences so far
  std::vector<HeaderRemoval> out;
  for (const auto& h : message.headers()) {
    std::string lower = toLowerAscii(h.name);
    int index = ++seen[lower];
    if (h.name.size() >= kOwnHeaderPrefix.size() && equalsIgnoreCase(h.name.substr(0, kOwnHeaderPrefix.size()), kOwnHeaderPrefix)) {
      out.push_back({h.name, index});
    }
  }
  std::reverse(out.begin(), out.end());
  return out;
}

std::string decisiveList(const Verdict& verdict) {
  std::string out;
  for (const auto* r : verdict.decisiveReasons()) out += (out.empty() ? "" : ", ") + r->finding.policy + "/" + r->finding.rule;
  return out.empty() ? "policy" : out;
}

void planMta(const MessageView& message, const DecisionSettings& settings, Plan& plan) {
  const Verdict& v = plan.verdict;
  MtaPlan& mta = plan.mta;
  mta.reply = renderReply(v, settings.reply, plan.reference);
  switch (v.action) {
    case Action::Reject: mta.disposition = Disposition::Reject; return;
    case Action::Tempfail: mta.disposition = Disposition::Tempfail; return;
    case Action::Accept:
      mta.disposition = Disposition::Accept;
      mta.modifications = v.modifications;
      break;
    case Action::Quarantine:
      if (settings.storeConfigured) {
        mta.disposition = Disposition::Discard;
        plan.hold = HoldPlan{v.heldModifications};
        return;
      }
      mta.disposition = Disposition::MtaHold;
      mta.holdReason = "aup-milter: " + decisiveList(v);
      mta.modifications.addHeaders.push_back({"X-AUP-Quarantine", decisiveList(v)});
      break;
  }
  mta.removeHeaders = ownHeadersToRemove(message);
  if (settings.addVerdictHeader) mta.modifications.addHeaders.push_back({settings.verdictHeaderName, verdictHeaderValue(v)});
}

// Who may be told: only a sender whose address is ours and belongs to the login (or the send-as
// list), or, for a trusted host without a login, the address configured for such hosts. Anyone
// else would turn notices into a way to mail outsiders.
std::optional<std::string> noticeRecipient(const Envelope& envelope, const Organisation& org,
                                           const DecisionSettings& settings, std::string& why) {
  if (envelope.authUser) {
    // The same identity rule the anonymous policy enforces on From: (Organisation::mayUseAddress).
    if (!org.isInternalAddress(envelope.mailFrom) || !org.mayUseAddress(*envelope.authUser, envelope.mailFrom)) {
      why = "the sender address does not belong to the login";
      return std::nullopt;
    }
    return envelope.mailFrom;
  }
  if (settings.trustedHostNoticeTo.empty()) {
    why = "trusted host without a login, and no [notices] trusted_host_notice_to";
    return std::nullopt;
  }
  return settings.trustedHostNoticeTo;
}

void planNotice(const Organisation& org, const DecisionSettings& settings, const DecisionInputs& inputs,
                const MessageView& message, Plan& plan) {
  const Verdict& v = plan.verdict;
  const Envelope& e = plan.envelope;
  if (v.action != Action::Quarantine && v.action != Action::Reject) return;
  std::string& why = plan.noticeSkipped;
  if (!settings.noticesEnabled) return void(why = "notices are disabled");
  if (v.direction == Direction::Inbound) return void(why = "the sender is outside the organisation");
  if (e.mailFrom.empty() || equalsIgnoreCase(e.mailFrom, settings.noticeFrom)) return void(why = "null or notice sender");
  auto to = noticeRecipient(e, org, settings, why);
  if (!to) return;
  std::vector<std::string> keys = noticeRateKeys(e);
  for (const auto& key : keys) {
    auto it = inputs.noticesThisHour.find(key);
    if (it != inputs.noticesThisHour.end() && it->second >= settings.noticeRatePerHour) {
      return void(why = "rate limit reached for " + key);
    }
  }
  plan.notice = NoticePlan{*to, maskSubject(message.subject()), std::move(keys)};
}

// The queue id, or (outside the milter) a short digest of the envelope, so a log line can be found.
std::string referenceFor(const Envelope& e, std::int64_t now) {
  if (!e.queueId.empty()) return e.queueId;
  std::string seed = std::to_string(now) + "|" + e.mailFrom + "|" + e.clientAddress;
  for (const auto& r : e.recipients) seed += "|" + r;
  return "NOQUEUE-" + sha256Hex(seed).substr(0, 10);
}

}  // namespace

std::string_view toString(Disposition disposition) {
  switch (disposition) {
    case Disposition::Accept: return "accept";
    case Disposition::Reject: return "reject";
    case Disposition::Tempfail: return "tempfail";
    case Disposition::Discard: return "discard";
    case Disposition::MtaHold: return "mta-hold";
  }
  return "tempfail";
}

std::vector<std::string> noticeRateKeys(const Envelope& envelope) {
  std::vector<std::string> keys;
  if (envelope.authUser) keys.push_back("user:" + toLowerAscii(*envelope.authUser));
  if (!envelope.clientAddress.empty()) keys.push_back("client:" + envelope.clientAddress);
  return keys;
}

Plan planFor(Verdict verdict, const MessageView& message, const Organisation& organisation,
             const DecisionSettings& settings, const DecisionInputs& inputs) {
  Plan plan;
  plan.envelope = message.envelope();
  plan.verdict = std::move(verdict);
  plan.reference = referenceFor(plan.envelope, inputs.now);
  if (message.header(kReleasedHeader) || message.header(kNoticeHeader)) {
    // Tokens bind the body, so they need the bytes; such mail is rare, so a spooled read is cheap overall.
    const std::string bytes = message.raw().readAll();
    applyReleaseToken(message, bytes, settings, inputs, plan);
    applyNoticeToken(message, bytes, settings, inputs, plan);
  }
  planMta(message, settings, plan);
  plan.verdict.reply = plan.mta.reply;  // the verdict as printed and audited says what the client heard
  if (plan.noticeTokenCheck != "valid") planNotice(organisation, settings, inputs, message, plan);
  plan.failureReply = internalErrorReply(plan.reference);
  return plan;
}

Plan decide(const Engine& engine, const MessageView& message, const DecisionSettings& settings,
            const DecisionInputs& inputs) {
  return planFor(engine.evaluate(message), message, engine.settings().organisation, settings, inputs);
}


std::string verdictHeaderValue(const Verdict& verdict) {
  std::string out = std::string(toString(verdict.action)) + "; direction=" + std::string(toString(verdict.direction));
  std::string noted;
  for (const auto& r : verdict.reasons) {
    if (!noted.empty()) noted += ",";
    noted += r.finding.policy + "/" + r.finding.rule;
  }
  if (!noted.empty()) out += "; noted=" + noted;
  return out;
}

std::string maskSubject(std::string_view subject) {
  auto digit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
  auto alnum = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
  auto joiner = [](char c) { return c == ' ' || c == '-' || c == '/' || c == '.'; };
  std::string out;
  for (std::size_t i = 0; i < subject.size();) {
    if (!alnum(subject[i])) {
      out += subject[i++];
      continue;
    }
    std::size_t j = i;
    while (j < subject.size() &&
           (alnum(subject[j]) || (joiner(subject[j]) && j > i && digit(subject[j - 1]) && j + 1 < subject.size() &&
                                  digit(subject[j + 1])))) {
      ++j;
    }
    std::string_view token = subject.substr(i, j - i);
    if (std::count_if(token.begin(), token.end(), digit) >= 6) {
      std::string compact;
      for (char c : token) {
        if (alnum(c)) compact += c;
      }
      out += maskMiddle(compact, 2, 2);
    } else {
      out += token;
    }
    i = j;
  }
  return out;
}

}  // namespace aup
