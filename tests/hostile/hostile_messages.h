#pragma once
// hostile_messages - generators for messages built to hurt a MIME pipeline: nesting hundreds
// deep, ten thousand parts, multi-megabyte headers, unterminated boundaries, invalid base64,
// NUL bytes, mixed line ends, zip and docx bombs, "../" file names, overlong encoded words.
//
// Contract: every generator is deterministic and returns a complete message in wire format
// (CRLF line ends unless the case is about line ends), From a member of staff of
// school.example, so the same bytes serve the unit tests (tests/hostile/), the benchmark
// (bench/) and the fuzz seed corpus.

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace aup::hostile {

// What a correct pipeline must make of a case.
enum class Expectation {
  Examined,     // the whole MIME tree is examined (the view is complete) and a decision is made
  Unscannable,  // a parser/engine limit is hit: the view is incomplete and the message is not accepted
  Either,       // the parser may go either way (e.g. it recovers from the damage); a decision is all we ask
};

// One hostile case; the message is built on demand (bombs take a few seconds to deflate).
struct HostileCase {
  std::string name;  // test and benchmark label, e.g. "deep-nesting-500"
  std::function<std::string()> make;
  Expectation expectation;
  // What the content would decode to if fully expanded (bombs: far more than the message);
  // memory checks must stay well below it.
  std::size_t expandedBytes = 0;
};

// The bombs expand to 1 GiB: more than any bound a test allows, so full expansion is caught.
inline constexpr std::size_t kBombBytes = std::size_t{1} << 30;

// multipart/mixed inside multipart/mixed, `depth` levels, one text part at the bottom.
std::string deepNesting(int depth);
// One multipart/mixed holding `parts` small text parts.
std::string manyParts(int parts);
// One header field of about `bytes` bytes (folded lines), then a short body.
std::string hugeHeader(std::size_t bytes);
// About `bytes` of header section made of many ordinary 80-byte fields.
std::string manyHeaders(std::size_t bytes);
// A multipart whose closing boundary never comes; the last part runs to the end (`tailBytes`).
std::string unterminatedBoundary(std::size_t tailBytes);
// base64 attachments with characters outside the alphabet, misplaced padding and bad lengths.
std::string invalidBase64();
// NUL bytes in header names, header values, the text body and a filename.
std::string nulBytes();
// CRLF, bare LF and bare CR mixed within headers, boundaries and bodies.
std::string mixedLineEndings();
// A zip attachment whose one member inflates to `expandedBytes` of zeros.
std::string zipBomb(std::size_t expandedBytes);
// A .docx attachment whose word/document.xml inflates to about `expandedBytes` of text.
std::string docxBomb(std::size_t expandedBytes);
// An .xlsx whose one shared string (~`stringBytes` of varied words, so it deflates far less than
// the expansion-ratio limit) is referenced by `cells` cells: small in the message, but a reader
// that expands each reference builds cells * stringBytes of text (1 MB * 10,000 = 10 GB).
std::string xlsxSharedStringBomb(std::size_t stringBytes = 1u << 20, int cells = 10000);
// A zip of `harmless` small pictures followed by "setup.exe" (a program), so a lister that stops
// at its entry limit (1,000) never sees the program.
std::string zipWithProgramAfter(int harmless = 1000);
// A zip of `count` zips, each holding `innerBytes` of zeros stored uncompressed: small in the
// message, but listing it means inflating count * innerBytes (nested-archive CPU exhaustion).
std::string zipOfStoredZips(int count, std::size_t innerBytes);
// Attachments named "../../etc/passwd" in every encoding, and a zip with "../" members.
std::string dotDotFilenames();
// Encoded words far beyond RFC 2047's 75 characters, and thousands of them, in Subject/From/filename.
std::string overlongEncodedWords(std::size_t wordBytes);
// A file name and Subject that decode to CR/LF and a forged header (reply/header injection).
std::string encodedHeaderInjection();
// A valid one-page PDF whose content stream (Flate) inflates to `contentBytes` of text-show
// operators, a page-sized block of lines over and over: tiny on the wire (32 MiB: ~100 KB),
// but poppler lays out every character of the one page, and cannot be stopped inside a page.
std::string slowPdfDocument(std::size_t contentBytes);
// slowPdfDocument(contentBytes) attached to a message (as "report.pdf").
std::string slowPdfPage(std::size_t contentBytes = 32u << 20);

// Every case at the sizes the issue asks for, with its expectation.
const std::vector<HostileCase>& allHostileCases();

// Builds a zip archive in memory; each member is (name, content generator spec). Exposed for
// the benchmark corpus: `repeatBytes` of `unit` repeated after `prefix`, then `suffix`.
struct ZipMember {
  std::string name;
  std::string prefix;
  std::string unit;
  std::size_t repeatBytes = 0;
  std::string suffix;
  bool stored = false;  // ZIP_CM_STORE instead of deflate (a zip that is as big as its content)
};
std::string buildZip(const std::vector<ZipMember>& members);

// A PDF file of `objects` (numbered from 1; object 1 is the catalog), with its xref table.
std::string buildPdf(const std::vector<std::string>& objects);

// Standard base64 with CRLF every 76 characters (as MIME writers do).
std::string base64Lines(const std::string& bytes);

}  // namespace aup::hostile
