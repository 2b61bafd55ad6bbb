#include "console/item_detail.h"

#include <libxml/HTMLparser.h>

#include <algorithm>
#include <memory>

#include "decision/crypto.h"
#include "engine/message_view.h"
#include "scanners/content/extract/html_text.h"

namespace aup::console {

namespace {

using nlohmann::json;

// Invalid UTF-8 in a stored header must not make the JSON library throw: replace it.
std::string utf8(const std::string& text) {
  return json::parse(json(text).dump(-1, ' ', false, json::error_handler_t::replace)).get<std::string>();
}

json utf8List(const std::vector<std::string>& items) {
  json out = json::array();
  for (const auto& item : items) out.push_back(utf8(item));
  return out;
}

json findingsJson(const QuarantineRecord& r) {
  json out = json::array();
  for (const auto& h : r.request.reasons) {
    out.push_back({{"policy", h.policy}, {"rule", h.rule}, {"action", h.action}, {"description", utf8(h.description)},
                   {"evidence", utf8(h.evidence)}, {"location", utf8(h.location)}, {"advice", utf8(h.advice)}});
  }
  return out;
}

void collectLinks(xmlNode* node, std::vector<std::string>& out) {
  for (xmlNode* n = node; n != nullptr && out.size() < 200; n = n->next) {
    if (n->type == XML_ELEMENT_NODE && xmlStrcasecmp(n->name, BAD_CAST "a") == 0) {
      if (xmlChar* href = xmlGetProp(n, BAD_CAST "href")) {
        out.emplace_back(reinterpret_cast<const char*>(href));
        xmlFree(href);
      }
    }
    collectLinks(n->children, out);
  }
}

// The parts the console calls attachments, in the order it lists them (detail and download).
std::vector<const MimeLeaf*> attachmentLeaves(const MessageView& view) {
  std::vector<const MimeLeaf*> out;
  for (const auto& leaf : view.leaves()) {
    if (leaf.isAttachment) out.push_back(&leaf);
  }
  return out;
}

std::shared_ptr<const MessageView> parseHeld(const std::string& bytes) {
  return MessageView::parse(std::make_shared<const RawMessage>(RawMessage::inMemory(bytes)), Envelope{});
}

json previewJson(const MessageView& view) {
  const MimeLeaf* plain = nullptr;
  const MimeLeaf* html = nullptr;
  for (const auto& leaf : view.leaves()) {
    if (leaf.isAttachment || !leaf.text) continue;
    if (!plain && leaf.contentType == "text/plain") plain = &leaf;
    if (!html && leaf.contentType == "text/html") html = &leaf;
  }
  json preview = {{"contentType", nullptr}, {"text", ""}, {"links", json::array()}, {"truncated", false}};
  std::string text;
  if (plain) {
    preview["contentType"] = plain->contentType;
    text = *plain->text;
  } else if (html) {
    preview["contentType"] = html->contentType;
    text = htmlToText(*html->text);
  }
  if (html) preview["links"] = htmlLinks(*html->text);
  if (text.size() > kPreviewChars) {
    text.resize(kPreviewChars);
    preview["truncated"] = true;
  }
  preview["text"] = utf8(text);
  return preview;
}

}  // namespace

std::vector<std::string> htmlLinks(const std::string& html) {
  std::vector<std::string> out;
  std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> doc(
      htmlReadMemory(html.data(), static_cast<int>(html.size()), nullptr, "UTF-8",
                     HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET),
      &xmlFreeDoc);
  if (doc) collectLinks(xmlDocGetRootElement(doc.get()), out);
  for (auto& link : out) link = utf8(link);
  return out;
}

json summaryJson(const QuarantineRecord& r) {
  json policies = json::array();
  for (const auto& h : r.request.reasons) {
    if (std::find(policies.begin(), policies.end(), h.policy) == policies.end()) policies.push_back(h.policy);
  }
  return {{"id", r.id},
          {"receivedAt", r.receivedAt},
          {"state", std::string(toString(r.state))},
          {"mailFrom", utf8(r.request.mailFrom)},
          {"recipients", utf8List(r.request.recipients)},
          {"subject", utf8(r.request.subject)},
          {"direction", r.request.direction},
          {"policies", policies},
          {"class", classify(r) == ItemClass::PersonalData ? "personal-data" : "ordinary"},
          {"size", r.size},
          {"actor", utf8(r.actor)},
          {"actedAt", r.actedAt},
          {"actionDetail", utf8(r.actionDetail)},
          {"fileMissing", r.fileMissing}};
}

json detailJson(const QuarantineRecord& r, const std::optional<std::string>& bytes, bool bodyAllowed) {
  json out = summaryJson(r);
  out["authUser"] = utf8(r.request.authUser);
  out["clientAddress"] = r.request.clientAddress;
  out["clientName"] = utf8(r.request.clientName);
  out["queueId"] = r.request.queueId;
  out["sha256"] = r.sha256;
  out["findings"] = findingsJson(r);
  out["bodyHidden"] = !bodyAllowed;
  out["headers"] = json::array();
  out["attachments"] = json::array();
  out["preview"] = nullptr;
  if (!bytes) return out;
  auto view = parseHeld(*bytes);
  for (const auto& h : view->headers()) out["headers"].push_back({{"name", utf8(h.name)}, {"value", utf8(h.value)}});
  for (const MimeLeaf* leaf : attachmentLeaves(*view)) {
    out["attachments"].push_back({{"filename", utf8(leaf->filename)},
                                  {"contentType", leaf->contentType},
                                  {"size", leaf->decoded.size()},
                                  {"sha256", sha256Hex(leaf->decoded)},
                                  {"part", leaf->path}});
  }
  if (bodyAllowed) out["preview"] = previewJson(*view);
  return out;
}

std::optional<AttachmentFile> attachmentAt(const std::string& message, std::size_t index) {
  auto view = parseHeld(message);
  const std::vector<const MimeLeaf*> leaves = attachmentLeaves(*view);
  if (index >= leaves.size()) return std::nullopt;
  const MimeLeaf& leaf = *leaves[index];
  return AttachmentFile{utf8(leaf.filename), leaf.contentType, leaf.decoded};
}

json eventJson(const QuarantineEvent& e) {
  return {{"seq", e.seq},          {"at", e.at},         {"actor", utf8(e.actor)},   {"origin", utf8(e.origin)},
          {"action", e.action},    {"reason", utf8(e.reason)}, {"detail", utf8(e.detail)}, {"mtaReply", utf8(e.mtaReply)}};
}

json noteJson(const QuarantineNote& n) {
  return {{"id", n.id}, {"at", n.at}, {"author", utf8(n.author)}, {"text", utf8(n.text)}};
}

json requestJson(const ReleaseRequest& r) {
  json rcpts = utf8List(r.recipients);
  return {{"id", r.id},
          {"messageId", r.messageId},
          {"requestedAt", r.requestedAt},
          {"requestedBy", utf8(r.requestedBy)},
          {"reason", utf8(r.reason)},
          {"recipients", rcpts},
          {"state", std::string(toString(r.state))},
          {"decidedBy", utf8(r.decidedBy)},
          {"decidedAt", r.decidedAt},
          {"decisionNote", utf8(r.decisionNote)}};
}

}  // namespace aup::console
