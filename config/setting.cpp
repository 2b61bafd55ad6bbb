#include "config/setting.h"

#include <toml++/toml.h>

namespace aup {

std::string_view typeName(SettingType type) {
  switch (type) {
    case SettingType::Bool: return "true/false";
    case SettingType::Int: return "whole number";
    case SettingType::Double: return "number";
    case SettingType::Size: return "size";
    case SettingType::Duration: return "duration";
    case SettingType::String: return "string";
    case SettingType::Path: return "path";
    case SettingType::StringList: return "list of strings";
    case SettingType::Action: return "action";
    case SettingType::Choice: return "choice";
  }
  return "?";
}

std::string tomlLiteral(const Setting& s) {
  switch (s.type) {
    case SettingType::Bool:
    case SettingType::Int:
    case SettingType::Double:
      return std::string(s.defaultValue);
    case SettingType::StringList:
      return s.defaultValue.empty() ? "[]" : std::string(s.defaultValue);
    case SettingType::Size:
    case SettingType::Duration:
      // 1000 and "1000" read the same; the reference shows a bare number as TOML would.
      if (!s.defaultValue.empty() && s.defaultValue.find_first_not_of("0123456789") == std::string_view::npos) {
        return std::string(s.defaultValue);
      }
      return "\"" + std::string(s.defaultValue) + "\"";
    case SettingType::String:
    case SettingType::Path:
    case SettingType::Action:
    case SettingType::Choice:
      return "\"" + std::string(s.defaultValue) + "\"";
  }
  return {};
}

std::vector<std::string> defaultList(const Setting& s) {
  if (s.type != SettingType::StringList) throw std::logic_error("setting " + std::string(s.key) + " is not a list");
  if (s.defaultValue.empty()) return {};
  auto bad = [&] { return std::logic_error("setting " + std::string(s.key) + ": declared default does not parse"); };
  std::vector<std::string> out;
  try {
    auto table = toml::parse("v = " + std::string(s.defaultValue));
    const toml::array* array = table["v"].as_array();
    if (!array) throw bad();
    for (const auto& item : *array) {
      auto v = item.value<std::string>();
      if (!v) throw bad();
      out.push_back(*v);
    }
  } catch (const toml::parse_error&) {
    throw bad();
  }
  return out;
}

}  // namespace aup
