#include "render/scene_geometry.h"

#include <cmath>

#include "render/frame_shapes.h"

namespace hgm::render {

namespace {

void add_ring_segments(const hgm::Ring& ring, hgm::Vec2 origin, std::vector<float>& out) {
  const std::size_t n = ring.size();
  if (n < 2) return;
  for (std::size_t i = 0; i < n; ++i) {
    const hgm::Vec2 a = ring[i];
    const hgm::Vec2 b = ring[(i + 1) % n];
    if (a.x == b.x && a.y == b.y) continue;  // also skips an explicitly repeated closing point
    out.push_back(static_cast<float>(a.x - origin.x));
    out.push_back(static_cast<float>(a.y - origin.y));
    out.push_back(static_cast<float>(b.x - origin.x));
    out.push_back(static_cast<float>(b.y - origin.y));
  }
}

}  // namespace

hgm::Vec2 scene_origin(const hgm::Scene& scene) {
  hgm::Bounds bounds = scene.bounds;
  if (bounds.empty()) {
    for (const auto& feature : scene.features) bounds.extend(bounds_of(feature.shape));
  }
  if (bounds.empty()) return {};
  return {(bounds.min_x + bounds.max_x) / 2, (bounds.min_y + bounds.max_y) / 2};
}

SceneGeometry build_scene_geometry(const hgm::Scene& scene) {
  SceneGeometry g;
  g.origin = scene_origin(scene);
  g.features.reserve(scene.features.size());
  for (const auto& feature : scene.features) {
    SceneGeometry::FeatureRange range;
    range.first_index = g.fill_indices.size();
    range.base_vertex = static_cast<std::int32_t>(g.fill_vertices.size() / 2);
    const auto& mesh = feature.mesh.get();
    for (const hgm::Vec2& v : mesh.vertices) {
      g.fill_vertices.push_back(static_cast<float>(v.x - g.origin.x));
      g.fill_vertices.push_back(static_cast<float>(v.y - g.origin.y));
    }
    const std::size_t vertex_count = mesh.vertices.size();
    for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
      const std::uint32_t a = mesh.indices[t], b = mesh.indices[t + 1], c = mesh.indices[t + 2];
      if (a >= vertex_count || b >= vertex_count || c >= vertex_count) {
        ++g.dropped_triangles;
        continue;
      }
      g.fill_indices.insert(g.fill_indices.end(), {a, b, c});
    }
    range.index_count = g.fill_indices.size() - range.first_index;
    g.features.push_back(range);

    for (const hgm::Polygon& polygon : feature.shape) {
      add_ring_segments(polygon.outer, g.origin, g.segments);
      for (const hgm::Ring& hole : polygon.holes) add_ring_segments(hole, g.origin, g.segments);
    }
  }
  return g;
}

PixelMapping pixel_mapping(const hgm::MapTransform& t, hgm::Vec2 origin) {
  // pixel.x = origin_x + (x + origin.x - center.x) * scale
  // pixel.y = origin_y - (y + origin.y - center.y) * scale
  return {t.scale, -t.scale, t.origin_x + (origin.x - t.center.x) * t.scale,
          t.origin_y - (origin.y - t.center.y) * t.scale};
}

hgm::Vec2 pattern_anchor(const PixelMapping& m, const hgm::Frame& frame) {
  const double period = pattern_lines(frame).spacing * std::sqrt(2.0);
  return {std::fmod(m.offset_x, period), std::fmod(m.offset_y, period)};
}

}  // namespace hgm::render
