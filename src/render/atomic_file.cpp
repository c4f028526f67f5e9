#include "render/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <random>
#include <utility>

#include "render/temp_cleanup.h"
#include "render/write_failure.h"

namespace hgm::render {

namespace fs = std::filesystem;

namespace {

fs::path folder_of(const fs::path& file) { return file.has_parent_path() ? file.parent_path() : fs::path("."); }

// A replaced file's permissions are kept; a new file is 0644.
constexpr unsigned kNewFileMode = 0644;

// A regular file its owner locked against writing (chmod a-w), or this user may not write:
// a rename would replace it all the same (only the folder's permission counts), so it is
// refused instead. Root may write anything, so the mode bits are asked too.
void refuse_read_only(const fs::path& file, const struct stat& st, const std::string& kind, const fs::path& target) {
  if ((st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0 || access(file.c_str(), W_OK) != 0)
    throw_write_failure(kind, target, read_only_file());
}

// The file a write to `target` replaces: itself, or the regular file a symbolic link
// points to, and its permissions. Anything else that exists, or a read-only file, is
// refused before anything is written.
fs::path destination_of(const fs::path& target, const std::string& kind, unsigned& mode) {
  mode = kNewFileMode;
  struct stat st{};
  if (lstat(target.c_str(), &st) != 0) {
    if (errno == ENOENT) return target;  // a new file (a missing folder is reported on open)
    throw_write_failure(kind, target, failure_of_errno(errno, folder_of(target)));
  }
  if (S_ISREG(st.st_mode)) {
    refuse_read_only(target, st, kind, target);
    mode = st.st_mode & 07777;
    return target;
  }
  if (!S_ISLNK(st.st_mode)) throw_write_failure(kind, target, failure_of_file_type(st.st_mode));
  std::error_code ec;
  const fs::path real = fs::canonical(target, ec);
  if (ec || stat(real.c_str(), &st) != 0) throw_write_failure(kind, target, dangling_link(fs::read_symlink(target, ec)));
  if (!S_ISREG(st.st_mode)) throw_write_failure(kind, target, failure_of_file_type(st.st_mode));
  refuse_read_only(real, st, kind, target);
  mode = st.st_mode & 07777;
  return real;
}

bool named_temporary_forced() {
  const char* v = std::getenv("HGM_NAMED_TEMPORARY");
  return v != nullptr && *v != '\0' && *v != '0';
}

}  // namespace

AtomicFile::AtomicFile(fs::path target, std::string kind)
    : target_(std::move(target)), destination_(destination_of(target_, kind, mode_)), kind_(std::move(kind)) {
  open_temporary();
}

void AtomicFile::open_temporary() {
  const fs::path folder = folder_of(destination_);
  int fd = -1;
#ifdef O_TMPFILE
  if (!named_temporary_forced()) {
    fd = open(folder.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0644);
    // Only "this file system cannot" falls back; a missing folder or a full disk is final.
    if (fd < 0 && errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL) fail_system(errno);
  }
#endif
  if (fd < 0) {
    temp_name_ = (folder / ("." + destination_.filename().string() + ".tmp-XXXXXX")).string();
    // Remembered before it exists: a signal between creating and remembering would leave it.
    remember_temporary(temp_name_.c_str());
    fd = mkostemp(temp_name_.data(), O_CLOEXEC);
    if (fd < 0) {
      const int error = errno;
      forget_temporary(temp_name_.c_str());
      temp_name_.clear();
      fail_system(error);
    }
  }
  file_ = fdopen(fd, "wb");
  if (file_ == nullptr) {
    const int error = errno;
    close(fd);
    if (!temp_name_.empty()) {  // a throwing constructor gets no destructor
      unlink(temp_name_.c_str());
      forget_temporary(temp_name_.c_str());
      temp_name_.clear();
    }
    fail_system(error);
  }
}

AtomicFile::~AtomicFile() {
  if (file_ != nullptr) std::fclose(file_);
  if (!temp_name_.empty()) {
    unlink(temp_name_.c_str());
    forget_temporary(temp_name_.c_str());
  }
}

void AtomicFile::fail(const std::string& reason) const {
  throw_write_failure(kind_, target_, {"lỗi khi ghi: " + reason, reason});
}

void AtomicFile::fail_system(int error) const { throw_write_failure(kind_, target_, failure_of_errno(error, folder_of(destination_))); }

void AtomicFile::give_name() {
  // The name exists only from here to the rename, a few system calls later.
  const std::string proc = "/proc/self/fd/" + std::to_string(fileno(file_));
  std::mt19937 random(std::random_device{}());
  const std::string stem = (folder_of(destination_) / ("." + destination_.filename().string() + ".tmp-")).string();
  for (int attempt = 0; attempt < 100; ++attempt) {
    temp_name_ = stem + std::to_string(random() % 1000000);
    remember_temporary(temp_name_.c_str());  // before the name exists, as in open_temporary
    if (linkat(AT_FDCWD, proc.c_str(), AT_FDCWD, temp_name_.c_str(), AT_SYMLINK_FOLLOW) == 0 ||
        linkat(fileno(file_), "", AT_FDCWD, temp_name_.c_str(), AT_EMPTY_PATH) == 0)
      return;
    const int error = errno;
    forget_temporary(temp_name_.c_str());
    temp_name_.clear();
    if (error != EEXIST) fail_system(error);
  }
  fail_system(EEXIST);
}

void AtomicFile::commit() {
  fchmod(fileno(file_), mode_);
  if (std::fflush(file_) != 0 || fsync(fileno(file_)) != 0) fail_system(errno);
  if (temp_name_.empty()) give_name();
  const int closed = std::fclose(file_);
  file_ = nullptr;
  if (closed != 0) fail_system(errno);
  // Checked again: something that is not a file may have taken the name meanwhile.
  struct stat st{};
  if (lstat(destination_.c_str(), &st) == 0 && !S_ISREG(st.st_mode))
    throw_write_failure(kind_, target_, failure_of_file_type(st.st_mode));
  if (std::rename(temp_name_.c_str(), destination_.c_str()) != 0) fail_system(errno);
  forget_temporary(temp_name_.c_str());
  temp_name_.clear();
}

void write_file_atomically(const fs::path& path, std::string_view bytes, const std::string& kind) {
  AtomicFile file(path, kind);
  if (std::fwrite(bytes.data(), 1, bytes.size(), file.file()) != bytes.size()) file.fail_system(errno);
  file.commit();
}

}  // namespace hgm::render
