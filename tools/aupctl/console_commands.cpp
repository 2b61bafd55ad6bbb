#include "tools/aupctl/console_commands.h"

#include <termios.h>
#include <unistd.h>

#include <iostream>

#include "console/user_store.h"
#include "tools/aupctl/config_path.h"

namespace aup {

namespace {

[[noreturn]] void fail(const std::string& message, int code = 1) {
  std::cerr << "aupctl console: " << message << "\n";
  throw CLI::RuntimeError(code);
}

// One line from standard input; with a terminal, prompted twice without echo.
std::string readPassword() {
  const bool terminal = ::isatty(STDIN_FILENO) != 0;
  auto readLine = [terminal](const char* prompt) {
    termios old{};
    if (terminal) {
      std::cerr << prompt << std::flush;
      ::tcgetattr(STDIN_FILENO, &old);
      termios quiet = old;
      quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
      ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (terminal) {
      ::tcsetattr(STDIN_FILENO, TCSANOW, &old);
      std::cerr << "\n";
    }
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line;
  };
  std::string password = readLine("Password: ");
  if (terminal && readLine("Again: ") != password) fail("the passwords differ", 2);
  return password;
}

std::unique_ptr<console::UserStore> openUsers(const std::string& configOption) {
  try {
    Settings settings = loadCoreSettings(resolveConfigPath(configOption));
    if (settings.console.usersFile.empty()) fail("set [console] users_file or [quarantine] dir", 2);
    return std::make_unique<console::UserStore>(settings.console.usersFile);
  } catch (const CLI::RuntimeError&) {
    throw;
  } catch (const std::exception& e) {
    fail(e.what(), 2);
  }
}

}  // namespace

void addConsoleCommands(CLI::App& app) {
  auto config = std::make_shared<std::string>();
  CLI::App* c = app.add_subcommand("console", "Accounts of the quarantine console aup-console (docs/console.md)");
  c->add_option("--config,-c", *config, "Config file (default: /etc/aup-milter/aup-milter.toml if present)");
  c->require_subcommand(1);
  c->fallthrough();

  auto name = std::make_shared<std::string>();
  auto role = std::make_shared<std::string>();
  CLI::App* add = c->add_subcommand("add-user", "Add an account or set its role and password (password on standard input)");
  add->add_option("name", *name, "User name (letters, digits, . _ @ -)")->required();
  add->add_option("--role", *role, "admin, dsl, helpdesk or auditor")->required();
  add->callback([config, name, role] {
    auto parsed = console::parseRole(*role);
    if (!parsed) fail("--role: expected admin, dsl, helpdesk or auditor", 2);
    try {
      console::requireValidUserName(*name);
      std::string password = readPassword();
      console::requireAcceptablePassword(password);
      openUsers(*config)->setUser(*name, *parsed, password);
    } catch (const std::invalid_argument& e) {
      fail(e.what(), 2);
    }
    std::cout << "console user " << *name << " (" << *role << ") saved\n";
  });

  CLI::App* list = c->add_subcommand("list-users", "List the console's accounts and roles");
  list->callback([config] {
    for (const auto& account : openUsers(*config)->list()) {
      std::cout << account.name << "\t" << console::toString(account.role) << "\n";
    }
  });
}

}  // namespace aup
