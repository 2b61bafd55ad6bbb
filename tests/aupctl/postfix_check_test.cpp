#include "tools/aupctl/postfix_check.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace aup {
namespace {

// Debian 12's master.cf as `postconf -M` prints it (joined lines), chrooted smtpd and cleanup,
// with the release listener of docs/quarantine.md.
constexpr std::string_view kDebianMaster = R"(smtp       inet  n       -       y       -       -       smtpd
pickup     unix  n       -       y       60      1       pickup
cleanup    unix  n       -       y       -       0       cleanup
qmgr       unix  n       -       n       300     1       qmgr
tlsmgr     unix  -       -       y       1000?   1       tlsmgr
rewrite    unix  -       -       y       -       -       trivial-rewrite
bounce     unix  -       -       y       -       0       bounce
smtp       unix  -       -       y       -       -       smtp
relay      unix  -       -       y       -       -       smtp -o syslog_name=postfix/$service_name
local      unix  -       n       n       -       -       local
postlog    unix-dgram n  -       n       -       1       postlogd
submission inet  n       -       y       -       -       smtpd -o syslog_name=postfix/submission -o {smtpd_client_restrictions=permit_sasl_authenticated, reject}
127.0.0.1:10026 inet n   -       y       -       -       smtpd -o smtpd_recipient_restrictions=permit_mynetworks,reject -o smtpd_client_restrictions=permit_mynetworks,reject -o mynetworks=127.0.0.0/8
)";

// docs/postfix.md's main.cf lines on Debian's defaults.
constexpr std::string_view kGoodMain = R"(append_dot_mydomain = no
biff = no
compatibility_level = 3.6
milter_connect_macros = j {daemon_name} {daemon_addr} v _ {client_addr} {client_name}
milter_default_action = tempfail
milter_protocol = 6
myhostname = mx.school.example
non_smtpd_milters = $smtpd_milters
readme_directory = no
smtpd_banner = $myhostname ESMTP $mail_name (Debian/GNU)
smtpd_milters = unix:aup-milter/milter.sock
)";

MilterExpectations debianExpectations() {
  MilterExpectations e;
  e.listen = "unix:/var/spool/postfix/aup-milter/milter.sock";
  e.messageBudgetSeconds = 240;
  return e;
}

// The main.cf text with `name = value` replaced (or added; a null value removes the line).
std::string withParameter(std::string_view text, const std::string& name, const char* value) {
  std::string out;
  bool done = false;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    std::string line(text.substr(start, end - start));
    start = end == std::string_view::npos ? text.size() : end + 1;
    if (line.starts_with(name + " =")) {
      done = true;
      if (value != nullptr) out += name + " = " + value + "\n";
      continue;
    }
    out += line + "\n";
  }
  if (!done && value != nullptr) out += name + " = " + value + "\n";
  return out;
}

std::string replaced(std::string_view text, std::string_view from, std::string_view to) {
  std::string out(text);
  auto at = out.find(from);
  EXPECT_NE(std::string::npos, at) << from;
  if (at != std::string::npos) out.replace(at, from.size(), to);
  return out;
}

std::vector<PostfixFinding> problems(const std::vector<PostfixFinding>& findings) {
  std::vector<PostfixFinding> out;
  std::copy_if(findings.begin(), findings.end(), std::back_inserter(out),
               [](const PostfixFinding& f) { return f.severity == Severity::Problem; });
  return out;
}

std::string describe(const std::vector<PostfixFinding>& findings) {
  std::string out;
  for (const auto& f : findings) out += formatFinding(f) + "\n";
  return out;
}

TEST(PostconfParsing, ReadsParametersWithEmptyValuesAndSkipsNoise) {
  auto p = parsePostconfN("smtpd_milters = unix:a/b.sock\nnon_smtpd_milters =\npostconf: warning: x\n\n");
  EXPECT_EQ("unix:a/b.sock", p.at("smtpd_milters"));
  EXPECT_EQ("", p.at("non_smtpd_milters"));
  EXPECT_EQ(2u, p.size());
}

