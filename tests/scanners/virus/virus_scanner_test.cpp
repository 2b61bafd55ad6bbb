#include "scanners/virus/virus_scanner.h"
#include "adapters/clamav/clamav_backends.h"
#include "adapters/local_data_files.h"
#include "scanners/policy_snapshot.h"

#include <gtest/gtest.h>

#include "tests/scanners/virus/virus_test_support.h"
#include "tests/support/attachment_files.h"

namespace aup {
namespace {

using test::eicar;
using test::makeZip;
using test::messageWithAttachment;

// One engine for the whole suite: compiling is the slow part and the engine is immutable.
class VirusScannerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new test::TempDir();
    std::filesystem::create_directories(dir_->path() / "db");
    test::copyTestDatabase(dir_->path() / "db");
    service_ = std::make_shared<ClamavEngineService>(test::testEngineSettings(dir_->path() / "db", dir_->path() / "tmp"), 0);
  }
  static void TearDownTestSuite() {
    service_.reset();
    delete dir_;
  }
  static VirusScanner scanner(VirusSettings settings = {}) {
    return VirusScanner(std::make_shared<EmbeddedBackend>(service_), settings);
  }
  static test::TempDir* dir_;
  static std::shared_ptr<ClamavEngineService> service_;
};
test::TempDir* VirusScannerTest::dir_ = nullptr;
std::shared_ptr<ClamavEngineService> VirusScannerTest::service_;

struct InfectedCase {
  const char* name;
  std::function<std::string()> message;
  const char* expectedLocation;  // substring of the finding's location
};

void PrintTo(const InfectedCase& c, std::ostream* os) { *os << c.name; }

class DetectsEicar : public VirusScannerTest, public ::testing::WithParamInterface<InfectedCase> {};

TEST_P(DetectsEicar, NamesTheSignatureAndTheAttachment) {
  auto outcome = test::scanMessage(scanner(), GetParam().message());
  ASSERT_FALSE(outcome.error) << *outcome.error;
  ASSERT_EQ(outcome.findings.size(), 1u);
  const Finding& f = outcome.findings[0];
  EXPECT_EQ(f.policy, "virus");
  EXPECT_EQ(f.rule, "malware");
  EXPECT_TRUE(f.evidence.starts_with("Test.EICAR")) << f.evidence;
  EXPECT_NE(f.location.find(GetParam().expectedLocation), std::string::npos) << f.location;
  EXPECT_NE(f.description.find("Test.EICAR"), std::string::npos) << f.description;
  EXPECT_FALSE(f.actionOverride) << "malware takes the policy's configured action";
}

INSTANTIATE_TEST_SUITE_P(
    Encodings, DetectsEicar,
    ::testing::Values(
        InfectedCase{"Plain7bit", [] { return messageWithAttachment("eicar.com.txt", eicar(), "7bit", "text/plain"); },
                     "eicar.com.txt"},
        InfectedCase{"Base64", [] { return messageWithAttachment("tool.bin", eicar()); }, "part 2 (tool.bin)"},
        InfectedCase{"QuotedPrintable", [] { return messageWithAttachment("qp.txt", eicar(), "quoted-printable", "text/plain"); },
                     "qp.txt"},
        InfectedCase{"InsideZip", [] { return messageWithAttachment("files.zip", makeZip({{"readme.txt", "hi"}, {"e.com", eicar()}})); },
                     "files.zip"},
        InfectedCase{"ZipInsideZip",
                     [] { return messageWithAttachment("outer.zip", makeZip({{"inner.zip", makeZip({{"e.com", eicar()}})}})); },
                     "outer.zip"},
        InfectedCase{"NestedMessage",
                     [] { return test::forwardedAsAttachment(messageWithAttachment("fwd-eicar.bin", eicar())); },
                     "fwd-eicar.bin"}),
    [](const auto& info) { return std::string(info.param.name); });

struct CleanCase {
  const char* name;
  std::function<std::string()> message;
};
void PrintTo(const CleanCase& c, std::ostream* os) { *os << c.name; }

class AcceptsClean : public VirusScannerTest, public ::testing::WithParamInterface<CleanCase> {};

TEST_P(AcceptsClean, ReportsNothing) {
  auto outcome = test::scanMessage(scanner(), GetParam().message());
  EXPECT_FALSE(outcome.error);
  EXPECT_TRUE(outcome.findings.empty()) << outcome.findings[0].evidence;
}

