// SqliteQuarantineStorage::checkConsistency - the open-time recovery pass (see the header).

#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#include <sstream>

#include "common/wall_clock.h"
#include "decision/crypto.h"
#include "decision/quarantine_id.h"
#include "quarantine/sqlite_quarantine_storage.h"

namespace aup {

namespace {

std::int64_t mtimeSeconds(const std::filesystem::path& file) {
  struct stat st {};
  if (::stat(file.c_str(), &st) != 0) return 0;
  return static_cast<std::int64_t>(st.st_mtime);
}

}  // namespace

// recoverOrphan - a message file without a row: the crash came after the rename and before the
// commit, so the client was never told "accepted" (it got 451 and retries). Keep it held anyway,
// with what the headers say, so an admin decides; it is most likely a duplicate.
void SqliteQuarantineStorage::recoverOrphan(const std::filesystem::path& file, ConsistencyReport& report) {
  const std::string id = file.stem().string();
  std::ifstream in(file, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  const std::string bytes = std::move(buffer).str();
  HoldRequest request;
  request.mailFrom = headerValueOf(bytes, "Return-Path");
  request.subject = headerValueOf(bytes, "Subject");
  request.direction = "unknown";
  request.reasons.push_back({"quarantine", "recovered", "quarantine",
                             "the message file was found without its record after a crash; the sending server was "
                             "asked to retry, so this is probably a duplicate",
                             "", "file " + file.filename().string(), "check whether a later copy exists, then delete"});
  insertRow(id, mtimeSeconds(file), request, bytes.size(), sha256Hex(bytes));
  report.recoveredOrphans.push_back(id);
}

ConsistencyReport SqliteQuarantineStorage::checkConsistency() {
  ConsistencyReport report;
  const std::int64_t graceCutoff = nowSeconds() - options_.orphanGrace.count();
  // Unfinished writes: never acknowledged, so removing them loses nothing.
  for (const auto& entry : std::filesystem::directory_iterator(options_.dir / "tmp")) {
    if (entry.is_regular_file() && mtimeSeconds(entry.path()) < graceCutoff && ::unlink(entry.path().c_str()) == 0) {
      ++report.staleTempFiles;
    }
  }
  for (const auto& entry : std::filesystem::directory_iterator(options_.dir / "messages")) {
    const auto& path = entry.path();
    if (!entry.is_regular_file() || path.extension() != ".eml" || !isValidQuarantineId(path.stem().string())) continue;
    if (mtimeSeconds(path) >= graceCutoff) continue;  // may be a put() still in flight in another process
    if (!get(path.stem().string())) recoverOrphan(path, report);
  }
  std::vector<std::string> ids;
  {
    std::lock_guard lock(mutex_);
    SqliteStatement q(*db_, "SELECT id FROM messages WHERE state != 'deleted' AND file_missing = 0");
    while (q.step()) ids.push_back(q.text(0));
  }
  for (const auto& id : ids) {
    if (!isValidQuarantineId(id) || std::filesystem::exists(messagePath(id))) continue;
    std::lock_guard lock(mutex_);
    SqliteStatement flag(*db_, "UPDATE messages SET file_missing = 1 WHERE id = ?");
    flag.bind(1, id).step();
    report.missingFiles.push_back(id);
  }
  return report;
}

}  // namespace aup
