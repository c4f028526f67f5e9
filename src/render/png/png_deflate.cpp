#include "render/png/png_deflate.h"

#include <zlib.h>

#include <string>

#include "render/errors.h"

namespace hgm::render {

struct PngRowDeflater::Stream {
  z_stream z{};
};

namespace {

// Flat map colours compress about as well at 3 as at 6, far faster.
constexpr int kLevel = 3;

}  // namespace

PngRowDeflater::PngRowDeflater(int width, bool opaque, PixelOrder order)
    : width_(width), opaque_(opaque), order_(order), stream_(std::make_unique<Stream>()) {
  scanline_.resize(1 + static_cast<std::size_t>(width) * (opaque ? 3 : 4));
  scanline_[0] = 0;  // filter type: none
  // Raw deflate (negative window bits): the one zlib header is PngBandWriter's.
  if (deflateInit2(&stream_->z, kLevel, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
    stream_.reset();  // nothing for the destructor to end
    throw ImageIoError("zlib could not start compressing the image");
  }
}

PngRowDeflater::~PngRowDeflater() {
  if (stream_) deflateEnd(&stream_->z);
}

void PngRowDeflater::add(const std::uint8_t* row) {
  std::uint8_t* out = scanline_.data() + 1;
  const bool bgra = order_ == PixelOrder::bgra;
  for (int x = 0; x < width_; ++x, row += 4) {
    *out++ = row[bgra ? 2 : 0];
    *out++ = row[1];
    *out++ = row[bgra ? 0 : 2];
    if (!opaque_) *out++ = row[3];
  }
  out_.adler = static_cast<std::uint32_t>(adler32(out_.adler, scanline_.data(), static_cast<uInt>(scanline_.size())));
  out_.length += scanline_.size();
  stream_->z.next_in = scanline_.data();
  stream_->z.avail_in = static_cast<uInt>(scanline_.size());
  deflate_scanline(Z_NO_FLUSH);
}

void PngRowDeflater::deflate_scanline(int flush) {
  z_stream& z = stream_->z;
  std::uint8_t chunk[64 * 1024];
  do {
    z.next_out = chunk;
    z.avail_out = sizeof chunk;
    const int status = deflate(&z, flush);
    if (status == Z_STREAM_ERROR) throw ImageIoError("zlib failed while compressing the image");
    out_.bytes.insert(out_.bytes.end(), chunk, chunk + (sizeof chunk - z.avail_out));
  } while (z.avail_out == 0);  // a full buffer: there may be more
}

DeflatedRows PngRowDeflater::finish(bool last_of_image) {
  stream_->z.next_in = nullptr;
  stream_->z.avail_in = 0;
  deflate_scanline(last_of_image ? Z_FINISH : Z_SYNC_FLUSH);
  DeflatedRows done = std::move(out_);
  out_ = {};
  return done;
}

}  // namespace hgm::render
