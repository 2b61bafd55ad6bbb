#pragma once
// Shared helpers for the quarantine tests: a temp directory and sample holds.

#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

#include "quarantine/quarantine_record.h"
#include "tests/support/temp_dir.h"

namespace aup::test {


inline std::string readFileBytes(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return std::move(out).str();
}

// Sets a file's modification time `seconds` into the past.
inline void ageFile(const std::filesystem::path& file, int seconds) {
  timeval times[2];
  ::gettimeofday(&times[0], nullptr);
  times[0].tv_sec -= seconds;
  times[1] = times[0];
  ::utimes(file.c_str(), times);
}

inline HoldRequest sampleRequest(const std::string& from = "j.smith@school.example",
                                 const std::string& rcpt = "parent@example.net", const std::string& policy = "dlp-unencrypted") {
  HoldRequest r;
  r.mailFrom = from;
  r.recipients = {rcpt, "second@example.net"};
  r.authUser = "jsmith";
  r.clientAddress = "192.0.2.10";
  r.clientName = "laptop.school.example";
  r.queueId = "4XyZ1";
  r.direction = "outbound";
  r.subject = "Pupil list";
  r.reasons.push_back({policy, "uln", "quarantine", "learner numbers sent unencrypted", "ULN 12******90",
                       "part 2 (pupils.csv) line 4", "send learner data through the secure route"});
  return r;
}

// A message with CRLF line endings, a leading-dot line (SMTP dot-stuffing) and non-ASCII bytes.
inline std::string sampleMessage(const std::string& marker = "1") {
  return "Return-Path: <j.smith@school.example>\r\nFrom: J Smith <j.smith@school.example>\r\n"
         "To: parent@example.net\r\nSubject: Pupil list " + marker + "\r\n\tfolded\r\n"
         "Message-ID: <m" + marker + "@school.example>\r\n\r\n"
         "Hello,\r\n.leading dot line\r\n..two dots\r\nCaf\xc3\xa9 \x01 ctrl\r\nULN 1234567890\r\n";
}

}  // namespace aup::test