INSTANTIATE_TEST_SUITE_P(
    Files, AcceptsClean,
    ::testing::Values(
        CleanCase{"Pdf", [] { return messageWithAttachment("report.pdf", test::cleanPdf(), "base64", "application/pdf"); }},
        CleanCase{"Docx", [] { return messageWithAttachment("homework.docx", test::docx()); }},
        CleanCase{"Zip", [] { return messageWithAttachment("photos.zip", makeZip({{"a.png", test::cleanPng()}})); }},
        CleanCase{"Png", [] { return messageWithAttachment("a.png", test::cleanPng(), "base64", "image/png"); }},
        // Tricky: the EICAR text split across two parts is not EICAR.
        CleanCase{"EicarHalvesInTwoParts",
                  [] {
                    std::string e = eicar();
                    return "From: a@example.net\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=x\n\n--x\n"
                           "Content-Type: text/plain\n\n" + e.substr(0, 30) + "\n--x\nContent-Type: text/plain\n\n" +
                           e.substr(30) + "\n--x--\n";
                  }},
        // Tricky: the EICAR name in prose is not the EICAR file.
        CleanCase{"TalksAboutEicar", [] { return std::string("From: a@example.net\n\nPlease test with the EICAR-STANDARD-ANTIVIRUS-TEST-FILE.\n"); }}),
    [](const auto& info) { return std::string(info.param.name); });

TEST_F(VirusScannerTest, QuarantinesEncryptedZipByDefault) {
  auto outcome = test::scanMessage(scanner(), messageWithAttachment("secret.zip", makeZip({{"a.txt", "hello"}}, test::ZipEncryption::Password)));
  ASSERT_EQ(outcome.findings.size(), 1u);
  EXPECT_EQ(outcome.findings[0].rule, "encrypted-archive");
  EXPECT_EQ(outcome.findings[0].actionOverride, Action::Quarantine);
  EXPECT_NE(outcome.findings[0].description.find("secret.zip"), std::string::npos);
}

TEST_F(VirusScannerTest, PassesEncryptedZipWhenConfigured) {
  VirusSettings s;
  s.encryptedArchives = EncryptedArchiveAction::Pass;
  auto outcome = test::scanMessage(scanner(s), messageWithAttachment("secret.zip", makeZip({{"a.txt", "hello"}}, test::ZipEncryption::Password)));
  EXPECT_TRUE(outcome.findings.empty());
  EXPECT_FALSE(outcome.error);
}

// A backend that always fails, standing in for a dead clamd or an engine error.
class FailingBackend final : public PartScanBackend {
 public:
  ClamavResult scanPart(std::string_view, const std::string&) const override { return {ClamavStatus::Error, "engine exploded"}; }
};

TEST(VirusScannerErrors, ScanErrorTempfailsByDefault) {
  VirusScanner scanner(std::make_shared<FailingBackend>(), {});
  auto outcome = test::scanMessage(scanner, messageWithAttachment("a.bin", "x"));
  ASSERT_TRUE(outcome.error);
  EXPECT_NE(outcome.error->find("engine exploded"), std::string::npos);
  EXPECT_NE(outcome.error->find("a.bin"), std::string::npos);
  EXPECT_TRUE(outcome.findings.empty());
}

TEST(VirusScannerErrors, ScanErrorQuarantinesWhenConfigured) {
  VirusSettings s;
  s.onError = ScanErrorAction::Quarantine;
  VirusScanner scanner(std::make_shared<FailingBackend>(), s);
  auto outcome = test::scanMessage(scanner, messageWithAttachment("a.bin", "x"));
  EXPECT_FALSE(outcome.error);
  ASSERT_FALSE(outcome.findings.empty());
  EXPECT_EQ(outcome.findings[0].rule, "scan-error");
  EXPECT_EQ(outcome.findings[0].actionOverride, Action::Quarantine);
}

// VirusBackends that records what the factory asked for and never touches libclamav or a socket.
class RecordingBackends final : public VirusBackends {
 public:
  bool hasSignatureDatabases(const std::filesystem::path&) const override { return true; }
  std::shared_ptr<const PartScanBackend> embedded(const ClamavEngineSettings& s, std::int64_t reload) override {
    embeddedDir = s.databaseDir;
    reloadSeconds = reload;
    return std::make_shared<FailingBackend>();
  }
  std::shared_ptr<const PartScanBackend> clamd(const ClamdSettings& s) override {
    for (const auto& e : s.endpoints) clamdEndpoints.push_back(e.text);
    return std::make_shared<FailingBackend>();
  }
  void startBackgroundWork() override {}
  std::filesystem::path embeddedDir;
  std::int64_t reloadSeconds = -1;
  std::vector<std::string> clamdEndpoints;
};

