// PDF text extraction runs in a child process killed at the deadline (pdf_text.h): a slow page
// ends within the budget, a crashing or memory-hungry reader is Unreadable, and no child or
// descriptor is left behind.

#include "scanners/content/extract/pdf_text.h"

#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <filesystem>
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

// Sets kPdfChildFaultEnv for one scope.
struct ChildFault {
  explicit ChildFault(const char* fault) { ::setenv(kPdfChildFaultEnv, fault, 1); }
  ~ChildFault() { ::unsetenv(kPdfChildFaultEnv); }
};

TEST(PdfText, SmallPdfIsReadAndLeavesNothingBehind) {
  const std::size_t fdsBefore = openDescriptors();
  auto out = extractAttachmentText(pdfAttachment(pdfWithPages({"Learner ULN 1000000043"})), {});
  ASSERT_EQ(out.status, ExtractStatus::Text) << out.detail;
  EXPECT_FALSE(out.truncated) << out.detail;
  EXPECT_NE(out.text.find("Learner ULN 1000000043"), std::string::npos) << out.text;
  EXPECT_TRUE(noChildLeft());
  EXPECT_EQ(openDescriptors(), fdsBefore);
}

TEST(PdfText, SlowPageEndsWithinTheMessageBudget) {
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

TEST(PdfText, CrashingReaderIsUnreadable) {
  ChildFault fault("crash");
  auto out = extractAttachmentText(pdfAttachment(pdfWithPages({"Learner ULN 1000000043"})), {});
  EXPECT_EQ(out.status, ExtractStatus::Unreadable);
  EXPECT_NE(out.detail.find("PDF parser crashed"), std::string::npos) << out.detail;
  EXPECT_TRUE(out.text.empty());
  EXPECT_TRUE(noChildLeft());
}

TEST(PdfText, ReaderOverTheMemoryLimitIsUnreadable) {
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

TEST(PdfText, TextStopsAtTheBudget) {
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

TEST(PdfText, PagesBeyondTheLimitAreNotRead) {
  ExtractLimits limits;
  limits.maxPdfPages = 2;
  auto out = extractAttachmentText(pdfAttachment(pdfWithPages({"first", "second", "third"})), limits);
  ASSERT_EQ(out.status, ExtractStatus::Text) << out.detail;
  EXPECT_TRUE(out.truncated);
  EXPECT_NE(out.text.find("second"), std::string::npos) << out.text;
  EXPECT_EQ(out.text.find("third"), std::string::npos) << out.text;
  EXPECT_NE(out.detail.find("first 2 pages"), std::string::npos) << out.detail;
}

TEST(PdfText, GarbageNamedPdfIsUnreadable) {
  auto out = extractAttachmentText(pdfAttachment("%PDF-1.4\nnot really a PDF"), {});
  EXPECT_EQ(out.status, ExtractStatus::Unreadable);
  EXPECT_NE(out.detail.find("could not be parsed"), std::string::npos) << out.detail;
  EXPECT_TRUE(noChildLeft());
}

}  // namespace
}  // namespace aup
