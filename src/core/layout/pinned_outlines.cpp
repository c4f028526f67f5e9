#include "core/layout/pinned_outlines.h"

#include <algorithm>

namespace hgm::layout {

std::vector<std::vector<Vec2>> clip_polyline(const std::vector<Vec2>& points, bool closed, const Box& box) {
  std::vector<std::vector<Vec2>> parts;
  const std::size_t n = points.size();
  if (n < 2) return parts;
  const std::size_t segments = closed ? n : n - 1;
  bool joined = false;  // the last part ends where the next segment starts
  for (std::size_t i = 0; i < segments; ++i) {
    const Vec2 a = points[i], b = points[(i + 1) % n];
    const auto inside = clip_segment(a, b, box.x0, box.y0, box.x1, box.y1);
    if (!inside) {
      joined = false;
      continue;
    }
    if (!joined || parts.empty()) parts.push_back({inside->first});
    parts.back().push_back(inside->second);
    joined = inside->second.x == b.x && inside->second.y == b.y;
  }
  return parts;
}

void add_pinned_outlines(const Scene& scene, Frame& f, const Metrics& k) {
  if (scene.pinned.empty()) return;
  const Box box = Box::of(f.map_viewport);
  const double width = std::max(2.0, 3.2 * k.unit);
  for (const double casing : {1.0, 0.0})
    for (const MapFeature& feature : scene.features) {
      if (std::find(scene.pinned.begin(), scene.pinned.end(), feature.code) == scene.pinned.end()) continue;
      for (const Polygon& polygon : feature.shape) {
        std::vector<Vec2> ring;
        for (const Vec2& p : polygon.outer) ring.push_back(f.transform.to_pixel(p));
        for (std::vector<Vec2>& part : clip_polyline(ring, true, box))
          f.lines.push_back({std::move(part), casing > 0 ? width * 2.2 : width, casing > 0 ? kWhite : kPinnedOutline,
                             false});
      }
    }
}

}  // namespace hgm::layout
