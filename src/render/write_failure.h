#pragma once
// Why a file could not be written, in words for both languages: the atomic writer's
// messages (a missing folder, a full disk, a target that is a folder or a device).
#include <filesystem>
#include <string>

namespace hgm::render {

struct WriteFailure {
  std::string vi, en;
};

// From errno, for a file to be made in `folder`.
WriteFailure failure_of_errno(int error, const std::filesystem::path& folder);
// For a target that exists and is not a regular file (st_mode from lstat or stat).
WriteFailure failure_of_file_type(unsigned mode);
// A file its owner made read-only (no write permission for anyone, or none for this user).
WriteFailure read_only_file();
// A symbolic link whose target does not exist.
WriteFailure dangling_link(const std::filesystem::path& link_target);

// Throws ImageIoError: "cannot write <kind> <target>: <reason>" (and the Vietnamese).
[[noreturn]] void throw_write_failure(const std::string& kind, const std::filesystem::path& target,
                                      const WriteFailure& why);

}  // namespace hgm::render
