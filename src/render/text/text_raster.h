#pragma once
// A whole line of text rasterised into one two-channel bitmap: ink coverage and halo
// coverage. Uniting glyphs on the CPU gives halos without seams or double-blended overlaps
// between neighbouring letters, even when the halo colour is translucent.
#include <cstdint>
#include <string_view>
#include <vector>

#include "render/text/glyph_cache.h"

namespace hgm::render {

struct TextBitmap {
  int width = 0;
  int height = 0;
  int left = 0;  // column 0 lies this many pixels right of the pen start column
  int top = 0;   // row 0 lies this many pixels above the baseline
  std::vector<std::uint8_t> ink_halo;  // interleaved (ink, halo), rows top-down
};

// Text starting at pen position start_step / kSubpixelSteps pixels right of a pixel edge,
// on an integer baseline. The halo channel is the ink dilated by halo_px (0: no halo).
TextBitmap rasterize_text(GlyphCache& glyphs, std::string_view utf8, double size_px, double halo_px, int start_step);

// Splits a pen x into a whole pixel column and a subpixel step (0 .. kSubpixelSteps-1).
struct PenColumn {
  int column = 0;
  int step = 0;
};
PenColumn split_pen_x(double x);

}  // namespace hgm::render