TEST(PostconfParsing, ReadsServicesWithBracedAndCompactOverrides) {
  auto services = parsePostconfM(kDebianMaster);
  auto submission = std::find_if(services.begin(), services.end(), [](const MasterService& s) { return s.name == "submission"; });
  ASSERT_NE(services.end(), submission);
  EXPECT_EQ("smtpd", submission->command);
  EXPECT_EQ("y", submission->chroot);
  EXPECT_EQ("permit_sasl_authenticated, reject", submission->overrides.at("smtpd_client_restrictions"));
  // A raw master.cf with continuation lines and "-o { name = value }" reads the same.
  auto raw = parsePostconfM("# comment\n10025 inet n - - - - smtpd\n  -o { smtpd_milters = }\n  -oreceive_override_options=no_milters\n");
  ASSERT_EQ(1u, raw.size());
  EXPECT_EQ("-", raw[0].chroot);
  EXPECT_EQ("", raw[0].overrides.at("smtpd_milters"));
  EXPECT_EQ("no_milters", raw[0].overrides.at("receive_override_options"));
}

TEST(PostconfParsing, SplitsMilterListsWithBracedOptions) {
  auto list = parseMilterList("{ unix:aup-milter/milter.sock, default_action = accept, protocol=6 },inet:127.0.0.1:8891 "
                              "{inet:[::1]:8892 content_timeout=10m}");
  ASSERT_EQ(3u, list.size());
  EXPECT_EQ("unix:aup-milter/milter.sock", list[0].spec);
  EXPECT_EQ("accept", list[0].options.at("default_action"));
  EXPECT_EQ("6", list[0].options.at("protocol"));
  EXPECT_EQ("inet:127.0.0.1:8891", list[1].spec);
  EXPECT_TRUE(list[1].options.empty());
  EXPECT_EQ("inet:[::1]:8892", list[2].spec);
  EXPECT_EQ("10m", list[2].options.at("content_timeout"));
  EXPECT_TRUE(parseMilterList("  ").empty());
}

TEST(PostconfParsing, ExpandsParameterReferencesLikePostfix) {
  ParameterLookup p = {{"a", "unix:x.sock"}, {"b", "$a, inet:h:1"}, {"empty", ""}, {"loop", "$loop"}};
  EXPECT_EQ("unix:x.sock, inet:h:1", expandParameters("$b", p));
  EXPECT_EQ("unix:x.sock/unix:x.sock", expandParameters("${a}/$(a)", p));
  EXPECT_EQ("yes", expandParameters("${a?yes}${empty?no}", p));
  EXPECT_EQ("fallback", expandParameters("${empty:fallback}${a:no}", p));
  EXPECT_EQ("$5 and ", expandParameters("$$5 and $unknown", p));
  EXPECT_NO_THROW(expandParameters("$loop", p));
}

TEST(PostconfParsing, ReadsPostfixTimeUnits) {
  EXPECT_EQ(300, postfixSeconds("300s"));
  EXPECT_EQ(300, postfixSeconds("300"));
  EXPECT_EQ(600, postfixSeconds("10m"));
  EXPECT_EQ(3600, postfixSeconds(" 1h "));
  EXPECT_EQ(-1, postfixSeconds("soon"));
  EXPECT_EQ(-1, postfixSeconds("5x"));
}

TEST(CheckPostfix, DocumentedDebianWiringHasNoFindings) {
  auto findings = checkPostfix(kGoodMain, kDebianMaster, debianExpectations());
  EXPECT_TRUE(findings.empty()) << describe(findings);
}

// Wirings that are right though they look different from the documented one.
struct GoodCase {
  const char* name;
  std::string main;
  std::string master;
  MilterExpectations expect;
};

void PrintTo(const GoodCase& c, std::ostream* os) { *os << c.name; }

class CheckPostfixGood : public ::testing::TestWithParam<GoodCase> {};

TEST_P(CheckPostfixGood, HasNoProblems) {
  auto findings = problems(checkPostfix(GetParam().main, GetParam().master, GetParam().expect));
  EXPECT_TRUE(findings.empty()) << describe(findings);
}

MilterExpectations tcpExpectations() {
  MilterExpectations e;
  e.listen = "inet:8895@127.0.0.1";
  return e;
}

