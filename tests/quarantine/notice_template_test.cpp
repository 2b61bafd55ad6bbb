// Notice templates: placeholders, HTML escaping, masked evidence only, no header injection.

#include <gtest/gtest.h>

#include "quarantine/mime_encoding.h"
#include "quarantine/notice_template.h"

namespace aup {
namespace {

NoticeFacts sampleFacts() {
  NoticeFacts f;
  f.organisation = "Example School";
  f.sender = "j.smith@school.example";
  f.subject = "Pupil list <Year 7> & \"marks\"";
  f.recipients = {"parent@example.net"};
  f.time = "Sun, 22 Nov 2026 11:20:00 +0000";
  f.outcome = "held for review";
  f.quarantineId = "0123456789abcdef0123456789abcdef";
  f.contact = "it@school.example";
  f.reasons.push_back({"dlp-unencrypted", "uln", "quarantine", "Learner numbers sent without encryption",
                       "ULN 12******90", "part 2 (pupils.csv) line 4", "send learner data through the secure route"});
  return f;
}

NoticeTemplates shippedTemplates() { return loadNoticeTemplates(std::filesystem::path(AUP_SOURCE_DIR) / "config" / "templates"); }

TEST(NoticeTemplate, ReplacesPlaceholdersAndDropsUnknownOnes) {
  TemplateValues values{{"name", "Jo"}, {"id", "42"}};
  EXPECT_EQ(renderTemplate("Hi {{name}}, ref {{ id }}{{typo}}.", values, TemplateEscaping::None), "Hi Jo, ref 42.");
  EXPECT_EQ(renderTemplate("unclosed {{name", values, TemplateEscaping::None), "unclosed {{name");
}

TEST(NoticeTemplate, EscapesValuesInHtmlButNotInPlainText) {
  TemplateValues values{{"subject", "<script>alert('x')</script> & co"}};
  EXPECT_EQ(renderTemplate("<p>{{subject}}</p>", values, TemplateEscaping::Html),
            "<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co</p>");
  EXPECT_EQ(renderTemplate("{{subject}}", values, TemplateEscaping::None), "<script>alert('x')</script> & co");
}

TEST(NoticeTemplate, ValuesCannotExpandIntoFurtherPlaceholders) {
  TemplateValues values{{"subject", "{{quarantine_id}}"}, {"quarantine_id", "secret"}};
  EXPECT_EQ(renderTemplate("{{subject}}", values, TemplateEscaping::None), "{{quarantine_id}}");
}

TEST(NoticeTemplate, ShippedTemplatesCarryEveryFactAndTheAdvice) {
  const NoticeTemplates t = shippedTemplates();
  const NoticeFacts f = sampleFacts();
  const std::string text = renderTemplate(t.text, noticeValues(f), TemplateEscaping::None);
  for (const std::string expected : {"Pupil list <Year 7>", "parent@example.net", "0123456789abcdef0123456789abcdef",
                                     "dlp-unencrypted", "ULN 12******90", "part 2 (pupils.csv) line 4",
                                     "send learner data through the secure route", "it@school.example",
                                     "held for review", "Sun, 22 Nov 2026"}) {
    EXPECT_NE(text.find(expected), std::string::npos) << expected;
  }
  EXPECT_EQ(text.find("{{"), std::string::npos);
  const std::string html = renderTemplate(t.html, noticeValues(f), TemplateEscaping::Html, noticeHtmlValues(f));
  EXPECT_NE(html.find("Pupil list &lt;Year 7&gt; &amp; &quot;marks&quot;"), std::string::npos);
  EXPECT_EQ(html.find("<Year 7>"), std::string::npos);
  EXPECT_NE(html.find("<li>What to do: <strong>send learner data through the secure route</strong></li>"),
            std::string::npos);
}

TEST(NoticeTemplate, HtmlReasonsEscapeScannerText) {
  NoticeFacts f = sampleFacts();
  f.reasons[0].evidence = "<img src=x onerror=alert(1)>";
  const std::string html = noticeHtmlValues(f).at("reasons");
  EXPECT_EQ(html.find("<img"), std::string::npos);
  EXPECT_NE(html.find("&lt;img src=x onerror=alert(1)&gt;"), std::string::npos);
}

TEST(NoticeTemplate, LongEvidenceIsCutSoANoticeNeverCarriesBulkData) {
  NoticeFacts f = sampleFacts();
  f.reasons[0].evidence = std::string(5000, 'A');
  const std::string text = noticeValues(f).at("reasons");
  EXPECT_EQ(text.find(std::string(301, 'A')), std::string::npos);
  EXPECT_NE(text.find(std::string(300, 'A') + "..."), std::string::npos);
}

TEST(NoticeComposition, CraftedSubjectCannotInjectHeaders) {
  NoticeFacts f = sampleFacts();
  f.subject = "hello\r\nBcc: victim@example.net\r\n\r\nbody";
  const std::string message = composeNotice(shippedTemplates(), f, "postmaster@school.example", "school.example");
  const std::string headers = message.substr(0, message.find("\r\n\r\n"));
  EXPECT_EQ(headers.find("\r\nBcc:"), std::string::npos);
  EXPECT_NE(headers.find("\r\nAuto-Submitted: auto-generated"), std::string::npos);
  EXPECT_NE(headers.find("From: postmaster@school.example"), std::string::npos);
  EXPECT_NE(headers.find("To: j.smith@school.example"), std::string::npos);
}

TEST(NoticeComposition, HasPlainAndHtmlPartsWithShortLines) {
  const std::string message = composeNotice(shippedTemplates(), sampleFacts(), "postmaster@school.example", "school.example");
  EXPECT_NE(message.find("Content-Type: text/plain; charset=utf-8"), std::string::npos);
  EXPECT_NE(message.find("Content-Type: text/html; charset=utf-8"), std::string::npos);
  std::size_t pos = 0;
  while (pos < message.size()) {
    std::size_t end = message.find("\r\n", pos);
    ASSERT_NE(end, std::string::npos) << "every line ends in CRLF";
    EXPECT_LE(end - pos, 998u);
    pos = end + 2;
  }
}

TEST(MimeEncoding, QuotedPrintableEncodesEqualsNonAsciiAndTrailingSpace) {
  EXPECT_EQ(encodeQuotedPrintable("a=b caf\xc3\xa9 \nend"), "a=3Db caf=C3=A9=20\r\nend");
  std::string longLine(200, 'x');
  std::string encoded = encodeQuotedPrintable(longLine);
  EXPECT_NE(encoded.find("=\r\n"), std::string::npos);
}

TEST(MimeEncoding, HeaderWordEncodesOnlyWhenNeeded) {
  EXPECT_EQ(encodeHeaderWord("plain subject"), "plain subject");
  EXPECT_EQ(encodeHeaderWord("caf\xc3\xa9"), "=?utf-8?B?Y2Fmw6k=?=");
}

}  // namespace
}  // namespace aup
