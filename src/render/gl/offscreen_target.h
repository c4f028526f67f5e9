#pragma once
// A multisampled framebuffer of a fixed size to draw into without a window, resolved and
// read back as an Image. Needs a current GL context (HeadlessContext) for its whole life.
#include <cstdint>
#include <memory>

#include "render/image.h"
#include "render/read_framebuffer.h"

namespace hgm::render {

class OffscreenTarget {
 public:
  // Tries `samples_wanted` samples per pixel, clamped to what the driver offers (1 or
  // less: no multisampling). Throws GlLimitError (an EnvironmentError) if the size
  // exceeds the driver's limits, GlError if the framebuffer cannot be made.
  OffscreenTarget(int width, int height, int samples_wanted = 8);
  ~OffscreenTarget();
  OffscreenTarget(OffscreenTarget&&) noexcept;
  OffscreenTarget& operator=(OffscreenTarget&&) noexcept;
  OffscreenTarget(const OffscreenTarget&) = delete;
  OffscreenTarget& operator=(const OffscreenTarget&) = delete;

  // Binds the (multisampled) framebuffer for drawing and sets the viewport to all of it.
  void bind();
  // Resolves the samples and returns the pixels, rows top-down.
  Image read();
  // Resolves the samples and copies rows first_row .. first_row + rows (from the top) into
  // `rgba` (rows * width * 4 bytes), in `order`.
  void read_rows(int first_row, int rows, std::uint8_t* rgba, RowOrder order = RowOrder::top_down);

  int width() const;
  int height() const;
  int samples() const;  // 0 when not multisampled

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace hgm::render
