#pragma once
// A PNG's rows compressed on a second thread while the caller draws the next band: zlib
// and the renderer each keep a core busy instead of taking turns. One band waits at most;
// a band handed over is copied, so the caller's buffer is free again at once.
//
//   PngRowWriter png(path, width, height, opaque);
//   PngEncodeThread encoder(png, width);
//   renderer.render_rows(frame, [&](const std::uint8_t* rgba, int rows) { encoder.push(rgba, rows); });
//   encoder.finish();  // then png.finish()
#include <condition_variable>
#include <cstdint>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

#include "render/png/png_io.h"

namespace hgm::render {

class PngEncodeThread {
 public:
  // `png` must outlive this and is written from the encoding thread until finish().
  PngEncodeThread(PngRowWriter& png, int width);
  ~PngEncodeThread();  // stops and joins (after an error of the caller's, rows left unwritten)
  PngEncodeThread(const PngEncodeThread&) = delete;
  PngEncodeThread& operator=(const PngEncodeThread&) = delete;

  // Hands over `rows` rows of RGBA (width * 4 bytes each), waiting while an earlier band is
  // still queued. Rethrows an error the encoder met (ImageIoError).
  void push(const std::uint8_t* rgba, int rows);
  // Waits until every band handed over is written, then rethrows any encoder error.
  // Returns the milliseconds the encoder spent compressing.
  double finish();

 private:
  void run();

  PngRowWriter& png_;
  std::size_t row_bytes_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::vector<std::uint8_t> queued_;  // filled by the caller while queued_rows_ is 0
  int queued_rows_ = 0;
  bool closing_ = false;
  std::exception_ptr error_;
  double encode_ms_ = 0;
  std::thread thread_;  // last: starts once everything above is ready
};

}  // namespace hgm::render
