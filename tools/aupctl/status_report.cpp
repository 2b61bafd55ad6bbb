#include "tools/aupctl/status_report.h"

#include <cmath>
#include <ctime>
#include <stdexcept>

namespace aup {

namespace {

std::string utc(std::int64_t seconds) {
  if (seconds <= 0) return "never";
  std::time_t t = static_cast<std::time_t>(seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M UTC", &tm);
  return buf;
}

std::string age(std::int64_t seconds) {
  if (seconds < 0) seconds = 0;
  if (seconds < 120) return std::to_string(seconds) + " s";
  if (seconds < 7200) return std::to_string(seconds / 60) + " min";
  if (seconds < 172800) return std::to_string(seconds / 3600) + " h";
  return std::to_string(seconds / 86400) + " days";
}

const MetricSample* find(const std::vector<MetricSample>& samples, std::string_view name,
                         const std::map<std::string, std::string>& labels = {}) {
  for (const auto& s : samples) {
    if (s.name != name) continue;
    bool match = true;
    for (const auto& [k, v] : labels) {
      auto it = s.labels.find(k);
      if (it == s.labels.end() || it->second != v) match = false;
    }
    if (match) return &s;
  }
  return nullptr;
}

std::int64_t whole(double v) { return static_cast<std::int64_t>(std::llround(v)); }

void line(std::string& out, std::string_view label, const std::string& value) {
  out += std::string(label) + ":";
  out += std::string(label.size() < 12 ? 12 - label.size() : 1, ' ');
  out += value + "\n";
}

}  // namespace

std::vector<MetricSample> parseMetricsText(std::string_view text) {
  std::vector<MetricSample> samples;
  std::size_t lineNo = 0;
  while (!text.empty()) {
    std::size_t end = text.find('\n');
    std::string_view l = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
    ++lineNo;
    if (l.empty() || l.front() == '#') continue;
    MetricSample s;
    std::size_t i = 0;
    while (i < l.size() && l[i] != '{' && l[i] != ' ') ++i;
    s.name = std::string(l.substr(0, i));
    if (i < l.size() && l[i] == '{') {
      ++i;
      while (i < l.size() && l[i] != '}') {
        std::size_t eq = l.find('=', i);
        if (eq == std::string_view::npos || eq + 1 >= l.size() || l[eq + 1] != '"') break;
        std::string key(l.substr(i, eq - i)), value;
        std::size_t j = eq + 2;
        for (; j < l.size() && l[j] != '"'; ++j) {
          if (l[j] == '\\' && j + 1 < l.size()) {
            ++j;
            value += l[j] == 'n' ? '\n' : l[j];
          } else {
            value += l[j];
          }
        }
        if (j >= l.size()) break;
        s.labels[key] = value;
        i = j + 1;
        if (i < l.size() && l[i] == ',') ++i;
      }
      if (i >= l.size() || l[i] != '}') throw std::runtime_error("metrics line " + std::to_string(lineNo) + " is not a sample");
      ++i;
    }
    while (i < l.size() && l[i] == ' ') ++i;
    std::string number(l.substr(i, l.find(' ', i) == std::string_view::npos ? std::string_view::npos : l.find(' ', i) - i));
    try {
      std::size_t used = 0;
      s.value = std::stod(number, &used);
      if (used != number.size()) throw std::invalid_argument(number);
    } catch (const std::exception&) {
      throw std::runtime_error("metrics line " + std::to_string(lineNo) + " is not a sample");
    }
    if (s.name.empty()) throw std::runtime_error("metrics line " + std::to_string(lineNo) + " is not a sample");
    samples.push_back(std::move(s));
  }
  return samples;
}

StatusReport buildStatusReport(const StatusInputs& in) {
  StatusReport r;
  std::string& out = r.text;
  if (in.milterAnswers) {
    line(out, "milter", "up (" + in.listen + (in.pid ? ", pid " + std::to_string(*in.pid) : "") + ")");
  } else if (in.socketForbidden && in.metrics) {
    // An admin outside Postfix's group cannot open the socket; the metrics answering says it runs.
    line(out, "milter", "up (its metrics answer; " + in.listen + " is not reachable by this user: sudo checks it too)");
  } else if (in.socketForbidden) {
    line(out, "milter", "unknown: " + in.listen + ": " + in.milterProblem + " (run with sudo, or turn [metrics] on)");
    r.exitCode = 1;
  } else {
    line(out, "milter", "DOWN: " + in.listen + ": " + in.milterProblem +
                            " (Postfix answers 4xx meanwhile; start it: systemctl start aup-milter)");
    r.exitCode = 1;
  }

  const std::vector<MetricSample>* m = in.metrics ? &*in.metrics : nullptr;
  std::string config = in.configFile;
  if (m) {
    if (const auto* info = find(*m, "aup_milter_config_info")) {
      auto file = info->labels.count("config") ? info->labels.at("config") : std::string("?");
      auto print = info->labels.count("fingerprint") ? info->labels.at("fingerprint") : std::string("?");
      config = file + " (fingerprint " + print + ")";
      if (file != in.configFile) config += "; aupctl read " + in.configFile;
    }
  }
  line(out, "config", config);

  if (!m) {
    std::string why = in.metricsListen.empty() ? "[metrics] listen is off, so the running state cannot be read"
                                               : "no answer from " + in.metricsListen + ": " + in.metricsProblem;
    line(out, "last reload", "unknown (" + why + ")");
    line(out, "clamav", "unknown (" + why + ")");
  } else {
    const auto* okAt = find(*m, "aup_milter_config_last_reload_timestamp_seconds", {{"result", "ok"}});
    const auto* failedAt = find(*m, "aup_milter_config_last_reload_timestamp_seconds", {{"result", "failed"}});
    std::int64_t ok = okAt ? whole(okAt->value) : 0, failed = failedAt ? whole(failedAt->value) : 0;
    if (failed > ok) {
      line(out, "last reload", "FAILED at " + utc(failed) + ", still running the configuration loaded at " + utc(ok) +
                                   " (the reason is in the log: journalctl -u aup-milter)");
      r.exitCode = 1;
    } else {
      line(out, "last reload", "ok at " + utc(ok));
    }
    const auto* sigs = find(*m, "aup_milter_clamav_signatures");
    if (!sigs) {
      line(out, "clamav", "not in use");
    } else {
      const auto* version = find(*m, "aup_milter_clamav_database_version");
      const auto* built = find(*m, "aup_milter_clamav_database_timestamp_seconds");
      std::string text = std::to_string(whole(sigs->value)) + " signatures";
      if (version && version->value > 0) text += ", daily " + std::to_string(whole(version->value));
      if (built && built->value > 0) {
        std::int64_t b = whole(built->value);
        text += ", built " + utc(b) + " (" + age(in.now - b) + " old)";
      }
      line(out, "clamav", text);
    }
    if (const auto* sessions = find(*m, "aup_milter_open_sessions"))
      line(out, "sessions", std::to_string(whole(sessions->value)) + " open");
  }

  if (in.held) {
    std::string q = std::to_string(*in.held) + " held";
    if (*in.held > 0 && in.oldestHeld && *in.oldestHeld > 0)
      q += ", oldest received " + utc(*in.oldestHeld) + " (" + age(in.now - *in.oldestHeld) + " ago)";
    line(out, "quarantine", q);
  } else {
    line(out, "quarantine", "unknown (" + in.storeProblem + ")");
  }
  if (in.noticesPending) {
    line(out, "notices", std::to_string(*in.noticesPending) + " pending, " + std::to_string(in.noticesFailed.value_or(0)) +
                             " failed");
  } else {
    line(out, "notices", "unknown (" + in.storeProblem + ")");
  }
  return r;
}

}  // namespace aup