MilterExpectations unchrootedExpectations() {
  MilterExpectations e;
  e.listen = "unix:/run/aup-milter/milter.sock";
  return e;
}

INSTANTIATE_TEST_SUITE_P(
    Wirings, CheckPostfixGood,
    ::testing::Values(
        GoodCase{"ListInBracesWithOtherMilters",
                 withParameter(kGoodMain, "smtpd_milters",
                               "inet:127.0.0.1:8891, { unix:aup-milter/milter.sock, default_action=tempfail, content_timeout=5m }"),
                 std::string(kDebianMaster), debianExpectations()},
        GoodCase{"AbsolutePathInsideTheQueueDirectoryWithoutChroot",
                 withParameter(kGoodMain, "smtpd_milters", "unix:/var/spool/postfix/aup-milter/milter.sock"),
                 "smtp inet n - n - - smtpd\ncleanup unix n - n - 0 cleanup\n127.0.0.1:10026 inet n - n - - smtpd\n",
                 debianExpectations()},
        GoodCase{"ChrootedAbsolutePathResolvedInsideTheChroot",
                 withParameter(kGoodMain, "smtpd_milters", "unix:/aup-milter/milter.sock"),
                 std::string(kDebianMaster), debianExpectations()},
        GoodCase{"TcpSocketByAnotherHostName",
                 withParameter(kGoodMain, "smtpd_milters", "inet:localhost:8895"), std::string(kDebianMaster),
                 tcpExpectations()},
        GoodCase{"UnchrootedDefaultColumnAtCompatibilityLevel3_6",
                 withParameter(kGoodMain, "smtpd_milters", "unix:/run/aup-milter/milter.sock"),
                 "smtp inet n - - - - smtpd\ncleanup unix n - - - 0 cleanup\n127.0.0.1:10026 inet n - - - - smtpd\n",
                 unchrootedExpectations()},
        GoodCase{"ReferenceThroughOwnParameterAndOtherQueueDirectory",
                 withParameter(withParameter(kGoodMain, "smtpd_milters", "$aup_milter"), "aup_milter",
                               "unix:aup-milter/milter.sock") +
                     "queue_directory = /srv/postfix\n",
                 std::string(kDebianMaster),
                 [] {
                   MilterExpectations e;
                   e.listen = "unix:/srv/postfix/aup-milter/milter.sock";
                   return e;
                 }()},
        GoodCase{"LongerContentTimeoutAndNoStore",
                 withParameter(kGoodMain, "milter_content_timeout", "20m"), "smtp inet n - y - - smtpd\ncleanup unix n - y - 0 cleanup\n",
                 [] {
                   MilterExpectations e = debianExpectations();
                   e.messageBudgetSeconds = 900;
                   e.releaseListener = false;
                   return e;
                 }()}),
    [](const ::testing::TestParamInfo<GoodCase>& info) { return info.param.name; });

// Miswirings: each must be reported as a problem naming `where`, with a fix mentioning `fix`.
struct BadCase {
  const char* name;
  std::string main;
  std::string master;
  MilterExpectations expect;
  const char* where;
  const char* fix;
};

void PrintTo(const BadCase& c, std::ostream* os) { *os << c.name; }

class CheckPostfixBad : public ::testing::TestWithParam<BadCase> {};

TEST_P(CheckPostfixBad, ReportsTheProblemWithItsFix) {
  const auto& c = GetParam();
  auto findings = problems(checkPostfix(c.main, c.master, c.expect));
  auto it = std::find_if(findings.begin(), findings.end(), [&](const PostfixFinding& f) {
    return f.where.find(c.where) != std::string::npos && f.fix.find(c.fix) != std::string::npos;
  });
  EXPECT_NE(findings.end(), it) << "want a problem at '" << c.where << "' with fix '" << c.fix << "', got:\n"
                                << describe(findings);
}

