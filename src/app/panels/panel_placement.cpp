#include "app/panels/panel_placement.h"

#include <algorithm>

#include "app/chart_rooms.h"

namespace hgm::app {

namespace {

// The lowest the panel may reach (drawable pixels): the map's bottom, or further down to
// the bottom margin when no text under the map reaches into the column.
double panel_bottom(const Frame& frame, double column_left, const TextMeasurer* measurer) {
  const PixelRect& map = frame.map_viewport;
  const double map_bottom = map.y + map.h;
  if (measurer == nullptr) return map_bottom;
  double bottom = frame.height - map.x * 0.5;
  for (const FrameText& t : frame.texts) {
    if (t.y < map_bottom) continue;
    if (t.x + measurer->text_width(t.utf8, t.size_px) < column_left) continue;
    bottom = std::min(bottom, t.y - measurer->ascent(t.size_px) - map.x * 0.3);
  }
  return std::max(bottom, map_bottom);
}

// A frame laid out in the width the panel leaves (a chart, the side-by-side maps, the change
// map): nothing of it reaches into the window's right-hand column.
bool leaves_panel_column(const Frame& frame) {
  if (frame.scene == nullptr) return true;
  double right = frame.map_viewport.x + frame.map_viewport.w;
  for (const FrameRect& r : frame.rects) right = std::max(right, r.rect.x + r.rect.w);
  return right <= frame.width * (1 - kChartPanelShare) + 0.5;
}

}  // namespace

PanelPlacement panel_placement(const Frame& frame, double pixel_ratio, float ui_scale,
                               const TextMeasurer* measurer, bool chart_shown) {
  const double k = pixel_ratio > 0 ? 1.0 / pixel_ratio : 1.0;
  if (chart_shown || leaves_panel_column(frame)) {  // the column the chart or the maps leave free, top to bottom
    const double gap = 12.0 / k;
    PanelPlacement at;
    at.right = static_cast<float>((frame.width - gap) * k);
    at.width = static_cast<float>((frame.width * kChartPanelShare - 2 * gap) * k);
    at.top = static_cast<float>(gap * k);
    at.max_height = static_cast<float>((frame.height - 2 * gap) * k);
    return at;
  }
  const PixelRect& map = frame.map_viewport;
  const double margin = map.x;  // the layout's outer margin
  const double map_right = map.x + map.w;
  // The column right of the map: its boxes (the legend) give its edges, and the lowest
  // thing in it (box or text) is where the panel can start.
  double left = frame.width, right = 0, occupied = map.y;
  for (const FrameRect& r : frame.rects) {
    if (r.rect.x < map_right) continue;
    left = std::min(left, r.rect.x);
    right = std::max(right, r.rect.x + r.rect.w);
    occupied = std::max(occupied, r.rect.y + r.rect.h);
  }
  for (const FrameText& t : frame.texts)
    if (t.x >= map_right) occupied = std::max(occupied, t.y + t.size_px * 0.35);
  const double least_w = 330.0 * ui_scale / k;  // drawable pixels
  if (right <= left) {  // no legend: the map has the whole width; the panel goes over its right edge
    right = frame.width - margin;
    left = right - least_w;
    // Keep clear of the furniture in the map's top-right corner (the north arrow).
    const double upper_half = map.y + map.h / 2;
    const auto clear_of = [&](const Vec2& p) {
      if (p.x >= left && p.y < upper_half) occupied = std::max(occupied, p.y);
    };
    for (const FrameLine& l : frame.lines)
      for (const Vec2& p : l.points) clear_of(p);
    for (const FramePolygon& poly : frame.polygons)
      for (const Vec2& p : poly.mesh.vertices) clear_of(p);
    for (const FrameText& t : frame.texts)
      if (t.x + t.size_px >= left && t.y < upper_half) occupied = std::max(occupied, t.y + t.size_px * 0.35);
  }

  PanelPlacement at;
  at.right = static_cast<float>(right * k);
  at.width = static_cast<float>(std::max(least_w, right - left) * k);
  at.top = static_cast<float>((occupied + margin * 0.8) * k);
  const double bottom = panel_bottom(frame, left, measurer) * k;
  // Too little room under the legend: use the top of the column instead, over the legend
  // (the panel can be collapsed or hidden).
  if (bottom - at.top < 220.0 * ui_scale) at.top = static_cast<float>(map.y * k);
  at.max_height = static_cast<float>(std::max(120.0 * ui_scale, bottom - at.top));
  return at;
}

}  // namespace hgm::app
