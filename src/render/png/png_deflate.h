#pragma once
// A PNG's image data compressed a band of rows at a time, each band on any thread (internal
// to the renderer). zlib's one stream cannot be shared by threads, so each band is a raw
// deflate run of its own, ended on a byte boundary (a sync flush), and the file's stream is
// their concatenation after one zlib header, with one Adler-32 of all the rows after them,
// as pigz does: PngBandWriter (png_io.h) puts them in the file. A band starts with an empty
// history, which costs a few hundred bytes of a 4K map; encoding, a single thread's work
// that was a third of the export's time, then runs on every core.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

#include "render/png/png_io.h"

namespace hgm::render {

struct DeflatedRows {
  std::vector<std::uint8_t> bytes;  // raw deflate data
  std::uint32_t adler = 1;          // Adler-32 of the scanlines they hold
  std::size_t length = 0;           // the scanlines' bytes
};

class PngRowDeflater {
 public:
  // Rows `width` pixels wide, 4 bytes each in `order` (straight alpha); written as RGB when
  // `opaque`, else RGBA, each row a scanline with no filter (flat map colours compress well
  // without one).
  PngRowDeflater(int width, bool opaque, PixelOrder order);
  ~PngRowDeflater();
  PngRowDeflater(const PngRowDeflater&) = delete;
  PngRowDeflater& operator=(const PngRowDeflater&) = delete;

  void add(const std::uint8_t* row);
  // The band's data; `last_of_image` ends the deflate stream there. Throws ImageIoError
  // when zlib fails (memory).
  DeflatedRows finish(bool last_of_image);

 private:
  void deflate_scanline(int flush);

  int width_;
  bool opaque_;
  PixelOrder order_;
  std::vector<std::uint8_t> scanline_;
  DeflatedRows out_;
  struct Stream;
  std::unique_ptr<Stream> stream_;
};

}  // namespace hgm::render
