#pragma once
// Test helpers: build a MessageView from literal RFC 5322 text.

#include <memory>
#include <string>

#include "engine/envelope.h"
#include "engine/message_view.h"

namespace aup::test {

// Turns "\n" line ends into CRLF so fixtures read naturally.
inline std::string crlf(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\n') out += "\r\n";
    else out.push_back(c);
  }
  return out;
}

inline std::shared_ptr<const MessageView> parseText(std::string_view text, Envelope envelope = {},
                                                    const ParseLimits& limits = {}) {
  auto raw = std::make_shared<const RawMessage>(RawMessage::inMemory(crlf(text)));
  return MessageView::parse(raw, std::move(envelope), limits);
}

inline Envelope envelopeFrom(std::string mailFrom, std::vector<std::string> rcpts,
                             std::optional<std::string> authUser = std::nullopt,
                             std::string client = "203.0.113.7") {
  Envelope e;
  e.mailFrom = std::move(mailFrom);
  e.recipients = std::move(rcpts);
  e.authUser = std::move(authUser);
  e.clientAddress = std::move(client);
  return e;
}

}  // namespace aup::test
