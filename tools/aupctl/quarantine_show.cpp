#include "tools/aupctl/quarantine_show.h"

#include <CLI/CLI.hpp>

#include <iostream>

#include "engine/message_view.h"
#include "tools/aupctl/quarantine_text.h"

namespace aup {

namespace {

constexpr std::size_t kPreviewChars = 2000;

void showMetadata(const QuarantineRecord& r, std::ostream& out) {
  const HoldRequest& q = r.request;
  out << "Id:          " << r.id << "\n"
      << "Received:    " << formatUtc(r.receivedAt) << " UTC\n"
      << "State:       " << toString(r.state);
  if (r.state != QuarantineState::Held) {
    out << " by " << terminalSafe(r.actor, NewlinePolicy::Escape) << " at " << formatUtc(r.actedAt) << " UTC ("
        << terminalSafe(r.actionDetail, NewlinePolicy::Escape) << ")";
  }
  out << (r.fileMissing ? "  [MESSAGE FILE MISSING]" : "") << "\n"
      << "From:        " << terminalSafe(q.mailFrom.empty() ? "<>" : q.mailFrom, NewlinePolicy::Escape) << "\n";
  for (const auto& rcpt : q.recipients) out << "To:          " << terminalSafe(rcpt, NewlinePolicy::Escape) << "\n";
  out << "SASL user:   " << terminalSafe(q.authUser.empty() ? "(none)" : q.authUser, NewlinePolicy::Escape) << "\n"
      << "Client:      " << terminalSafe(q.clientName, NewlinePolicy::Escape) << " ["
      << terminalSafe(q.clientAddress, NewlinePolicy::Escape) << "]\n"
      << "Queue id:    " << terminalSafe(q.queueId, NewlinePolicy::Escape) << "\n"
      << "Direction:   " << q.direction << "\n"
      << "Subject:     " << terminalSafe(q.subject, NewlinePolicy::Escape) << "\n"
      << "Size:        " << r.size << " bytes, SHA-256 " << r.sha256 << "\n\nReasons:\n";
  for (std::size_t i = 0; i < q.reasons.size(); ++i) {
    const HeldReason& h = q.reasons[i];
    out << "  " << i + 1 << ". " << h.policy << " / " << h.rule << " (" << h.action << "): "
        << terminalSafe(h.description, NewlinePolicy::Escape) << "\n";
    if (!h.evidence.empty()) out << "     evidence: " << terminalSafe(h.evidence, NewlinePolicy::Escape) << "\n";
    if (!h.location.empty()) out << "     where:    " << terminalSafe(h.location, NewlinePolicy::Escape) << "\n";
    if (!h.advice.empty()) out << "     advice:   " << terminalSafe(h.advice, NewlinePolicy::Escape) << "\n";
  }
}

void showContent(const std::string& bytes, std::ostream& out) {
  auto raw = std::make_shared<const RawMessage>(RawMessage::inMemory(bytes));
  std::shared_ptr<const MessageView> view;
  try {
    view = MessageView::parse(raw, Envelope{}, ParseLimits{});
  } catch (const std::exception& e) {
    out << "\n(the message could not be parsed: " << e.what() << ")\n";
    return;
  }
  out << "\nHeaders:\n";
  for (const auto& h : view->headers()) {
    out << "  " << terminalSafe(h.name, NewlinePolicy::Escape, 80) << ": " << terminalSafe(h.value, NewlinePolicy::Escape, 500)
        << "\n";
  }
  out << "\nParts:\n";
  const MimeLeaf* preview = nullptr;
  for (const auto& leaf : view->leaves()) {
    out << "  " << terminalSafe(leaf.describe(), NewlinePolicy::Escape, 200) << "  " << leaf.contentType << ", "
        << leaf.decoded.size() << " bytes" << (leaf.isAttachment ? ", attachment (not shown)" : "") << "\n";
    if (preview == nullptr && !leaf.isAttachment && leaf.text && leaf.contentType == "text/plain") preview = &leaf;
  }
  for (const auto& leaf : view->leaves()) {
    if (preview == nullptr && !leaf.isAttachment && leaf.text) preview = &leaf;
  }
  out << "\nText preview" << (preview != nullptr ? " (" + preview->contentType + ")" : "") << ":\n";
  if (preview == nullptr) {
    out << "  (no text part)\n";
    return;
  }
  out << terminalSafe(*preview->text, NewlinePolicy::Keep, kPreviewChars) << "\n";
}

}  // namespace

void showQuarantined(QuarantineStorage& store, const std::string& id, ShowFormat format, std::ostream& out) {
  auto record = store.get(id);
  if (!record) {
    std::cerr << "aupctl quarantine: no quarantined message with id " << id << "\n";
    throw CLI::RuntimeError(1);
  }
  if (format == ShowFormat::Json) {
    out << recordToJson(*record) << "\n";
    return;
  }
  showMetadata(*record, out);
  if (record->state == QuarantineState::Deleted || record->fileMissing) {
    out << "\n(the message file is gone)\n";
    return;
  }
  showContent(store.readMessage(id), out);
}

}  // namespace aup
