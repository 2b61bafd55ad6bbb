// fuzz_roster - arbitrary bytes as a roster CSV export: the CSV reader, then Roster::parse with
// and without sub-address folding, then look-ups of every field it read. Neither may throw or
// crash; the CSV reader's records must start on increasing lines inside the text.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "scanners/headteacher_copy/csv_reader.h"
#include "scanners/headteacher_copy/roster.h"

namespace {

// Stops the run when the CSV reader breaks its contract.
void require(bool condition, const char* what) {
  if (condition) return;
  std::fprintf(stderr, "csv reader contract broken: %s\n", what);
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  aup::CsvDocument doc = aup::parseCsv(text);
  std::size_t previousLine = 0;
  for (const auto& record : doc.records) {
    require(record.line > previousLine, "records start on strictly increasing lines");
    require(record.line <= size + 1, "a record starts on a line that exists");
    previousLine = record.line;
  }
  for (auto folding : {aup::SubaddressFolding::Off, aup::SubaddressFolding::PlusTag}) {
    aup::RosterLoadReport report;
    aup::Roster roster = aup::Roster::parse(text, folding, report);
    for (const auto& record : doc.records) {
      for (const auto& field : record.fields) {
        (void)roster.find(field);
        (void)aup::maskAddress(field);
        (void)aup::foldSubaddress(field);
      }
    }
  }
  return 0;
}
