#pragma once
// Shared sizes and helpers of the frame layout (internal to the core).
#include <algorithm>
#include <string>

#include "core/thematic/color.h"
#include "core/layout/frame.h"
#include "core/layout/text_size.h"
#include "core/layout/text_measurer.h"

namespace hgm::layout {

inline constexpr Color kInk{33, 33, 33, 255};
inline constexpr Color kMutedInk{90, 90, 90, 255};
inline constexpr Color kWhite{255, 255, 255, 255};
inline constexpr Color kPanelBorder{200, 200, 200, 255};

// Every size is in pixels of a 1920×1080 landscape frame (or an A4-proportioned portrait
// 1080 wide), scaled by `unit`, so a 3840×2160 export has twice the text size. Text, and
// what is measured against it (swatches, padding, halos), is scaled further by the text
// size preset, and no text is smaller than the preset's share of the frame height, so a
// room reads it from the back; margins stay as they are. No text is smaller than
// `min_text` pixels either (legibility.h: a map passes its floor; charts keep their own).
struct Metrics {
  double unit, margin, title, subtitle, legend_title, legend_text, legend_count, swatch_w, swatch_h, row_gap,
      label, halo, credits, panel_pad, north_letter, locator_label, scale_text;
  double min_text;
  double label_at_scale;  // the district names' size before any floor held it up
  Metrics(int width, int height, TextSize text_size = TextSize::laptop, double min_text_px = 0) {
    unit = height > width ? width / 1080.0 : std::min(width / 1920.0, height / 1080.0);
    unit = std::max(unit, 0.35);
    const TextScale ts = text_scale(text_size);
    const double t = unit * ts.factor;
    const double least = std::max(height * ts.min_height_share, min_text_px);
    min_text = least;
    const auto text = [&](double base) { return std::max(base * t, least); };
    margin = 28 * unit;
    title = text(40);
    subtitle = text(24);
    legend_title = text(21);
    legend_text = text(20);
    legend_count = text(17);
    swatch_w = 40 * t;
    swatch_h = 26 * t;
    row_gap = 10 * t;
    label_at_scale = 20 * t;
    label = std::max(label_at_scale, least);
    halo = 3 * t;
    credits = text(15);
    panel_pad = 16 * t;
    north_letter = text(20);
    locator_label = std::max(legend_count * 0.85, least);
    scale_text = std::max(credits * 1.1, least);
  }
};

inline double line_height(const TextMeasurer& m, double size) { return (m.ascent(size) + m.descent(size)) * 1.25; }

// The baseline that centres one line of text of `size` in a band from `top`, `h` high.
inline double centred_baseline(const TextMeasurer& m, double top, double h, double size) {
  return top + (h + m.ascent(size) - m.descent(size)) / 2;
}

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
