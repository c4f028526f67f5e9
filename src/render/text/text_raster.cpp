#include "render/text/text_raster.h"

#include <algorithm>
#include <climits>
#include <cmath>

namespace hgm::render {

PenColumn split_pen_x(double x) {
  const double floor_x = std::floor(x);
  int column = static_cast<int>(floor_x);
  int step = static_cast<int>(std::lround((x - floor_x) * kSubpixelSteps));
  if (step == kSubpixelSteps) {
    ++column;
    step = 0;
  }
  return {column, step};
}

namespace {

struct Placement {
  const GlyphBitmap* bitmap;
  int col;  // of the bitmap's first column, relative to the pen start column
  int row;  // of the bitmap's first row, relative to the baseline (down positive)
  int channel;
};

}  // namespace

TextBitmap rasterize_text(GlyphCache& glyphs, std::string_view utf8, double size_px, double halo_px, int start_step) {
  TextBitmap out;
  const double start = static_cast<double>(start_step) / kSubpixelSteps;
  std::vector<Placement> placements;
  for (const PlacedGlyph& glyph : glyphs.font().layout(utf8, size_px)) {
    const PenColumn pen = split_pen_x(start + glyph.x);
    const GlyphBitmap& ink = glyphs.get(glyph.glyph, size_px, pen.step, 0);
    placements.push_back({&ink, pen.column + ink.left, -ink.top, 0});
    if (halo_px > 0) {
      const GlyphBitmap& halo = glyphs.get(glyph.glyph, size_px, pen.step, halo_px);
      placements.push_back({&halo, pen.column + halo.left, -halo.top, 1});
    }
  }
  // The pointers stay valid: unordered_map never moves its elements and get() never clears.
  int min_col = INT_MAX, min_row = INT_MAX, max_col = INT_MIN, max_row = INT_MIN;
  for (const Placement& p : placements) {
    if (p.bitmap->width == 0 || p.bitmap->height == 0) continue;
    min_col = std::min(min_col, p.col);
    min_row = std::min(min_row, p.row);
    max_col = std::max(max_col, p.col + p.bitmap->width);
    max_row = std::max(max_row, p.row + p.bitmap->height);
  }
  if (min_col > max_col) return out;  // nothing visible (spaces only, or empty)
  out.width = max_col - min_col;
  out.height = max_row - min_row;
  out.left = min_col;
  out.top = -min_row;
  out.ink_halo.assign(static_cast<std::size_t>(out.width) * static_cast<std::size_t>(out.height) * 2, 0);
  for (const Placement& p : placements) {
    const GlyphBitmap& bm = *p.bitmap;
    for (int y = 0; y < bm.height; ++y) {
      const std::size_t dst_row = static_cast<std::size_t>(p.row - min_row + y) * static_cast<std::size_t>(out.width);
      for (int x = 0; x < bm.width; ++x) {
        const std::uint8_t value = bm.coverage[static_cast<std::size_t>(y) * static_cast<std::size_t>(bm.width) + static_cast<std::size_t>(x)];
        if (value == 0) continue;
        std::uint8_t* px = &out.ink_halo[(dst_row + static_cast<std::size_t>(p.col - min_col + x)) * 2];
        px[p.channel] = std::max(px[p.channel], value);
        // The stroked outline leaves the inside of the letters open; the ink fills it.
        if (p.channel == 0 && halo_px > 0) px[1] = std::max(px[1], value);
      }
    }
  }
  return out;
}

}  // namespace hgm::render
