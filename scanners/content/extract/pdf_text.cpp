#include "scanners/content/extract/pdf_text.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <new>
#include <optional>
#include <string>
#include <vector>

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include "scanners/content/extract/text_builder.h"

namespace aup {
namespace {

using Clock = Deadline::Clock;

// Address sanitizer reserves terabytes of address space up front: RLIMIT_AS would make every
// allocation fail, so sanitizer builds cap the child by time only.
constexpr bool kAddressSanitizer =
#if defined(__SANITIZE_ADDRESS__)
    true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    true;
#else
    false;
#endif
#else
    false;
#endif

// A reader is a child process forked once and kept for many PDFs (fork copies the milter's page
// tables, ~5 ms here and ~100 ms beside ClamAV's full database; poppler's start-up in a fresh
// process costs as much again). The parent sends it a request on a socket: a RequestHeader, then
// the PDF's bytes. The reader answers on its record pipe with records of a one-byte tag, a 4-byte
// length (host order: both ends are this program) and that many bytes. Text comes in chunks of at
// most kMaxChunk bytes cut on UTF-8 boundaries, so each record the parent accepts is whole text.
enum class Tag : char {
  Text = 'T',         // a chunk of page text
  PageLimit = 'P',    // pages beyond limits.maxPdfPages were not read
  BudgetSpent = 'B',  // the text reached limits.maxTextBytes; the rest was not read
  Encrypted = 'E',    // the PDF is password protected (nothing else follows but Done)
  Unparsable = 'U',   // poppler could not load the document (nothing else follows but Done)
  Done = 'D',         // the last record of this PDF: the reader waits for the next request
};
constexpr std::size_t kHeaderBytes = 5;
constexpr std::uint32_t kMaxChunk = 64 * 1024;
// The child's stderr kept for classifying its death (poppler and libstdc++ print why they abort).
constexpr std::size_t kMaxDiagnostics = 4096;

// Child exit codes besides 0; anything else (or a signal) is a crash.
constexpr int kExitNoMemory = 3;  // std::bad_alloc under RLIMIT_AS
constexpr int kExitPipe = 4;      // the parent stopped reading
constexpr int kExitSetup = 5;     // the reader could not set up its descriptors
constexpr int kExitFailure = 6;   // an exception other than bad_alloc

// The descriptors a reader keeps: records out, requests in (stdout and stderr go to the
// diagnostics pipe).
constexpr int kChildOut = 3;
constexpr int kChildRequests = 4;

// How long readers live. A reader pins the pages of the milter it was forked from (copy on
// write), so none lives long: it reads at most kMaxDocuments PDFs, the parent stops giving it
// work after kReuseWithin idle, and it exits by itself after kIdleExitMs idle (twice as long, so
// the parent never sends a request to a reader that is leaving). kMaxIdle readers wait at most.
constexpr int kMaxDocuments = 64;
constexpr auto kReuseWithin = std::chrono::seconds(30);
constexpr int kIdleExitMs = 60 * 1000;
constexpr std::size_t kMaxIdle = 4;

// One PDF to read, sent before its bytes.
struct RequestHeader {
  std::uint64_t pdfBytes = 0;
  std::uint64_t maxPages = 0;
  std::uint64_t maxTextBytes = 0;
  std::uint32_t cpuSeconds = 1;  // CPU time this PDF may use (RLIMIT_CPU, on top of what the reader used)
  std::uint8_t crash = 0;        // kPdfChildFaultEnv=crash: fault on purpose (tests only)
};

// ---- the reader: runs after fork() in a copy of a multithreaded process. It uses only its own
// stack, malloc (glibc resets its locks in the child), poppler (which the parent never calls, so
// no other thread can hold its locks) and raw system calls: no logging, no iostreams, no config.

// writeAll - writes all `n` bytes to the record pipe; false when the parent stopped reading.
bool writeAll(const char* p, std::size_t n) {
  while (n > 0) {
    ssize_t k = ::write(kChildOut, p, n);
    if (k < 0 && errno == EINTR) continue;
    if (k <= 0) return false;
    p += k;
    n -= static_cast<std::size_t>(k);
  }
  return true;
}

// sendRecord - one record: tag, length, payload.
bool sendRecord(Tag tag, std::string_view payload = {}) {
  char head[kHeaderBytes];
  head[0] = static_cast<char>(tag);
  auto len = static_cast<std::uint32_t>(payload.size());
  std::memcpy(head + 1, &len, sizeof len);
  return writeAll(head, sizeof head) && writeAll(payload.data(), payload.size());
}

// sendText - `text` as Text records of at most kMaxChunk bytes, each cut on a UTF-8 boundary.
bool sendText(std::string_view text) {
  while (!text.empty()) {
    std::size_t n = std::min<std::size_t>(text.size(), kMaxChunk);
    if (n < text.size()) {
      std::size_t cut = n;
      while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
      if (cut > 0) n = cut;  // else not UTF-8 at all: cut anywhere
    }
    if (!sendRecord(Tag::Text, text.substr(0, n))) return false;
    text.remove_prefix(n);
  }
  return true;
}

// extractInChild - every page's text through the pipe, then Done; returns 0 or the exit code.
int extractInChild(std::string_view pdf, const RequestHeader& request) {
  std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(pdf.data(), static_cast<int>(pdf.size())));
  bool ok = true;
  if (!doc) {
    ok = sendRecord(Tag::Unparsable);
  } else if (doc->is_encrypted() || doc->is_locked()) {
    ok = sendRecord(Tag::Encrypted);
  } else {
    std::uint64_t sent = 0;
    for (int i = 0; ok && i < doc->pages(); ++i) {
      if (static_cast<std::uint64_t>(i) >= request.maxPages) {
        ok = sendRecord(Tag::PageLimit);
        break;
      }
      std::unique_ptr<poppler::page> page(doc->create_page(i));
      if (!page) continue;
      poppler::byte_array bytes = page->text().to_utf8();
      bytes.push_back('\n');
      std::string_view text(bytes.data(), bytes.size());
      const std::uint64_t room = request.maxTextBytes - sent;
      if (text.size() <= room) {
        ok = sendText(text);
        sent += text.size();
        continue;
      }
      std::size_t cut = static_cast<std::size_t>(room);
      while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
      ok = sendText(text.substr(0, cut)) && sendRecord(Tag::BudgetSpent);
      break;
    }
  }
  return ok && sendRecord(Tag::Done) ? 0 : kExitPipe;
}

// setLimit - soft and hard limit `resource` to `value` (best effort: a failure leaves the
// deadline and the parent's kill as the bound).
void setLimit(int resource, rlim_t value) {
  rlimit r{value, value};
  ::setrlimit(resource, &r);
}

// limitCpuFromNow - RLIMIT_CPU's soft limit at the CPU time used so far plus `seconds` (the
// reader lives on, so its limit is per PDF); the hard limit stays where it is, so the next PDF
// can raise the soft one again. Past it the kernel sends SIGXCPU, which kills the reader.
void limitCpuFromNow(rlim_t seconds) {
  rusage used{};
  ::getrusage(RUSAGE_SELF, &used);
  rlimit r{};
  if (::getrlimit(RLIMIT_CPU, &r) != 0) return;
  auto spent = static_cast<rlim_t>(used.ru_utime.tv_sec + used.ru_stime.tv_sec + 1);
  r.rlim_cur = r.rlim_max == RLIM_INFINITY ? spent + seconds : std::min(r.rlim_max, spent + seconds);
  ::setrlimit(RLIMIT_CPU, &r);
}

// addressSpaceBytes - this process's virtual size from /proc/self/statm (0 when unreadable).
std::uint64_t addressSpaceBytes() {
  int fd = ::open("/proc/self/statm", O_RDONLY | O_CLOEXEC);
  if (fd < 0) return 0;
  char buf[64];
  ssize_t n = ::read(fd, buf, sizeof buf);
  ::close(fd);
  std::uint64_t pages = 0;
  for (ssize_t i = 0; i < n && buf[i] >= '0' && buf[i] <= '9'; ++i) pages = pages * 10 + static_cast<unsigned>(buf[i] - '0');
  return pages * static_cast<std::uint64_t>(::sysconf(_SC_PAGESIZE));
}

// keepOnlyPipes - records on kChildOut, requests on kChildRequests, stdout and stderr into the
// diagnostics pipe, every other descriptor closed (the milter's, and other readers' pipes, whose
// EOF a copy here would delay). False when a descriptor could not be set up.
bool keepOnlyPipes(int requests, int out, int err) {
  int q = ::fcntl(requests, F_DUPFD, 10), o = ::fcntl(out, F_DUPFD, 10), e = ::fcntl(err, F_DUPFD, 10);
  if (q < 0 || o < 0 || e < 0) return false;
  if (::dup2(e, STDOUT_FILENO) < 0 || ::dup2(e, STDERR_FILENO) < 0 || ::dup2(o, kChildOut) < 0 ||
      ::dup2(q, kChildRequests) < 0)
    return false;
  if (::close_range(kChildRequests + 1, ~0U, 0) != 0) {
    for (int fd = kChildRequests + 1; fd < 65536; ++fd) ::close(fd);  // kernels before 5.9
  }
  return true;
}

// readFully - exactly `n` bytes from the request socket; false at EOF (the parent has gone or
// retired this reader) or an error.
bool readFully(char* p, std::size_t n) {
  while (n > 0) {
    ssize_t k = ::read(kChildRequests, p, n);
    if (k < 0 && errno == EINTR) continue;
    if (k <= 0) return false;
    p += k;
    n -= static_cast<std::size_t>(k);
  }
  return true;
}

// awaitRequest - true when a request arrives within kIdleExitMs.
bool awaitRequest() {
  pollfd fd{kChildRequests, POLLIN, 0};
  for (;;) {
    int n = ::poll(&fd, 1, kIdleExitMs);
    if (n < 0 && errno == EINTR) continue;
    return n > 0;
  }
}

// resetSignals - default actions and no blocked signals: the milter's handlers (and its workers'
// signal masks) are for the milter, and a fault here must kill this child, nothing else.
void resetSignals() {
  struct sigaction dfl {};
  dfl.sa_handler = SIG_DFL;
  sigemptyset(&dfl.sa_mask);
  for (int sig : {SIGSEGV, SIGBUS, SIGABRT, SIGFPE, SIGILL, SIGPIPE, SIGXCPU, SIGTERM, SIGHUP, SIGINT, SIGUSR1, SIGUSR2})
    ::sigaction(sig, &dfl, nullptr);
  sigset_t none;
  sigemptyset(&none);
  ::sigprocmask(SIG_SETMASK, &none, nullptr);
}

// readerMain - the forked reader: limits, then one PDF per request until the parent closes the
// socket or none comes for kIdleExitMs; never returns.
[[noreturn]] void readerMain(int requests, int out, int err, std::uint64_t memoryBytes) {
  if (!keepOnlyPipes(requests, out, err)) ::_exit(kExitSetup);
  resetSignals();
  setLimit(RLIMIT_CORE, 0);  // a crash must not write the milter's whole address space to disk
  // XXX the cap is on top of what the reader inherits (the milter, ClamAV's engine): RLIMIT_AS
  // counts the whole address space. Without /proc there is no cap, only the time limits.
  std::uint64_t inherited = addressSpaceBytes();
  if (!kAddressSanitizer && inherited > 0) setLimit(RLIMIT_AS, static_cast<rlim_t>(inherited + memoryBytes));
  poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr);
  for (;;) {
    RequestHeader header;
    if (!awaitRequest() || !readFully(reinterpret_cast<char*>(&header), sizeof header)) ::_exit(0);
    int code = kExitFailure;
    try {
      std::string pdf(header.pdfBytes, '\0');
      if (!readFully(pdf.data(), pdf.size())) ::_exit(0);
      limitCpuFromNow(header.cpuSeconds);
      if (header.crash) ::raise(SIGSEGV);
      code = extractInChild(pdf, header);
    } catch (const std::bad_alloc&) {
      code = kExitNoMemory;
    } catch (...) {
      code = kExitFailure;
    }
    if (code != 0) ::_exit(code);
  }
}

