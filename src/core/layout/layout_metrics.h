#pragma once
// Shared sizes and helpers of the frame layout (internal to the core).
#include <algorithm>
#include <string>

#include "core/thematic/color.h"
#include "core/layout/frame.h"
#include "core/layout/text_measurer.h"

namespace hgm::layout {

inline constexpr Color kInk{33, 33, 33, 255};
inline constexpr Color kMutedInk{90, 90, 90, 255};
inline constexpr Color kWhite{255, 255, 255, 255};
inline constexpr Color kPanelBorder{200, 200, 200, 255};

// Every size is in pixels of a 1920×1080 landscape frame (or an A4-proportioned portrait
// 1080 wide), scaled by `unit`, so a 3840×2160 export has twice the text size.
struct Metrics {
  double unit, margin, title, subtitle, legend_title, legend_text, legend_count, swatch_w, swatch_h, row_gap,
      label, halo, credits, panel_pad;
  Metrics(int width, int height) {
    unit = height > width ? width / 1080.0 : std::min(width / 1920.0, height / 1080.0);
    unit = std::max(unit, 0.35);
    margin = 28 * unit;
    title = 40 * unit;
    subtitle = 24 * unit;
    legend_title = 21 * unit;
    legend_text = 20 * unit;
    legend_count = 17 * unit;
    swatch_w = 40 * unit;
    swatch_h = 26 * unit;
    row_gap = 10 * unit;
    label = 20 * unit;
    halo = 3 * unit;
    credits = 15 * unit;
    panel_pad = 16 * unit;
  }
};

inline double line_height(const TextMeasurer& m, double size) { return (m.ascent(size) + m.descent(size)) * 1.25; }

struct Box {
  double x0, y0, x1, y1;
  bool overlaps(const Box& b) const { return x0 < b.x1 && b.x0 < x1 && y0 < b.y1 && b.y0 < y1; }
  static Box of(const PixelRect& r) { return {r.x, r.y, r.x + r.w, r.y + r.h}; }
};

inline void add_text(Frame& f, const std::string& text, double x, double y, double size, Color color,
                     Color halo = {255, 255, 255, 0}, double halo_px = 0) {
  if (!text.empty()) f.texts.push_back({text, x, y, size, color, halo, halo_px});
}

}  // namespace hgm::layout
