#include "app/panels/tooltip_place.h"

#include <algorithm>

namespace hgm::app {

Vec2 tooltip_clear_of_row(double row_top, double row_bottom, double pointer_x, Vec2 size, Vec2 window, double gap) {
  const double below = row_bottom + gap, above = row_top - gap - size.y;
  const double room_below = window.y - below, room_above = row_top - gap;
  const double y = room_below >= size.y ? below : room_above >= size.y ? above : room_below >= room_above ? below : above;
  const auto inside = [](double v, double length, double whole) { return std::max(0.0, std::min(v, whole - length)); };
  return {inside(pointer_x, size.x, window.x), inside(y, size.y, window.y)};
}

}  // namespace hgm::app
