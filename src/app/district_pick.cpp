#include "app/district_pick.h"

#include "core/layout/scene_builder.h"

namespace hgm::app {

std::optional<std::string> district_at_pixel(const MapState& state, const Frame& frame, Vec2 pixel) {
  if (frame.scene == nullptr) {  // a chart: its rows say where each district is
    for (const FrameDistrictArea& area : frame.district_areas)
      if (area.rect.contains(pixel.x, pixel.y)) return area.code;
    // Side-by-side maps: the district under the pointer in whichever panel it is on.
    for (const FrameMap& panel : frame.panel_maps) {
      if (!panel.viewport.contains(pixel.x, pixel.y)) continue;
      const int district = district_at(state.inputs().boundaries, panel.transform.to_map(pixel));
      if (district >= 0) return state.inputs().data.registry.at(static_cast<std::size_t>(district)).code;
    }
    return std::nullopt;
  }
  if (!frame.map_viewport.contains(pixel.x, pixel.y)) return std::nullopt;
  const int district = district_at(state.inputs().boundaries, frame.transform.to_map(pixel));
  if (district < 0) return std::nullopt;
  return state.inputs().data.registry.at(static_cast<std::size_t>(district)).code;
}

const FrameDistrictArea* district_area_at(const Frame& frame, Vec2 pixel) {
  for (const FrameDistrictArea& area : frame.district_areas)
    if (area.rect.contains(pixel.x, pixel.y)) return &area;
  return nullptr;
}

}  // namespace hgm::app
