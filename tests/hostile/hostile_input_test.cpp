// Hostile input through the real engine: every case gets a decision with bounded memory, and
// cases that hit a limit are never accepted unscanned. No timing here (see bench/ for that).

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <functional>
#include <iostream>
#include <new>
#include <string>

#include "config/settings.h"
#include "adapters/production_services.h"
#include "tests/hostile/hostile_messages.h"
#include "tests/support/message_builder.h"

namespace aup {
namespace {

using hostile::Expectation;
using hostile::HostileCase;

// Peak resident set of this process so far, in bytes.
std::size_t peakRssBytes() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<std::size_t>(usage.ru_maxrss) * 1024;
}

// Loose on purpose: sanitizer builds keep up to 256 MiB of freed memory in quarantine, yet a
// bomb inflated in memory (1 GiB) still breaks it.
std::size_t memoryBound(std::size_t messageBytes) { return (std::size_t{512} << 20) + 16 * messageBytes; }

// Parses a message already in wire format (test::parseText would double its CRs).
std::shared_ptr<const MessageView> parseWire(std::string bytes) {
  return MessageView::parse(std::make_shared<const RawMessage>(RawMessage::inMemory(std::move(bytes))), Envelope{});
}

// The embedded default configuration: every policy on, as shipped.
const PolicySnapshot& snapshot() {
  static const SnapshotPtr s = loadSnapshot(defaultConfigPath());
  return *s;
}

// A header value may be folded ("\n" followed by white space) but never start a new line.
bool isSafeHeaderValue(const std::string& value) {
  for (std::size_t i = 0; i < value.size(); ++i) {
    if (value[i] == '\r' && (i + 1 >= value.size() || value[i + 1] != '\n')) return false;
    if (value[i] == '\n' && (i + 1 >= value.size() || (value[i + 1] != ' ' && value[i + 1] != '\t'))) return false;
  }
  return true;
}

// Promises the milter relies on whatever the input (same checks as fuzz_message_engine).
void expectWellFormedVerdict(const Verdict& v) {
  EXPECT_LE(v.reply.lines.size(), 32u);
  for (const auto& line : v.reply.lines) {
    EXPECT_EQ(line.find_first_of("\r\n"), std::string::npos) << "reply line: " << line;
  }
  EXPECT_EQ(v.action == Action::Accept, v.reply.code.empty()) << v.reply.text();
  if (v.action != Action::Accept) {
    EXPECT_TRUE(v.modifications.empty());
  }
  for (const auto& h : v.modifications.addHeaders) EXPECT_TRUE(isSafeHeaderValue(h.value)) << h.name;
  for (const auto& h : v.modifications.changeHeaders) EXPECT_TRUE(isSafeHeaderValue(h.value)) << h.name;
}

}  // namespace
}  // namespace aup

namespace aup::hostile {
// Prints a case by name in test output instead of as raw bytes.
void PrintTo(const HostileCase& c, std::ostream* os) { *os << c.name; }
}  // namespace aup::hostile

