#include "io/display_shape.h"

#include <algorithm>

#include "io/geos_shapes.h"

namespace hgm::io {

namespace {

// A 1600-pixel-wide window at its deepest zoom (64×) spans the extent with 102,400 pixels:
// a step of this size is at most about a pixel there, and a fiftieth of one on a 4K export
// of the whole map.
constexpr double kDisplaySteps = 100'000;

}  // namespace

double display_tolerance(const Bounds& extent) {
  if (extent.empty()) return 0;
  return std::max(extent.width(), extent.height()) / kDisplaySteps;
}

void anchor_label(DistrictGeometry& g) {
  g.extent = bounds_of(g.exact);
  // The label anchor is found to a thousandth of the district's size: a shape simplified to
  // half of that gives the same anchor, within that tolerance, from far fewer points.
  const double anchor_tolerance = std::max(g.extent.width(), g.extent.height()) / 1000.0;
  const InteriorCircle circle = largest_inscribed_circle(simplify_valid(g.exact, anchor_tolerance / 2), anchor_tolerance);
  g.label_anchor = circle.center;
  g.inscribed_radius = circle.radius;
}

void simplify_for_display(DistrictGeometry& g, double tolerance, Triangles triangles) {
  bool valid = false;
  g.shape = tolerance > 0 ? simplify_valid(g.exact, tolerance, &valid) : g.exact;
  if (triangles == Triangles::when_drawn && valid) g.mesh = LazyMesh([shape = g.shape] { return triangulate(shape); });
  else g.mesh = triangulate(g.shape);
}

}  // namespace hgm::io
