#pragma once
// District shapes as loaded from a boundary file, ready for drawing and picking.
#include <algorithm>
#include <string>
#include <vector>

#include "core/geometry.h"
#include "core/lazy_mesh.h"

namespace hgm {

// Official boundaries can have a million points per district; no screen shows them. What is
// drawn is `shape`, simplified once to well under a pixel at the window's deepest zoom;
// `exact` is the shape as read, for picking and anything measured.
struct DistrictGeometry {
  std::size_t district = 0;     // index in the DistrictRegistry
  MultiPolygon shape;           // map units (projected), simplified for display
  MultiPolygon exact;           // map units (projected), every point of the file
  Bounds extent;                // of `exact`
  LazyMesh mesh;                // triangulated `shape`, when first asked for
  Vec2 label_anchor;            // pole of inaccessibility
  double inscribed_radius = 0;  // of the largest inscribed circle
};

struct BoundarySet {
  std::vector<DistrictGeometry> districts;
  std::string source;        // file it came from
  std::string crs;           // e.g. "EPSG:3405"
  Bounds bounds;
  std::vector<std::string> warnings;  // features skipped, with the reason

  // The loaders keep `districts` sorted by district index.
  const DistrictGeometry* find(std::size_t district) const {
    const auto it = std::lower_bound(districts.begin(), districts.end(), district,
                                     [](const DistrictGeometry& g, std::size_t d) { return g.district < d; });
    return it != districts.end() && it->district == district ? &*it : nullptr;
  }
};

}  // namespace hgm
