#include "tools/aupctl/scan_command.h"

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "common/wall_clock.h"
#include "decision/decide.h"
#include "decision/plan_json.h"
#include "engine/envelope.h"
#include "quarantine/release_key.h"
#include "engine/message_view.h"
#include "adapters/production_services.h"
#include "tools/aupctl/explain.h"

namespace aup {

namespace {

struct ScanOptions {
  std::string config;
  std::string mailFrom;
  std::vector<std::string> recipients;
  std::string authUser;
  std::string clientIp;
  bool tls = false;
  bool explain = false;
  std::string message;
  std::int64_t now = 0;          // --now: the clock decide() sees (tests; 0 = the real clock)
  bool assumeReleased = false;   // --assume-released: the store says a release token's id is released
};

// The token key, when this user may read it; "" (tokens not honoured) otherwise, said on stderr.
std::string tokenKeyFor(const Settings& settings) {
  try {
    return readReleaseKey(settings.quarantine.releaseSecretFile);
  } catch (const std::exception& e) {
    std::cerr << "aupctl scan: tokens not checked: " << e.what() << "\n";
    return {};
  }
}

// Reads the message file ("-" = standard input) into memory.
std::string readMessage(const std::string& path) {
  std::ostringstream out;
  if (path == "-") {
    out << std::cin.rdbuf();
    return std::move(out).str();
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read message file " + path);
  out << in.rdbuf();
  return std::move(out).str();
}

int runScan(const ScanOptions& options) {
  SnapshotPtr snapshot;
  try {
    snapshot = loadSnapshot(options.config.empty() ? defaultConfigPath() : std::filesystem::path(options.config));
  } catch (const std::exception& e) {
    std::cerr << "aupctl scan: configuration not usable:\n" << e.what() << "\n";
    return 2;
  }
  Envelope envelope;
  envelope.mailFrom = stripAngleBrackets(options.mailFrom);
  for (const auto& r : options.recipients) envelope.recipients.push_back(stripAngleBrackets(r));
  if (!options.authUser.empty()) envelope.authUser = options.authUser;
  envelope.clientAddress = options.clientIp;
  envelope.clientName = "unknown";
  envelope.tls = options.tls;
  std::shared_ptr<const RawMessage> raw;
  try {
    raw = std::make_shared<const RawMessage>(RawMessage::inMemory(readMessage(options.message)));
  } catch (const std::exception& e) {
    std::cerr << "aupctl scan: " << e.what() << "\n";
    return 2;
  }
  auto view = MessageView::parse(raw, envelope, snapshot->settings.parseLimits);
  // The same decide() the milter runs; the store's word on a release token and the notice counts
  // are the milter's to look up, so here a token's row is taken as given (--assume-released).
  DecisionInputs inputs;
  inputs.now = options.now != 0 ? options.now : nowSeconds();
  if (view->header(kReleasedHeader) || view->header(kNoticeHeader)) inputs.tokenKey = tokenKeyFor(snapshot->settings);
  if (options.assumeReleased) inputs.releaseGrant = ReleaseGrant{true};
  Plan plan = decide(*snapshot->engine, *view, snapshot->decision, inputs);
  std::cout << toJson(plan).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  if (options.explain) explainContent(*snapshot, *view, plan.verdict, std::cout);  // explain.h
  return 0;
}

}  // namespace

void addScanCommand(CLI::App& app) {
  auto options = std::make_shared<ScanOptions>();
  CLI::App* scan = app.add_subcommand("scan", "Decide on one message with the same engine as the milter (no side effects)");
  scan->add_option("--config,-c", options->config, "Config file (default: the embedded default config)");
  scan->add_option("--mail-from", options->mailFrom, "Envelope sender; '<>' is the null sender")->required();
  scan->add_option("--rcpt", options->recipients, "Envelope recipient (repeat for several)")->required();
  scan->add_option("--auth-user", options->authUser, "SASL login of the sender, if it authenticated");
  scan->add_option("--client-ip", options->clientIp, "IP address of the SMTP client");
  scan->add_flag("--tls", options->tls, "The client used STARTTLS");
  scan->add_option("--now", options->now, "Unix time decide() sees (default: now)");
  scan->add_flag("--assume-released", options->assumeReleased,
                 "Take an X-AUP-Released token's quarantine row as released (the milter asks the store)");
  scan->add_flag("--explain", options->explain, "Also print how the content policies read it (matches, text, score)");
  scan->add_option("message", options->message, "Message file (.eml), or - for standard input")->required();
  scan->callback([options] { throw CLI::RuntimeError(runScan(*options)); });
}

void addCheckConfigCommand(CLI::App& app) {
  auto file = std::make_shared<std::string>();
  CLI::App* check = app.add_subcommand("check-config", "Validate a config file and everything it points at");
  check->add_option("file", *file, "Config file")->required();
  check->callback([file] {
    try {
      auto snapshot = loadSnapshot(*file);
      std::cout << *file << ": OK (" << snapshot->engine->scanners().size() << " scanners)\n";
      for (const auto& w : snapshot->warnings) std::cerr << "warning: " << w << "\n";
    } catch (const std::exception& e) {
      std::cerr << e.what() << "\n";
      throw CLI::RuntimeError(1);
    }
  });
}

}  // namespace aup
