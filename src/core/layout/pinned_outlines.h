#pragma once
// Pinned districts outlined on the map: a dark line in a white casing, wider than any
// district border and unlike the window's hover outline, cut to the map's viewport so a
// zoomed-in map never draws over the legend or the title.
#include "core/layout/layout_metrics.h"
#include "core/layout/scene.h"

namespace hgm::layout {

inline constexpr Color kPinnedOutline{20, 20, 20, 255};

void add_pinned_outlines(const Scene& scene, Frame& f, const Metrics& k);

// The parts of the polyline `points` (closed: the last point joins the first) inside `box`.
std::vector<std::vector<Vec2>> clip_polyline(const std::vector<Vec2>& points, bool closed, const Box& box);
// The part of the triangle mesh `mesh` inside `box`, triangulated again (a veil over a
// zoomed-in map stays on the map, as the outlines do).
TriangleMesh clip_mesh(const TriangleMesh& mesh, const Box& box);

}  // namespace hgm::layout