// ---- the parent.

// Pipe - both ends of a pipe (O_CLOEXEC: no exec()ed program inherits them), closed on scope exit.
class Pipe {
 public:
  Pipe() = default;
  Pipe(const Pipe&) = delete;
  Pipe& operator=(const Pipe&) = delete;
  ~Pipe() {
    closeRead();
    closeWrite();
  }
  bool open() { return ::pipe2(fds_, O_CLOEXEC) == 0; }
  int readEnd() const { return fds_[0]; }
  int writeEnd() const { return fds_[1]; }
  void closeRead() { closeFd(fds_[0]); }
  void closeWrite() { closeFd(fds_[1]); }

 private:
  static void closeFd(int& fd) {
    if (fd >= 0) ::close(fd);
    fd = -1;
  }
  int fds_[2] = {-1, -1};
};

// Why the parent stopped reading.
enum class Ending {
  Finished,  // the child said Done or closed its pipe: it has ended or is ending
  TimedOut,  // the deadline came first: the child is killed
  Overran,   // the child sent more text than the budget: it is killed, the text is cut
  Garbled,   // a record the protocol does not allow: the child is killed
};

// What the parent learnt from the child's records.
struct ChildReport {
  explicit ChildReport(std::uint64_t maxTextBytes) : text(maxTextBytes, Deadline::never()), max(maxTextBytes) {}
  TextBuilder text;
  std::uint64_t max;
  bool done = false, encrypted = false, unparsable = false, pageLimit = false, budgetSpent = false;
  std::string pending;      // bytes of a record not yet complete
  std::string diagnostics;  // the child's stderr, first kMaxDiagnostics bytes
  // No record at all, not even part of one.
  bool heardNothing() const {
    return text.size() == 0 && pending.empty() && !done && !encrypted && !unparsable && !pageLimit && !budgetSpent;
  }
};

