#include "app/panel_placement.h"

#include <algorithm>

namespace hgm::app {

PanelPlacement panel_placement(const Frame& frame, double pixel_ratio, float ui_scale) {
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
  if (right <= left) {  // no legend: use the margin beside the map
    right = frame.width - margin;
    left = map_right + margin;
  }

  const double k = pixel_ratio > 0 ? 1.0 / pixel_ratio : 1.0;
  PanelPlacement at;
  at.right = static_cast<float>(right * k);
  at.width = static_cast<float>(std::max(300.0 * ui_scale, (right - left) * k));
  at.top = static_cast<float>((occupied + margin * 0.8) * k);
  const double bottom = (map.y + map.h) * k;
  // Too little room under the legend: use the top of the column instead, over the legend
  // (the panel can be collapsed or hidden).
  if (bottom - at.top < 220.0 * ui_scale) at.top = static_cast<float>(map.y * k);
  at.max_height = static_cast<float>(std::max(120.0 * ui_scale, bottom - at.top));
  return at;
}

}  // namespace hgm::app
