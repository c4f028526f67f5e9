#include "app/district_pick.h"

#include "core/layout/scene_builder.h"

namespace hgm::app {

std::optional<std::string> district_at_pixel(const MapState& state, const Frame& frame, Vec2 pixel) {
  // A chart (alone, or beside the map): its rows say where each district is.
  if (const FrameDistrictArea* area = district_area_at(frame, pixel)) return area->code;
  const auto on_map = [&](const PixelRect& viewport, const MapTransform& transform) -> std::optional<std::string> {
    if (!viewport.contains(pixel.x, pixel.y)) return std::nullopt;
    const int district = district_at(state.inputs().boundaries, transform.to_map(pixel));
    if (district < 0) return std::nullopt;
    return state.inputs().data.registry.at(static_cast<std::size_t>(district)).code;
  };
  if (frame.scene != nullptr) return on_map(frame.map_viewport, frame.transform);
  // Side-by-side maps: the district under the pointer in whichever panel it is on.
  for (const FrameMap& panel : frame.panel_maps)
    if (auto code = on_map(panel.viewport, panel.transform)) return code;
  return std::nullopt;
}

const FrameDistrictArea* district_area_at(const Frame& frame, Vec2 pixel) {
  for (const FrameDistrictArea& area : frame.district_areas)
    if (area.rect.contains(pixel.x, pixel.y)) return &area;
  return nullptr;
}

}  // namespace hgm::app
