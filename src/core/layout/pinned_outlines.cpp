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

TriangleMesh clip_mesh(const TriangleMesh& mesh, const Box& box) {
  // Each triangle cut by the box's four sides in turn (Sutherland–Hodgman), then fanned.
  const auto cut = [](const std::vector<Vec2>& poly, auto inside, auto cross) {
    std::vector<Vec2> out;
    for (std::size_t i = 0; i < poly.size(); ++i) {
      const Vec2 a = poly[i], b = poly[(i + 1) % poly.size()];
      if (inside(a)) out.push_back(a);
      if (inside(a) != inside(b)) out.push_back(cross(a, b));
    }
    return out;
  };
  const auto at_x = [](double x) {
    return [x](Vec2 a, Vec2 b) { return Vec2{x, a.y + (b.y - a.y) * (x - a.x) / (b.x - a.x)}; };
  };
  const auto at_y = [](double y) {
    return [y](Vec2 a, Vec2 b) { return Vec2{a.x + (b.x - a.x) * (y - a.y) / (b.y - a.y), y}; };
  };
  TriangleMesh out;
  for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
    std::vector<Vec2> poly{mesh.vertices[mesh.indices[t]], mesh.vertices[mesh.indices[t + 1]],
                           mesh.vertices[mesh.indices[t + 2]]};
    poly = cut(poly, [&](Vec2 p) { return p.x >= box.x0; }, at_x(box.x0));
    if (!poly.empty()) poly = cut(poly, [&](Vec2 p) { return p.x <= box.x1; }, at_x(box.x1));
    if (!poly.empty()) poly = cut(poly, [&](Vec2 p) { return p.y >= box.y0; }, at_y(box.y0));
    if (!poly.empty()) poly = cut(poly, [&](Vec2 p) { return p.y <= box.y1; }, at_y(box.y1));
    if (poly.size() < 3) continue;
    const auto first = static_cast<std::uint32_t>(out.vertices.size());
    out.vertices.insert(out.vertices.end(), poly.begin(), poly.end());
    for (std::uint32_t i = 1; i + 1 < poly.size(); ++i) out.indices.insert(out.indices.end(), {first, first + i, first + i + 1});
  }
  return out;
}

}  // namespace hgm::layout
