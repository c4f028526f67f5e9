#pragma once
// District shapes as loaded from a boundary file, ready for drawing and picking.
#include <string>
#include <vector>

#include "core/geometry.h"

namespace hgm {

struct DistrictGeometry {
  std::size_t district = 0;     // index in the DistrictRegistry
  MultiPolygon shape;           // map units (projected)
  TriangleMesh mesh;            // triangulated `shape`
  Vec2 label_anchor;            // pole of inaccessibility
  double inscribed_radius = 0;  // of the largest inscribed circle
};

struct BoundarySet {
  std::vector<DistrictGeometry> districts;
  std::string source;        // file it came from
  std::string crs;           // e.g. "EPSG:3405"
  Bounds bounds;
  std::vector<std::string> warnings;  // features skipped, with the reason

  const DistrictGeometry* find(std::size_t district) const {
    for (const DistrictGeometry& g : districts)
      if (g.district == district) return &g;
    return nullptr;
  }
};

}  // namespace hgm
