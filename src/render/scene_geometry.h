#pragma once
// A Scene's shapes as flat arrays ready for the GPU, in map units relative to `origin`
// (projected coordinates are large; subtracting a nearby point keeps 32-bit floats exact
// enough at any zoom). Built once per scene; panning and zooming only change uniforms.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/layout/frame.h"
#include "core/layout/map_view.h"
#include "core/layout/scene.h"

namespace hgm::render {

struct SceneGeometry {
  hgm::Vec2 origin;
  std::vector<float> fill_vertices;          // x, y per vertex
  std::vector<std::uint32_t> fill_indices;   // three per triangle, relative to the feature's first vertex
  struct FeatureRange {
    std::size_t first_index = 0;
    std::size_t index_count = 0;
    std::int32_t base_vertex = 0;
  };
  std::vector<FeatureRange> features;        // one per Scene::features, same order
  std::vector<float> segments;               // x0, y0, x1, y1 per outline segment (all rings)
  std::size_t dropped_triangles = 0;         // triangles with out-of-range indices

  std::size_t segment_count() const { return segments.size() / 4; }
};

SceneGeometry build_scene_geometry(const hgm::Scene& scene);

// The point geometry coordinates are relative to: the centre of the scene's bounds (or of
// its shapes, when the bounds are not set).
hgm::Vec2 scene_origin(const hgm::Scene& scene);

// Maps geometry coordinates to pixels: pixel = (x * scale_x + offset_x, y * scale_y + offset_y).
// Computed in double so the large projected numbers cancel before anything becomes float.
struct PixelMapping {
  double scale_x = 1, scale_y = -1, offset_x = 0, offset_y = 0;
};
PixelMapping pixel_mapping(const hgm::MapTransform& transform, hgm::Vec2 origin);

// Where the map's hatch lines are anchored: the pixel of the scene origin, reduced so it
// stays a small number at any pan. Shifting by spacing * sqrt(2) along x or y moves both
// diagonal line families by exactly one spacing, so the reduction changes nothing. The
// spacing is the frame's as drawn (render::pattern_lines).
hgm::Vec2 pattern_anchor(const PixelMapping& mapping, const hgm::Frame& frame);

}  // namespace hgm::render
