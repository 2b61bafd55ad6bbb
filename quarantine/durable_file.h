#pragma once
// Durable file helpers for the quarantine store: write-temp + fsync + rename + fsync(dir), and the
// store's ownership rules (directories 02770, message files 0640, database 0660, one admin group).

#include <sys/types.h>

#include <filesystem>
#include <string>

#include "engine/raw_message.h"

namespace aup {

struct WrittenFile {
  std::uint64_t size = 0;
  std::string sha256;
};

// Writes `message` to `tmp` (O_EXCL, mode 0640), fsyncs it, renames it to `final` and fsyncs the
// directory of `final`. Throws std::runtime_error (with errno text) on any failure, after removing
// whatever it created.
WrittenFile writeFileDurably(const RawMessage& message, const std::filesystem::path& tmp,
                             const std::filesystem::path& final);

// fsync on a directory so a rename or unlink in it survives power loss.
void syncDirectory(const std::filesystem::path& dir);

// The group id for the store: `name` if set (throws if unknown), else "aup-admin" if it exists,
// else root's primary group (0).
gid_t resolveStoreGroup(const std::string& name);

// Creates `dir` if needed, then sets mode 02770 (setgid: new files inherit the group) and the
// group. Returns "" or a warning when the group could not be set (not root, not a member).
std::string prepareStoreDirectory(const std::filesystem::path& dir, gid_t group);

// Sets `mode` (default 0640) and the group on an existing file; returns "" or a warning.
std::string restrictFile(const std::filesystem::path& file, gid_t group, mode_t mode = 0640);

}  // namespace aup
