#pragma once
// PDF text extraction in a child process - poppler cannot be interrupted inside one page, so the
// parsing runs in a fork()ed reader process that the parent kills at the deadline. A reader that
// finished a PDF cleanly is kept for the next (at most 4 wait, each for at most 30 s and 64 PDFs):
// fork and poppler's start-up cost more than a small PDF's text.
//
// Contract: pdfText() returns by the earlier of `deadline` and limits.timeout (plus the few
// milliseconds a kill and waitpid take), whatever the PDF holds; the reader's address space grows
// by at most limits.maxPdfMemoryBytes over what it inherited (RLIMIT_AS) and its CPU time per PDF
// is capped (RLIMIT_CPU) as a second line; the text is at most limits.maxTextBytes (the reader
// stops there, the parent cuts there). A reader that timed out, crashed, overran or garbled its
// output is killed and reaped before the call returns; only idle readers outlive it, and they exit
// when this process does (their socket closes) or after 60 s without work. Outcomes:
//   Text        the pages' text; truncated when the page limit, max_text_size or the deadline cut
//               it (what was read before the deadline is kept)
//   Encrypted   a password-protected PDF
//   Unreadable  "PDF could not be parsed", "PDF took too long" (nothing read in time), "PDF needed
//               more memory than allowed", "PDF parser crashed", or no child could be started
// The parent never calls poppler: no poppler lock can be held by another milter thread when a
// child is forked, and a hostile PDF can never take the milter down with it.

#include <string_view>

#include "engine/deadline.h"
#include "scanners/content/extract/attachment_text.h"

namespace aup {

// pdfText - the text of a PDF, read by a child process within `limits` and `deadline`.
ExtractedText pdfText(std::string_view data, const ExtractLimits& limits, Deadline deadline);

// stopPdfReaders - kills and reaps the idle readers (shutdown, and tests that count children).
void stopPdfReaders();

// The environment variable that makes the child fault on purpose ("crash": SIGSEGV before
// parsing). Set only by tests; see pdf_text.cpp.
inline constexpr const char* kPdfChildFaultEnv = "AUP_TEST_PDF_CHILD_FAULT";

}  // namespace aup