INSTANTIATE_TEST_SUITE_P(
    Miswirings, CheckPostfixBad,
    ::testing::Values(
        BadCase{"SmtpdMiltersMissing", withParameter(kGoodMain, "smtpd_milters", nullptr), std::string(kDebianMaster),
                debianExpectations(), "smtpd_milters", "smtpd_milters = unix:aup-milter/milter.sock"},
        BadCase{"SmtpdMiltersNamesAnotherMilterOnly", withParameter(kGoodMain, "smtpd_milters", "inet:127.0.0.1:8891"),
                std::string(kDebianMaster), debianExpectations(), "smtpd_milters",
                "smtpd_milters = inet:127.0.0.1:8891, unix:aup-milter/milter.sock"},
        BadCase{"NonSmtpdMiltersMissing", withParameter(kGoodMain, "non_smtpd_milters", nullptr),
                std::string(kDebianMaster), debianExpectations(), "non_smtpd_milters",
                "non_smtpd_milters = $smtpd_milters"},
        BadCase{"NonSmtpdReferenceToAnEmptyParameter", withParameter(kGoodMain, "non_smtpd_milters", "$my_milters"),
                std::string(kDebianMaster), debianExpectations(), "non_smtpd_milters", "non_smtpd_milters"},
        BadCase{"DefaultActionAccept", withParameter(kGoodMain, "milter_default_action", "accept"),
                std::string(kDebianMaster), debianExpectations(), "milter_default_action",
                "milter_default_action = tempfail"},
        BadCase{"DefaultActionAcceptInsideBraces",
                withParameter(kGoodMain, "smtpd_milters", "{ unix:aup-milter/milter.sock, default_action=accept }"),
                std::string(kDebianMaster), debianExpectations(), "default_action=", "remove the option"},
        BadCase{"ProtocolTooOld", withParameter(kGoodMain, "milter_protocol", "4"), std::string(kDebianMaster),
                debianExpectations(), "milter_protocol", "milter_protocol = 6"},
        BadCase{"ContentTimeoutBelowBudget", withParameter(kGoodMain, "milter_content_timeout", "4m"),
                std::string(kDebianMaster), debianExpectations(), "milter_content_timeout", "milter_content_timeout = 300s"},
        BadCase{"ContentTimeoutEqualToBudget", withParameter(kGoodMain, "milter_content_timeout", "240"),
                std::string(kDebianMaster), debianExpectations(), "milter_content_timeout", "message_budget"},
        BadCase{"DefaultTimeoutBelowALongBudget", std::string(kGoodMain), std::string(kDebianMaster),
                [] {
                  MilterExpectations e = debianExpectations();
                  e.messageBudgetSeconds = 600;
                  return e;
                }(),
                "milter_content_timeout", "milter_content_timeout = 660s"},
        BadCase{"AbsoluteSocketOutsideTheChroot",
                withParameter(kGoodMain, "smtpd_milters", "unix:/run/aup-milter/milter.sock"), std::string(kDebianMaster),
                unchrootedExpectations(), "smtpd_milters", "unix:/var/spool/postfix/aup-milter/milter.sock"},
        BadCase{"AbsoluteQueuePathSeenFromAChrootedReleaseListener",
                withParameter(kGoodMain, "smtpd_milters", "unix:/var/spool/postfix/aup-milter/milter.sock"),
                "smtp inet n - n - - smtpd\ncleanup unix n - n - 0 cleanup\n127.0.0.1:10026 inet n - y - - smtpd\n",
                debianExpectations(), "smtpd_milters", "smtpd_milters = unix:aup-milter/milter.sock"},
        BadCase{"DefaultChrootColumnWithoutCompatibilityLevel",
                withParameter(withParameter(kGoodMain, "smtpd_milters", "unix:/run/aup-milter/milter.sock"),
                              "compatibility_level", nullptr),
                "smtp inet n - - - - smtpd\ncleanup unix n - - - 0 cleanup\n127.0.0.1:10026 inet n - - - - smtpd\n",
                unchrootedExpectations(), "smtpd_milters", "smtpd_milters = unix:aup-milter/milter.sock"},
        BadCase{"ReleaseListenerMissing", std::string(kGoodMain),
                replaced(kDebianMaster, "127.0.0.1:10026 inet", "127.0.0.1:10025 inet"), debianExpectations(),
                "master.cf", "127.0.0.1:10026 inet n - y - - smtpd"},
        BadCase{"ReleaseListenerEmptiesTheMilters", std::string(kGoodMain),
                std::string(kDebianMaster) + "127.0.0.1:10026 inet n - n - 10 smtpd -o smtpd_milters= -o content_filter=\n",
                debianExpectations(), "127.0.0.1:10026", "postconf -PX '127.0.0.1:10026/inet/smtpd_milters'"},
        BadCase{"ReleaseListenerWithNoMilters", std::string(kGoodMain),
                std::string(kDebianMaster) + "127.0.0.1:10026 inet n - n - 10 smtpd -o receive_override_options=no_milters\n",
                debianExpectations(), "receive_override_options", "127.0.0.1:10026/inet/receive_override_options"},
        BadCase{"SubmissionPortEmptiesTheMilters", std::string(kGoodMain),
                std::string(kDebianMaster) + "submission inet n - y - - smtpd -o smtpd_milters=inet:127.0.0.1:8891\n",
                debianExpectations(), "master.cf service submission", "submission/inet/smtpd_milters"},
        BadCase{"MiltersOffForEveryone", withParameter(kGoodMain, "receive_override_options", "no_address_mappings, no_milters"),
                std::string(kDebianMaster), debianExpectations(), "receive_override_options", "receive_override_options ="},
        BadCase{"TcpPortDiffers", withParameter(kGoodMain, "smtpd_milters", "inet:127.0.0.1:8891"),
                std::string(kDebianMaster), tcpExpectations(), "smtpd_milters", "inet:127.0.0.1:8895"},
        BadCase{"PostfixInstanceInFixes", withParameter(kGoodMain, "milter_default_action", "accept"),
                std::string(kDebianMaster),
                [] {
                  MilterExpectations e = debianExpectations();
                  e.postconf = "postconf -c /etc/postfix-out";
                  return e;
                }(),
                "milter_default_action", "postconf -c /etc/postfix-out -e"}),
    [](const ::testing::TestParamInfo<BadCase>& info) { return info.param.name; });

