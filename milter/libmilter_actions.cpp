#include "milter/libmilter_actions.h"

#include "decision/smtp_reply.h"

#include <array>

namespace aup {

namespace {

// libmilter's API takes char* for strings it never modifies.
char* mutableText(const std::string& text) { return const_cast<char*>(text.c_str()); }

}  // namespace

bool LibmilterActions::setReply(const std::string& code, const std::string& enhancedCode,
                                const std::vector<std::string>& plainLines) {
  const std::vector<std::string> lines = replyLinesForMta(plainLines);  // '%' doubled, at most 32
  if (lines.empty()) return smfi_setreply(ctx_, mutableText(code), mutableText(enhancedCode), nullptr) == MI_SUCCESS;
  // smfi_setmlreply is variadic and stops at the first NULL: pass all 32 slots, unused ones NULL.
  std::array<const char*, 33> l{};
  for (std::size_t i = 0; i < lines.size() && i < 32; ++i) l[i] = lines[i].c_str();
  return smfi_setmlreply(ctx_, code.c_str(), enhancedCode.c_str(), l[0], l[1], l[2], l[3], l[4], l[5], l[6], l[7], l[8],
                         l[9], l[10], l[11], l[12], l[13], l[14], l[15], l[16], l[17], l[18], l[19], l[20], l[21], l[22],
                         l[23], l[24], l[25], l[26], l[27], l[28], l[29], l[30], l[31], nullptr) == MI_SUCCESS;
}

bool LibmilterActions::addRecipient(const std::string& address) {
  std::string path = "<" + address + ">";
  return smfi_addrcpt(ctx_, mutableText(path)) == MI_SUCCESS;
}

std::string LibmilterActions::headerValue(const std::string& value) const {
  return spacing_ == HeaderSpacing::Exact ? " " + value : value;
}

bool LibmilterActions::addHeader(const std::string& name, const std::string& value) {
  std::string v = headerValue(value);
  return smfi_addheader(ctx_, mutableText(name), mutableText(v)) == MI_SUCCESS;
}

bool LibmilterActions::changeHeader(const std::string& name, int index, const std::string& value) {
  if (value.empty()) return smfi_chgheader(ctx_, mutableText(name), index, nullptr) == MI_SUCCESS;  // deletes
  std::string v = headerValue(value);
  return smfi_chgheader(ctx_, mutableText(name), index, mutableText(v)) == MI_SUCCESS;
}

bool LibmilterActions::quarantine(const std::string& reason) {
  return smfi_quarantine(ctx_, mutableText(reason.empty() ? std::string("aup-milter") : reason)) == MI_SUCCESS;
}

}  // namespace aup
