#include "tools/aupctl/check_postfix_command.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <iostream>

#include "tools/aupctl/config_path.h"
#include "tools/aupctl/postfix_check.h"

namespace aup {

namespace {

struct CheckPostfixOptions {
  std::string config;
  // By path when it is there: /usr/sbin is not in the PATH of the admins (aup-admin) who run aupctl.
  std::string postconf = access("/usr/sbin/postconf", X_OK) == 0 ? "/usr/sbin/postconf" : "postconf";
  std::string configDir;
};

struct CommandResult {
  int status = -1;  // exit code; -1 when it could not be run or was killed
  std::string out;
  std::string err;
};

// Runs argv[0] (searched in PATH) with no shell; collects standard output and error.
CommandResult runCommand(const std::vector<std::string>& argv) {
  CommandResult result;
  int out[2], err[2], exec[2];
  if (::pipe2(out, O_CLOEXEC) != 0 || ::pipe2(err, O_CLOEXEC) != 0 || ::pipe2(exec, O_CLOEXEC) != 0) {
    result.err = std::string("pipe: ") + std::strerror(errno);
    return result;
  }
  pid_t pid = ::fork();
  if (pid == 0) {
    ::dup2(out[1], STDOUT_FILENO);
    ::dup2(err[1], STDERR_FILENO);
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    ::execvp(args[0], args.data());
    int e = errno;  // tell the parent why exec failed (the pipe closes on a successful exec)
    [[maybe_unused]] auto n = ::write(exec[1], &e, sizeof e);
    ::_exit(127);
  }
  ::close(out[1]);
  ::close(err[1]);
  ::close(exec[1]);
  if (pid < 0) {
    result.err = std::string("fork: ") + std::strerror(errno);
  } else {
    pollfd fds[2] = {{out[0], POLLIN, 0}, {err[0], POLLIN, 0}};
    std::string* sinks[2] = {&result.out, &result.err};
    int open = 2;
    while (open > 0 && ::poll(fds, 2, -1) >= 0) {
      for (int i = 0; i < 2; ++i) {
        if (fds[i].fd < 0 || fds[i].revents == 0) continue;
        char buf[4096];
        ssize_t n = ::read(fds[i].fd, buf, sizeof buf);
        if (n > 0) {
          sinks[i]->append(buf, static_cast<std::size_t>(n));
        } else if (n == 0 || errno != EINTR) {
          fds[i].fd = -1;
          --open;
        }
      }
    }
    int execError = 0;
    if (::read(exec[0], &execError, sizeof execError) == sizeof execError) {
      result.err = argv[0] + ": " + std::strerror(execError);
    }
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (execError == 0 && WIFEXITED(status)) result.status = WEXITSTATUS(status);
  }
  ::close(out[0]);
  ::close(err[0]);
  ::close(exec[0]);
  return result;
}

// postconf [-c DIR] FLAG; exit code 2 (with postconf's own message) when it fails.
std::string postconfOutput(const CheckPostfixOptions& o, const std::string& flag) {
  std::vector<std::string> argv = {o.postconf};
  if (!o.configDir.empty()) argv.insert(argv.end(), {"-c", o.configDir});
  argv.push_back(flag);
  CommandResult r = runCommand(argv);
  if (r.status != 0) {
    std::string command;
    for (const auto& a : argv) command += (command.empty() ? "" : " ") + a;
    std::cerr << "aupctl check-postfix: cannot run '" << command << "'"
              << (r.status > 0 ? " (exit code " + std::to_string(r.status) + ")" : "") << ":\n"
              << r.err;
    throw CLI::RuntimeError(2);
  }
  return r.out;
}

int runCheckPostfix(const CheckPostfixOptions& o) {
  std::filesystem::path file = resolveConfigPath(o.config);
  Settings settings;
  try {
    settings = loadCoreSettings(file);
  } catch (const std::exception& e) {
    std::cerr << "aupctl check-postfix: aup-milter's configuration " << file.string() << " is not usable:\n"
              << e.what() << "\n";
    return 2;
  }
  MilterExpectations expect;
  expect.listen = settings.milter.listen;
  expect.messageBudgetSeconds =
      std::chrono::duration_cast<std::chrono::seconds>(settings.engine.messageBudget).count();
  expect.releaseListener = !settings.quarantine.dir.empty();
  expect.releaseHost = settings.quarantine.releaseHost;
  expect.releasePort = static_cast<int>(settings.quarantine.releasePort);
  expect.postconf = o.configDir.empty() ? "postconf" : "postconf -c " + o.configDir;
  const std::string mainCf = postconfOutput(o, "-n");
  const std::string masterCf = postconfOutput(o, "-M");
  auto findings = checkPostfix(mainCf, masterCf, expect);
  int problems = 0;
  for (const auto& f : findings) {
    std::cout << formatFinding(f) << "\n";
    if (f.severity == Severity::Problem) ++problems;
  }
  std::string instance = o.configDir.empty() ? "Postfix" : "Postfix (" + o.configDir + ")";
  if (problems == 0) {
    std::cout << instance << " is wired for aup-milter on " << settings.milter.listen << " (config " << file.string()
              << ")\n";
    return 0;
  }
  std::cout << problems << " problem(s) in " << instance << "'s wiring for aup-milter (config " << file.string()
            << "); after fixing: postfix reload\n";
  return 1;
}

}  // namespace

void addCheckPostfixCommand(CLI::App& app) {
  auto o = std::make_shared<CheckPostfixOptions>();
  CLI::App* c = app.add_subcommand("check-postfix",
                                   "Check Postfix's main.cf and master.cf for aup-milter: milters, default action, "
                                   "protocol, chroot, timeouts, release listener (each problem with its fix)");
  c->add_option("--config,-c", o->config, "aup-milter config (default: /etc/aup-milter/aup-milter.toml if present)");
  c->add_option("--postconf", o->postconf, "postconf program to run (default: postconf from PATH)");
  // Not -c: that is the aup-milter config in every aupctl command.
  c->add_option("--postfix-dir", o->configDir, "Postfix configuration directory (postconf -c; default: Postfix's own)");
  c->callback([o] { throw CLI::RuntimeError(runCheckPostfix(*o)); });
}

}  // namespace aup
