// aup-milter - the Postfix milter daemon enforcing the acceptable-use policy.
//   aup-milter [--config FILE] [--foreground]
//   aup-milter --check-config [--config FILE]

#include <CLI/CLI.hpp>

#include "config/settings.h"
#include "milter/daemon.h"

int main(int argc, char** argv) {
  CLI::App app{"aup-milter - acceptable-use policy milter for Postfix"};
  std::string config = aup::defaultConfigPath().string();
  bool foreground = false;
  bool check = false;
  app.add_option("--config,-c", config, "Configuration file")->capture_default_str();
  app.add_flag("--foreground,-f", foreground, "Stay in the foreground (systemd, tests)");
  app.add_flag("--check-config", check, "Validate the configuration and exit (0 = valid)");
  CLI11_PARSE(app, argc, argv);
  if (check) return aup::checkConfig(config);
  return aup::runDaemon(config, foreground ? aup::RunMode::Foreground : aup::RunMode::Background);
}
