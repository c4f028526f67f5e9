#include "io/locator_loader.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <filesystem>

#include "core/errors.h"
#include "io/gdal_session.h"
#include "io/geos_shapes.h"
#include "io/io_text.h"
#include "io/ogr_transform.h"
#include "io/ogr_shapes.h"

namespace hgm::io {

LocatorMap load_locator(const std::string& path, const LocatorOptions& options) {
  GdalSession::ensure();
  const ScopedGdalErrors errors;
  GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
  if (!ds)
    throw DataError(io_message(options.lang, IoText::locator_unreadable, {{"path", path}, {"gdal", errors.last_message()}}));
  OGRLayer* layer = ds->GetLayer(0);
  if (!layer) throw DataError(io_message(options.lang, IoText::locator_no_layer, {{"path", path}}));
  const OGRSpatialReference target = spatial_reference(options.target_crs);
  const std::unique_ptr<OGRCoordinateTransformation> to_map = make_transformation(layer->GetSpatialRef(), target);

  LocatorMap map;
  map.highlight_code = options.highlight_code;
  const int code_index = layer->GetLayerDefn()->GetFieldIndex(options.code_field.c_str());
  // Simplify in the source coordinates first: far fewer points to project.
  const double tolerance_deg = options.simplify_tolerance_m / 111000.0;
  auto project_ring = [&](Ring ring) {
    std::vector<double> xs, ys;
    for (Vec2 p : ring) xs.push_back(p.x), ys.push_back(p.y);
    if (!xs.empty() && !to_map->Transform(static_cast<int>(xs.size()), xs.data(), ys.data())) return Ring{};
    for (std::size_t i = 0; i < ring.size(); ++i) ring[i] = {xs[i], ys[i]};
    return ring;
  };
  for (const auto& feature : *layer) {
    const OGRGeometry* geom = feature->GetGeometryRef();
    if (!geom || geom->IsEmpty()) continue;
    auto source_shape = to_shape(*geom);
    if (!source_shape) continue;
    LocatorShape s;
    s.code = code_index >= 0 ? feature->GetFieldAsString(code_index) : "";
    // Adds a projected part with its triangles; false when GEOS cannot triangulate it.
    auto add_part = [&](Polygon projected) {
      if (projected.outer.size() < 3) return true;
      try {
        const TriangleMesh mesh = triangulate({projected});
        const auto base = static_cast<std::uint32_t>(s.mesh.vertices.size());
        s.mesh.vertices.insert(s.mesh.vertices.end(), mesh.vertices.begin(), mesh.vertices.end());
        for (std::uint32_t index : mesh.indices) s.mesh.indices.push_back(base + index);
        s.shape.push_back(std::move(projected));
        return true;
      } catch (const DataError&) {
        return false;
      }
    };
    for (const Polygon& part : *source_shape) {
      Polygon simple{project_ring(simplify_ring(part.outer, tolerance_deg)), {}};
      for (const Ring& hole : part.holes) simple.holes.push_back(project_ring(simplify_ring(hole, tolerance_deg)));
      if (add_part(std::move(simple))) continue;
      // Simplifying made a ring cross itself: this part keeps its full detail.
      Polygon full{project_ring(part.outer), {}};
      for (const Ring& hole : part.holes) full.holes.push_back(project_ring(hole));
      add_part(std::move(full));
    }
    if (s.shape.empty()) continue;
    map.bounds.extend(bounds_of(s.shape));
    map.shapes.push_back(std::move(s));
  }
  if (map.shapes.empty()) throw DataError(io_message(options.lang, IoText::locator_no_polygons, {{"path", path}}));
  // Viet Nam's two archipelagos are named on every national map, in open sea beside them.
  // Each lies within a box of longitudes and latitudes; the parts of the layer in it are
  // its islands, which the inset labels keep beside.
  const struct {
    double lon, lat;
    const char* vi;
    const char* en;
    bool left;
    double west, south, east, north;
  } archipelagos[] = {{113.0, 16.3, "QĐ. Hoàng Sa", "Hoàng Sa (Paracel) Is.", false, 111.0, 15.6, 113.0, 17.3},
                      {111.7, 9.2, "QĐ. Trường Sa", "Trường Sa (Spratly) Is.", true, 111.3, 6.8, 118.0, 11.7}};
  const std::unique_ptr<OGRCoordinateTransformation> from_lonlat = make_transformation(nullptr, target);
  for (const auto& a : archipelagos) {
    double x = a.lon, y = a.lat;
    if (!from_lonlat->Transform(1, &x, &y)) continue;
    LocatorLabel label{{x, y}, a.vi, a.en, a.left, {}};
    double xs[] = {a.west, a.east, a.east, a.west}, ys[] = {a.south, a.south, a.north, a.north};
    if (from_lonlat->Transform(4, xs, ys)) {
      Bounds box;
      for (int i = 0; i < 4; ++i) box.extend(Vec2{xs[i], ys[i]});
      for (const LocatorShape& shape : map.shapes)
        for (const Polygon& part : shape.shape) {
          const Bounds b = bounds_of(MultiPolygon{part});
          const double cx = (b.min_x + b.max_x) / 2, cy = (b.min_y + b.max_y) / 2;
          if (cx >= box.min_x && cx <= box.max_x && cy >= box.min_y && cy <= box.max_y) label.islands.extend(b);
        }
    }
    map.labels.push_back(std::move(label));
  }
  return map;
}

}  // namespace hgm::io
