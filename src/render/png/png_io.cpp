#include "render/png/png_io.h"

#include <png.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

#include "render/atomic_file.h"
#include "render/errors.h"

namespace hgm::render {

namespace {

[[noreturn]] void fail(const std::string& action, const std::filesystem::path& path, const std::string& reason) {
  throw ImageIoError("cannot " + action + " PNG " + path.string() + ": " + reason);
}

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
  AtomicFile temp(path, "PNG");
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
    const int error = errno;  // a full disk shows as a stdio error under libpng's message
    const std::string reason = png.message[0] != '\0' ? png.message : "libpng failed";
    png_image_free(&png);
    if (std::ferror(temp.file()) && error != 0) temp.fail_system(error);
    temp.fail(reason);
  }
  temp.commit();
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
