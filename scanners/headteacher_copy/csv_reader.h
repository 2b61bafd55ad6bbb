#pragma once
// csv_reader - a small RFC 4180 reader for the files schools export from their MIS (rosters).
//
// Contract: never throws. Accepts a UTF-8 byte-order mark, CRLF, LF or lone CR line ends,
// quoted fields holding commas, quotes ("") and line breaks. Each record carries the line it
// starts on so problems can be reported as file:line. Lenient where exports are sloppy: a quote
// inside an unquoted field is kept as text, text after a closing quote is appended.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace aup {

struct CsvRecord {
  std::size_t line = 0;             // 1-based line the record starts on
  std::vector<std::string> fields;  // as written (unquoted, "" unescaped), not trimmed
};

struct CsvDocument {
  std::vector<CsvRecord> records;  // blank lines are skipped
  // Set when a quoted field is still open at the end of the text: everything after this line
  // was swallowed into one field, so the document is not trustworthy.
  std::optional<std::size_t> unterminatedQuoteLine;
};

// parseCsv - splits comma-separated text into records.
CsvDocument parseCsv(std::string_view text);

}  // namespace aup
