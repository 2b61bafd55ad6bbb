// X-AUP-Released tokens: signed by us for this body verify; forged, re-keyed, copied or
// malformed ones do not.

#include <gtest/gtest.h>

#include "quarantine/quarantine_id.h"
#include "quarantine/release.h"
#include "quarantine/release_token.h"
#include "tests/quarantine/quarantine_test_support.h"

namespace aup {
namespace {

const std::string kKey = "0123456789abcdef0123456789abcdef";

TEST(ReleaseToken, GenuineTokenVerifiesForItsMessage) {
  const std::string message = test::sampleMessage();
  const std::string token = signReleaseToken(newQuarantineId(), message, 1700000000, kKey);
  EXPECT_EQ(verifyReleaseToken(token, message, kKey), ReleaseTokenCheck::Valid);
}

TEST(ReleaseToken, SurvivesHeadersAddedAndLineEndingsChangedOnTheWayBack) {
  const std::string stored = test::sampleMessage();
  const std::string id = newQuarantineId();
  const std::string sent = releasedBytes(id, stored, kKey, 1700000000);
  // What the milter sees: Postfix adds a Received: line; a relay may turn CRLF into LF.
  std::string back = "Received: from localhost by mx.school.example\r\n" + sent;
  std::string lf;
  for (char c : back) {
    if (c != '\r') lf += c;
  }
  const std::string header = headerValueOf(lf, kReleasedHeader);
  EXPECT_EQ(verifyReleaseToken(header, lf, kKey), ReleaseTokenCheck::Valid);
  EXPECT_NE(header.find("id=" + id), std::string::npos);
}

TEST(ReleaseToken, ForgedMacIsRejected) {
  const std::string message = test::sampleMessage();
  std::string token = signReleaseToken(newQuarantineId(), message, 1700000000, kKey);
  char& last = token.back();
  last = last == '0' ? '1' : '0';
  EXPECT_EQ(verifyReleaseToken(token, message, kKey), ReleaseTokenCheck::BadSignature);
}

TEST(ReleaseToken, TokenSignedWithAnotherKeyIsRejected) {
  const std::string message = test::sampleMessage();
  const std::string token = signReleaseToken(newQuarantineId(), message, 1700000000, "attacker's own key material!!");
  EXPECT_EQ(verifyReleaseToken(token, message, kKey), ReleaseTokenCheck::BadSignature);
  EXPECT_EQ(verifyReleaseToken(token, message, ""), ReleaseTokenCheck::BadSignature);
}

TEST(ReleaseToken, ChangedIdOrTimeBreaksTheSignature) {
  const std::string message = test::sampleMessage();
  const std::string id = newQuarantineId();
  std::string token = signReleaseToken(id, message, 1700000000, kKey);
  std::string otherId = token;
  otherId.replace(otherId.find(id), id.size(), newQuarantineId());
  EXPECT_EQ(verifyReleaseToken(otherId, message, kKey), ReleaseTokenCheck::BadSignature);
  std::string otherTime = token;
  otherTime.replace(otherTime.find("t=1700000000"), 12, "t=1800000000");
  EXPECT_EQ(verifyReleaseToken(otherTime, message, kKey), ReleaseTokenCheck::BadSignature);
}

TEST(ReleaseToken, GenuineTokenCopiedOntoAnotherMessageIsRejected) {
  const std::string token = signReleaseToken(newQuarantineId(), test::sampleMessage("1"), 1700000000, kKey);
  std::string other = test::sampleMessage("1") + "ULN 9999999999 appended by the sender\r\n";
  EXPECT_EQ(verifyReleaseToken(token, other, kKey), ReleaseTokenCheck::BodyMismatch);
}

TEST(ReleaseToken, OldTokenExpiresWhenTheCallerAsks) {
  const std::string message = test::sampleMessage();
  const std::string token = signReleaseToken(newQuarantineId(), message, 1700000000, kKey);
  EXPECT_EQ(verifyReleaseToken(token, message, kKey, 1700000000 + 3600, 86400), ReleaseTokenCheck::Valid);
  EXPECT_EQ(verifyReleaseToken(token, message, kKey, 1700000000 + 2 * 86400, 86400), ReleaseTokenCheck::Expired);
}

class MalformedReleaseToken : public ::testing::TestWithParam<std::string> {};

TEST_P(MalformedReleaseToken, IsTreatedAsAbsent) {
  EXPECT_EQ(verifyReleaseToken(GetParam(), test::sampleMessage(), kKey), ReleaseTokenCheck::Malformed);
}

INSTANTIATE_TEST_SUITE_P(
    Shapes, MalformedReleaseToken,
    ::testing::Values("", "yes", "released by admin", "v2; id=0123456789abcdef0123456789abcdef; t=1; body=; mac=",
                      "v1; id=../../etc/passwd; t=1; "
                      "body=0000000000000000000000000000000000000000000000000000000000000000; "
                      "mac=0000000000000000000000000000000000000000000000000000000000000000",
                      "v1; id=0123456789abcdef0123456789abcdef; t=-5; "
                      "body=0000000000000000000000000000000000000000000000000000000000000000; "
                      "mac=0000000000000000000000000000000000000000000000000000000000000000",
                      "v1; id=0123456789abcdef0123456789abcdef; t=1; t=2; "
                      "body=0000000000000000000000000000000000000000000000000000000000000000; "
                      "mac=0000000000000000000000000000000000000000000000000000000000000000",
                      "v1; id=0123456789abcdef0123456789abcdef; t=1; body=00; mac=00"));

}  // namespace
}  // namespace aup