class OctetStreamSniffer final : public ContentTypeSniffer {
 public:
  std::string mimeTypeOf(std::string_view) const override { return "application/octet-stream"; }
};

// The policy reads [clamav] and asks the services it was given for its backend: the edge decides
// what "clamd" or "embedded" is, so the whole snapshot can be built on fakes.
TEST(VirusFactory, BuildsOnTheBackendsTheEdgeHandsIt) {
  test::TempDir dir;
  for (std::string mode : {"clamd", "embedded"}) {
    auto config = dir.path() / (mode + ".toml");
    test::writeFile(config, "[organisation]\ninternal_domains = [\"school.example\"]\n"
                            "[policy.headteacher-copy]\nenabled = false\n"
                            "[clamav]\nmode = \"" + mode + "\"\ndatabase_dir = \"/nonexistent/db\"\n"
                            "reload_check_interval = \"5m\"\nclamd_sockets = [\"tcp:127.0.0.1:3310\", \"unix:/run/c.sock\"]\n");
    auto backends = std::make_shared<RecordingBackends>();
    auto snapshot = loadSnapshot(config, ScannerServices{backends, std::make_shared<OctetStreamSniffer>(), std::make_shared<LocalDataFiles>()});
    if (mode == "clamd") {
      EXPECT_EQ(backends->clamdEndpoints, (std::vector<std::string>{"tcp:127.0.0.1:3310", "unix:/run/c.sock"}));
    } else {
      EXPECT_EQ(backends->embeddedDir, "/nonexistent/db");
      EXPECT_EQ(backends->reloadSeconds, 300);
    }
    // The message goes through the fake: its failure is the virus policy's scan error.
    auto view = test::parseText(messageWithAttachment("a.bin", "x"), test::envelopeFrom("a@example.net", {"b@school.example"}));
    auto verdict = snapshot->engine->evaluate(*view);
    EXPECT_EQ(verdict.action, Action::Tempfail) << mode;
  }
}

// A part ClamAV could not scan completely is never accepted silently (default: tempfail).
struct LimitCase {
  const char* name;
  std::function<void(ClamavEngineSettings&)> limit;
  std::function<std::string()> message;
};
void PrintTo(const LimitCase& c, std::ostream* os) { *os << c.name; }

class LimitsExceeded : public ::testing::TestWithParam<LimitCase> {};

TEST_P(LimitsExceeded, IsAScanErrorNotAPass) {
  test::TempDir dir;
  test::copyTestDatabase(dir.path());
  auto settings = test::testEngineSettings(dir.path(), dir.path() / "tmp");
  GetParam().limit(settings);
  auto service = std::make_shared<ClamavEngineService>(settings, 0);
  VirusScanner scanner(std::make_shared<EmbeddedBackend>(service), {});
  auto outcome = test::scanMessage(scanner, GetParam().message());
  ASSERT_TRUE(outcome.error) << "a part ClamAV skipped must not be accepted silently";
  EXPECT_NE(outcome.error->find("Heuristics.Limits.Exceeded"), std::string::npos) << *outcome.error;
}

INSTANTIATE_TEST_SUITE_P(
    Limits, LimitsExceeded,
    ::testing::Values(
        LimitCase{"PartOverMaxFileSize", [](ClamavEngineSettings& s) { s.maxFileSize = 1024; },
                  [] { return messageWithAttachment("big.bin", std::string(4096, 'a')); }},
        // The member limit is max_scan_size: libclamav skips members above its file-size limit silently.
        LimitCase{"ZipMemberOverMaxScanSize", [](ClamavEngineSettings& s) { s.maxScanSize = 2048; },
                  [] { return messageWithAttachment("big.zip", makeZip({{"big.txt", std::string(4096, 'a')}})); }},
        LimitCase{"ZipOverMaxFiles", [](ClamavEngineSettings& s) { s.maxFiles = 1; },
                  [] { return messageWithAttachment("many.zip", makeZip({{"a.txt", "a"}, {"b.txt", "b"}, {"c.txt", "c"}})); }},
        LimitCase{"ZipOverMaxScanSize", [](ClamavEngineSettings& s) { s.maxScanSize = 2048; },
                  [] { return messageWithAttachment("big.zip", makeZip({{"a.txt", std::string(1500, 'a')}, {"b.txt", std::string(1500, 'b')}})); }},
        LimitCase{"ZipsNestedBeyondMaxRecursion", [](ClamavEngineSettings& s) { s.maxRecursion = 2; },
                  [] { return messageWithAttachment("deep.zip", makeZip({{"1.zip", makeZip({{"2.zip", makeZip({{"3.txt", "x"}})}})}})); }}),
    [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace aup
