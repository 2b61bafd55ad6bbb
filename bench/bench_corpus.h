#pragma once
// bench_corpus - the generated messages the engine benchmark runs on: plain text, HTML+text,
// attachments from 2 KB to 2 MB, data-bearing (learner identifiers) and clean, plus the mix
// used for "an average message". Deterministic: the same bytes every run.

#include <cstddef>
#include <string>
#include <vector>

namespace aup::bench {

struct BenchMessage {
  std::string name;   // benchmark label, e.g. "attachment-512k-clean"
  std::string bytes;  // wire format, CRLF
};

// Every corpus message, smallest first.
const std::vector<BenchMessage>& corpus();

// One corpus message by name; throws std::out_of_range for an unknown name.
const BenchMessage& corpusMessage(const std::string& name);

// The names and weights of the "average message" mix (weights sum to 100): mostly short
// text and HTML mail, some attachments, a little personal data.
struct MixEntry {
  std::string name;
  int weight;
};
const std::vector<MixEntry>& averageMix();

}  // namespace aup::bench
