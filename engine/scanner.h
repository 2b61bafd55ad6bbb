#pragma once
// Scanner - the one interface every policy implements.
//
// Contract: scan() is pure with respect to the outside world (no files, sockets or mail): what
// I/O a policy needs (ClamAV, libmagic) it reaches through interfaces the edge hands its factory
// (scanners/scanner_services.h), and the build checks that engine/ and scanners/ link no socket,
// libmilter, libclamav or libmagic symbol (ctest purity.core_links_no_io). It is called concurrently from many threads on the same object, and must not throw for any message
// content. Shared state is immutable after construction; per-thread tools (e.g. Hyperscan
// scratch) are the scanner's own business. Environment failures are reported in
// ScanOutcome::error, never by throwing.

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "engine/action.h"
#include "engine/deadline.h"
#include "engine/finding.h"
#include "engine/message_view.h"
#include "engine/organisation.h"

namespace aup {

// Everything a scanner may know about the message beyond its content.
struct ScanContext {
  const Organisation& organisation;
  Direction direction;
  bool senderIsInternal;
  // The message's time budget ([milter] message_budget): loops over parts, members, cells and
  // pages stop when it has passed, and the engine reports the message as not fully checked.
  Deadline deadline = Deadline::never();
};

class Scanner {
 public:
  virtual ~Scanner() = default;
  // Policy id this scanner feeds ("anonymous", "chain-letter", ...).
  virtual std::string_view policyId() const = 0;
  // Every policy id this scanner feeds; a scanner shared by several policies overrides it. The
  // engine runs the scanner when any is enabled and takes their on_error for its errors.
  virtual std::vector<std::string> policyIds() const { return {std::string(policyId())}; }
  virtual ScanOutcome scan(const MessageView& message, const ScanContext& context) const = 0;
};

using ScannerPtr = std::unique_ptr<const Scanner>;

// A scanner's name in timings, errors and metrics: its policy ids joined by "+"
// ("chain-letter+dlp-unencrypted").
std::string scannerLabel(const std::vector<std::string>& policyIds);

}  // namespace aup
