#include "engine/envelope.h"

#include <algorithm>

#include "engine/text_util.h"

namespace aup {

std::string toLowerAscii(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), asciiLower);
  return out;
}

std::string stripAngleBrackets(std::string_view path) {
  auto isSpace = [](char c) { return c == ' ' || c == '\t'; };
  while (!path.empty() && isSpace(path.front())) path.remove_prefix(1);
  while (!path.empty() && isSpace(path.back())) path.remove_suffix(1);
  if (path.size() >= 2 && path.front() == '<' && path.back() == '>') {
    path = path.substr(1, path.size() - 2);
  }
  return std::string(path);
}

std::string domainOf(std::string_view address) {
  auto at = address.rfind('@');
  if (at == std::string_view::npos) return "";
  return toLowerAscii(address.substr(at + 1));
}

std::string localPartOf(std::string_view address) {
  auto at = address.rfind('@');
  return toLowerAscii(at == std::string_view::npos ? address : address.substr(0, at));
}

}  // namespace aup
