// The roles table of docs/console.md, as code.

#include <gtest/gtest.h>

#include "console/roles.h"

namespace aup::console {
namespace {

TEST(ConsoleRoles, TheTableOfDocsConsoleMd) {
  using I = ItemClass;
  struct Row {
    Role role;
    bool bodyOrdinary, bodyPersonal, releaseOrdinary, releasePersonal, request, note, download;
  };
  for (const Row& r : {Row{Role::Admin, true, true, true, true, true, true, true},
                       Row{Role::Dsl, true, true, false, true, true, true, false},
                       Row{Role::Helpdesk, true, false, false, false, true, true, false},
                       Row{Role::Auditor, true, false, false, false, false, false, false}}) {
    SCOPED_TRACE(std::string(toString(r.role)));
    EXPECT_EQ(canReadBody(r.role, I::Ordinary), r.bodyOrdinary);
    EXPECT_EQ(canReadBody(r.role, I::PersonalData), r.bodyPersonal);
    EXPECT_EQ(canRelease(r.role, I::Ordinary), r.releaseOrdinary);
    EXPECT_EQ(canRelease(r.role, I::PersonalData), r.releasePersonal);
    EXPECT_EQ(canDecideRequest(r.role, I::PersonalData), r.releasePersonal);
    EXPECT_EQ(canRequestRelease(r.role), r.request);
    EXPECT_EQ(canAddNote(r.role), r.note);
    EXPECT_EQ(canDownloadAttachment(r.role), r.download);
  }
}

TEST(ConsoleRoles, PersonalDataComesFromTheDataProtectionPolicy) {
  QuarantineRecord r;
  r.request.reasons.push_back({"anonymous", "x", "quarantine", "", "", "", ""});
  EXPECT_EQ(classify(r), ItemClass::Ordinary);
  r.request.reasons.push_back({"dlp-unencrypted", "uln", "quarantine", "", "", "", ""});
  EXPECT_EQ(classify(r), ItemClass::PersonalData);
  EXPECT_TRUE(needsSecondPerson(ItemClass::PersonalData, true));
  EXPECT_FALSE(needsSecondPerson(ItemClass::PersonalData, false));
  EXPECT_FALSE(needsSecondPerson(ItemClass::Ordinary, true));
}

TEST(ConsoleRoles, UnknownRoleNamesAreRefused) {
  EXPECT_EQ(parseRole("dsl"), Role::Dsl);
  EXPECT_FALSE(parseRole("root").has_value());
  EXPECT_FALSE(parseRole("Admin").has_value());
}

}  // namespace
}  // namespace aup::console
