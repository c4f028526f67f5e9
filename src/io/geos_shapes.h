#pragma once
// Geometry work done with GEOS: triangulation for the GPU and label anchors.
#include "core/geometry.h"

namespace hgm::io {

// Constrained Delaunay triangulation of every part (holes respected).
// Throws hgm::DataError when GEOS cannot triangulate the shape.
TriangleMesh triangulate(const MultiPolygon& shape);

// `shape` with every ring simplified to `tolerance` (Douglas–Peucker), or, where that
// would leave a part invalid (a ring crossing itself or another), by GEOS's
// topology-preserving simplification of that part. `all_valid`, when given, says whether
// GEOS found every part of the result valid (false when a part had to fall back).
MultiPolygon simplify_valid(const MultiPolygon& shape, double tolerance, bool* all_valid = nullptr);

struct InteriorCircle {
  Vec2 center;  // pole of inaccessibility: the point farthest from the boundary
  double radius = 0;
};
// Largest inscribed circle of the largest part, to `tolerance` map units.
InteriorCircle largest_inscribed_circle(const MultiPolygon& shape, double tolerance);

}  // namespace hgm::io
