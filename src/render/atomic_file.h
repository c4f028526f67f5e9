#pragma once
// A file that appears complete or not at all: written into a temporary file in the same
// folder, renamed over the target only once complete, so a reader never sees half a PNG
// or SVG. The temporary file is removed if anything fails on the way.
#include <cstdio>
#include <filesystem>
#include <string>

namespace hgm::render {

class AtomicFile {
 public:
  // Creates the temporary file next to `target`. `kind` names the content in messages
  // ("PNG", "SVG"). Throws ImageIoError ("cannot write <kind> <target>: <reason>").
  AtomicFile(std::filesystem::path target, std::string kind);
  ~AtomicFile();  // removes the temporary file unless committed
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  std::FILE* file() const { return file_; }
  // Flushes and syncs the data, makes the file readable by everyone (0644: mkstemp makes
  // it private, an exported map should be shareable) and renames it over the target.
  // Throws ImageIoError naming the target and the reason.
  void commit();
  // Throws ImageIoError naming the target and `reason`; the destructor then cleans up.
  [[noreturn]] void fail(const std::string& reason) const;

 private:
  std::filesystem::path target_;
  std::string kind_;
  std::string temp_name_;  // empty once committed or never made
  std::FILE* file_ = nullptr;
};

}  // namespace hgm::render
