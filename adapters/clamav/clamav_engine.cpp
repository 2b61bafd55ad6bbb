#include "adapters/clamav/clamav_engine.h"

#include <clamav.h>
#include <linux/magic.h>
#include <spdlog/spdlog.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/vfs.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <map>
#include <mutex>
#include <system_error>

namespace aup {

namespace {

// Database file extensions cl_load reads from a directory (libclamav 1.4 readdb.c CLI_DBEXT).
constexpr std::array<std::string_view, 31> kDatabaseExtensions = {
    ".cvd", ".cld", ".cud", ".db",  ".hdb", ".hdu", ".fp",  ".mdb", ".mdu", ".hsb", ".hsu",
    ".sfp", ".msb", ".msu", ".ndb", ".ndu", ".ldb", ".ldu", ".sdb", ".zmd", ".rmd", ".idb",
    ".cfg", ".cdb", ".crb", ".cat", ".cbc", ".ftm", ".pdb", ".gdb", ".wdb"};

// Sends libclamav's own messages ("LibClamAV Error: ...") to the operational log, not stderr.
void logClamavMessage(enum cl_msg severity, const char* /*fullmsg*/, const char* msg, void* /*context*/) {
  std::string_view text = msg ? msg : "";
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.remove_suffix(1);
  if (severity >= CL_MSG_ERROR) spdlog::error("libclamav: {}", text);
  else if (severity >= CL_MSG_WARN) spdlog::warn("libclamav: {}", text);
  else spdlog::debug("libclamav: {}", text);
}

// Where the private directory goes: /dev/shm when it is a tmpfs with room for several scans at
// their limit (containers often give it only 64 MB), else $TMPDIR.
// XXX libclamav 1.x makes and removes a sub-directory for EVERY scan (even of a 2 KB text part).
// On ext4 that cost ~30% of the engine's CPU in a profile (inode eviction, a synchronous discard
// on a filesystem mounted with discard); on tmpfs it is a few microseconds. The files unpacked
// there are bounded by max_scan_size per scan.
std::filesystem::path tmpParent(std::uint64_t maxScanSize) {
  const std::uint64_t wanted = std::max<std::uint64_t>(1ull << 30, 4 * maxScanSize);
  struct statfs fs{};
  if (::statfs("/dev/shm", &fs) == 0 && fs.f_type == TMPFS_MAGIC && ::access("/dev/shm", W_OK | X_OK) == 0 &&
      static_cast<std::uint64_t>(fs.f_bavail) * static_cast<std::uint64_t>(fs.f_bsize) >= wanted) {
    return "/dev/shm";
  }
  return std::filesystem::temp_directory_path();
}

constexpr std::string_view kPrivateDirPrefix = "aup-clamav-";
constexpr const char* kLockName = ".owner.lock";  // flock()ed by the owning process while it lives

// A private directory (0700) for libclamav's unpacked members, made in `parent` (the configured
// tmp_dir, or tmpParent() when it is not set). It holds a lock file its process keeps flock()ed,
// so a later start can tell a crashed process's leftovers from a live process's directory.
// Removed at process exit; libclamav deletes its own files in it after each scan.
std::filesystem::path privateTmpDir(const std::filesystem::path& parent) {
  struct PrivateDir {
    std::filesystem::path path;
    int lockFd = -1;
    explicit PrivateDir(const std::filesystem::path& parent) {
      std::error_code ec;
      std::filesystem::create_directories(parent, ec);
      removeLeftoverClamavDirs(parent);
      std::string pattern = (parent / (std::string(kPrivateDirPrefix) + "XXXXXX")).string();
      if (char* made = ::mkdtemp(pattern.data())) path = made;
      if (path.empty()) return;
      lockFd = ::open((path / kLockName).c_str(), O_CREAT | O_RDWR | O_CLOEXEC, 0600);
      if (lockFd >= 0) ::flock(lockFd, LOCK_EX | LOCK_NB);
    }
    ~PrivateDir() {
      std::error_code ec;
      if (!path.empty()) std::filesystem::remove_all(path, ec);
      if (lockFd >= 0) ::close(lockFd);
    }
  };
  static std::mutex mutex;
  static std::map<std::filesystem::path, std::unique_ptr<PrivateDir>> dirs;  // one per parent, for the process
  std::lock_guard<std::mutex> lock(mutex);
  auto& dir = dirs[parent];
  if (!dir) dir = std::make_unique<PrivateDir>(parent);
  return dir->path;
}

// True when no live process holds the directory's lock (its owner crashed). A directory without
// a lock file is a leftover once it is a minute old (the owner locks it right after mkdtemp).
bool abandoned(const std::filesystem::path& dir) {
  int fd = ::open((dir / kLockName).c_str(), O_RDWR | O_CLOEXEC);
  if (fd < 0) {
    std::error_code ec;
    auto age = std::filesystem::file_time_type::clock::now() - std::filesystem::last_write_time(dir, ec);
    return !ec && age > std::chrono::minutes(1);
  }
  bool free = ::flock(fd, LOCK_EX | LOCK_NB) == 0;
  ::close(fd);  // closing releases a lock taken here
  return free;
}

// Applies the configured limits and temp directory before compile (they cannot change after).
void configureEngine(cl_engine* engine, const ClamavEngineSettings& s) {
  std::filesystem::path tmp = privateTmpDir(s.tmpDir.empty() ? tmpParent(s.maxScanSize) : s.tmpDir);
  if (tmp.empty()) throw ClamavLoadError("cannot create a private temporary directory for ClamAV under $TMPDIR");
  std::error_code ec;
  std::filesystem::create_directories(tmp, ec);
  if (ec) throw ClamavLoadError("cannot create ClamAV tmp_dir " + tmp.string() + ": " + ec.message());
  std::filesystem::permissions(tmp, std::filesystem::perms::owner_all, ec);  // unpacked attachments are private
  cl_engine_set_str(engine, CL_ENGINE_TMPDIR, tmp.c_str());
  cl_engine_set_num(engine, CL_ENGINE_MAX_SCANSIZE, static_cast<long long>(s.maxScanSize));
  // XXX libclamav 1.4.6 skips an archive member above MAX_FILESIZE without the exceeds-max alert
  // (measured: tests LimitsExceeded): members are therefore bounded by max_scan_size, which does
  // alert, and max_file_size is enforced on whole parts in scanWithEngine.
  cl_engine_set_num(engine, CL_ENGINE_MAX_FILESIZE, static_cast<long long>(std::max(s.maxFileSize, s.maxScanSize)));
  cl_engine_set_num(engine, CL_ENGINE_MAX_RECURSION, s.maxRecursion);
  cl_engine_set_num(engine, CL_ENGINE_MAX_FILES, s.maxFiles);
  cl_engine_set_num(engine, CL_ENGINE_MAX_SCANTIME, s.maxScanTimeMs);
  if (s.disableCache) cl_engine_set_num(engine, CL_ENGINE_DISABLE_CACHE, 1);
}

// Every parser on (a zeroed struct parses nothing: EICAR in a zip would pass), plus the
// heuristics the policy acts on: encrypted archives/documents and exceeded limits.
cl_scan_options scanOptions() {
  cl_scan_options o{};
  o.parse = ~0u;
  o.general = CL_SCAN_GENERAL_HEURISTICS;
  o.heuristic = CL_SCAN_HEURISTIC_ENCRYPTED_ARCHIVE | CL_SCAN_HEURISTIC_ENCRYPTED_DOC | CL_SCAN_HEURISTIC_EXCEEDS_MAX;
  return o;
}

}  // namespace

std::size_t removeLeftoverClamavDirs(const std::filesystem::path& parent) {
  std::size_t removed = 0;
  std::error_code ec;
  for (std::filesystem::directory_iterator it(parent, ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code dirEc;
    if (!std::filesystem::is_directory(it->symlink_status(dirEc))) continue;
    if (!it->path().filename().string().starts_with(kPrivateDirPrefix) || !abandoned(it->path())) continue;
    if (std::filesystem::remove_all(it->path(), dirEc) > 0 && !dirEc) ++removed;
  }
  if (removed > 0) spdlog::info("removed {} ClamAV temp dir(s) left by a previous run in {}", removed, parent.string());
  return removed;
}

void ensureClamavInitialised() {
  static std::once_flag once;
  std::call_once(once, [] {
    cl_set_clcb_msg(logClamavMessage);
    cl_error_t rc = cl_init(CL_INIT_DEFAULT);
    if (rc != CL_SUCCESS) throw ClamavLoadError(std::string("cl_init failed: ") + cl_strerror(rc));
  });
}

bool hasSignatureDatabases(const std::filesystem::path& dir) {
  std::error_code ec;
  for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (!it->is_regular_file(ec)) continue;
    std::string ext = it->path().extension().string();
    for (auto known : kDatabaseExtensions) {
      if (ext == known && it->file_size(ec) > 0) return true;
    }
  }
  return false;
}

std::string missingDatabaseMessage(const std::filesystem::path& dir) {
  return "no ClamAV signature databases in " + dir.string() +
         " (looked for *.cvd, *.cld, *.hdb, *.hsb, *.ndb ...): run `freshclam` (Debian: apt-get install "
         "clamav-freshclam; systemctl start clamav-freshclam) or point [clamav] database_dir at a directory "
         "holding signatures";
}

ClamavEnginePtr loadClamavEngine(const ClamavEngineSettings& settings, unsigned* signatures) {
  ensureClamavInitialised();
  if (!hasSignatureDatabases(settings.databaseDir)) throw ClamavLoadError(missingDatabaseMessage(settings.databaseDir));
  cl_engine* raw = cl_engine_new();
  if (!raw) throw ClamavLoadError("cl_engine_new failed (out of memory)");
  std::shared_ptr<cl_engine> engine(raw, [](cl_engine* e) { cl_engine_free(e); });
  configureEngine(raw, settings);
  unsigned count = 0;
  cl_error_t rc = cl_load(settings.databaseDir.c_str(), raw, &count, CL_DB_STDOPT);
  if (rc != CL_SUCCESS) {
    throw ClamavLoadError("cannot load ClamAV databases from " + settings.databaseDir.string() + ": " +
                          cl_strerror(rc) + " (a corrupt or half-written file? run `freshclam` again)");
  }
  if (count == 0) throw ClamavLoadError(missingDatabaseMessage(settings.databaseDir));
  rc = cl_engine_compile(raw);
  if (rc != CL_SUCCESS) throw ClamavLoadError(std::string("cannot compile the ClamAV engine: ") + cl_strerror(rc));
  if (signatures) *signatures = count;
  return engine;
}

ClamavResult scanWithEngine(const cl_engine& engine, std::string_view bytes, const std::string& name,
                            std::uint64_t maxPartSize) {
  ClamavResult result;
  // libclamav passes a whole buffer above its file-size limit as clean, even with the
  // exceeds-max heuristic on: report the limit ourselves.
  if (maxPartSize > 0 && bytes.size() > maxPartSize) return {ClamavStatus::Found, "Heuristics.Limits.Exceeded.MaxFileSize"};
  // XXX libclamav wants a mutable options struct and a non-null map even for an empty part.
  cl_scan_options options = scanOptions();
  static const char kEmpty = 0;
  cl_fmap_t* map = cl_fmap_open_memory(bytes.empty() ? &kEmpty : bytes.data(), bytes.size());
  if (!map) return {ClamavStatus::Error, "cannot map the part for scanning (out of memory)"};
  const char* virname = nullptr;
  unsigned long scanned = 0;
  cl_error_t rc = cl_scanmap_callback(map, name.empty() ? nullptr : name.c_str(), &virname, &scanned, &engine,
                                      &options, nullptr);
  cl_fmap_close(map);
  if (rc == CL_CLEAN) return result;
  if (rc == CL_VIRUS) return {ClamavStatus::Found, virname ? virname : "unnamed signature"};
  return {ClamavStatus::Error, std::string("ClamAV scan failed: ") + cl_strerror(rc)};
}

}  // namespace aup