TEST(CheckPostfix, LoopbackReinjectionPortWithoutMiltersIsOnlyAWarning) {
  std::string master = std::string(kDebianMaster) + "127.0.0.1:10025 inet n - n - - smtpd -o smtpd_milters= -o content_filter=\n";
  auto findings = checkPostfix(kGoodMain, master, debianExpectations());
  ASSERT_EQ(1u, findings.size()) << describe(findings);
  EXPECT_EQ(Severity::Warning, findings[0].severity);
  EXPECT_NE(std::string::npos, findings[0].where.find("127.0.0.1:10025"));
}

TEST(CheckPostfix, ChrootProblemIsReportedOnceForEveryChrootedSmtpd) {
  auto findings = checkPostfix(withParameter(kGoodMain, "smtpd_milters", "unix:/run/aup-milter/milter.sock"),
                               kDebianMaster, unchrootedExpectations());
  auto chroot = std::count_if(findings.begin(), findings.end(), [](const PostfixFinding& f) {
    return f.where == "smtpd_milters" && f.problem.find("chrooted") != std::string::npos;
  });
  EXPECT_EQ(1, chroot) << describe(findings);
  // non_smtpd_milters = $smtpd_milters: cleanup is chrooted too.
  EXPECT_TRUE(std::any_of(findings.begin(), findings.end(), [](const PostfixFinding& f) {
    return f.where == "non_smtpd_milters" && f.problem.find("cleanup runs chrooted") != std::string::npos;
  })) << describe(findings);
}

TEST(CheckPostfix, MilterMapsAreAWarning) {
  auto findings = checkPostfix(std::string(kGoodMain) + "smtpd_milter_maps = cidr:/etc/postfix/milter_map\n",
                               kDebianMaster, debianExpectations());
  ASSERT_EQ(1u, findings.size()) << describe(findings);
  EXPECT_EQ(Severity::Warning, findings[0].severity);
}

TEST(CheckPostfix, FormatsOneLinePerFinding) {
  PostfixFinding f{Severity::Problem, "milter_protocol", "too old", "postconf -e 'milter_protocol = 6'"};
  EXPECT_EQ("problem: milter_protocol: too old. Fix: postconf -e 'milter_protocol = 6'", formatFinding(f));
}

}  // namespace
}  // namespace aup
