#pragma once
// The window's control at a chart view's corner: the chart alone in the whole window, or
// the map beside it again (the M key does the same).
#include "app/chart_rooms.h"
#include "core/spec/map_spec.h"

namespace hgm::app {

// Draws the button at the right end of `strip` (ChartRooms::control, drawable pixels); true
// when it was clicked. `pixel_ratio` converts drawable pixels to ImGui's coordinates.
bool chart_place_button(const PixelRect& strip, ChartPlace place, Lang lang, double pixel_ratio);

}  // namespace hgm::app
