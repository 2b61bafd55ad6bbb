#include "engine/message_view.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "tests/support/message_builder.h"

namespace aup {
namespace {

using test::parseText;

TEST(MessageView, DecodesBase64AndQuotedPrintableLeaves) {
  auto view = parseText(R"(From: A <a@school.example>
To: b@example.org
Subject: =?ISO-8859-1?Q?Fwd=3A_caf=E9?=
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="b1"

--b1
Content-Type: text/plain; charset=iso-8859-1
Content-Transfer-Encoding: quoted-printable

No=EBl and caf=E9
--b1
Content-Type: application/octet-stream; name="data.bin"
Content-Disposition: attachment; filename="data.bin"
Content-Transfer-Encoding: base64

aGVsbG8gd29ybGQ=
--b1--
)");
  ASSERT_FALSE(view->incomplete());
  EXPECT_EQ(view->subject(), "Fwd: caf\xC3\xA9");
  ASSERT_EQ(view->leaves().size(), 2u);
  EXPECT_EQ(view->leaves()[0].path, "1");
  ASSERT_TRUE(view->leaves()[0].text.has_value());
  EXPECT_EQ(*view->leaves()[0].text, "No\xC3\xABl and caf\xC3\xA9");
  EXPECT_EQ(view->leaves()[1].filename, "data.bin");
  EXPECT_TRUE(view->leaves()[1].isAttachment);
  EXPECT_EQ(view->leaves()[1].decoded, "hello world");
  EXPECT_FALSE(view->leaves()[1].text.has_value());
}

TEST(MessageView, IncludesRootAndPartsOfNestedMessages) {
  auto view = parseText(R"(From: a@school.example
Content-Type: multipart/mixed; boundary="outer"

--outer
Content-Type: text/plain

cover note
--outer
Content-Type: message/rfc822

From: inner@example.org
Subject: inner
Content-Type: multipart/alternative; boundary="inner"

--inner
Content-Type: text/plain; charset=utf-8

inner plain
--inner
Content-Type: text/html; charset=utf-8

<p>inner html</p>
--inner--
--outer--
)");
  ASSERT_FALSE(view->structure().empty());
  EXPECT_EQ(view->structure()[0].contentType, "multipart/mixed");  // the root GMimePartIter skips
  ASSERT_EQ(view->leaves().size(), 3u);
  EXPECT_EQ(view->leaves()[1].path, "2.1");
  EXPECT_EQ(view->leaves()[1].embeddedDepth, 1);
  EXPECT_EQ(*view->leaves()[1].text, "inner plain");
  EXPECT_EQ(view->leaves()[2].contentType, "text/html");
}

TEST(MessageView, SinglePartBodyIsPartOne) {
  auto view = parseText("From: a@school.example\nSubject: hi\n\nhello\n");
  ASSERT_EQ(view->leaves().size(), 1u);
  EXPECT_EQ(view->leaves()[0].path, "1");
  EXPECT_EQ(view->leaves()[0].contentType, "text/plain");
}

TEST(MessageView, TextLeavesHaveLfLineEndsButKeepALoneCr) {
  auto raw = std::make_shared<const RawMessage>(RawMessage::inMemory(
      "From: a@school.example\r\nContent-Type: text/plain\r\n\r\nline one\r\nline\rtwo\r\n\r\nend\r"));
  auto view = MessageView::parse(raw, Envelope{});
  ASSERT_EQ(view->leaves().size(), 1u);
  EXPECT_EQ(*view->leaves()[0].text, "line one\nline\rtwo\n\nend\r");
}

TEST(MessageView, UndeclaredEightBitTextBecomesValidUtf8) {
  auto view = parseText("From: a@school.example\nContent-Type: text/plain\n\ncaf\xE9 \x93quoted\x94\n");
  ASSERT_EQ(view->leaves().size(), 1u);
  EXPECT_EQ(*view->leaves()[0].text, "caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D\n");
}

TEST(MessageView, DuplicateFromHeadersAreCountedAndWarned) {
  auto view = parseText("From: a@school.example\nFrom: b@school.example\nSubject: x\n\nbody\n");
  EXPECT_EQ(view->headerCount("from"), 2u);
  EXPECT_EQ(view->from().size(), 2u);
}

TEST(MessageView, BrokenMimeStillYieldsAViewWithWarnings) {
  auto view = parseText(R"(From: a@school.example
Content-Type: multipart/mixed; boundary="never-closed"

--never-closed
Content-Type: text/plain

text without an end boundary
)");
  ASSERT_EQ(view->leaves().size(), 1u);
  EXPECT_NE(view->leaves()[0].text->find("without an end"), std::string::npos);
}

TEST(MessageView, GarbageBytesGiveAnIncompleteOrEmptyViewNotACrash) {
  std::string garbage("\x00\x01\xff\xfe--\r\n\r\n", 10);
  auto view = parseText(garbage);
  EXPECT_TRUE(view->from().empty());
}

TEST(MessageView, PartLimitMarksTheViewIncomplete) {
  std::string text = "From: a@school.example\nContent-Type: multipart/mixed; boundary=\"b\"\n\n";
  for (int i = 0; i < 10; ++i) text += "--b\nContent-Type: text/plain\n\npart " + std::to_string(i) + "\n";
  text += "--b--\n";
  ParseLimits limits;
  limits.maxLeafParts = 5;
  auto view = parseText(text, {}, limits);
  EXPECT_TRUE(view->incomplete());
  EXPECT_EQ(view->leaves().size(), 5u);
}

TEST(MessageView, ParsesSpooledMessagesFromFile) {
  auto dir = std::filesystem::temp_directory_path() / ("aup-spool-test-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const auto path = dir / "aup-spool-test1";
  std::ofstream(path, std::ios::binary) << test::crlf("From: a@school.example\nSubject: big\n\n") << std::string(1000, 'x');
  RawMessage raw = RawMessage::inFile(path, /*removeOnDestroy=*/true);
  ASSERT_TRUE(raw.isSpooled());
  {
    auto shared = std::make_shared<const RawMessage>(std::move(raw));
    auto view = MessageView::parse(shared, {});
    EXPECT_EQ(view->subject(), "big");
    ASSERT_EQ(view->leaves().size(), 1u);
    EXPECT_EQ(view->leaves()[0].decoded.size(), 1000u);
  }
  EXPECT_FALSE(std::filesystem::exists(path)) << "the spool file is removed with its message";
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace aup
