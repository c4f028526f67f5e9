#include "io/geos_shapes.h"

#include <geos_c.h>

#include <cmath>
#include <memory>

#include "core/errors.h"

namespace hgm::io {

namespace {

// One GEOS context per call: cheap, and keeps these functions thread-safe.
class GeosContext {
 public:
  GeosContext() : handle_(GEOS_init_r()) {}
  ~GeosContext() { GEOS_finish_r(handle_); }
  GeosContext(const GeosContext&) = delete;
  GeosContext& operator=(const GeosContext&) = delete;
  GEOSContextHandle_t get() const { return handle_; }

 private:
  GEOSContextHandle_t handle_;
};

struct GeomDeleter {
  GEOSContextHandle_t ctx;
  void operator()(GEOSGeometry* g) const { GEOSGeom_destroy_r(ctx, g); }
};
using GeomPtr = std::unique_ptr<GEOSGeometry, GeomDeleter>;

GEOSGeometry* make_ring(GEOSContextHandle_t ctx, const Ring& ring) {
  GEOSCoordSequence* seq = GEOSCoordSeq_create_r(ctx, static_cast<unsigned>(ring.size() + 1), 2);
  for (std::size_t i = 0; i <= ring.size(); ++i) {
    const Vec2 p = ring[i % ring.size()];
    GEOSCoordSeq_setXY_r(ctx, seq, static_cast<unsigned>(i), p.x, p.y);
  }
  return GEOSGeom_createLinearRing_r(ctx, seq);
}

// Callers make sure the outer ring has 3 points or more; shorter holes are left out.
GeomPtr make_polygon(GEOSContextHandle_t ctx, const Polygon& poly) {
  std::vector<GEOSGeometry*> holes;
  for (const Ring& h : poly.holes)
    if (h.size() >= 3) holes.push_back(make_ring(ctx, h));
  GEOSGeometry* shell = make_ring(ctx, poly.outer);
  return GeomPtr(GEOSGeom_createPolygon_r(ctx, shell, holes.data(), static_cast<unsigned>(holes.size())),
                 GeomDeleter{ctx});
}

Ring ring_of(GEOSContextHandle_t ctx, const GEOSGeometry* ring) {
  const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(ctx, ring);
  unsigned n = 0;
  GEOSCoordSeq_getSize_r(ctx, seq, &n);
  Ring out;
  out.reserve(n);
  for (unsigned i = 0; i + 1 < n; ++i) {  // the closing point is implicit in a Ring
    double x = 0, y = 0;
    GEOSCoordSeq_getXY_r(ctx, seq, i, &x, &y);
    out.push_back({x, y});
  }
  return out;
}

// One part simplified by GEOS (topology preserved), back as core polygons.
void append_preserving(GEOSContextHandle_t ctx, const Polygon& part, double tolerance, MultiPolygon& out) {
  GeomPtr poly = make_polygon(ctx, part);
  GeomPtr simple(GEOSTopologyPreserveSimplify_r(ctx, poly.get(), tolerance), GeomDeleter{ctx});
  if (!simple || GEOSGeomTypeId_r(ctx, simple.get()) != GEOS_POLYGON) {
    out.push_back(part);  // nothing better: draw every point
    return;
  }
  Polygon p{ring_of(ctx, GEOSGetExteriorRing_r(ctx, simple.get())), {}};
  const int holes = GEOSGetNumInteriorRings_r(ctx, simple.get());
  for (int i = 0; i < holes; ++i) p.holes.push_back(ring_of(ctx, GEOSGetInteriorRingN_r(ctx, simple.get(), i)));
  out.push_back(std::move(p));
}

}  // namespace

MultiPolygon simplify_valid(const MultiPolygon& shape, double tolerance, bool* all_valid) {
  GeosContext geos;
  GEOSContextHandle_t ctx = geos.get();
  MultiPolygon out;
  out.reserve(shape.size());
  bool valid = true;
  for (const Polygon& part : shape) {
    if (part.outer.size() < 3) continue;
    Polygon simple{simplify_ring(part.outer, tolerance), {}};
    for (const Ring& hole : part.holes) simple.holes.push_back(simplify_ring(hole, tolerance));
    GeomPtr check = make_polygon(ctx, simple);
    if (check && GEOSisValid_r(ctx, check.get()) == 1) {
      out.push_back(std::move(simple));
    } else {
      append_preserving(ctx, part, tolerance, out);
      valid = false;
    }
  }
  if (all_valid != nullptr) *all_valid = valid;
  return out;
}

TriangleMesh triangulate(const MultiPolygon& shape) {
  GeosContext geos;
  GEOSContextHandle_t ctx = geos.get();
  TriangleMesh mesh;
  for (const Polygon& part : shape) {
    if (part.outer.size() < 3) continue;
    GeomPtr poly = make_polygon(ctx, part);
    GeomPtr tris(GEOSConstrainedDelaunayTriangulation_r(ctx, poly.get()), GeomDeleter{ctx});
    if (!tris) throw DataError("GEOS could not triangulate a district polygon; check that the boundary is valid.");
    const int n = GEOSGetNumGeometries_r(ctx, tris.get());
    for (int i = 0; i < n; ++i) {
      const GEOSGeometry* tri = GEOSGetGeometryN_r(ctx, tris.get(), i);
      const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(ctx, GEOSGetExteriorRing_r(ctx, tri));
      for (unsigned k = 0; k < 3; ++k) {
        double x = 0, y = 0;
        GEOSCoordSeq_getXY_r(ctx, seq, k, &x, &y);
        mesh.indices.push_back(static_cast<std::uint32_t>(mesh.vertices.size()));
        mesh.vertices.push_back({x, y});
      }
    }
  }
  return mesh;
}

InteriorCircle largest_inscribed_circle(const MultiPolygon& shape, double tolerance) {
  const Polygon* largest = nullptr;
  double best_area = -1;
  for (const Polygon& part : shape) {
    const double a = std::fabs(signed_area(part.outer));
    if (a > best_area) {
      best_area = a;
      largest = &part;
    }
  }
  if (!largest || largest->outer.size() < 3) return {};
  GeosContext geos;
  GEOSContextHandle_t ctx = geos.get();
  GeomPtr poly = make_polygon(ctx, *largest);
  // Returns a two-point line: the centre, then the nearest boundary point.
  GeomPtr line(GEOSMaximumInscribedCircle_r(ctx, poly.get(), tolerance), GeomDeleter{ctx});
  if (!line) return {};
  const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(ctx, line.get());
  double cx = 0, cy = 0, bx = 0, by = 0;
  GEOSCoordSeq_getXY_r(ctx, seq, 0, &cx, &cy);
  GEOSCoordSeq_getXY_r(ctx, seq, 1, &bx, &by);
  return {{cx, cy}, std::hypot(bx - cx, by - cy)};
}

}  // namespace hgm::io