// consume - applies every complete record in report.pending; an Ending when reading must stop.
std::optional<Ending> consume(ChildReport& report) {
  std::size_t at = 0;
  std::optional<Ending> stop;
  while (!stop && report.pending.size() - at >= kHeaderBytes) {
    std::uint32_t len = 0;
    std::memcpy(&len, report.pending.data() + at + 1, sizeof len);
    const auto tag = static_cast<Tag>(report.pending[at]);
    if (len > (tag == Tag::Text ? kMaxChunk : 0)) return Ending::Garbled;
    if (report.pending.size() - at - kHeaderBytes < len) break;
    std::string_view payload(report.pending.data() + at + kHeaderBytes, len);
    at += kHeaderBytes + len;
    switch (tag) {
      case Tag::Text:
        if (report.text.size() + payload.size() > report.max) stop = Ending::Overran;
        report.text.append(payload);
        break;
      case Tag::PageLimit: report.pageLimit = true; break;
      case Tag::BudgetSpent: report.budgetSpent = true; break;
      case Tag::Encrypted: report.encrypted = true; break;
      case Tag::Unparsable: report.unparsable = true; break;
      case Tag::Done:
        report.done = true;
        stop = Ending::Finished;
        break;
      default: return Ending::Garbled;
    }
  }
  report.pending.erase(0, at);
  return stop;
}

