#pragma once
// An 8-bit RGBA raster, rows top-down, no padding: what the offscreen renderer produces
// and what PNG files hold.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/thematic/color.h"

namespace hgm::render {

struct Image {
  int width = 0;
  int height = 0;
  std::vector<std::uint8_t> rgba;  // width * height * 4 bytes

  Image() = default;
  Image(int w, int h) : width(w), height(h), rgba(static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 4, 0) {}

  bool empty() const { return width <= 0 || height <= 0; }
  std::size_t offset(int x, int y) const {
    return (static_cast<std::size_t>(y) * static_cast<std::size_t>(width) + static_cast<std::size_t>(x)) * 4;
  }
  hgm::Color pixel(int x, int y) const {
    const std::size_t i = offset(x, y);
    return {rgba[i], rgba[i + 1], rgba[i + 2], rgba[i + 3]};
  }
  void set_pixel(int x, int y, hgm::Color c) {
    const std::size_t i = offset(x, y);
    rgba[i] = c.r;
    rgba[i + 1] = c.g;
    rgba[i + 2] = c.b;
    rgba[i + 3] = c.a;
  }
};

}  // namespace hgm::render
