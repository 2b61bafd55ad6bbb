// fuzz_config - arbitrary bytes as a TOML config: parse, read every core setting, report unknown
// keys. The only acceptable failure is ConfigError; anything else (another exception, a crash, a
// sanitizer report) is a bug. Policy factories are left out on purpose: they open the files a
// config names, and a fuzzed path such as /dev/zero would make that a test of the filesystem.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "config/config_reader.h"
#include "config/settings.h"
#include "scanners/scanner_factory.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    auto reader = aup::ConfigReader::fromString(text, AUP_SOURCE_DIR "/fuzz/fuzzed.toml");
    aup::Settings settings = aup::readCoreSettings(reader, aup::allPolicyDeclarations());
    reader.reportUnknownKeys();
    reader.throwIfErrors();
  } catch (const aup::ConfigError&) {
    // the expected way to refuse a config
  }
  return 0;
}
