#pragma once
// How small a map's text may be, and what gives way when a frame is too small to hold
// everything at that size. The one place that states the order.
#include <algorithm>
#include <array>
#include <string_view>

namespace hgm::layout {

// No text of a map or chart is smaller than this many pixels on a screen-sized export: a
// 1280×720 projector still reads it.
inline constexpr double kLegibleTextPx = 11;
// On paper, no text is smaller than this many points (1/72 inch): the usual floor for
// printed map lettering.
inline constexpr double kLegibleTextPt = 6;

// The map itself is at least this many times the smallest text on each side: room for its
// districts to be told apart and named.
inline constexpr double kMinMapSideInText = 14;

// The smallest text in pixels at `dpi` for a paper export (a 300-DPI A4 map has its type
// in points, so its pixels grow with the DPI), never under the screen floor: a coarse
// raster needs the pixels to draw the glyphs.
inline double legible_text_px_on_paper(double dpi) { return std::max(kLegibleTextPt * dpi / 72, kLegibleTextPx); }

// What a too-small frame leaves out, first to last, until the map, its labels and the
// legend fit with no text under the floor. The map, the legend, the title and the
// attribution (source line and boundary credits) never give way: when even they do not
// fit, an export is refused.
enum class GiveWay { locator, histogram, north_arrow, scale_bar, subtitle };
inline constexpr std::array<GiveWay, 5> kGiveWayOrder{GiveWay::locator, GiveWay::histogram, GiveWay::north_arrow,
                                                      GiveWay::scale_bar, GiveWay::subtitle};
constexpr std::string_view give_way_id(GiveWay g) {
  switch (g) {
    case GiveWay::locator: return "locator";
    case GiveWay::histogram: return "histogram";
    case GiveWay::north_arrow: return "north-arrow";
    case GiveWay::scale_bar: return "scale-bar";
    case GiveWay::subtitle: return "subtitle";
  }
  return "";
}

}  // namespace hgm::layout
