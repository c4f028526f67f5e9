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

// A PNG written as its rows are made, top-down, so no full copy of a large image need be
// held: atomically, as write_png (the file appears at finish(), and not at all if that is
// never reached). `opaque` writes RGB, dropping the rows' alpha bytes. Throws ImageIoError.
//
//   PngRowWriter png(path, width, height, true, 96);
//   png.write_rows(band.data(), 64);  // ... until all `height` rows are written
//   png.finish();
// The bytes of a row's pixels: RGBA, or BGRA (cairo's pixels on a little-endian machine,
// taken as they are).
enum class PixelOrder { rgba, bgra };

class PngRowWriter {
 public:
  PngRowWriter(const std::filesystem::path& path, int width, int height, bool opaque, double dpi = 0,
               PixelOrder order = PixelOrder::rgba);
  ~PngRowWriter();
  PngRowWriter(const PngRowWriter&) = delete;
  PngRowWriter& operator=(const PngRowWriter&) = delete;

  // The next `count` rows, width * 4 bytes in the writer's order, the first at `first_row` and each next
  // one `step` bytes on: 0 for rows packed top-down, negative for rows kept bottom-up.
  void write_rows(const std::uint8_t* first_row, int count, std::ptrdiff_t step = 0);
  // Ends the image (all `height` rows written, or ImageIoError) and puts the file in place.
  void finish();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

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
