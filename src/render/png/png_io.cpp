#include "render/png/png_io.h"

#include <png.h>

#include <cerrno>
#include <cmath>
#include <csetjmp>
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

struct PngFailure {
  char message[256] = "";
};

void on_png_error(png_structp png, png_const_charp message) {
  auto* failure = static_cast<PngFailure*>(png_get_error_ptr(png));
  std::snprintf(failure->message, sizeof failure->message, "%s", message);
  png_longjmp(png, 1);
}

void on_png_warning(png_structp, png_const_charp) {}

// libpng reports errors by longjmp, which lands here; this frame holds no C++ object that
// a jump could skip destroying. The rows go to libpng straight from the RGBA buffer (for
// an opaque map the alpha byte is dropped as it writes: no RGB copy of a 4K image).
bool encode_png(std::FILE* file, const Image& image, bool opaque, double dpi, PngFailure* failure) {
  png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, failure, on_png_error, on_png_warning);
  if (png == nullptr) return false;
  png_infop info = png_create_info_struct(png);
  if (info == nullptr || setjmp(png_jmpbuf(png))) {
    png_destroy_write_struct(&png, &info);
    return false;
  }
  png_init_io(png, file);
  // Flat map colours compress well without filters; favour speed.
  png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_NONE);
  png_set_compression_level(png, 3);
  png_set_IHDR(png, info, static_cast<png_uint_32>(image.width), static_cast<png_uint_32>(image.height), 8,
               opaque ? PNG_COLOR_TYPE_RGB : PNG_COLOR_TYPE_RGB_ALPHA, PNG_INTERLACE_NONE,
               PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  png_set_sRGB(png, info, PNG_sRGB_INTENT_PERCEPTUAL);
  if (dpi > 0) {
    const auto per_metre = static_cast<png_uint_32>(std::lround(dpi / 0.0254));
    png_set_pHYs(png, info, per_metre, per_metre, PNG_RESOLUTION_METER);
  }
  png_write_info(png, info);
  if (opaque) png_set_filler(png, 0, PNG_FILLER_AFTER);
  for (int y = 0; y < image.height; ++y)
    png_write_row(png, const_cast<png_bytep>(image.rgba.data() + image.offset(0, y)));
  png_write_end(png, nullptr);
  png_destroy_write_struct(&png, &info);
  return true;
}

// The pixels per metre a PNG's pHYs chunk states (0 for none, or an aspect ratio only).
// As encode_png, this frame holds nothing a longjmp could skip destroying.
bool read_pixels_per_metre(std::FILE* file, png_uint_32* per_metre, PngFailure* failure) {
  png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, failure, on_png_error, on_png_warning);
  if (png == nullptr) return false;
  png_infop info = png_create_info_struct(png);
  if (info == nullptr || setjmp(png_jmpbuf(png))) {
    png_destroy_read_struct(&png, &info, nullptr);
    return false;
  }
  png_init_io(png, file);
  png_read_info(png, info);  // the chunks before the image data, where pHYs must be
  png_uint_32 x = 0, y = 0;
  int unit = PNG_RESOLUTION_UNKNOWN;
  if (png_get_pHYs(png, info, &x, &y, &unit) != 0 && unit == PNG_RESOLUTION_METER) *per_metre = x;
  png_destroy_read_struct(&png, &info, nullptr);
  return true;
}

}  // namespace

void write_png(const std::filesystem::path& path, const Image& image, double dpi) {
  if (image.empty() || image.rgba.size() != static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height) * 4) {
    fail("write", path, "the image is empty or its pixel buffer has the wrong size");
  }
  AtomicFile temp(path, "PNG");
  PngFailure failure;
  errno = 0;
  if (!encode_png(temp.file(), image, all_opaque(image), dpi, &failure)) {
    const int error = errno;  // a full disk shows as a stdio error under libpng's message
    if (std::ferror(temp.file()) && error != 0) temp.fail_system(error);
    temp.fail(failure.message[0] != '\0' ? failure.message : "libpng failed");
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

std::optional<double> read_png_dpi(const std::filesystem::path& path) {
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) fail("read", path, std::strerror(errno));
  PngFailure failure;
  png_uint_32 per_metre = 0;
  const bool read = read_pixels_per_metre(file, &per_metre, &failure);
  std::fclose(file);
  if (!read) fail("read", path, failure.message[0] != '\0' ? failure.message : "libpng failed");
  if (per_metre == 0) return std::nullopt;
  return per_metre * 0.0254;
}

}  // namespace hgm::render
