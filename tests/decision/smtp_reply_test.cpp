// SMTP replies: one renderer for every action, within libmilter's limits, no internal error text.

#include "decision/smtp_reply.h"

#include <gtest/gtest.h>

namespace aup {
namespace {

ReplyStyle style() { return {"Test School", "it@school.example"}; }

Reason reasonOf(std::string policy, std::string rule, Action action, std::string description = "described") {
  Finding f;
  f.policy = std::move(policy);
  f.rule = std::move(rule);
  f.description = std::move(description);
  f.evidence = "ULN 10******43";
  f.location = "part 1";
  f.advice = "send it encrypted";
  return {f, action};
}

TEST(EscapeReplyLine, EscapesPercentAndFlattensLineBreaks) {
  struct Case {
    const char* in;
    const char* out;
  } cases[] = {{"plain text", "plain text"}, {"100%", "100%%"},   {"%s%n", "%%s%%n"},
               {"two\r\nlines", "two  lines"}, {"bare\nLF", "bare LF"}, {"", ""}};
  for (const auto& c : cases) EXPECT_EQ(c.out, escapeReplyLine(c.in)) << c.in;
  EXPECT_EQ((std::vector<std::string>{"a", "b"}), replyLinesForMta({"a", "", "b"}));
}

TEST(RenderReply, RejectExplainsOnlyTheDecisiveReasonsAndNamesTheContact) {
  Verdict v;
  v.action = Action::Reject;
  v.reasons = {reasonOf("anonymous", "missing-from", Action::Reject), reasonOf("dlp", "uln", Action::Quarantine)};
  SmtpReply r = renderReply(v, style(), "");
  EXPECT_EQ(r.code, "550");
  EXPECT_EQ(r.enhancedCode, "5.7.1");
  EXPECT_NE(r.text().find("Policy anonymous (rule missing-from)"), std::string::npos) << r.text();
  EXPECT_EQ(r.text().find("dlp"), std::string::npos);
  EXPECT_NE(r.text().find("Questions: it@school.example."), std::string::npos);
}

TEST(RenderReply, HeldMailGets250HeldForReview) {
  Verdict v;
  v.action = Action::Quarantine;
  v.reasons = {reasonOf("dlp", "uln", Action::Quarantine)};
  SmtpReply r = renderReply(v, style(), "");
  EXPECT_EQ(r.code, "250");
  EXPECT_NE(r.text().find("held for review"), std::string::npos);
}

TEST(RenderReply, TempfailQuotesAReferenceNeverTheScannerErrorText) {
  Verdict v;
  v.action = Action::Tempfail;
  v.errors = {"virus: clamd at /run/clamav/clamd.ctl: connection refused", "content: internal error: std::bad_alloc"};
  SmtpReply r = renderReply(v, style(), "4QID123");
  EXPECT_EQ(r.code, "451");
  EXPECT_EQ(r.enhancedCode, "4.7.1");
  EXPECT_EQ(r.text().find("clamd"), std::string::npos) << r.text();
  EXPECT_EQ(r.text().find("bad_alloc"), std::string::npos) << r.text();
  EXPECT_NE(r.text().find("Reference: 4QID123"), std::string::npos);
}

TEST(RenderReply, LinesCarryNoBreaksAndStayWithinThirtyTwo) {
  Verdict v;
  v.action = Action::Reject;
  for (int i = 0; i < 40; ++i) v.reasons.push_back(reasonOf("p", "r" + std::to_string(i), Action::Reject, "line\r\nbreak"));
  v.reasons[0].finding.description = std::string(1000, 'x');
  SmtpReply r = renderReply(v, style(), "");
  EXPECT_LE(r.lines.size(), 32u);
  for (const auto& line : r.lines) {
    EXPECT_EQ(line.find_first_of("\r\n\t"), std::string::npos);
    EXPECT_LE(line.size(), 400u);
  }
}

TEST(RenderReply, AcceptHasNoReply) {
  EXPECT_TRUE(renderReply(Verdict{}, style(), "x").code.empty());
}

TEST(InternalErrorReply, Is451WithTheReference) {
  SmtpReply r = internalErrorReply("4QID");
  EXPECT_EQ(r.code, "451");
  EXPECT_NE(r.text().find("Reference: 4QID"), std::string::npos);
}

}  // namespace
}  // namespace aup
