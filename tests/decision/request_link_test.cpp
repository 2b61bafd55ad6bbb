// Request links: a genuine link verifies until it expires; a forged, altered, re-keyed or
// cross-purpose one (a release or notice token, a MAC under the release key itself) never does.

#include "decision/request_link.h"

#include <gtest/gtest.h>

#include "decision/crypto.h"
#include "decision/release_token.h"
#include "tests/support/message_builder.h"

namespace aup {
namespace {

const std::string kKey = "0123456789abcdef0123456789abcdef";
const std::string kId = "00112233445566778899aabbccddeeff";
const std::string kOtherId = "ffeeddccbbaa99887766554433221100";
constexpr std::int64_t kNow = 1700000000;
constexpr std::int64_t kExpires = kNow + 7 * 86400;

std::string link(const std::string& id = kId, const std::string& address = "j.smith@school.example",
                 std::int64_t expires = kExpires, const std::string& key = kKey) {
  return signRequestLink({id, address, expires}, key);
}

std::vector<std::string> fields(const std::string& token) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  for (std::size_t dot; (dot = token.find('.', pos)) != std::string::npos; pos = dot + 1) out.push_back(token.substr(pos, dot - pos));
  out.push_back(token.substr(pos));
  return out;
}

std::string joinFields(const std::vector<std::string>& parts) {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : ".") + p;
  return out;
}

TEST(RequestLink, AGenuineLinkVerifiesAndCarriesItsFields) {
  auto verdict = verifyRequestLink(link(), kKey, kNow);
  EXPECT_EQ(verdict.check, RequestLinkCheck::Valid);
  EXPECT_EQ(verdict.link.quarantineId, kId);
  EXPECT_EQ(verdict.link.address, "j.smith@school.example");
  EXPECT_EQ(verdict.link.expiresAt, kExpires);
}

