#include "tools/aupctl/scan_command.h"

#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "engine/envelope.h"
#include "engine/message_view.h"
#include "scanners/policy_snapshot.h"
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
};

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
  Verdict verdict = snapshot->engine->evaluate(*view);
  std::cout << verdictToJson(verdict) << "\n";
  if (options.explain) explainContent(*snapshot, *view, verdict, std::cout);  // explain.h
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
