#pragma once
// The coverage geometry the OpenGL backend builds for a frame's lines and anti-aliased
// polygons: the same frame_walk layers, without a GL context.
#include "core/layout/frame.h"
#include "render/coverage_geometry.h"
#include "render/frame_walk.h"

namespace hgm::render::test {

inline CoverageGeometry line_coverage(const hgm::Frame& frame) {
  return build_line_coverage(frame_layers(frame).lines, frame.width, frame.height);
}

inline CoverageGeometry polygon_coverage(const hgm::Frame& frame) {
  return build_polygon_coverage(frame_layers(frame).antialiased_polygons, frame.width, frame.height);
}

}  // namespace hgm::render::test
