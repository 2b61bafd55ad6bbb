#include "tools/aupctl/status_command.h"

#include <curl/curl.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <netdb.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <fstream>
#include <iostream>

#include "common/closing_fd.h"
#include "common/wall_clock.h"
#include "quarantine/notice_outbox.h"
#include "quarantine/quarantine_service.h"
#include "tools/aupctl/config_path.h"
#include "tools/aupctl/status_report.h"

namespace aup {

namespace {

// Connects to the milter's socket ("unix:/path", "inet:PORT@HOST", "inet6:..."); "" when it
// accepts, else why not (`forbidden`: this user may not reach it). Closing at once is harmless: libmilter drops a connection that never
// negotiates.
std::string probeMilter(const std::string& listen, bool& forbidden) {
  std::string spec = listen;
  if (spec.rfind("unix:", 0) == 0 || spec.rfind("local:", 0) == 0 || spec.front() == '/') {
    std::string path = spec.front() == '/' ? spec : spec.substr(spec.find(':') + 1);
    sockaddr_un addr{};
    if (path.size() >= sizeof addr.sun_path) return "socket path too long";
    addr.sun_family = AF_UNIX;
    std::memcpy(addr.sun_path, path.c_str(), path.size() + 1);
    ClosingFd s{::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0)};
    if (s.fd < 0 || ::connect(s.fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
      forbidden = errno == EACCES || errno == EPERM;
      return std::strerror(errno);
    }
    return "";
  }
  // inet:PORT@HOST or inet6:PORT@HOST
  auto colon = spec.find(':'), at = spec.find('@');
  if (colon == std::string::npos) return "cannot read the socket spec";
  std::string port = spec.substr(colon + 1, at == std::string::npos ? std::string::npos : at - colon - 1);
  std::string host = at == std::string::npos ? "127.0.0.1" : spec.substr(at + 1);
  addrinfo hints{}, *res = nullptr;
  hints.ai_socktype = SOCK_STREAM;
  if (int rc = ::getaddrinfo(host.c_str(), port.c_str(), &hints, &res); rc != 0) return gai_strerror(rc);
  std::string problem = "no address";
  for (addrinfo* a = res; a; a = a->ai_next) {
    ClosingFd s{::socket(a->ai_family, a->ai_socktype | SOCK_CLOEXEC, a->ai_protocol)};
    if (s.fd >= 0 && ::connect(s.fd, a->ai_addr, a->ai_addrlen) == 0) {
      problem.clear();
      break;
    }
    problem = std::strerror(errno);
  }
  ::freeaddrinfo(res);
  return problem;
}

std::optional<std::int64_t> livePid(const std::string& pidFile) {
  if (pidFile.empty()) return std::nullopt;
  std::ifstream in(pidFile);
  std::int64_t pid = 0;
  if (!(in >> pid) || pid <= 0) return std::nullopt;
  if (::kill(static_cast<pid_t>(pid), 0) != 0 && errno != EPERM) return std::nullopt;
  return pid;
}

std::size_t appendBody(char* data, std::size_t size, std::size_t count, void* out) {
  static_cast<std::string*>(out)->append(data, size * count);
  return size * count;
}

// GET http://LISTEN/metrics; throws with curl's reason.
std::string fetchMetrics(const std::string& listen) {
  CURL* curl = curl_easy_init();
  if (!curl) throw std::runtime_error("curl_easy_init failed");
  std::string body, url = "http://" + listen + "/metrics";
  curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl, CURLOPT_TIMEOUT, 5L);
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http");
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, appendBody);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &body);
  CURLcode rc = curl_easy_perform(curl);
  long status = 0;
  curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
  curl_easy_cleanup(curl);
  if (rc != CURLE_OK) throw std::runtime_error(curl_easy_strerror(rc));
  if (status != 200) throw std::runtime_error("HTTP " + std::to_string(status));
  return body;
}

int runStatus(const std::string& configOption) {
  StatusInputs in;
  Settings settings;
  try {
    auto file = resolveConfigPath(configOption);
    settings = loadCoreSettings(file);
    in.configFile = std::filesystem::absolute(file).string();
  } catch (const std::exception& e) {
    std::cerr << "aupctl status: configuration not usable:\n" << e.what() << "\n";
    return 2;
  }
  in.now = nowSeconds();
  in.listen = settings.milter.listen;
  in.milterProblem = probeMilter(settings.milter.listen, in.socketForbidden);
  in.milterAnswers = in.milterProblem.empty();
  in.pid = livePid(settings.milter.pidFile);
  in.metricsListen = settings.metrics.listen;
  if (!in.metricsListen.empty()) {
    try {
      in.metrics = parseMetricsText(fetchMetrics(in.metricsListen));
    } catch (const std::exception& e) {
      in.metricsProblem = e.what();
    }
  }
  if (settings.quarantine.dir.empty()) {
    in.storeProblem = "quarantine.dir is empty: held mail is in Postfix's hold queue (mailq)";
  } else {
    try {
      auto store = QuarantineService::open(settings.quarantine);
      auto backlog = store->storage().backlog();
      in.held = backlog.held;
      in.oldestHeld = backlog.oldestReceived;
      auto counts = openNoticeOutbox(settings.quarantine, RetryPolicy{}, 0)->counts();
      in.noticesPending = counts.pending;
      in.noticesFailed = counts.failed;
    } catch (const std::exception& e) {
      in.storeProblem = std::string("cannot read the store: ") + e.what() + " (run as root or as a member of its group)";
    }
  }
  StatusReport report = buildStatusReport(in);
  std::cout << report.text;
  return report.exitCode;
}

}  // namespace

void addStatusCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand("status", "is the milter up, what it runs, and what is waiting (one screen)");
  auto config = std::make_shared<std::string>();
  cmd->add_option("-c,--config", *config, "aup-milter config (default /etc/aup-milter/aup-milter.toml)");
  cmd->callback([config] {
    int rc = runStatus(*config);
    if (rc != 0) throw CLI::RuntimeError(rc);
  });
}

}  // namespace aup