TEST(RequestLink, EveryCharacterIsSafeInAUrlPath) {
  const std::string token = link(kId, "O'Brien+test@School.Example");
  EXPECT_EQ(token.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-"), std::string::npos)
      << token;
  EXPECT_EQ(verifyRequestLink(token, kKey, kNow).link.address, "o'brien+test@school.example");
  EXPECT_EQ(requestLinkUrl("https://gw.school.example/", token), "https://gw.school.example/request/" + token);
  EXPECT_EQ(requestLinkUrl("https://gw.school.example", token), "https://gw.school.example/request/" + token);
}

TEST(RequestLink, ExpiresAtItsTimeAndNotBefore) {
  EXPECT_EQ(verifyRequestLink(link(), kKey, kExpires - 1).check, RequestLinkCheck::Valid);
  auto expired = verifyRequestLink(link(), kKey, kExpires);
  EXPECT_EQ(expired.check, RequestLinkCheck::Expired);
  EXPECT_EQ(expired.link.quarantineId, kId);  // genuine fields: the page can say which message
  EXPECT_EQ(verifyRequestLink(link(), kKey, kExpires + 86400).check, RequestLinkCheck::Expired);
}

TEST(RequestLink, AnyAlteredFieldIsABadSignature) {
  const auto parts = fields(link());
  ASSERT_EQ(parts.size(), 5U);
  struct Case {
    const char* what;
    std::size_t field;
    std::string value;
  };
  const std::vector<Case> cases = {
      {"another message", 1, kOtherId},
      {"a later expiry", 2, std::to_string(kExpires + 86400)},
      {"another sender", 3, base64UrlEncode("head@school.example")},
      {"a flipped MAC", 4, std::string(1, parts[4][0] == 'A' ? 'B' : 'A') + parts[4].substr(1)},
  };
  for (const auto& c : cases) {
    auto altered = parts;
    altered[c.field] = c.value;
    EXPECT_EQ(verifyRequestLink(joinFields(altered), kKey, kNow).check, RequestLinkCheck::BadSignature) << c.what;
  }
}

TEST(RequestLink, AnotherKeyOrNoKeyVerifiesNothing) {
  EXPECT_EQ(verifyRequestLink(link(kId, "j.smith@school.example", kExpires, "another-key-another-key"), kKey, kNow).check,
            RequestLinkCheck::BadSignature);
  EXPECT_EQ(verifyRequestLink(link(), "", kNow).check, RequestLinkCheck::BadSignature);
  EXPECT_THROW(link(kId, "j.smith@school.example", kExpires, ""), std::invalid_argument);
}

TEST(RequestLink, GatewayTokensAndMacsUnderTheReleaseKeyAreNotRequestLinks) {
  // A release token and a notice token, signed with the same key, are not request links.
  const std::string message = test::crlf("From: a@school.example\nSubject: s\n\nbody\n");
  const auto headers = headerFieldsOf(message);
  TokenSubject subject{{"j.smith@school.example"}, headers, message};
  for (TokenKind kind : {TokenKind::Release, TokenKind::Notice}) {
    const std::string token = signToken(kind, kind == TokenKind::Release ? kId : "", subject, kNow, kKey);
    EXPECT_EQ(verifyRequestLink(token, kKey, kNow).check, RequestLinkCheck::Malformed) << token;
  }
  // The same fields MACed under the release key itself (no derived key), with the request-link
  // label or a gateway token's, are forgeries: the derived key separates the purposes.
  auto parts = fields(link());
  for (const std::string label : {"request-link|r1|", "release|v2|", "notice|v2|"}) {
    const std::string input = label + kId + "|" + std::to_string(kExpires) + "|j.smith@school.example";
    parts[4] = base64UrlEncode(hexToBytes(hmacSha256Hex(kKey, input)));
    EXPECT_EQ(verifyRequestLink(joinFields(parts), kKey, kNow).check, RequestLinkCheck::BadSignature) << label;
  }
  // And a request link in an X-AUP-Released or X-AUP-Notice header is not a gateway token.
  for (TokenKind kind : {TokenKind::Release, TokenKind::Notice}) {
    EXPECT_EQ(verifyToken(kind, link(), subject, kKey, kNow, 86400, ReleaseGrant{true}), ReleaseTokenCheck::Malformed);
  }
}

TEST(RequestLink, MisshapenTokensAreMalformed) {
  const std::string good = link();
  const auto parts = fields(good);
  for (const std::string& bad :
       {std::string(), std::string("r1"), good.substr(0, good.size() - 1), good + "A", "r2" + good.substr(2),
        good + ".extra", joinFields({parts[0], "../../etc/passwd", parts[2], parts[3], parts[4]}),
        joinFields({parts[0], parts[1], "-5", parts[3], parts[4]}),
        joinFields({parts[0], parts[1], parts[2], "not base64!", parts[4]}),
        joinFields({parts[0], parts[1], parts[2], base64UrlEncode("no-at-sign"), parts[4]}),
        joinFields({parts[0], parts[1], parts[2], base64UrlEncode("a@b\r\nBcc: x@y"), parts[4]}),
        joinFields({parts[0], parts[1], parts[2], base64UrlEncode("Upper@School.example"), parts[4]}),
        std::string(2000, 'A')}) {
    EXPECT_EQ(verifyRequestLink(bad, kKey, kNow).check, RequestLinkCheck::Malformed) << bad;
  }
}

TEST(RequestLink, SigningRefusesWhatNoNoticeWouldCarry) {
  EXPECT_THROW(link("not-an-id"), std::invalid_argument);
  EXPECT_THROW(link(kId, ""), std::invalid_argument);
  EXPECT_THROW(link(kId, "a@b\r\nx"), std::invalid_argument);
  EXPECT_THROW(link(kId, std::string(300, 'a') + "@school.example"), std::invalid_argument);
}

TEST(Base64Url, RoundTripsEveryLengthAndRefusesOtherAlphabets) {
  std::string bytes;
  for (int i = 0; i < 40; ++i) {
    EXPECT_EQ(base64UrlDecode(base64UrlEncode(bytes)), bytes) << i;
    bytes += static_cast<char>(i * 37 + 250);
  }
  EXPECT_EQ(base64UrlEncode("\xfb\xff"), "-_8");
  EXPECT_FALSE(base64UrlDecode("+/8"));     // standard base64, not base64url
  EXPECT_FALSE(base64UrlDecode("-_8="));    // padding
  EXPECT_FALSE(base64UrlDecode("A"));       // no byte count encodes to one character
  EXPECT_FALSE(base64UrlDecode("-_9"));     // non-zero leftover bits: a second spelling of "-_8"
  EXPECT_EQ(hexToBytes("00ff41"), std::string("\0\xff" "A", 3));
  EXPECT_THROW(hexToBytes("0"), std::invalid_argument);
  EXPECT_THROW(hexToBytes("zz"), std::invalid_argument);
}

}  // namespace
}  // namespace aup