// msUntil - milliseconds from now to `t` for poll(), rounded up, at least 0.
int msUntil(Clock::time_point t) {
  auto left = std::chrono::ceil<std::chrono::milliseconds>(t - Clock::now()).count();
  return static_cast<int>(std::clamp<std::int64_t>(left, 0, INT_MAX));
}

// readChild - the child's records and diagnostics until it finishes, overruns or `stopAt` comes.
Ending readChild(int out, int err, Clock::time_point stopAt, ChildReport& report) {
  pollfd fds[2] = {{out, POLLIN, 0}, {err, POLLIN, 0}};
  char buf[64 * 1024];
  while (fds[0].fd >= 0) {
    if (Clock::now() >= stopAt) return Ending::TimedOut;
    int n = ::poll(fds, 2, msUntil(stopAt));
    if (n < 0 && errno != EINTR) return Ending::Garbled;
    if (n <= 0) continue;
    if (fds[1].revents != 0) {
      ssize_t k = ::read(err, buf, sizeof buf);
      if (k > 0 && report.diagnostics.size() < kMaxDiagnostics)
        report.diagnostics.append(buf, std::min(static_cast<std::size_t>(k), kMaxDiagnostics - report.diagnostics.size()));
      if (k == 0 || (k < 0 && errno != EINTR)) fds[1].fd = -1;
    }
    if (fds[0].revents != 0) {
      ssize_t k = ::read(out, buf, sizeof buf);
      if (k < 0 && errno == EINTR) continue;
      if (k <= 0) break;  // EOF: the child has gone (or closed its pipe, which it never does)
      report.pending.append(buf, static_cast<std::size_t>(k));
      if (auto stop = consume(report)) return *stop;
    }
  }
  return Ending::Finished;
}

