#pragma once
// A kept picture put back moved and scaled, filtered as OpenGL's linear blit is: the
// window drawn without OpenGL shows the map this way while it is dragged or zoomed.
#include <cstdint>

#include "render/frame_shapes.h"
#include "render/kept_frame.h"

namespace hgm::render {

// 32-bit pixels, each a word with red, green and blue in its bits 16, 8 and 0 (cairo's
// RGB24, SDL's XRGB8888); `stride` bytes from one row to the next, a multiple of 4.
struct XrgbPixels {
  std::uint8_t* data = nullptr;
  int width = 0, height = 0, stride = 0;
};

// Draws the pixels of `from` inside `area` moved by `motion` (new = old * scale + shift)
// over `to`, only inside `area` and with bilinear filtering; where they do not reach, `to`
// stays as it was.
void copy_moved(const XrgbPixels& from, const XrgbPixels& to, const PixelBox& area, const PixelMotion& motion);

}  // namespace hgm::render
