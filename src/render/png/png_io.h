#pragma once
// PNG files for Images (8-bit RGBA).
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>

#include "render/image.h"

namespace hgm::render {

// Writes atomically: into a temporary file in the same folder, renamed over `path` only
// once complete, so a reader never sees half a PNG. On failure the temporary file is
// removed and ImageIoError names the path and the reason. A `dpi` above 0 is stored in the
// file (pHYs), so word processors insert the image at its physical size.
void write_png(const std::filesystem::path& path, const Image& image, double dpi = 0);

// The byte order of the rows handed to the encoder (png_deflate.h): RGBA, or BGRA (cairo's
// pixels on a little-endian machine, taken as they are).
enum class PixelOrder { rgba, bgra };

struct DeflatedRows;

// A PNG whose image data comes compressed, a band of rows at a time, in order (from
// PngRowDeflater, png_deflate.h, on other threads): atomically, as write_png. Throws
// ImageIoError.
class PngBandWriter {
 public:
  PngBandWriter(const std::filesystem::path& path, int width, int height, bool opaque, double dpi = 0);
  ~PngBandWriter();
  PngBandWriter(const PngBandWriter&) = delete;
  PngBandWriter& operator=(const PngBandWriter&) = delete;

  void write(const DeflatedRows& band);  // the next band, the last one ending the stream
  void finish();                         // all `height` rows written, or ImageIoError

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Reads any PNG as 8-bit RGBA. Throws ImageIoError naming the path and the reason.
Image read_png(const std::filesystem::path& path);

// The pixels per inch a PNG states (its pHYs chunk in pixels per metre), or nothing when
// it states none. Throws ImageIoError when the file cannot be read.
std::optional<double> read_png_dpi(const std::filesystem::path& path);

}  // namespace hgm::render
