#include "render/png/png_io.h"

#include <png.h>
#include <zlib.h>

#include <cerrno>
#include <cmath>
#include <csetjmp>
#include <cstdio>
#include <cstring>
#include <string>

#include "render/atomic_file.h"
#include "render/errors.h"
#include "render/png/png_deflate.h"

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

// libpng reports errors by longjmp, which lands in the function that called setjmp; these
// frames hold no C++ object that a jump could skip destroying. libpng writes the chunks
// before the image data; the data itself comes compressed (png_deflate.h).
bool begin_png(png_structp png, png_infop info, std::FILE* file, int width, int height, bool opaque, double dpi) {
  if (setjmp(png_jmpbuf(png))) return false;
  png_init_io(png, file);
  png_set_IHDR(png, info, static_cast<png_uint_32>(width), static_cast<png_uint_32>(height), 8,
               opaque ? PNG_COLOR_TYPE_RGB : PNG_COLOR_TYPE_RGB_ALPHA, PNG_INTERLACE_NONE,
               PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  png_set_sRGB(png, info, PNG_sRGB_INTENT_PERCEPTUAL);
  if (dpi > 0) {
    const auto per_metre = static_cast<png_uint_32>(std::lround(dpi / 0.0254));
    png_set_pHYs(png, info, per_metre, per_metre, PNG_RESOLUTION_METER);
  }
  png_write_info(png, info);
  return true;
}

// A chunk of the caller's: the compressed image data, and the end.
bool write_chunk(png_structp png, const char* name, const std::uint8_t* data, std::size_t length) {
  if (setjmp(png_jmpbuf(png))) return false;
  png_write_chunk(png, reinterpret_cast<png_const_bytep>(name), data, length);
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

// A PNG file being written: libpng's state and the temporary under it.
struct PngFile {
  PngFile(const std::filesystem::path& path, int w, int h) : temp(path, "PNG"), width(w), height(h) {}
  ~PngFile() { png_destroy_write_struct(&png, &info); }
  PngFile(const PngFile&) = delete;
  PngFile& operator=(const PngFile&) = delete;

  // Writes the signature and the chunks before the image data.
  void start(bool opaque, double dpi) {
    png = png_create_write_struct(PNG_LIBPNG_VER_STRING, &failure, on_png_error, on_png_warning);
    if (png != nullptr) info = png_create_info_struct(png);
    if (info == nullptr) temp.fail("libpng could not start");
    errno = 0;
    if (!begin_png(png, info, temp.file(), width, height, opaque, dpi)) fail(errno);
  }

  // Throws ImageIoError with libpng's reason, or the system's for a failed write (a full
  // disk shows as a stdio error under libpng's message); the temporary goes.
  [[noreturn]] void fail(int error) const {
    if (std::ferror(temp.file()) && error != 0) temp.fail_system(error);
    temp.fail(failure.message[0] != '\0' ? failure.message : "libpng failed");
  }

  AtomicFile temp;
  int width, height;
  PngFailure failure;
  png_structp png = nullptr;
  png_infop info = nullptr;
};

struct PngBandWriter::Impl : PngFile {
  using PngFile::PngFile;
  void chunk(const char* name, const std::uint8_t* data, std::size_t length) {
    errno = 0;
    if (!write_chunk(png, name, data, length)) fail(errno);
  }
  std::size_t scanline = 0;  // bytes of a row in the stream: its filter byte and pixels
  std::size_t written = 0;   // bytes of scanlines written
  std::uint32_t adler = 1;   // Adler-32 of them
  bool ended = false;        // the deflate stream's last band was written
};

PngBandWriter::PngBandWriter(const std::filesystem::path& path, int width, int height, bool opaque, double dpi) {
  if (width <= 0 || height <= 0) fail("write", path, "the image is empty");
  impl_ = std::make_unique<Impl>(path, width, height);
  Impl& w = *impl_;
  w.start(opaque, dpi);
  w.scanline = 1 + static_cast<std::size_t>(width) * (opaque ? 3 : 4);
  // The zlib header for a 32 KiB window, as deflateInit gives (0x78 0x5E: a fast level).
  const std::uint8_t header[] = {0x78, 0x5E};
  w.chunk("IDAT", header, sizeof header);
}

PngBandWriter::~PngBandWriter() = default;

void PngBandWriter::write(const DeflatedRows& band) {
  Impl& w = *impl_;
  if (w.ended || band.length % w.scanline != 0 ||
      band.length > static_cast<std::size_t>(w.height) * w.scanline - w.written)
    w.temp.fail("more rows than the image has");
  if (!band.bytes.empty()) w.chunk("IDAT", band.bytes.data(), band.bytes.size());
  w.adler = static_cast<std::uint32_t>(adler32_combine(w.adler, band.adler, static_cast<z_off_t>(band.length)));
  w.written += band.length;
  w.ended = w.written == static_cast<std::size_t>(w.height) * w.scanline;
}

void PngBandWriter::finish() {
  Impl& w = *impl_;
  if (!w.ended) w.temp.fail("the image has rows missing");
  const std::uint8_t adler[] = {static_cast<std::uint8_t>(w.adler >> 24), static_cast<std::uint8_t>(w.adler >> 16),
                                static_cast<std::uint8_t>(w.adler >> 8), static_cast<std::uint8_t>(w.adler)};
  w.chunk("IDAT", adler, sizeof adler);
  w.chunk("IEND", nullptr, 0);
  png_destroy_write_struct(&w.png, &w.info);
  w.temp.commit();
}

void write_png(const std::filesystem::path& path, const Image& image, double dpi) {
  if (image.empty() || image.rgba.size() != static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height) * 4) {
    fail("write", path, "the image is empty or its pixel buffer has the wrong size");
  }
  const bool opaque = all_opaque(image);
  PngRowDeflater deflater(image.width, opaque, PixelOrder::rgba);
  for (int y = 0; y < image.height; ++y) deflater.add(image.rgba.data() + image.offset(0, y));
  PngBandWriter png(path, image.width, image.height, opaque, dpi);
  png.write(deflater.finish(true));
  png.finish();
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
