#pragma once
// What `aupctl status` shows, and how it is worked out from what it gathers: whether the
// milter's socket answers, the Prometheus text of its /metrics, and the store's backlog. Pure
// (values in, text out) so the unit tests check every line without a running milter.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace aup {

// One sample of Prometheus's text format: name, labels, value.
struct MetricSample {
  std::string name;
  std::map<std::string, std::string> labels;
  double value = 0;
};

// Parses the text exposition format (comments skipped); throws std::runtime_error naming the
// line that is not a sample.
std::vector<MetricSample> parseMetricsText(std::string_view text);

struct StatusInputs {
  std::string listen;                        // [milter] listen
  bool milterAnswers = false;                // the socket accepted a connection
  std::string milterProblem;                 // why not ("connection refused")
  bool socketForbidden = false;              // this user may not reach the socket (EACCES)
  std::optional<std::int64_t> pid;           // from [milter] pid_file, when set and alive
  std::string configFile;                    // the config aupctl read
  std::string metricsListen;                 // "" = [metrics] off
  std::optional<std::vector<MetricSample>> metrics;  // none when off or unreachable
  std::string metricsProblem;
  std::optional<std::int64_t> held, oldestHeld;      // the quarantine store, when readable
  std::optional<std::int64_t> noticesPending, noticesFailed;
  std::string storeProblem;
  std::int64_t now = 0;  // unix seconds
};

struct StatusReport {
  std::string text;  // one screen, a "label: value" line per item
  int exitCode = 0;  // 0 up and the last reload ok; 1 down or the last reload failed
};

StatusReport buildStatusReport(const StatusInputs& in);

}  // namespace aup
