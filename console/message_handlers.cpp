// ConsoleApi: the handlers for held messages (search, detail, trail, release, delete, notes) and
// for release requests (create, list, approve, deny). Each asks roles.h before acting.

#include <spdlog/spdlog.h>

#include <regex>

#include "console/attachment_download.h"
#include "console/console_api.h"
#include "console/item_detail.h"
#include "decision/crypto.h"
#include "engine/envelope.h"
#include "quarantine/release.h"

namespace aup::console {

namespace {

using nlohmann::json;

std::string queryOf(const HttpRequest& request, const std::string& name) {
  auto it = request.query.find(name);
  return it == request.query.end() ? std::string() : it->second;
}

std::int64_t integerQuery(const HttpRequest& request, const std::string& name, std::int64_t fallback) {
  const std::string text = queryOf(request, name);
  if (text.empty()) return fallback;
  std::size_t used = 0;
  std::int64_t value = 0;
  try {
    value = std::stoll(text, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used != text.size() || value < 0) throw std::invalid_argument(name + ": expected a non-negative whole number");
  return value;
}

// An optional string field of a JSON body, bounded (fails closed on anything else).
std::string stringField(const json& body, const std::string& name, std::size_t maxBytes = 2000) {
  if (!body.is_object() || !body.contains(name) || body[name].is_null()) return {};
  if (!body[name].is_string()) throw std::invalid_argument(name + ": expected a string");
  std::string value = body[name];
  if (value.size() > maxBytes) throw std::invalid_argument(name + ": at most " + std::to_string(maxBytes) + " bytes");
  return value;
}

// "to": a list of 1..50 addresses, each with one @ and no spaces or angle brackets.
std::vector<std::string> recipientsField(const json& body) {
  std::vector<std::string> out;
  if (!body.is_object() || !body.contains("to") || body["to"].is_null()) return out;
  if (!body["to"].is_array() || body["to"].size() > 50) throw std::invalid_argument("to: expected up to 50 addresses");
  for (const auto& item : body["to"]) {
    if (!item.is_string()) throw std::invalid_argument("to: expected addresses");
    std::string address = item;
    bool ok = address.size() <= 254 && address.find('@') != std::string::npos && address.front() != '@' &&
              address.back() != '@' && address.find_first_of(" <>\r\n\t,;\"") == std::string::npos;
    if (!ok) throw std::invalid_argument("to: '" + address + "' is not an email address");
    out.push_back(address);
  }
  return out;
}

std::string actorOf(const Session& session) { return "console:" + session.user; }

// A download needs a reason someone could act on later: this many characters besides spaces.
constexpr std::size_t kMinDownloadReasonChars = 4;

// The characters (UTF-8 code points) of `text` that are not ASCII white space.
std::size_t visibleChars(const std::string& text) {
  std::size_t count = 0;
  for (unsigned char c : text) {
    if ((c & 0xC0) != 0x80 && c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\v' && c != '\f') ++count;
  }
  return count;
}

// An attachment's name for the trail: at most 200 bytes, cut between UTF-8 characters.
std::string boundedName(std::string name) {
  if (name.size() <= 200) return name;
  std::size_t cut = 200;
  while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80) --cut;
  name.resize(cut);
  return name;
}

}  // namespace

HttpResponse ConsoleApi::routeMessage(const HttpRequest& request, const Caller& caller, const std::string& id,
                                      const std::string& action) {
  if (request.method == "GET") {
    if (action.empty()) return detail(caller, id);
    if (action == "events") return events(caller, id);
    return errorResponse(404, "no such API route");
  }
  if (request.method != "POST") return errorResponse(405, "method not allowed");
  json body = request.body.empty() ? json::object() : json::parse(request.body, nullptr, false);
  if (!body.is_object()) return errorResponse(400, "expected a JSON object");
  if (action == "release") return release(caller, id, body);
  if (action == "delete") return remove(caller, id, body);
  if (action == "notes") return addNote(caller, id, body);
  if (action == "requests") return createRequest(caller, id, body);
  return errorResponse(404, "no such API route");
}

HttpResponse ConsoleApi::routeRequest(const HttpRequest& request, const Caller& caller, std::int64_t requestId,
                                      const std::string& action) {
  json body = request.body.empty() ? json::object() : json::parse(request.body, nullptr, false);
  if (!body.is_object()) return errorResponse(400, "expected a JSON object");
  return decide(caller, requestId, action == "approve", body);
}

HttpResponse ConsoleApi::search(const HttpRequest& request) {
  QuarantineSearch s;
  s.sender = queryOf(request, "sender");
  s.recipient = queryOf(request, "recipient");
  s.subject = queryOf(request, "subject");
  s.policy = queryOf(request, "policy");
  s.rule = queryOf(request, "rule");
  s.direction = queryOf(request, "direction");
  if (std::string state = queryOf(request, "state"); !state.empty()) {
    s.state = parseQuarantineState(state);
    if (!s.state) return errorResponse(400, "state: expected held, releasing, released or deleted");
  }
  s.since = integerQuery(request, "since", 0);
  s.until = integerQuery(request, "until", 0);
  s.limit = static_cast<std::size_t>(integerQuery(request, "limit", 50));
  s.after = queryOf(request, "after");
  QuarantinePage page = deps_.store.search(s);
  json items = json::array();
  for (const auto& record : page.records) items.push_back(summaryJson(record));
  return jsonResponse({{"items", items}, {"nextCursor", page.nextCursor}});
}

HttpResponse ConsoleApi::detail(const Caller& caller, const std::string& id) {
  auto record = deps_.store.get(id);
  if (!record) return errorResponse(404, "no quarantined message with this id");
  const Role role = caller.session.role;
  const ItemClass item = classify(*record);
  const bool bodyAllowed = canReadBody(role, item);
  std::optional<std::string> bytes;
  if (record->state != QuarantineState::Deleted && !record->fileMissing) {
    try {
      bytes = deps_.store.readMessage(id);
    } catch (const std::exception& e) {
      spdlog::warn("console: message {} has no readable file: {}", id, e.what());
    }
  }
  // Reading a personal-data message is itself recorded.
  if (bytes && bodyAllowed && item == ItemClass::PersonalData) {
    deps_.store.appendEvent({0, id, 0, actorOf(caller.session), caller.origin, "view", "", "read the message", ""});
  }
  // Without body rights the headers and attachment names stay visible (metadata), the text does not.
  json out = detailJson(*record, bytes, bodyAllowed);
  const bool held = record->state == QuarantineState::Held;
  const bool second = needsSecondPerson(item, settings_.twoPersonRelease);
  out["permissions"] = {{"readBody", bodyAllowed},
                        {"release", held && canRelease(role, item) && !second},
                        {"delete", record->state != QuarantineState::Deleted && canDelete(role, item)},
                        {"requestRelease", held && canRequestRelease(role)},
                        {"decide", canDecideRequest(role, item)},
                        {"note", canAddNote(role)},
                        {"downloadAttachments", canDownloadAttachment(role)},
                        {"needsSecondPerson", second}};
  json notes = json::array();
  for (const auto& n : deps_.store.notes(id)) notes.push_back(noteJson(n));
  json requests = json::array();
  for (const auto& r : deps_.store.releaseRequests(std::nullopt, id)) requests.push_back(requestJson(r));
  out["notes"] = notes;
  out["requests"] = requests;
  return jsonResponse(out);
}

HttpResponse ConsoleApi::events(const Caller&, const std::string& id) {
  if (!deps_.store.get(id)) return errorResponse(404, "no quarantined message with this id");
  json out = json::array();
  for (const auto& e : deps_.store.events(id)) out.push_back(eventJson(e));
  return jsonResponse({{"events", out}});
}

HttpResponse ConsoleApi::doRelease(const Caller& caller, const QuarantineRecord& record,
                                   const std::vector<std::string>& to, const std::string& reason) {
  const std::string actor = actorOf(caller.session);
  auto sender = deps_.makeSender();
  try {
    ReleaseOutcome outcome =
        releaseMessage(deps_.store, *sender, record.id, {to, actor, deps_.releaseKey, deps_.now(), caller.origin, reason});
    std::string rcpts;
    for (const auto& r : outcome.recipients) rcpts += (rcpts.empty() ? "" : ", ") + r;
    deps_.audit(actor, "release", record.id, "to " + rcpts);
    spdlog::info("quarantine {}: released by {} from {} to {}", record.id, actor, caller.origin, rcpts);
    // Requests still waiting on it were closed with the release: their requesters are told.
    reporter_.reportClosed(record, outcome.closedRequests,
                           outcomeAction(caller, RequestOutcome::Released, outcome.recipients, ""));
    return jsonResponse({{"released", true}, {"recipients", outcome.recipients}, {"mtaReply", outcome.mtaReply}});
  } catch (const std::exception& e) {
    deps_.audit(actor, "release-failed", record.id, e.what());
    spdlog::error("quarantine {}: release by {} failed: {}", record.id, actor, e.what());
    return errorResponse(502, std::string("release failed: ") + e.what());
  }
}

HttpResponse ConsoleApi::release(const Caller& caller, const std::string& id, const json& body) {
  auto record = deps_.store.get(id);
  if (!record) return errorResponse(404, "no quarantined message with this id");
  const ItemClass item = classify(*record);
  if (!canRelease(caller.session.role, item)) return errorResponse(403, "your role cannot release this message");
  if (needsSecondPerson(item, settings_.twoPersonRelease)) {
    return errorResponse(409, "personal-data messages are released by a second person approving a release request");
  }
  if (record->state != QuarantineState::Held) return errorResponse(409, "only a held message can be released");
  return doRelease(caller, *record, recipientsField(body), stringField(body, "reason"));
}

HttpResponse ConsoleApi::remove(const Caller& caller, const std::string& id, const json& body) {
  auto record = deps_.store.get(id);
  if (!record) return errorResponse(404, "no quarantined message with this id");
  if (!canDelete(caller.session.role, classify(*record))) return errorResponse(403, "your role cannot delete this message");
  if (record->state == QuarantineState::Deleted) return errorResponse(409, "already deleted");
  const std::string reason = stringField(body, "reason");
  const auto closed = deleteMessage(deps_.store, id, actorOf(caller.session), caller.origin, reason);
  deps_.audit(actorOf(caller.session), "delete", id, reason);
  // The reason typed here is for the trail: the requesters are told only that it was deleted.
  reporter_.reportClosed(*record, closed, outcomeAction(caller, RequestOutcome::Deleted, record->request.recipients, ""));
  return jsonResponse({{"deleted", true}});
}

HttpResponse ConsoleApi::addNote(const Caller& caller, const std::string& id, const json& body) {
  if (!canAddNote(caller.session.role)) return errorResponse(403, "your role cannot add notes");
  if (!deps_.store.get(id)) return errorResponse(404, "no quarantined message with this id");
  const std::string text = stringField(body, "text", kMaxNoteBytes);
  std::int64_t noteId = deps_.store.addNote(id, caller.session.user, text);
  deps_.store.appendEvent({0, id, 0, actorOf(caller.session), caller.origin, "note", "", "note " + std::to_string(noteId), ""});
  deps_.audit(actorOf(caller.session), "note", id, "note " + std::to_string(noteId));
  return jsonResponse({{"id", noteId}}, 201);
}

HttpResponse ConsoleApi::downloadAttachment(const HttpRequest& request, const Caller& caller, const std::string& id,
                                            const std::string& index) {
  if (request.method != "POST") return errorResponse(405, "method not allowed");
  static const std::regex number("[0-9]{1,6}");
  if (!std::regex_match(index, number)) return errorResponse(400, "attachment: expected its position in the list (0 = first)");
  const std::string actor = actorOf(caller.session);
  auto record = deps_.store.get(id);
  if (!canDownloadAttachment(caller.session.role)) {
    const std::string detail = "attachment " + index + " refused to role " + std::string(toString(caller.session.role));
    if (record) deps_.store.appendEvent({0, id, 0, actor, caller.origin, "download-refused", "", detail, ""});
    deps_.audit(actor, "download-refused", id, detail);
    return errorResponse(403, "only an admin can download attachments");
  }
  json body = request.body.empty() ? json::object() : json::parse(request.body, nullptr, false);
  if (!body.is_object()) return errorResponse(400, "expected a JSON object");
  const std::string reason = stringField(body, "reason");
  if (visibleChars(reason) < kMinDownloadReasonChars) return errorResponse(400, "reason: say why you need the file");
  if (!record) return errorResponse(404, "no quarantined message with this id");
  if (record->state == QuarantineState::Deleted || record->fileMissing) return errorResponse(404, "the message file is gone");
  std::optional<AttachmentFile> file;
  try {
    file = attachmentAt(deps_.store.readMessage(id), static_cast<std::size_t>(std::stoul(index)));
  } catch (const std::exception& e) {
    spdlog::warn("console: message {} has no readable file: {}", id, e.what());
    return errorResponse(404, "the message file is gone");
  }
  if (!file) return errorResponse(404, "the message has no attachment " + index);
  // Recorded before a byte leaves: a download that cannot be audited does not happen. The name is
  // the message's own (as the detail lists it); index and SHA-256 pin the file whatever it says.
  const std::string size = std::to_string(file->bytes.size()), sha256 = sha256Hex(file->bytes);
  const std::string detail =
      "attachment " + index + " '" + boundedName(file->filename) + "', " + size + " bytes, sha256 " + sha256;
  deps_.store.appendEvent({0, id, 0, actor, caller.origin, "download", reason, detail, ""});
  deps_.audit(actor, "download", id, detail + ", from " + caller.origin + ": " + reason);
  // No name in the operational log: it is plain text, and a name may carry line breaks.
  spdlog::info("quarantine {}: {} downloaded attachment {} ({} bytes, sha256 {}) from {}", id, actor, index, size,
               sha256, caller.origin);
  HttpResponse r;
  r.contentType = "application/octet-stream";
  r.body = std::move(file->bytes);
  r.headers.emplace_back("Content-Disposition", contentDisposition(file->filename));
  return r;
}

HttpResponse ConsoleApi::createRequest(const Caller& caller, const std::string& id, const json& body) {
  if (!canRequestRelease(caller.session.role)) return errorResponse(403, "your role cannot request a release");
  auto record = deps_.store.get(id);
  if (!record) return errorResponse(404, "no quarantined message with this id");
  if (record->state != QuarantineState::Held) return errorResponse(409, "only a held message can be requested");
  const std::string reason = stringField(body, "reason");
  if (reason.empty()) return errorResponse(400, "reason: say why the message should be released");
  ReleaseRequest request{0, id, 0, caller.session.user, reason, recipientsField(body), ReleaseRequestState::Requested, "", 0, ""};
  std::int64_t requestId = deps_.store.createReleaseRequest(request);
  const std::string detail = "request " + std::to_string(requestId);
  deps_.store.appendEvent({0, id, 0, actorOf(caller.session), caller.origin, "release-request", reason, detail, ""});
  deps_.audit(actorOf(caller.session), "release-request", id, detail + ": " + reason);
  return jsonResponse({{"id", requestId}, {"state", "requested"}}, 201);
}

HttpResponse ConsoleApi::listRequests(const HttpRequest& request) {
  std::optional<ReleaseRequestState> state;
  if (std::string text = queryOf(request, "state"); !text.empty()) {
    state = parseReleaseRequestState(text);
    if (!state) return errorResponse(400, "state: expected requested, approved, denied or superseded");
  }
  json out = json::array();
  for (const auto& r : deps_.store.releaseRequests(state, "")) {
    json item = requestJson(r);
    if (auto record = deps_.store.get(r.messageId)) item["message"] = summaryJson(*record);
    out.push_back(item);
  }
  return jsonResponse({{"requests", out}});
}

HttpResponse ConsoleApi::decide(const Caller& caller, std::int64_t requestId, bool approve, const json& body) {
  auto request = deps_.store.releaseRequest(requestId);
  if (!request) return errorResponse(404, "no such release request");
  auto record = deps_.store.get(request->messageId);
  if (!record) return errorResponse(404, "the requested message is gone");
  if (!canDecideRequest(caller.session.role, classify(*record))) {
    return errorResponse(403, "your role cannot decide requests for this message");
  }
  if (requesterIdentity(request->requestedBy) == toLowerAscii(caller.session.user)) {
    return errorResponse(403, "nobody approves or denies their own request");
  }
  if (approve && record->state != QuarantineState::Held) return errorResponse(409, "the message is no longer held");
  const std::string note = stringField(body, "note");
  const auto decision = approve ? ReleaseRequestState::Approved : ReleaseRequestState::Denied;
  if (!deps_.store.decideReleaseRequest(requestId, decision, caller.session.user, note)) {
    return errorResponse(409, "the request was already decided");
  }
  const std::string action = approve ? "approve" : "deny";
  const std::string detail = "request " + std::to_string(requestId) + " by " + request->requestedBy;
  deps_.store.appendEvent({0, record->id, 0, actorOf(caller.session), caller.origin, action, note, detail, ""});
  deps_.audit(actorOf(caller.session), action, record->id, detail);
  if (!approve) {
    reporter_.tell(*request, *record, outcomeAction(caller, RequestOutcome::Denied, record->request.recipients, note));
    return jsonResponse({{"state", "denied"}});
  }
  // XXX an approved request whose release then fails stays approved; the failure is in the trail
  // and the response, and an admin can release again after fixing the listener. The requester is
  // told only once the release happened; a later direct release closes only requests still
  // waiting, so this one's requester is not told (docs/console.md "Not yet").
  HttpResponse released = doRelease(caller, *record, request->recipients,
                                    "request " + std::to_string(requestId) + ": " + request->reason);
  if (released.status != 200) return released;
  json out = json::parse(released.body);
  reporter_.tell(*request, *record,
                 outcomeAction(caller, RequestOutcome::Approved, out["recipients"].get<std::vector<std::string>>(), note));
  out["state"] = "approved";
  return jsonResponse(out);
}

OutcomeAction ConsoleApi::outcomeAction(const Caller& caller, RequestOutcome outcome,
                                        std::vector<std::string> recipients, const std::string& note) const {
  return {outcome, actorOf(caller.session), caller.session.user, caller.origin, note, std::move(recipients), deps_.now()};
}

}  // namespace aup::console
