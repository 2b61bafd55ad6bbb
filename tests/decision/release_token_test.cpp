// Gateway tokens: a genuine token verifies only for its message, recipients, headers, age and a
// released store row; forged, re-keyed, copied, re-addressed, re-titled or replayed ones do not.

#include "decision/release_token.h"

#include <gtest/gtest.h>

#include "decision/quarantine_id.h"
#include "tests/support/message_builder.h"

namespace aup {
namespace {

const std::string kKey = "0123456789abcdef0123456789abcdef";
const std::string kId = "00112233445566778899aabbccddeeff";
constexpr std::int64_t kIssued = 1700000000;
constexpr std::int64_t kMaxAge = 5 * 86400;
const ReleaseGrant kReleased{true};

const std::string kMessage = test::crlf(
    "From: Ms Smith <j.smith@school.example>\nTo: parent@example.org\nSubject: Trip list\n"
    "Content-Type: text/plain; charset=utf-8\n\nThe list is attached.\n");

TokenSubject subjectOf(const std::string& message, std::vector<std::string> rcpts = {"parent@example.org"}) {
  static std::vector<HeaderField> headers;
  headers = headerFieldsOf(message);
  return {std::move(rcpts), headers, message};
}

std::string token(const std::string& message = kMessage, const std::string& key = kKey) {
  return signToken(TokenKind::Release, kId, subjectOf(message), kIssued, key);
}

ReleaseTokenCheck check(const std::string& value, const std::string& message = kMessage,
                        std::vector<std::string> rcpts = {"parent@example.org"}, std::int64_t now = kIssued + 60,
                        std::optional<ReleaseGrant> grant = kReleased) {
  auto subject = subjectOf(message, std::move(rcpts));
  return verifyToken(TokenKind::Release, value, subject, kKey, now, kMaxAge, grant);
}

TEST(ReleaseToken, GenuineTokenVerifiesForItsMessage) { EXPECT_EQ(check(token()), ReleaseTokenCheck::Valid); }

TEST(ReleaseToken, SurvivesAddedHeadersRefoldingAndLineEndingChanges) {
  std::string back = "Received: from localhost by mx.school.example\r\nMessage-ID: <x@y>\r\n" + kMessage;
  std::string lf;
  for (char c : back) {
    if (c != '\r') lf += c;
  }
  lf.replace(lf.find("Subject: Trip list"), 18, "Subject: Trip\n list");  // folded on the way
  EXPECT_EQ(check(token(), lf), ReleaseTokenCheck::Valid);
}

TEST(ReleaseToken, RecipientOrderAndCaseDoNotMatterButTheSetDoes) {
  std::string t = signToken(TokenKind::Release, kId, subjectOf(kMessage, {"a@example.org", "B@example.org"}), kIssued, kKey);
  EXPECT_EQ(check(t, kMessage, {"b@example.org", "a@example.org"}), ReleaseTokenCheck::Valid);
  EXPECT_EQ(check(t, kMessage, {"a@example.org"}), ReleaseTokenCheck::RecipientMismatch);
  EXPECT_EQ(check(t, kMessage, {"a@example.org", "b@example.org", "outsider@example.net"}),
            ReleaseTokenCheck::RecipientMismatch);
}

TEST(ReleaseToken, ChangingAMeaningfulHeaderBreaksIt) {
  for (auto [from, to] : {std::pair{"Subject: Trip list", "Subject: Free money"},
                          {"From: Ms Smith <j.smith@school.example>", "From: Head <head@school.example>"},
                          {"charset=utf-8", "charset=utf-7"}}) {
    std::string changed = kMessage;
    changed.replace(changed.find(from), std::string(from).size(), to);
    EXPECT_EQ(check(token(), changed), ReleaseTokenCheck::HeaderMismatch) << to;
  }
  std::string added = "Content-Transfer-Encoding: base64\r\n" + kMessage;
  EXPECT_EQ(check(token(), added), ReleaseTokenCheck::HeaderMismatch);
}

TEST(ReleaseToken, AnotherBodyIsAMismatch) {
  std::string other = kMessage;
  other.replace(other.find("attached"), 8, "enclosed");
  EXPECT_EQ(check(token(), other), ReleaseTokenCheck::BodyMismatch);
}

TEST(ReleaseToken, ForgedOrForeignKeyedTokensAreRejected) {
  std::string forged = token();
  forged.back() = forged.back() == '0' ? '1' : '0';
  EXPECT_EQ(check(forged), ReleaseTokenCheck::BadSignature);
  EXPECT_EQ(check(token(kMessage, "attacker's own key material!!")), ReleaseTokenCheck::BadSignature);
  auto subject = subjectOf(kMessage);
  EXPECT_EQ(verifyToken(TokenKind::Release, token(), subject, "", kIssued, kMaxAge, kReleased),
            ReleaseTokenCheck::BadSignature);
}

TEST(ReleaseToken, ANoticeTokenIsNotAReleaseTokenAndViceVersa) {
  auto subject = subjectOf(kMessage);
  std::string notice = signToken(TokenKind::Notice, "", subject, kIssued, kKey);
  EXPECT_EQ(verifyToken(TokenKind::Notice, notice, subject, kKey, kIssued, kMaxAge, std::nullopt), ReleaseTokenCheck::Valid);
  EXPECT_EQ(check(notice), ReleaseTokenCheck::Malformed);  // no quarantine id
  EXPECT_EQ(verifyToken(TokenKind::Notice, token(), subject, kKey, kIssued, kMaxAge, std::nullopt),
            ReleaseTokenCheck::Malformed);
}

TEST(ReleaseToken, ExpiresAfterTheMaximumAge) {
  EXPECT_EQ(check(token(), kMessage, {"parent@example.org"}, kIssued + kMaxAge), ReleaseTokenCheck::Valid);
  EXPECT_EQ(check(token(), kMessage, {"parent@example.org"}, kIssued + kMaxAge + 1), ReleaseTokenCheck::Expired);
  EXPECT_EQ(check(token(), kMessage, {"parent@example.org"}, kIssued - 3600), ReleaseTokenCheck::Expired);  // from the future
}

TEST(ReleaseToken, NeedsTheStoreToSayReleased) {
  EXPECT_EQ(check(token(), kMessage, {"parent@example.org"}, kIssued, std::nullopt), ReleaseTokenCheck::NotReleased);
  EXPECT_EQ(check(token(), kMessage, {"parent@example.org"}, kIssued, ReleaseGrant{false}), ReleaseTokenCheck::NotReleased);
}

TEST(ReleaseToken, MalformedValuesAreRecognised) {
  for (const char* bad : {"", "v1; id=x", "v2", "v2; id=../../etc; t=1; rcpt=0; hdr=0; body=0; mac=0",
                          "v2; id=00112233445566778899aabbccddeeff; t=abc; rcpt=00; hdr=00; body=00; mac=00"}) {
    EXPECT_EQ(check(bad), ReleaseTokenCheck::Malformed) << bad;
  }
  std::string duplicated = token() + "; mac=00";
  EXPECT_EQ(check(duplicated), ReleaseTokenCheck::Malformed);
}

TEST(ReleaseToken, TheIdCanBeReadForTheStoreLookup) {
  EXPECT_EQ(tokenQuarantineId(token()), kId);
  EXPECT_FALSE(tokenQuarantineId("v2; nonsense").has_value());
}

}  // namespace
}  // namespace aup
