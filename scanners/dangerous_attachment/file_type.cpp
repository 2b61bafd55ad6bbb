#include "scanners/dangerous_attachment/file_type.h"

#include <algorithm>
#include <cctype>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace aup {

bool isTextWithoutScriptStart(std::string_view bytes) {
  std::string_view head = bytes.substr(0, 8192);
  for (unsigned char c : head) {
    if (c < 0x20 && c != '\t' && c != '\r' && c != '\n' && c != '\f' && c != 0x1b) return false;
    if (c == 0x7f) return false;
  }
  if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);  // UTF-8 byte order mark
  std::size_t start = head.find_first_not_of(" \t\r\n\f");
  if (start == std::string_view::npos) return true;
  std::string_view first = head.substr(start);
  if (first.starts_with("#!") || first.front() == '@' || first.front() == ':') return false;
  std::string word;
  for (char c : first.substr(0, 16)) {
    if (!std::isalpha(static_cast<unsigned char>(c))) break;
    word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  static const char* const kBatchWords[] = {"rem", "echo", "set", "setlocal", "goto", "call", "if", "for",
                                            "cls", "pause", "title", "color", "chcp", "cd", "start", "del"};
  return std::none_of(std::begin(kBatchWords), std::end(kBatchWords), [&](const char* w) { return word == w; });
}

std::vector<std::string> extensionsOf(std::string_view filename) {
  auto slash = filename.find_last_of("/\\");
  if (slash != std::string_view::npos) filename.remove_prefix(slash + 1);
  while (!filename.empty() && (filename.back() == '.' || filename.back() == ' ')) filename.remove_suffix(1);
  std::vector<std::string> out;
  while (true) {
    auto dot = filename.rfind('.');
    if (dot == std::string_view::npos || dot == 0) break;
    std::string ext(filename.substr(dot + 1));
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    // Only short alphanumeric runs count as extensions ("v2.1 notes" is not one).
    if (ext.empty() || ext.size() > 12 || !std::all_of(ext.begin(), ext.end(), [](unsigned char c) { return std::isalnum(c); })) break;
    out.push_back(std::move(ext));
    filename = filename.substr(0, dot);
  }
  return out;
}

bool oleHasVbaProject(std::string_view bytes) {
  static constexpr std::string_view kOleMagic("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  if (!bytes.starts_with(kOleMagic)) return false;
  // Directory entry names are UTF-16LE; Word/Excel/PowerPoint keep macros in a "_VBA_PROJECT" stream.
  static const std::string kVba = [] {
    std::string s;
    for (char c : std::string_view("_VBA_PROJECT")) {
      s.push_back(c);
      s.push_back('\0');
    }
    return s;
  }();
  return bytes.find(kVba) != std::string_view::npos;
}

}  // namespace aup
