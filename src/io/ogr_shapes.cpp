#include "io/ogr_shapes.h"

#include <ogr_geometry.h>

namespace hgm::io {

namespace {

Ring to_ring(const OGRLinearRing& ring) {
  Ring out;
  const int n = ring.getNumPoints();
  out.reserve(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) out.push_back({ring.getX(i), ring.getY(i)});
  if (out.size() > 1 && out.front().x == out.back().x && out.front().y == out.back().y) out.pop_back();
  return out;
}

void append_polygon(const OGRPolygon& poly, MultiPolygon& out) {
  if (poly.IsEmpty()) return;
  Polygon p;
  p.outer = to_ring(*poly.getExteriorRing());
  for (int i = 0; i < poly.getNumInteriorRings(); ++i) p.holes.push_back(to_ring(*poly.getInteriorRing(i)));
  out.push_back(std::move(p));
}

}  // namespace

std::optional<MultiPolygon> to_shape(const OGRGeometry& geom) {
  MultiPolygon out;
  switch (wkbFlatten(geom.getGeometryType())) {
    case wkbPolygon: append_polygon(*geom.toPolygon(), out); break;
    case wkbMultiPolygon:
      for (const OGRPolygon* part : *geom.toMultiPolygon()) append_polygon(*part, out);
      break;
    default: return std::nullopt;
  }
  return out;
}


}  // namespace hgm::io
