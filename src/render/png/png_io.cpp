#include "render/png/png_io.h"

#include <png.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <system_error>

#include "render/errors.h"

namespace hgm::render {

namespace {

[[noreturn]] void fail(const std::string& action, const std::filesystem::path& path, const std::string& reason) {
  throw ImageIoError("cannot " + action + " PNG " + path.string() + ": " + reason);
}

// The temporary file: removed on destruction unless committed.
class TempFile {
 public:
  explicit TempFile(const std::filesystem::path& target) {
    const std::filesystem::path folder = target.has_parent_path() ? target.parent_path() : ".";
    name_ = (folder / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
    const int fd = mkstemp(name_.data());
    if (fd < 0) {
      const int error = errno;
      name_.clear();
      fail("write", target, std::strerror(error));
    }
    file_ = fdopen(fd, "wb");
    if (file_ == nullptr) {
      const int error = errno;
      close(fd);
      std::remove(name_.c_str());
      name_.clear();
      fail("write", target, std::strerror(error));
    }
  }
  ~TempFile() {
    if (file_ != nullptr) std::fclose(file_);
    if (!name_.empty()) std::remove(name_.c_str());
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;

  std::FILE* file() const { return file_; }
  // Flushes and closes; returns errno on failure (0 on success).
  int close_file() {
    int error = 0;
    if (std::fflush(file_) != 0 || fsync(fileno(file_)) != 0) error = errno;
    if (std::fclose(file_) != 0 && error == 0) error = errno;
    file_ = nullptr;
    return error;
  }
  const std::string& name() const { return name_; }
  void committed() { name_.clear(); }

 private:
  std::string name_;
  std::FILE* file_ = nullptr;
};

}  // namespace

namespace {
bool all_opaque(const Image& image) {
  for (std::size_t i = 3; i < image.rgba.size(); i += 4)
    if (image.rgba[i] != 255) return false;
  return true;
}
}  // namespace

void write_png(const std::filesystem::path& path, const Image& image) {
  if (image.empty() || image.rgba.size() != static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height) * 4) {
    fail("write", path, "the image is empty or its pixel buffer has the wrong size");
  }
  TempFile temp(path);
  png_image png;
  std::memset(&png, 0, sizeof png);
  png.version = PNG_IMAGE_VERSION;
  png.width = static_cast<png_uint_32>(image.width);
  png.height = static_cast<png_uint_32>(image.height);
  // Maps are opaque: drop the alpha channel when every pixel is opaque (a quarter less
  // to compress), and favour speed, since flat map colours compress well anyway.
  png.flags = PNG_IMAGE_FLAG_FAST;
  const bool opaque = all_opaque(image);
  png.format = opaque ? PNG_FORMAT_RGB : PNG_FORMAT_RGBA;
  std::vector<std::uint8_t> rgb;
  if (opaque) {
    rgb.resize(static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height) * 3);
    for (std::size_t i = 0, o = 0; i < image.rgba.size(); i += 4, o += 3) {
      rgb[o] = image.rgba[i];
      rgb[o + 1] = image.rgba[i + 1];
      rgb[o + 2] = image.rgba[i + 2];
    }
  }
  const int ok = png_image_write_to_stdio(&png, temp.file(), 0, opaque ? rgb.data() : image.rgba.data(), 0, nullptr);
  if (!ok) {
    const std::string reason = png.message[0] != '\0' ? png.message : "libpng failed";
    png_image_free(&png);
    fail("write", path, reason);
  }
  // mkstemp makes files only their owner can read; an exported map should be shareable.
  fchmod(fileno(temp.file()), 0644);
  if (const int error = temp.close_file(); error != 0) fail("write", path, std::strerror(error));
  std::error_code ec;
  std::filesystem::rename(temp.name(), path, ec);
  if (ec) fail("write", path, ec.message());
  temp.committed();
}

Image read_png(const std::filesystem::path& path) {
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) fail("read", path, std::strerror(errno));
  png_image png;
  std::memset(&png, 0, sizeof png);
  png.version = PNG_IMAGE_VERSION;
  const int begun = png_image_begin_read_from_stdio(&png, file);
  if (!begun) {
    const std::string reason = png.message;
    png_image_free(&png);
    std::fclose(file);
    fail("read", path, reason);
  }
  png.format = PNG_FORMAT_RGBA;
  Image image(static_cast<int>(png.width), static_cast<int>(png.height));
  const int finished = png_image_finish_read(&png, nullptr, image.rgba.data(), 0, nullptr);
  const std::string reason = png.message;
  png_image_free(&png);
  std::fclose(file);
  if (!finished) fail("read", path, reason);
  return image;
}

}  // namespace hgm::render
