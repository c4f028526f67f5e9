#include "render/atomic_file.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <system_error>
#include <utility>

#include "render/errors.h"

namespace hgm::render {

AtomicFile::AtomicFile(std::filesystem::path target, std::string kind)
    : target_(std::move(target)), kind_(std::move(kind)) {
  const std::filesystem::path folder = target_.has_parent_path() ? target_.parent_path() : ".";
  std::string name = (folder / ("." + target_.filename().string() + ".tmp-XXXXXX")).string();
  const int fd = mkstemp(name.data());
  if (fd < 0) fail(std::strerror(errno));
  file_ = fdopen(fd, "wb");
  if (file_ == nullptr) {
    const int error = errno;
    close(fd);
    std::remove(name.c_str());  // a throwing constructor gets no destructor
    fail(std::strerror(error));
  }
  temp_name_ = std::move(name);
}

AtomicFile::~AtomicFile() {
  if (file_ != nullptr) std::fclose(file_);
  if (!temp_name_.empty()) std::remove(temp_name_.c_str());
}

void AtomicFile::fail(const std::string& reason) const {
  throw ImageIoError("cannot write " + kind_ + " " + target_.string() + ": " + reason);
}

void AtomicFile::commit() {
  fchmod(fileno(file_), 0644);
  int error = 0;
  if (std::fflush(file_) != 0 || fsync(fileno(file_)) != 0) error = errno;
  if (std::fclose(file_) != 0 && error == 0) error = errno;
  file_ = nullptr;
  if (error != 0) fail(std::strerror(error));
  std::error_code ec;
  std::filesystem::rename(temp_name_, target_, ec);
  if (ec) fail(ec.message());
  temp_name_.clear();
}

}  // namespace hgm::render
