#pragma once
// A file that appears complete or not at all, and never in place of something that is not
// a file. The data goes into a temporary in the target's folder, renamed over the target
// only once complete, so a reader never sees half a PNG or SVG:
// - on Linux the temporary is unnamed (O_TMPFILE) until the commit, so even SIGKILL
//   leaves nothing behind; where the file system lacks O_TMPFILE (or with
//   HGM_NAMED_TEMPORARY=1 in the environment, for tests) it is a named
//   ".<name>.tmp-XXXXXX", removed on failure and on SIGINT/SIGTERM;
// - a target that exists and is not a regular file (folder, device, FIFO, socket) is
//   refused and left alone;
// - a target that is a symbolic link to a regular file is written through: the file it
//   points to gets the new content (atomically, in that file's folder) and the link stays.
//   A link to anything else, or to nothing, is refused.
#include <cstdio>
#include <filesystem>
#include <string>
#include <string_view>

namespace hgm::render {

class AtomicFile {
 public:
  // Checks the target and creates the temporary. `kind` names the content in messages
  // ("PNG", "SVG"). Throws ImageIoError ("cannot write <kind> <target>: <reason>", in
  // English and Vietnamese).
  AtomicFile(std::filesystem::path target, std::string kind);
  ~AtomicFile();  // removes a named temporary unless committed
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  std::FILE* file() const { return file_; }
  // Flushes and syncs the data, makes the file readable by everyone (0644: an exported map
  // should be shareable) and puts it in place of the target. Throws ImageIoError.
  void commit();
  // Throw ImageIoError naming the target and `reason` (a library's words) or the errno;
  // the destructor then cleans up.
  [[noreturn]] void fail(const std::string& reason) const;
  [[noreturn]] void fail_system(int error) const;

 private:
  void open_temporary();
  void give_name();  // links an unnamed temporary into the folder under a fresh name

  std::filesystem::path target_;       // as given, for messages
  unsigned mode_ = 0644;               // the permissions it gets: those of the file it replaces
                                       // (set while destination_ is found: declared before it)
  std::filesystem::path destination_;  // what the rename replaces: the target or its link's file
  std::string kind_;
  std::string temp_name_;  // a named temporary on disk; empty while unnamed or once committed
  std::FILE* file_ = nullptr;
};

// Writes `bytes` to `path` through an AtomicFile: complete or not at all. Throws
// ImageIoError naming `kind`, the path and the reason (a failed write says its errno).
void write_file_atomically(const std::filesystem::path& path, std::string_view bytes, const std::string& kind);

}  // namespace hgm::render
