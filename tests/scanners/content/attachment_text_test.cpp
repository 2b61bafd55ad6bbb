#include "scanners/content/extract/attachment_text.h"

#include <gtest/gtest.h>

#include <chrono>

#include "scanners/content/extract/html_text.h"
#include "scanners/content/extract/office_text.h"
#include "scanners/content/extract/xml_text.h"
#include "scanners/content/extract/zip_members.h"
#include "scanners/content/message_text.h"
#include "tests/support/attachment_files.h"

namespace aup {
namespace {

MimeLeaf attachment(std::string filename, std::string content, std::string type = "application/octet-stream") {
  MimeLeaf leaf;
  leaf.path = "2";
  leaf.filename = std::move(filename);
  leaf.contentType = std::move(type);
  leaf.isAttachment = true;
  leaf.decoded = std::move(content);
  return leaf;
}

// A one-page PDF whose content stream shows `text` in Helvetica (xref offsets computed here).
std::string pdfWithText(const std::string& text) {
  std::string stream = "BT /F1 12 Tf 20 100 Td (" + text + ") Tj ET";
  std::vector<std::string> objects = {
      "<</Type/Catalog/Pages 2 0 R>>", "<</Type/Pages/Kids[3 0 R]/Count 1>>",
      "<</Type/Page/Parent 2 0 R/MediaBox[0 0 400 200]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>",
      "<</Length " + std::to_string(stream.size()) + ">>stream\n" + stream + "\nendstream",
      "<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>"};
  std::string pdf = "%PDF-1.4\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj" + objects[i] + "endobj\n";
  }
  std::size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (auto o : offsets) {
    char line[32];
    std::snprintf(line, sizeof line, "%010zu 00000 n \n", o);
    pdf += line;
  }
  pdf += "trailer<</Size " + std::to_string(objects.size() + 1) + "/Root 1 0 R>>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

TEST(AttachmentText, ReadsPdfText) {
  auto out = extractAttachmentText(attachment("record.pdf", pdfWithText("Learner ULN 1000000043")), {});
  ASSERT_EQ(out.status, ExtractStatus::Text) << out.detail;
  EXPECT_NE(out.text.find("1000000043"), std::string::npos) << out.text;
}

TEST(AttachmentText, PasswordOfficeFileIsEncrypted) {
  std::string ole = std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(200, '\0');
  for (char c : std::string("EncryptedPackage")) ole += std::string{c, '\0'};
  auto out = extractAttachmentText(attachment("pupils.xlsx", ole), {});
  EXPECT_EQ(out.status, ExtractStatus::Encrypted);
}

TEST(AttachmentText, PasswordZipIsEncrypted) {
  auto zip = test::makeZip({{"a.csv", "ULN\n1000000043\n"}}, test::ZipEncryption::Password);
  EXPECT_EQ(extractAttachmentText(attachment("a.zip", zip), {}).status, ExtractStatus::Encrypted);
}

TEST(AttachmentText, ZipBombIsRefusedByTheExpansionRatio) {
  std::string huge = "<?xml version=\"1.0\"?><w:document><w:body><w:p><w:t>" + std::string(8u << 20, ' ') +
                     "</w:t></w:p></w:body></w:document>";
  auto docx = test::makeZip({{"word/document.xml", huge}});
  ASSERT_LT(docx.size(), 200000u) << "the test needs a highly compressed member";
  auto out = extractAttachmentText(attachment("bomb.docx", docx), {});
  EXPECT_EQ(out.status, ExtractStatus::Unreadable);
  EXPECT_NE(out.detail.find("expansion"), std::string::npos) << out.detail;
}

TEST(AttachmentText, SharedStringRepeatedInEveryCellStopsAtTheTextBudget) {
  std::string words;  // varied enough to stay under the expansion-ratio limit when deflated
  for (unsigned i = 0; words.size() < 100000; ++i) words += std::to_string(i * 2654435761u) + " ";
  std::string shared = "<?xml version=\"1.0\"?><sst><si><t>" + words + "</t></si></sst>";
  std::string sheet = "<?xml version=\"1.0\"?><worksheet><sheetData>";
  for (int r = 1; r <= 1000; ++r)  // 100 MB if expanded; row numbers keep the sheet under the expansion ratio
    sheet += "<row r=\"" + std::to_string(r) + "\"><c r=\"A" + std::to_string(r) + "\" t=\"s\"><v>0</v></c></row>";
  sheet += "</sheetData></worksheet>";
  ExtractLimits limits;
  limits.maxTextBytes = 1u << 20;
  auto out = extractAttachmentText(
      attachment("a.xlsx", test::makeZip({{"xl/sharedStrings.xml", shared}, {"xl/worksheets/sheet1.xml", sheet}})), limits);
  ASSERT_EQ(out.status, ExtractStatus::Text) << out.detail;
  EXPECT_TRUE(out.truncated);
  EXPECT_EQ(out.text.size(), limits.maxTextBytes);
  EXPECT_NE(out.detail.find("max_text_size"), std::string::npos) << out.detail;
}

TEST(AttachmentText, PastDeadlineStopsWithTruncatedText) {
  std::string xml = "<?xml version=\"1.0\"?><w:document><w:body>";
  for (int i = 0; i < 5000; ++i) xml += "<w:p><w:t>paragraph</w:t></w:p>";
  xml += "</w:body></w:document>";
  auto out = extractAttachmentText(attachment("a.docx", test::makeZip({{"word/document.xml", xml}})), {},
                                   Deadline::after(std::chrono::seconds(-1)));
  EXPECT_EQ(out.status, ExtractStatus::Text);
  EXPECT_TRUE(out.truncated);
  EXPECT_NE(out.detail.find("time limit"), std::string::npos) << out.detail;
}

TEST(AttachmentText, DocumentWithinTheBudgetIsNotTruncated) {
  auto out = extractAttachmentText(attachment("record.pdf", pdfWithText("Learner ULN 1000000043")), {});
  EXPECT_FALSE(out.truncated) << out.detail;
}

TEST(AttachmentText, TooManyEntriesIsUnreadable) {
  std::vector<test::ZipEntry> entries;
  for (int i = 0; i < 20; ++i) entries.push_back({"f" + std::to_string(i) + ".xml", "x"});
  entries.push_back({"word/document.xml", "<w:document/>"});
  ExtractLimits limits;
  limits.maxEntries = 10;
  EXPECT_EQ(extractAttachmentText(attachment("many.docx", test::makeZip(entries)), limits).status, ExtractStatus::Unreadable);
}

TEST(AttachmentText, ExternalEntitiesAreNeverFetchedOrExpanded) {
  std::string xml = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                    "<w:document><w:body><w:p><w:t>a&x;b</w:t></w:p></w:body></w:document>";
  auto out = extractAttachmentText(attachment("x.docx", test::makeZip({{"word/document.xml", xml}})), {});
  EXPECT_EQ(out.text.find("root:"), std::string::npos) << out.text;
}

TEST(XmlText, ElementNamesBecomeWords) {
  EXPECT_EQ(elementNameInWords("DateOfBirth"), "Date Of Birth");
  EXPECT_EQ(elementNameInWords("NINumber"), "NI Number");
  EXPECT_EQ(elementNameInWords("ULN"), "ULN");
  EXPECT_EQ(elementNameInWords("family_name"), "family name");
  EXPECT_EQ(elementNameInWords("LLDDHealthProb"), "LLDD Health Prob");
}

// An ILR-style export: each leaf a labelled line, each learner a paragraph, attributes read too.
TEST(AttachmentText, XmlExportBecomesLabelledLines) {
  std::string xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?><Message xmlns=\"ESFA/ILR/2024-25\">"
                    "<Learner><ULN>1000000043</ULN><FamilyName>Okafor</FamilyName><GivenNames>Mia</GivenNames></Learner>"
                    "<Learner Ref=\"R2\"><ULN>7117325126</ULN><DateOfBirth>2009-05-01</DateOfBirth></Learner></Message>";
  auto out = extractAttachmentText(attachment("return.xml", xml), {});
  ASSERT_EQ(out.status, ExtractStatus::Text) << out.detail;
  EXPECT_NE(out.text.find("ULN: 1000000043\nFamily Name: Okafor\nGiven Names: Mia\n\n"), std::string::npos) << out.text;
  EXPECT_NE(out.text.find("Ref: R2\nULN: 7117325126\nDate Of Birth: 2009-05-01\n"), std::string::npos) << out.text;
  EXPECT_EQ(out.text.find('<'), std::string::npos) << out.text;
}

TEST(AttachmentText, XmlExternalEntitiesAreNeverFetchedOrExpanded) {
  std::string xml = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><d><n>a&x;b</n></d>";
  auto out = extractAttachmentText(attachment("x.xml", xml, "application/xml"), {});
  EXPECT_EQ(out.text.find("root:"), std::string::npos) << out.text;
}

TEST(AttachmentText, BrokenXmlIsStillReadAsText) {
  auto out = extractAttachmentText(attachment("cut.xml", "<<ULN 1000000043 & not xml"), {});
  ASSERT_EQ(out.status, ExtractStatus::Text) << out.detail;
  EXPECT_NE(out.text.find("1000000043"), std::string::npos) << out.text;
}

TEST(AttachmentText, XmlZipMemberIsRead) {
  auto zip = test::makeZip({{"ILR-R07.xml", "<Message><Learner><ULN>1000000043</ULN></Learner></Message>"}});
  auto members = extractZipMembers(zip, {}, Deadline::never());
  ASSERT_EQ(members.size(), 1u);
  EXPECT_EQ(members[0].text.status, ExtractStatus::Text) << members[0].text.detail;
  EXPECT_NE(members[0].text.text.find("ULN: 1000000043"), std::string::npos) << members[0].text.text;
}

// An unlabelled file is read when its bytes are text, and not when they are binary.
TEST(AttachmentText, UnlabelledTextFileIsReadAndBinaryIsNot) {
  auto text = extractAttachmentText(attachment("export.dat", "name,uln\nAmy,1000000043\n"), {});
  ASSERT_EQ(text.status, ExtractStatus::Text);
  EXPECT_NE(text.text.find("1000000043"), std::string::npos);
  auto binary = extractAttachmentText(attachment("blob.dat", std::string("\x01\x02\0\x03ULN 1000000043", 18)), {});
  EXPECT_EQ(binary.status, ExtractStatus::NotText);
}

TEST(AttachmentText, OdtParagraphsAndSpaces) {
  std::string xml = "<?xml version=\"1.0\"?><office:document-content xmlns:office=\"o\" xmlns:text=\"t\"><office:body>"
                    "<text:p>ULN<text:s/>1000000043</text:p><text:p>next</text:p></office:body></office:document-content>";
  auto out = extractAttachmentText(attachment("r.odt", test::makeZip({{"content.xml", xml}})), {});
  ASSERT_EQ(out.status, ExtractStatus::Text);
  EXPECT_NE(out.text.find("ULN 1000000043\nnext"), std::string::npos) << out.text;
}

// ContentInfo { contentType envelopedData, ... } as S/MIME writers emit it (BER indefinite length).
std::string cmsEnvelopedData() {
  return std::string("\x30\x80\x06\x09\x2A\x86\x48\x86\xF7\x0D\x01\x07\x03\xA0\x80\x30\x80\x02\x01\x00", 20) +
         std::string(64, '\x5A');
}

TEST(AttachmentText, RealSmimeEnvelopedDataIsEncrypted) {
  EXPECT_EQ(extractAttachmentText(attachment("smime.p7m", cmsEnvelopedData(), "application/pkcs7-mime"), {}).status,
            ExtractStatus::Encrypted);
}

TEST(AttachmentText, SmimeSignedDataIsNotEncrypted) {
  std::string signedData = cmsEnvelopedData();
  signedData[12] = '\x02';  // 1.2.840.113549.1.7.2 signedData: the content is readable
  EXPECT_NE(extractAttachmentText(attachment("smime.p7m", signedData, "application/pkcs7-mime"), {}).status,
            ExtractStatus::Encrypted);
}

TEST(AttachmentText, BinaryOpenPgpMessageIsEncrypted) {
  // New-format packet tag 1 (public-key encrypted session key), then bytes as random as ciphertext.
  std::string pgp("\xC1\x4C\x03", 3);
  for (std::uint32_t x = 7; pgp.size() < 256;) pgp += static_cast<char>((x = x * 1103515245u + 12345u) >> 24);
  EXPECT_EQ(extractAttachmentText(attachment("record.gpg", pgp), {}).status, ExtractStatus::Encrypted);
}

TEST(AttachmentText, ArmouredPgpFileIsEncrypted) {
  std::string armour = "-----BEGIN PGP MESSAGE-----\nVersion: GnuPG v2\n\nhQEMA8r4fW5aZbA3AQf/Ym9ndXMgY2lwaGVy\n=a1b2\n"
                       "-----END PGP MESSAGE-----\n";
  EXPECT_EQ(extractAttachmentText(attachment("record.asc", armour, "text/plain"), {}).status, ExtractStatus::Encrypted);
}

TEST(AttachmentText, ImagesAreNotText) {
  EXPECT_EQ(extractAttachmentText(attachment("a.png", test::cleanPng(), "image/png"), {}).status, ExtractStatus::NotText);
}

TEST(HtmlText, DropsScriptsAndDecodesEntities) {
  auto text = htmlToText("<html><head><title>t</title><script>var uln='x'</script></head>"
                         "<body><p>Caf&eacute;&nbsp;menu</p><table><tr><td>a</td><td>b</td></tr></table></body></html>");
  EXPECT_EQ(text.find("var uln"), std::string::npos);
  EXPECT_NE(text.find("Caf\xC3\xA9\xC2\xA0menu\n"), std::string::npos) << text;
  EXPECT_NE(text.find("a\tb\t"), std::string::npos) << text;
}

TEST(NormaliseText, FoldsQuotesSpacesAndZeroWidth) {
  EXPECT_EQ(normaliseText("Don\xE2\x80\x99t\xC2\xA0 break\tthe\xE2\x80\x8B chain\r\n"), "Don't break the chain\n");
  EXPECT_EQ(normaliseText("\xE2\x80\x9Cquoted\xE2\x80\x9D \xE2\x80\x93 dash"), "\"quoted\" - dash");
  EXPECT_EQ(normaliseText("bad \xFF byte"), "bad \xC3\xBF byte") << "invalid UTF-8 is repaired as Windows-1252";
}

struct NumberFormatCase {
  const char* code;
  bool date;
};

class NumberFormats : public ::testing::TestWithParam<NumberFormatCase> {};

TEST_P(NumberFormats, DateWhenTheFormatShowsADayOrAYear) {
  EXPECT_EQ(numberFormatIsDate(GetParam().code), GetParam().date) << GetParam().code;
}

INSTANTIATE_TEST_SUITE_P(
    OfficeText, NumberFormats,
    ::testing::Values(NumberFormatCase{"dd/mm/yyyy", true}, NumberFormatCase{"d-mmm-yy", true},
                      NumberFormatCase{"[$-809]dd mmmm yyyy", true}, NumberFormatCase{"0.00", false},
                      NumberFormatCase{"[h]:mm:ss", false}, NumberFormatCase{"mm:ss", false},
                      NumberFormatCase{"\"Day\" 0", false}, NumberFormatCase{"#,##0 \"days\"", false}));

// Excel stores a date as a number and shows it through the cell's style: a date-formatted cell is
// read as the date Excel displays; the same number in a plain cell stays a number.
TEST(OfficeText, XlsxDateCellsAreReadAsDates) {
  std::string styles = "<?xml version=\"1.0\"?><styleSheet><numFmts count=\"1\"><numFmt numFmtId=\"164\" "
                       "formatCode=\"dd/mm/yyyy\"/></numFmts><cellXfs count=\"3\"><xf numFmtId=\"0\"/>"
                       "<xf numFmtId=\"14\"/><xf numFmtId=\"164\"/></cellXfs></styleSheet>";
  std::string sheet = "<?xml version=\"1.0\"?><worksheet><sheetData><row><c s=\"1\"><v>41345</v></c>"
                      "<c s=\"2\"><v>40000.5</v></c><c><v>41345</v></c><c s=\"0\"><v>7</v></c></row></sheetData></worksheet>";
  auto xlsx = test::makeZip({{"xl/styles.xml", styles}, {"xl/worksheets/sheet1.xml", sheet}});
  auto text = zipDocumentText(xlsx, "xlsx", ExtractLimits{}, Deadline::never());
  ASSERT_EQ(text.status, ExtractStatus::Text);
  EXPECT_NE(text.text.find("12/03/2013\t06/07/2009\t41345\t7"), std::string::npos) << text.text;
}

}  // namespace
}  // namespace aup