// How the child ended, from waitpid().
struct ChildExit {
  bool reaped = false;  // false: waitpid failed (someone else reaped it); nothing is known
  bool killed = false;  // we sent SIGKILL
  int status = 0;
};

// killAndReap - SIGKILL, then a blocking waitpid: a killed child never lingers as a zombie.
ChildExit killAndReap(pid_t pid) {
  ChildExit ended;
  ::kill(pid, SIGKILL);
  ended.killed = true;
  pid_t r;
  do r = ::waitpid(pid, &ended.status, 0);
  while (r < 0 && errno == EINTR);
  ended.reaped = r == pid;
  return ended;
}

// reapEnding - reaps a child that has said Done or closed its pipe, giving it until `stopAt`
// to exit (it exits at once unless something is wrong); then it is killed.
ChildExit reapEnding(pid_t pid, Clock::time_point stopAt) {
  while (Clock::now() < stopAt) {
    ChildExit ended;
    pid_t r = ::waitpid(pid, &ended.status, WNOHANG);
    if (r == pid) {
      ended.reaped = true;
      return ended;
    }
    if (r < 0 && errno != EINTR) return ended;
    ::poll(nullptr, 0, 1);
  }
  return killAndReap(pid);
}

ExtractedText unreadable(std::string why) { return {ExtractStatus::Unreadable, "", std::move(why), false}; }

// textOf - the text read so far as a Text result (truncated when something cut it).
ExtractedText textOf(ChildReport& report) {
  ExtractedText out{ExtractStatus::Text, "", report.text.why(), false};
  out.truncated = report.text.truncated();
  out.text = report.text.take();
  return out;
}

// ranOutOfMemory - the child died of its memory cap: bad_alloc, or an abort after poppler's
// "Out of memory" (gmalloc aborts instead of throwing).
bool ranOutOfMemory(const ChildExit& ended, const std::string& diagnostics) {
  if (WIFEXITED(ended.status)) return WEXITSTATUS(ended.status) == kExitNoMemory;
  return diagnostics.find("Out of memory") != std::string::npos || diagnostics.find("bad_alloc") != std::string::npos;
}

// outcome - the extraction result from what the child sent and how it ended.
ExtractedText outcome(ChildReport& report, Ending ending, const ChildExit& ended, const ExtractLimits& limits) {
  if (report.encrypted) return {ExtractStatus::Encrypted, "", "encrypted PDF", false};
  if (report.unparsable) return unreadable("PDF could not be parsed");
  if (report.done || ending == Ending::Overran) {
    if (report.pageLimit) report.text.markTruncated("only the first " + std::to_string(limits.maxPdfPages) + " pages read");
    if (report.budgetSpent) report.text.markFull();
    return textOf(report);
  }
  const bool signaled = ended.reaped && WIFSIGNALED(ended.status);
  // RLIMIT_CPU: the reader's soft limit (per PDF) sends SIGXCPU; a hard limit inherited from the
  // milter would send SIGKILL.
  const int sig = signaled ? WTERMSIG(ended.status) : 0;
  const bool cpuLimit = !ended.killed && (sig == SIGXCPU || sig == SIGKILL);
  if (ending == Ending::TimedOut || cpuLimit) {
    if (report.text.size() == 0) return unreadable("PDF took too long (stopped at the time limit)");
    report.text.markTruncated("PDF took too long: stopped at the time limit");
    return textOf(report);
  }
  if (ended.reaped && ranOutOfMemory(ended, report.diagnostics))
    return unreadable("PDF needed more memory than allowed (pdf_memory_limit)");
  if (ending == Ending::Garbled) return unreadable("PDF parser crashed (its output was garbled)");
  if (signaled) return unreadable("PDF parser crashed (signal " + std::to_string(sig) + ")");
  if (ended.reaped && WIFEXITED(ended.status))
    return unreadable("PDF parser crashed (exit status " + std::to_string(WEXITSTATUS(ended.status)) + ")");
  return unreadable("PDF parser crashed (its end was not seen)");
}

