#include "milter/session.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

namespace aup {
namespace {

SpoolPolicy memoryOnly() { return {1u << 20, std::filesystem::temp_directory_path()}; }

Session messageWithSubject(HeaderSpacing spacing, std::string_view subjectValue) {
  Session s(spacing);
  s.connect("client.test", "203.0.113.7");
  s.startMessage("<a@school.example>", std::nullopt, memoryOnly());
  s.addRecipient("<b@example.net>");
  s.addHeader("Subject", subjectValue);
  s.endOfHeaders();
  s.appendBody("body\r\n");
  return s;
}

TEST(SessionTest, RebuildsHeadersVerbatimWhenLeadingSpaceIsNegotiated) {
  Session s = messageWithSubject(HeaderSpacing::Exact, "\tTabbed");
  EXPECT_EQ("Subject:\tTabbed\r\n\r\nbody\r\n", s.finishMessage("Q1").raw.readAll());
}

TEST(SessionTest, RestoresTheSpaceTheMtaRemoved) {
  Session s = messageWithSubject(HeaderSpacing::LeadingSpaceRemoved, "Hello");
  EXPECT_EQ("Subject: Hello\r\n\r\nbody\r\n", s.finishMessage("Q1").raw.readAll());
}

TEST(SessionTest, FoldedHeaderValuesGetCrlfLineBreaks) {
  Session s = messageWithSubject(HeaderSpacing::Exact, " first\n\tsecond");
  EXPECT_EQ("Subject: first\r\n\tsecond\r\n\r\nbody\r\n", s.finishMessage("Q1").raw.readAll());
}

TEST(SessionTest, EnvelopeCarriesIdentityRecipientsAndQueueId) {
  Session s(HeaderSpacing::Exact);
  s.connect("mail.example.net", "2001:db8::7");
  s.noteTlsVersion("TLSv1.3");
  s.startMessage("<>", std::string("j.smith@school.example"), memoryOnly());
  s.addRecipient("<x@example.net>");
  s.addRecipient("y@example.net");
  s.endOfHeaders();
  CollectedMessage m = s.finishMessage("4AB12");
  EXPECT_EQ("", m.envelope.mailFrom);
  EXPECT_EQ((std::vector<std::string>{"x@example.net", "y@example.net"}), m.envelope.recipients);
  EXPECT_EQ(std::optional<std::string>("j.smith@school.example"), m.envelope.authUser);
  EXPECT_EQ("2001:db8::7", m.envelope.clientAddress);
  EXPECT_EQ("mail.example.net", m.envelope.clientName);
  EXPECT_TRUE(m.envelope.tls);
  EXPECT_EQ("4AB12", m.envelope.queueId);
}

TEST(SessionTest, EmptyAuthMacroMeansNotAuthenticated) {
  Session s(HeaderSpacing::Exact);
  s.connect("c", "203.0.113.7");
  s.startMessage("<a@example.net>", std::string(), memoryOnly());
  EXPECT_FALSE(s.finishMessage("Q").envelope.authUser.has_value());
}

TEST(SessionTest, SecondConnectAfterXclientForgetsTheFirstIdentity) {
  Session s(HeaderSpacing::Exact);
  s.connect("localhost", "127.0.0.1");
  s.noteTlsVersion("TLSv1.3");
  s.startMessage("<a@school.example>", std::string("a@school.example"), memoryOnly());
  s.connect("[UNAVAILABLE]", "203.0.113.9");
  s.startMessage("<b@example.net>", std::nullopt, memoryOnly());
  CollectedMessage m = s.finishMessage("Q");
  EXPECT_EQ("203.0.113.9", m.envelope.clientAddress);
  EXPECT_FALSE(m.envelope.tls);
  EXPECT_FALSE(m.envelope.authUser.has_value());
}

TEST(SessionTest, NextMessageOnTheConnectionStartsClean) {
  Session s(HeaderSpacing::Exact);
  s.connect("c", "203.0.113.7");
  s.startMessage("<a@example.net>", std::nullopt, memoryOnly());
  s.addRecipient("<first@example.net>");
  s.addHeader("Subject", " aborted");
  s.abortMessage();
  s.startMessage("<a@example.net>", std::nullopt, memoryOnly());
  s.addRecipient("<second@example.net>");
  s.endOfHeaders();
  CollectedMessage m = s.finishMessage("Q");
  EXPECT_EQ(std::vector<std::string>{"second@example.net"}, m.envelope.recipients);
  EXPECT_EQ("\r\n", m.raw.readAll());
}

// With no-reply steps a failed body chunk cannot be answered at once: the rest of the message
// must not be collected as if nothing happened, and end of message must report the failure.
TEST(SessionTest, AFailedMessageIsNeverHandedOverPartially) {
  Session s(HeaderSpacing::Exact);
  s.connect("c", "203.0.113.7");
  s.startMessage("<a@example.net>", std::nullopt, memoryOnly());
  s.addHeader("Subject", " x");
  s.fail("body: spool disk full");
  s.endOfHeaders();
  s.appendBody("the rest of the body\r\n");
  EXPECT_TRUE(s.inMessage());
  EXPECT_EQ("a@example.net", s.envelope().mailFrom);  // kept for the audit line
  try {
    s.finishMessage("Q");
    FAIL() << "a failed message was handed over";
  } catch (const std::runtime_error& e) {
    EXPECT_STREQ("body: spool disk full", e.what());
  }
  // The next message on the connection is unaffected.
  s.startMessage("<a@example.net>", std::nullopt, memoryOnly());
  s.endOfHeaders();
  EXPECT_EQ("\r\n", s.finishMessage("Q2").raw.readAll());
}

TEST(SessionTest, EndOfMessageWithoutMailFromIsAnError) {
  Session s(HeaderSpacing::Exact);
  s.connect("c", "203.0.113.7");
  EXPECT_THROW(s.finishMessage("Q"), std::runtime_error);
}

TEST(SessionTest, LargeBodiesAreSpooledToAFileThatIsRemovedAfterUse) {
  auto dir = std::filesystem::temp_directory_path() / ("aup-session-test-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  {
    Session s(HeaderSpacing::Exact);
    s.connect("c", "203.0.113.7");
    s.startMessage("<a@example.net>", std::nullopt, SpoolPolicy{4096, dir});
    s.endOfHeaders();
    std::string chunk(3000, 'x');
    for (int i = 0; i < 4; ++i) s.appendBody(chunk);
    CollectedMessage m = s.finishMessage("Q");
    EXPECT_TRUE(m.raw.isSpooled());
    EXPECT_EQ(2u + 4 * 3000, m.raw.size());
  }
  EXPECT_TRUE(std::filesystem::is_empty(dir)) << "the spool file outlived the message";
  std::filesystem::remove_all(dir);
}

TEST(SessionTest, UnwritableSpoolDirectoryThrowsForTheCallerToTempfail) {
  Session s(HeaderSpacing::Exact);
  s.connect("c", "203.0.113.7");
  s.startMessage("<a@example.net>", std::nullopt, SpoolPolicy{4096, "/nonexistent/aup-spool"});
  EXPECT_THROW(s.appendBody(std::string(8192, 'x')), std::runtime_error);
}

TEST(SessionTest, OpenCountFollowsEverySessionAlive) {
  const auto before = Session::openCount();
  {
    Session a(HeaderSpacing::Exact);
    Session b = messageWithSubject(HeaderSpacing::Exact, "x");  // returned by value: one more, not two
    EXPECT_EQ(Session::openCount(), before + 2);
  }
  EXPECT_EQ(Session::openCount(), before);
}

}  // namespace
}  // namespace aup
