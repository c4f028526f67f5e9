#include "app/chart_rooms.h"

#include <algorithm>
#include <cmath>

namespace hgm::app {

ChartRooms chart_rooms(int width, int height, bool panel_visible, ChartPlace place, double text_factor) {
  // Whole pixels, so the two layouts meet without a seam.
  const double room_w = panel_visible ? std::floor(width * (1 - kChartPanelShare)) : width;
  const double h = height;
  if (place == ChartPlace::slide) return {{}, {0, 0, room_w, h}, {}};
  // A button's height with room around it; the chart starts under it, so it covers nothing.
  const double strip = std::round(std::max(34.0, h * 0.045) * text_factor);
  PixelRect map, chart{0, 0, room_w, h};
  if (place == ChartPlace::beside_map && width >= height) {
    const double map_w = std::round(room_w * (1 - kChartBesideMapShare));
    map = {0, 0, map_w, h};
    chart = {map_w, 0, room_w - map_w, h};
  } else if (place == ChartPlace::beside_map) {
    const double map_h = std::round(h * (1 - kChartBesideMapShare));
    map = {0, 0, room_w, map_h};
    chart = {0, map_h, room_w, h - map_h};
  }
  const PixelRect control{chart.x, chart.y, chart.w, strip};
  chart.y += strip;
  chart.h -= strip;
  return {map, chart, control};
}

}  // namespace hgm::app
