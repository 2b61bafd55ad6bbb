// PDF text extraction runs in a reader process killed at the deadline (pdf_text.h): a slow page
// ends within the budget, a crashing or memory-hungry reader is Unreadable and reaped, a reader
// that read a PDF cleanly is kept for the next one (and only such a reader), and once the idle
// readers are stopped no child or descriptor is left behind.

#include "scanners/content/extract/pdf_text.h"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "tests/hostile/hostile_messages.h"

namespace aup {
namespace {

using std::chrono::steady_clock;

MimeLeaf pdfAttachment(std::string bytes) {
  MimeLeaf leaf;
  leaf.path = "2";
  leaf.filename = "report.pdf";
  leaf.contentType = "application/pdf";
  leaf.isAttachment = true;
  leaf.decoded = std::move(bytes);
  return leaf;
}

// A PDF of one page per entry of `lines`, each page showing its line in Helvetica.
std::string pdfWithPages(const std::vector<std::string>& lines) {
  std::vector<std::string> objects = {"<</Type/Catalog/Pages 2 0 R>>", "", "<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>"};
  std::string kids;
  for (const auto& line : lines) {
    std::string stream = "BT /F1 12 Tf 20 100 Td (" + line + ") Tj ET";
    objects.push_back("<</Length " + std::to_string(stream.size()) + ">>stream\n" + stream + "\nendstream");
    objects.push_back("<</Type/Page/Parent 2 0 R/MediaBox[0 0 400 200]/Contents " + std::to_string(objects.size()) +
                      " 0 R/Resources<</Font<</F1 3 0 R>>>>>>");
    kids += std::to_string(objects.size()) + " 0 R ";
  }
  objects[1] = "<</Type/Pages/Kids[" + kids + "]/Count " + std::to_string(lines.size()) + ">>";
  return hostile::buildPdf(objects);
}

// True when this process has no child at all, running or zombie (waitpid(-1) says ECHILD).
bool noChildLeft() {
  errno = 0;
  return ::waitpid(-1, nullptr, WNOHANG) == -1 && errno == ECHILD;
}

// Open descriptors of this process.
std::size_t openDescriptors() {
  std::size_t n = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator("/proc/self/fd")) ++n;
  return n;
}

// The pids of this process's children, running or zombie (from /proc/<pid>/stat's parent field).
std::vector<pid_t> children() {
  std::vector<pid_t> found;
  for (const auto& entry : std::filesystem::directory_iterator("/proc")) {
    const std::string name = entry.path().filename().string();
    if (name.find_first_not_of("0123456789") != std::string::npos) continue;
    std::ifstream stat(entry.path() / "stat");
    std::string line;
    if (!std::getline(stat, line)) continue;
    auto close = line.rfind(')');  // the command name may hold spaces and brackets
    if (close == std::string::npos) continue;
    std::istringstream rest(line.substr(close + 1));
    std::string state;
    pid_t parent = 0;
    rest >> state >> parent;
    if (parent == ::getpid()) found.push_back(std::stoi(name));
  }
  return found;
}

// Each test starts and ends with no reader kept from another test.
class PdfText : public ::testing::Test {
 protected:
  void SetUp() override { stopPdfReaders(); }
  void TearDown() override { stopPdfReaders(); }
};

ExtractedText readPdf(const std::vector<std::string>& pages) {
  return extractAttachmentText(pdfAttachment(pdfWithPages(pages)), {});
}

// Sets kPdfChildFaultEnv for one scope.
struct ChildFault {
  explicit ChildFault(const char* fault) { ::setenv(kPdfChildFaultEnv, fault, 1); }
  ~ChildFault() { ::unsetenv(kPdfChildFaultEnv); }
};

TEST_F(PdfText, SmallPdfIsReadAndLeavesNothingBehindOnceReadersStop) {
  const std::size_t fdsBefore = openDescriptors();
  auto out = readPdf({"Learner ULN 1000000043"});
  ASSERT_EQ(out.status, ExtractStatus::Text) << out.detail;
  EXPECT_FALSE(out.truncated) << out.detail;
  EXPECT_NE(out.text.find("Learner ULN 1000000043"), std::string::npos) << out.text;
  EXPECT_EQ(children().size(), 1u) << "the reader is kept for the next PDF";
  stopPdfReaders();
  EXPECT_TRUE(noChildLeft());
  EXPECT_EQ(openDescriptors(), fdsBefore);
}

TEST_F(PdfText, OneReaderReadsPdfsInTurnAndNoTextCarriesOver) {
  for (int i = 0; i < 5; ++i) {
    const std::string line = "Page of document " + std::to_string(i);
    auto out = readPdf({line});
    ASSERT_EQ(out.status, ExtractStatus::Text) << out.detail;
    EXPECT_NE(out.text.find(line), std::string::npos) << out.text;
    for (int j = 0; j < i; ++j)
      EXPECT_EQ(out.text.find("document " + std::to_string(j) + "\n"), std::string::npos) << out.text;
  }
  EXPECT_EQ(children().size(), 1u) << "each PDF forked a reader of its own";
}

TEST_F(PdfText, AReaderThatCrashedOrWasKilledIsNeverUsedAgain) {
  ASSERT_EQ(readPdf({"first"}).status, ExtractStatus::Text);
  const auto first = children();
  ASSERT_EQ(first.size(), 1u);
  {
    ChildFault fault("crash");  // the kept reader takes this PDF and dies on it
    auto out = readPdf({"second"});
    EXPECT_EQ(out.status, ExtractStatus::Unreadable);
    EXPECT_NE(out.detail.find("PDF parser crashed"), std::string::npos) << out.detail;
  }
  EXPECT_TRUE(noChildLeft()) << "the crashed reader was not reaped";
  auto third = readPdf({"third"});
  ASSERT_EQ(third.status, ExtractStatus::Text) << third.detail;
  EXPECT_NE(third.text.find("third"), std::string::npos);
  // A kept reader killed from outside while idle: the next PDF goes to a new reader.
  const auto kept = children();
  ASSERT_EQ(kept.size(), 1u);
  EXPECT_NE(kept.front(), first.front());
  ASSERT_EQ(::kill(kept.front(), SIGKILL), 0);
  auto fourth = readPdf({"fourth"});
  ASSERT_EQ(fourth.status, ExtractStatus::Text) << fourth.detail;
  EXPECT_NE(fourth.text.find("fourth"), std::string::npos);
  const auto now = children();
  ASSERT_EQ(now.size(), 1u) << "the killed reader was not reaped";
  EXPECT_NE(now.front(), kept.front());
}

TEST_F(PdfText, SlowPageEndsWithinTheMessageBudget) {
  const std::string pdf = hostile::slowPdfDocument(32u << 20);
  ASSERT_LT(pdf.size(), 1u << 20) << "the slow page must fit in an ordinary message";
  const std::size_t fdsBefore = openDescriptors();
  const auto start = steady_clock::now();
  auto out = extractAttachmentText(pdfAttachment(pdf), {}, Deadline::after(std::chrono::seconds(2)));
  const auto elapsed = steady_clock::now() - start;
  // A bound, not a benchmark: 2 s of budget plus the kill, with room for a loaded machine.
  EXPECT_LT(elapsed, std::chrono::seconds(5)) << "took " << std::chrono::duration<double>(elapsed).count() << " s";
  EXPECT_TRUE(out.status != ExtractStatus::Text || out.truncated) << "a page that cannot be read in time passed as read";
  EXPECT_FALSE(out.detail.empty());
  EXPECT_TRUE(noChildLeft());
  EXPECT_EQ(openDescriptors(), fdsBefore);
  RecordProperty("detail", out.detail);
  RecordProperty("seconds", std::to_string(std::chrono::duration<double>(elapsed).count()));
}

TEST_F(PdfText, CrashingReaderIsUnreadable) {
  ChildFault fault("crash");
  auto out = extractAttachmentText(pdfAttachment(pdfWithPages({"Learner ULN 1000000043"})), {});
  EXPECT_EQ(out.status, ExtractStatus::Unreadable);
  EXPECT_NE(out.detail.find("PDF parser crashed"), std::string::npos) << out.detail;
  EXPECT_TRUE(out.text.empty());
  EXPECT_TRUE(noChildLeft());
}

TEST_F(PdfText, ReaderOverTheMemoryLimitIsUnreadable) {
#if defined(__SANITIZE_ADDRESS__)
  GTEST_SKIP() << "no RLIMIT_AS under AddressSanitizer";
#endif
  ExtractLimits limits;
  limits.maxPdfMemoryBytes = 64u << 20;
  auto out = extractAttachmentText(pdfAttachment(hostile::slowPdfDocument(32u << 20)), limits);
  EXPECT_EQ(out.status, ExtractStatus::Unreadable);
  EXPECT_NE(out.detail.find("more memory than allowed"), std::string::npos) << out.detail;
  EXPECT_TRUE(noChildLeft());
}

TEST_F(PdfText, TextStopsAtTheBudget) {
  ExtractLimits limits;
  limits.maxTextBytes = 4096;
  std::vector<std::string> pages(100, "Learner ULN 1000000043 reading age 9 years 4 months");
  auto out = extractAttachmentText(pdfAttachment(pdfWithPages(pages)), limits);
  ASSERT_EQ(out.status, ExtractStatus::Text) << out.detail;
  EXPECT_TRUE(out.truncated);
  EXPECT_LE(out.text.size(), limits.maxTextBytes);
  EXPECT_GT(out.text.size(), limits.maxTextBytes - 64);
  EXPECT_NE(out.detail.find("max_text_size"), std::string::npos) << out.detail;
}

TEST_F(PdfText, PagesBeyondTheLimitAreNotRead) {
  ExtractLimits limits;
  limits.maxPdfPages = 2;
  auto out = extractAttachmentText(pdfAttachment(pdfWithPages({"first", "second", "third"})), limits);
  ASSERT_EQ(out.status, ExtractStatus::Text) << out.detail;
  EXPECT_TRUE(out.truncated);
  EXPECT_NE(out.text.find("second"), std::string::npos) << out.text;
  EXPECT_EQ(out.text.find("third"), std::string::npos) << out.text;
  EXPECT_NE(out.detail.find("first 2 pages"), std::string::npos) << out.detail;
}

TEST_F(PdfText, GarbageNamedPdfIsUnreadableAndItsReaderReadsTheNextPdf) {
  auto out = extractAttachmentText(pdfAttachment("%PDF-1.4\nnot really a PDF"), {});
  EXPECT_EQ(out.status, ExtractStatus::Unreadable);
  EXPECT_NE(out.detail.find("could not be parsed"), std::string::npos) << out.detail;
  const auto reader = children();
  ASSERT_EQ(reader.size(), 1u) << "a PDF poppler cannot parse is not a crash: the reader stays";
  auto next = readPdf({"next"});
  ASSERT_EQ(next.status, ExtractStatus::Text) << next.detail;
  EXPECT_EQ(children(), reader);
}

}  // namespace
}  // namespace aup