namespace aup {
namespace {

class HostileInput : public ::testing::TestWithParam<HostileCase> {};

TEST_P(HostileInput, GetsADecisionWithBoundedMemory) {
  const HostileCase& c = GetParam();
  const PolicySnapshot& snap = snapshot();
  std::string bytes = c.make();
  auto raw = std::make_shared<const RawMessage>(RawMessage::inMemory(std::move(bytes)));
  const std::size_t messageBytes = raw->size();
  const std::size_t before = peakRssBytes();

  auto envelope = test::envelopeFrom("j.smith@school.example", {"friend@example.org"}, "j.smith@school.example");
  auto view = MessageView::parse(raw, envelope, snap.settings.parseLimits);
  Verdict verdict = decide(*snap.engine, *view, snap.decision, {}).verdict;

  const std::size_t growth = peakRssBytes() - before;
  EXPECT_LT(growth, memoryBound(messageBytes)) << c.name << ": peak RSS grew by " << (growth >> 20) << " MiB";
  std::size_t decoded = 0;
  for (const auto& leaf : view->leaves()) decoded += leaf.decoded.size();
  EXPECT_LE(decoded, snap.settings.parseLimits.maxDecodedBytes);
  EXPECT_LE(view->leaves().size(), snap.settings.parseLimits.maxLeafParts);
  expectWellFormedVerdict(verdict);

  switch (c.expectation) {
    case Expectation::Unscannable:
      EXPECT_TRUE(view->incomplete()) << c.name;
      EXPECT_NE(verdict.action, Action::Accept) << c.name << ": a message that was not fully examined was accepted";
      break;
    case Expectation::Examined:
      EXPECT_FALSE(view->incomplete()) << c.name << ": " << view->incompleteReason();
      break;
    case Expectation::Either:
      break;
  }
  // An incomplete view must never lead to accept, whichever case produced it.
  if (view->incomplete()) {
    EXPECT_NE(verdict.action, Action::Accept) << view->incompleteReason();
  }
  RecordProperty("action", std::string(toString(verdict.action)));
  RecordProperty("incomplete", view->incomplete() ? view->incompleteReason() : "no");
  RecordProperty("message_bytes", std::to_string(messageBytes));
}

std::string caseName(const ::testing::TestParamInfo<HostileCase>& info) {
  std::string name = info.param.name;
  std::replace(name.begin(), name.end(), '-', '_');
  return name;
}

INSTANTIATE_TEST_SUITE_P(AllCases, HostileInput, ::testing::ValuesIn(hostile::allHostileCases()), caseName);

// One "Key:   123 kB" line of /proc/self/status, in bytes (0 when absent).
std::size_t procStatusBytes(const std::string& key) {
  std::ifstream in("/proc/self/status");
  for (std::string line; std::getline(in, line);) {
    if (line.rfind(key + ":", 0) == 0) return static_cast<std::size_t>(std::stoull(line.substr(key.size() + 1))) * 1024;
  }
  return 0;
}

// Address sanitizer reserves terabytes of address space: no RLIMIT_AS under it.
constexpr bool kAddressSanitizer =
#if defined(__SANITIZE_ADDRESS__)
    true;
#else
    false;
#endif

// What a forked child measured while scanning.
struct ChildReport {
  std::size_t peakGrowth = 0;  // VmHWM after minus before, bytes
  std::string result;          // "decided", "bad_alloc: ...", "error: ..."
};

// Runs `work` in a forked child whose high-water mark starts at its current RSS (clear_refs 5),
// so neither the parent's history nor earlier tests count. The child's address space is capped
// at its size now + 4 GiB: a regression fails with bad_alloc instead of exhausting the machine.
ChildReport measureInChild(const std::function<std::string()>& work) {
  int fds[2];
  if (::pipe(fds) != 0) return {0, "pipe failed"};
  pid_t pid = ::fork();
  if (pid == 0) {
    ::close(fds[0]);
    ::alarm(300);
    std::ofstream("/proc/self/clear_refs") << "5";
    if (!kAddressSanitizer) {
      rlimit cap{};
      cap.rlim_cur = cap.rlim_max = procStatusBytes("VmSize") + (std::size_t{4} << 30);
      ::setrlimit(RLIMIT_AS, &cap);
    }
    const std::size_t before = procStatusBytes("VmHWM");
    std::string result;
    try {
      result = work();
    } catch (const std::bad_alloc& e) {
      result = std::string("bad_alloc: ") + e.what();
    } catch (const std::exception& e) {
      result = std::string("exception: ") + e.what();
    }
    std::string line = std::to_string(procStatusBytes("VmHWM") - before) + " " + result;
    [[maybe_unused]] auto n = ::write(fds[1], line.data(), line.size());
    ::_exit(0);
  }
  ::close(fds[1]);
  std::string out;
  char buf[512];
  for (ssize_t n; (n = ::read(fds[0], buf, sizeof buf)) > 0;) out.append(buf, static_cast<std::size_t>(n));
  ::close(fds[0]);
  int status = 0;
  ::waitpid(pid, &status, 0);
  if (!WIFEXITED(status)) return {0, "child died with signal " + std::to_string(WTERMSIG(status))};
  auto space = out.find(' ');
  if (space == std::string::npos) return {0, "child reported nothing"};
  return {static_cast<std::size_t>(std::stoull(out.substr(0, space))), out.substr(space + 1)};
}

// The snapshot's content scanner (both content policies, shipped rules).
const Scanner& contentScanner() {
  for (const auto& s : snapshot().engine->scanners())
    if (s->policyId() == "content") return *s;
  throw std::runtime_error("no content scanner in the default snapshot");
}

// 1 MB shared string x 10,000 cells = 10 GB if each reference is expanded. Text is capped at
// max_text_size (8 MiB) while it is built, so the whole scan (message, parse, extraction, rule
// scan) must stay far below this bound.
constexpr std::size_t kSpreadsheetBombPeakBound = std::size_t{256} << 20;

TEST(SpreadsheetBomb, OutboundContentScanStaysWithinMemoryAndDecides) {
  const std::string bytes = hostile::xlsxSharedStringBomb();
  ASSERT_LT(bytes.size(), 1u << 20) << "the bomb must fit in an ordinary 1 MB message";
  const Scanner& scanner = contentScanner();
  const Organisation& org = snapshot().settings.engine.organisation;
  ChildReport report = measureInChild([&] {
    auto envelope = test::envelopeFrom("j.smith@school.example", {"friend@example.org"}, "j.smith@school.example");
    auto view = MessageView::parse(std::make_shared<const RawMessage>(RawMessage::inMemory(bytes)), envelope);
    ScanOutcome outcome = scanner.scan(*view, ScanContext{org, Direction::Outbound, true});
    return outcome.error ? "error: " + *outcome.error : std::string("decided");
  });
  EXPECT_EQ(report.result, "decided");
  EXPECT_LT(report.peakGrowth, kSpreadsheetBombPeakBound) << "peak RSS grew by " << (report.peakGrowth >> 20) << " MiB";
  RecordProperty("peak_growth_mib", std::to_string(report.peakGrowth >> 20));
  std::cout << "spreadsheet bomb: peak RSS growth " << (report.peakGrowth >> 20) << " MiB, " << report.result << "\n";
}

TEST(ArchiveBeyondLimits, ProgramAsEntry1001IsNotAccepted) {
  auto envelope = test::envelopeFrom("someone@example.org", {"j.smith@school.example"});
  auto raw = std::make_shared<const RawMessage>(RawMessage::inMemory(hostile::zipWithProgramAfter(1000)));
  Verdict verdict = snapshot().engine->evaluate(*MessageView::parse(raw, envelope, snapshot().settings.parseLimits));
  EXPECT_NE(verdict.action, Action::Accept) << "setup.exe after 1,000 pictures was delivered unchecked";
}

TEST(HostileGenerators, BuildWhatTheyPromise) {
  std::string nested = hostile::deepNesting(300);
  EXPECT_EQ(std::count(nested.begin(), nested.end(), '\n') > 600, true);
  auto view = parseWire(hostile::manyParts(50));
  EXPECT_EQ(view->leaves().size(), 50u);
  EXPECT_GE(hostile::hugeHeader(1u << 20).size(), 1u << 20);
  EXPECT_NE(hostile::nulBytes().find('\0'), std::string::npos);
  std::string bomb = hostile::zipBomb(64u << 20);
  EXPECT_LT(bomb.size(), 1u << 20) << "64 MiB of zeros should deflate to well under 1 MiB";
  auto bombView = parseWire(bomb);
  ASSERT_EQ(bombView->leaves().size(), 2u);
  EXPECT_EQ(bombView->leaves()[1].filename, "figures.zip");
  EXPECT_EQ(bombView->leaves()[1].decoded.substr(0, 2), "PK");
}

TEST(HostileGenerators, DotDotNamesReachScannersVerbatim) {
  auto view = parseWire(hostile::dotDotFilenames());
  std::vector<std::string> names;
  for (const auto& leaf : view->leaves()) names.push_back(leaf.filename);
  EXPECT_NE(std::find(names.begin(), names.end(), "../../etc/passwd"), names.end());
  EXPECT_NE(std::find(names.begin(), names.end(), "../../evil.exe"), names.end()) << ::testing::PrintToString(names);
}

}  // namespace
}  // namespace aup
