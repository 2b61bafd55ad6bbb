// quarantine_put - test helper (not a test): stores standard input in a quarantine store as the
// milter would, and prints the id. Used by tests/aupctl/quarantine_cli_test.py and integration tests.
//
//   quarantine_put STORE_DIR MAIL_FROM RCPT [RCPT...] < message.eml

#include <iostream>
#include <iterator>

#include "quarantine/sqlite_quarantine_storage.h"

int main(int argc, char** argv) {
  if (argc < 4) {
    std::cerr << "usage: quarantine_put STORE_DIR MAIL_FROM RCPT... < message\n";
    return 2;
  }
  std::string bytes((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
  aup::HoldRequest request;
  request.mailFrom = argv[2];
  for (int i = 3; i < argc; ++i) request.recipients.push_back(argv[i]);
  request.authUser = argv[2];
  request.clientAddress = "192.0.2.10";
  request.clientName = "staff-laptop.school.example";
  request.queueId = "TESTQ1";
  request.direction = "outbound";
  request.subject = aup::headerValueOf(bytes, "Subject");
  request.reasons.push_back({"dlp-unencrypted", "uln", "quarantine", "learner numbers sent without encryption",
                             "ULN 12******90", "part 2 (pupils.csv) line 4", "send learner data through the secure route"});
  try {
    aup::SqliteQuarantineStorage store(aup::StoreOptions{argv[1], "", std::chrono::seconds(120), "", aup::MigrationMode::AtOpen});
    std::cout << store.put(request, aup::RawMessage::inMemory(bytes)) << "\n";
  } catch (const std::exception& e) {
    std::cerr << "quarantine_put: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
