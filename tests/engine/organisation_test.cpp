#include "engine/organisation.h"

#include <gtest/gtest.h>

#include "tests/support/organisation.h"
#include "tests/support/message_builder.h"

namespace aup {
namespace {

Organisation school() {
  Organisation org = test::schoolOrganisation();
  org.trustedNetworks = {*Network::parse("192.168.10.0/24"), *Network::parse("2001:db8::/32")};
  return org;
}

TEST(Network, MatchesIpv4AndIpv6Prefixes) {
  auto org = school();
  EXPECT_TRUE(org.isTrustedClient("192.168.10.77"));
  EXPECT_FALSE(org.isTrustedClient("192.168.11.1"));
  EXPECT_TRUE(org.isTrustedClient("[2001:db8::5]"));
  EXPECT_TRUE(org.isTrustedClient("IPv6:2001:db8:1::1"));
  EXPECT_FALSE(org.isTrustedClient("2001:db9::1"));
  EXPECT_FALSE(org.isTrustedClient("not-an-ip"));
}

TEST(Network, RejectsMalformedCidr) {
  EXPECT_FALSE(Network::parse("10.0.0/8"));
  EXPECT_FALSE(Network::parse("10.0.0.0/33"));
  EXPECT_FALSE(Network::parse("10.0.0.0/x"));
  EXPECT_TRUE(Network::parse("0.0.0.0/0"));
}

TEST(Direction, AuthenticatedSenderToExternalRecipientIsOutbound) {
  Envelope e = test::envelopeFrom("t@school.example", {"parent@example.org", "colleague@school.example"}, "t@school.example", "203.0.113.9");
  EXPECT_EQ(deriveDirection(e, school()), Direction::Outbound);
}

TEST(Direction, AuthenticatedSenderToInternalAndLearnerRecipientsIsInternal) {
  Envelope e = test::envelopeFrom("t@school.example", {"a@school.example", "pupil@students.school.example"}, "t@school.example", "203.0.113.9");
  EXPECT_EQ(deriveDirection(e, school()), Direction::Internal);
}

TEST(Direction, TrustedNetworkWithoutSaslIsInternalSender) {
  Envelope e = test::envelopeFrom("web@school.example", {"x@example.net"}, std::nullopt, "192.168.10.4");
  EXPECT_EQ(deriveDirection(e, school()), Direction::Outbound);
}

TEST(Direction, UnauthenticatedOutsiderClaimingOurDomainIsInbound) {
  Envelope e = test::envelopeFrom("head@school.example", {"a@school.example"}, std::nullopt, "198.51.100.1");
  EXPECT_EQ(deriveDirection(e, school()), Direction::Inbound);
}

TEST(Organisation, SubdomainsAreInternalButLookalikesAreNot) {
  auto org = school();
  EXPECT_TRUE(org.isInternalAddress("x@staff.school.example"));
  EXPECT_TRUE(org.isInternalAddress("X@SCHOOL.EXAMPLE"));
  EXPECT_FALSE(org.isInternalAddress("x@notschool.example"));
  EXPECT_FALSE(org.isInternalAddress("x@school.example.evil.test"));
  EXPECT_TRUE(org.isLearnerDomain("students.school.example"));
}

}  // namespace
}  // namespace aup
