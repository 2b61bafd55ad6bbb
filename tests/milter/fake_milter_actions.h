#pragma once
// FakeMilterActions - records what a verdict asked the MTA to do; can refuse chosen requests.

#include <string>
#include <utility>
#include <vector>

#include "milter/milter_actions.h"

namespace aup::test {

class FakeMilterActions final : public MilterActions {
 public:
  struct Reply {
    std::string code, enhancedCode;
    std::vector<std::string> lines;
  };

  bool setReply(const std::string& code, const std::string& enhancedCode, const std::vector<std::string>& lines) override {
    reply = Reply{code, enhancedCode, lines};
    ++replies;
    return true;
  }
  bool addRecipient(const std::string& address) override {
    if (refuseAddRecipient) return false;
    recipients.push_back(address);
    return true;
  }
  bool addHeader(const std::string& name, const std::string& value) override {
    headers.emplace_back(name, value);
    return true;
  }
  bool changeHeader(const std::string& name, int index, const std::string& value) override {
    changed.push_back(name + "[" + std::to_string(index) + "]=" + value);
    return true;
  }
  bool quarantine(const std::string& reason) override {
    quarantineReason = reason;
    return true;
  }

  // Value of the first added header `name`, or "" when none was added.
  std::string header(const std::string& name) const {
    for (const auto& [n, v] : headers) {
      if (n == name) return v;
    }
    return {};
  }

  bool refuseAddRecipient = false;
  Reply reply;
  int replies = 0;
  std::vector<std::string> recipients;
  std::vector<std::pair<std::string, std::string>> headers;
  std::vector<std::string> changed;
  std::string quarantineReason;
};

}  // namespace aup::test