// requestFor - one PDF's request: CPU seconds to the stop time (rounded up, plus one), limits.
RequestHeader requestFor(std::string_view data, const ExtractLimits& limits, Clock::time_point stopAt) {
  RequestHeader request;
  request.pdfBytes = data.size();
  auto seconds = std::chrono::ceil<std::chrono::seconds>(stopAt - Clock::now()).count();
  request.cpuSeconds = static_cast<std::uint32_t>(std::clamp<std::int64_t>(seconds, 0, 1 << 20) + 1);
  request.maxPages = limits.maxPdfPages;
  request.maxTextBytes = limits.maxTextBytes;
  // XXX the one test hook in production code: a real poppler crash cannot be produced on demand
  // (known crashers get fixed), and the parent's handling of a dead child is what needs testing.
  // Set by mistake it holds every PDF as unreadable: it fails closed.
  const char* fault = std::getenv(kPdfChildFaultEnv);
  request.crash = fault != nullptr && std::string_view(fault) == "crash";
  return request;
}

// Reader - the parent's side of one reader process: its pid and the three descriptors.
struct Reader {
  pid_t pid = -1;
  int requests = -1;  // socket the PDFs go to (non-blocking, so a stuck reader cannot stall a send)
  int records = -1;   // the record pipe's read end
  int diagnostics = -1;
  std::uint64_t memoryBytes = 0;  // the pdf_memory_limit it was started with
  int documents = 0;
  Clock::time_point idleSince;
  ~Reader() {
    for (int fd : {requests, records, diagnostics})
      if (fd >= 0) ::close(fd);
  }
};
using ReaderPtr = std::unique_ptr<Reader>;

// retire - kills and reaps a reader (nothing lingers as a zombie) and closes its descriptors.
void retire(ReaderPtr reader) {
  if (reader && reader->pid > 0) killAndReap(reader->pid);
}

// spawnReader - forks a new reader capped at `memoryBytes` more than it inherits; nullptr on failure.
ReaderPtr spawnReader(std::uint64_t memoryBytes) {
  int sockets[2];
  if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sockets) != 0) return nullptr;
  Pipe out, err;
  if (!out.open() || !err.open()) {
    ::close(sockets[0]), ::close(sockets[1]);
    return nullptr;
  }
  pid_t pid = ::fork();
  if (pid == 0) readerMain(sockets[1], out.writeEnd(), err.writeEnd(), memoryBytes);
  ::close(sockets[1]);
  if (pid < 0) {
    ::close(sockets[0]);
    return nullptr;
  }
  auto reader = std::make_unique<Reader>();
  reader->pid = pid;
  reader->requests = sockets[0];
  ::fcntl(reader->requests, F_SETFL, ::fcntl(reader->requests, F_GETFL) | O_NONBLOCK);
  reader->records = ::fcntl(out.readEnd(), F_DUPFD_CLOEXEC, 0);
  reader->diagnostics = ::fcntl(err.readEnd(), F_DUPFD_CLOEXEC, 0);
  reader->memoryBytes = memoryBytes;
  if (reader->records < 0 || reader->diagnostics < 0) {
    retire(std::move(reader));
    return nullptr;
  }
  return reader;
}

// The readers waiting for work, shared by every thread (each PDF has a reader to itself).
class ReaderPool {
 public:
  // An idle reader started with `memoryBytes`, still alive and not idle too long; nullptr when none.
  ReaderPtr take(std::uint64_t memoryBytes) {
    std::vector<ReaderPtr> stale;
    ReaderPtr found;
    {
      std::lock_guard lock(mutex_);
      while (!idle_.empty() && !found) {
        ReaderPtr r = std::move(idle_.back());
        idle_.pop_back();
        if (r->memoryBytes == memoryBytes && Clock::now() - r->idleSince < kReuseWithin) found = std::move(r);
        else stale.push_back(std::move(r));
      }
    }
    for (auto& r : stale) retire(std::move(r));
    if (found) {
      int status = 0;
      if (::waitpid(found->pid, &status, WNOHANG) != 0) {  // it died while idle (reaped now), or is not ours
        found->pid = -1;
        return nullptr;
      }
    }
    return found;
  }

  // Keeps a reader that finished a PDF cleanly for the next one, or retires it.
  void giveBack(ReaderPtr reader) {
    reader->idleSince = Clock::now();
    if (++reader->documents < kMaxDocuments) {
      std::lock_guard lock(mutex_);
      if (idle_.size() < kMaxIdle) {
        idle_.push_back(std::move(reader));
        return;
      }
    }
    retire(std::move(reader));
  }

