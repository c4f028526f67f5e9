#pragma once
// Where a district is drawn: its bounding box in pixels on a map drawn through a transform,
// for the window tests that compare a district's area of the screen with a render.
#include <algorithm>
#include <string>

#include "core/layout/map_view.h"
#include "io/map_inputs.h"
#include "../render/project_inputs.h"

namespace hgm::test {

inline PixelRect district_box(const io::MapInputs& inputs, const std::string& code, const MapTransform& transform) {
  const DistrictGeometry* g = inputs.boundaries.find(*inputs.data.registry.find_code(code));
  double x0 = 1e9, y0 = 1e9, x1 = -1e9, y1 = -1e9;
  for (const Polygon& p : g->shape)
    for (const Vec2& v : p.outer) {
      const Vec2 px = transform.to_pixel(v);
      x0 = std::min(x0, px.x), y0 = std::min(y0, px.y), x1 = std::max(x1, px.x), y1 = std::max(y1, px.y);
    }
  return {x0, y0, x1 - x0, y1 - y0};
}

// Where a district's name is placed (its label anchor) on the project's default map, in pixels.
inline Vec2 district_anchor(const std::string& code, const MapTransform& transform) {
  const io::MapInputs& inputs = project_inputs();
  return transform.to_pixel(inputs.boundaries.find(*inputs.data.registry.find_code(code))->label_anchor);
}

// The box of district_box() on the project's default map.
inline PixelRect district_box(const std::string& code, const MapTransform& transform) {
  return district_box(project_inputs(), code, transform);
}

}  // namespace hgm::test
