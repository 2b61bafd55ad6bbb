#include "quarantine/release_key.h"

#include <cctype>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace aup {

namespace {
constexpr std::size_t kMinimumKeyCharacters = 16;  // shorter keys make the HMAC guessable
}

std::string readReleaseKey(const std::filesystem::path& file) {
  if (file.empty()) return {};
  std::ifstream in(file, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read quarantine.release_secret_file " + file.string());
  std::ostringstream text;
  text << in.rdbuf();
  std::string key = std::move(text).str();
  auto isSpace = [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; };
  while (!key.empty() && isSpace(key.back())) key.pop_back();
  std::size_t start = 0;
  while (start < key.size() && isSpace(key[start])) ++start;
  key.erase(0, start);
  if (key.size() < kMinimumKeyCharacters) {
    throw std::runtime_error("quarantine.release_secret_file " + file.string() +
                             " holds fewer than 16 characters; create it with `openssl rand -hex 32`");
  }
  return key;
}

}  // namespace aup
