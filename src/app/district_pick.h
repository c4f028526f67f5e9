#pragma once
// Which district is at a point of the window's frame: on the map, the district whose
// shape holds it (in any panel of side-by-side maps); in a chart (alone or beside the map),
// the district whose row holds it.
#include <optional>
#include <string>

#include "app/map_state.h"
#include "core/layout/frame.h"

namespace hgm::app {

// The GSO code of the district at `pixel` (drawable pixels) of `frame`, as drawn for `state`.
std::optional<std::string> district_at_pixel(const MapState& state, const Frame& frame, Vec2 pixel);

// The chart area (a ranking row, an overview or profile cell) at `pixel`, or nullptr.
const FrameDistrictArea* district_area_at(const Frame& frame, Vec2 pixel);

}  // namespace hgm::app