  void retireAll() {
    std::vector<ReaderPtr> all;
    {
      std::lock_guard lock(mutex_);
      all.swap(idle_);
    }
    for (auto& r : all) retire(std::move(r));
  }

 private:
  std::mutex mutex_;
  std::vector<ReaderPtr> idle_;
};

ReaderPool& readerPool() {
  static auto* pool = new ReaderPool();  // never destroyed: readers exit when their socket closes
  return *pool;
}

// How sending a request went.
enum class Sent { Whole, TimedOut, Refused };

// sendRequest - the header and the PDF to `reader` by `stopAt`; Refused when the reader has gone.
Sent sendRequest(const Reader& reader, const RequestHeader& header, std::string_view pdf, Clock::time_point stopAt) {
  std::string_view parts[2] = {{reinterpret_cast<const char*>(&header), sizeof header}, pdf};
  for (std::string_view part : parts) {
    while (!part.empty()) {
      ssize_t k = ::send(reader.requests, part.data(), part.size(), MSG_NOSIGNAL);
      if (k > 0) {
        part.remove_prefix(static_cast<std::size_t>(k));
        continue;
      }
      if (k < 0 && errno == EINTR) continue;
      if (k < 0 && errno != EAGAIN && errno != EWOULDBLOCK) return Sent::Refused;
      if (Clock::now() >= stopAt) return Sent::TimedOut;
      pollfd fd{reader.requests, POLLOUT, 0};
      ::poll(&fd, 1, msUntil(stopAt));
    }
  }
  return Sent::Whole;
}

}  // namespace

// XXX no in-process path: the only reason for one would be speed, and a bound that holds is worth
// more. A kept reader costs the parent a socket write of the PDF; fork and poppler's start-up
// (measured on a loaded 2-core VM: ~21-27 ms per PDF, and with 1 GiB resident in the parent, a
// milter holding ClamAV's engine, fork alone ~75-115 ms) are paid once per reader.
ExtractedText pdfText(std::string_view data, const ExtractLimits& limits, Deadline deadline) {
  if (data.size() > static_cast<std::size_t>(INT_MAX)) return unreadable("attachment over the size limit");
  const Clock::time_point stopAt = std::min(deadline.at(), Clock::now() + limits.timeout);
  if (Clock::now() >= stopAt) return unreadable("PDF took too long (no time left to read it)");
  const RequestHeader request = requestFor(data, limits, stopAt);
  // A reader kept from an earlier PDF, or a new one. A kept reader that has died in the meantime
  // (killed from outside while idle) refuses the request or ends without a word: the PDF then goes
  // to a new reader, once. A PDF that kills readers kills that one too, and is reported as such.
  for (int attempt = 0;; ++attempt) {
    ReaderPtr kept = attempt == 0 ? readerPool().take(limits.maxPdfMemoryBytes) : nullptr;
    const bool fresh = !kept;
    ReaderPtr reader = fresh ? spawnReader(limits.maxPdfMemoryBytes) : std::move(kept);
    if (!reader) return unreadable("PDF not read: no reader process (" + std::string(std::strerror(errno)) + ")");
    Sent sent = sendRequest(*reader, request, data, stopAt);
    if (sent != Sent::Whole) {
      retire(std::move(reader));
      if (sent == Sent::TimedOut) return unreadable("PDF took too long (stopped at the time limit)");
      if (!fresh) continue;
      return unreadable("PDF parser crashed (it stopped before it was sent the PDF)");
    }
    ChildReport report(limits.maxTextBytes);
    Ending ending = readChild(reader->records, reader->diagnostics, stopAt, report);
    if (ending == Ending::Finished && report.done) {
      readerPool().giveBack(std::move(reader));
      return outcome(report, ending, ChildExit{}, limits);
    }
    ChildExit ended = ending == Ending::Finished ? reapEnding(reader->pid, stopAt) : killAndReap(reader->pid);
    reader->pid = -1;  // reaped (or lost): never killed again
    if (!fresh && ending == Ending::Finished && report.heardNothing()) continue;
    if (ended.killed && ending == Ending::Finished) ending = Ending::TimedOut;  // closed its pipe, then hung
    return outcome(report, ending, ended, limits);
  }
}

void stopPdfReaders() { readerPool().retireAll(); }

}  // namespace aup
