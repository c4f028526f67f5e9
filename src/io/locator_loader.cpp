#include "io/locator_loader.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <filesystem>

#include "core/errors.h"
#include "io/gdal_session.h"
#include "io/geos_shapes.h"
#include "io/ogr_shapes.h"
#include "io/project_data.h"

namespace hgm::io {

std::string default_locator_file() {
  return (std::filesystem::path(default_boundary_file()).parent_path() / "vietnam_adm1.shp").string();
}

LocatorMap load_locator(const std::string& path, const LocatorOptions& options) {
  GdalSession::ensure();
  const ScopedGdalErrors errors;
  GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
  if (!ds) throw DataError(path + ": the provinces layer for the locator map cannot be read (" + errors.last_message() + ").");
  OGRLayer* layer = ds->GetLayer(0);
  OGRSpatialReference target;
  target.SetFromUserInput(options.target_crs.c_str());
  target.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  OGRSpatialReference source;
  if (const OGRSpatialReference* srs = layer->GetSpatialRef()) source = *srs;
  else source.SetWellKnownGeogCS("WGS84");
  source.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  std::unique_ptr<OGRCoordinateTransformation> to_map(OGRCreateCoordinateTransformation(&source, &target));
  if (!to_map) throw DataError(path + ": no transformation to " + options.target_crs + ".");

  LocatorMap map;
  map.highlight_code = options.highlight_code;
  const int code_index = layer->GetLayerDefn()->GetFieldIndex(options.code_field.c_str());
  for (const auto& feature : *layer) {
    const OGRGeometry* geom = feature->GetGeometryRef();
    if (!geom || geom->IsEmpty()) continue;
    std::unique_ptr<OGRGeometry> projected(geom->clone());
    if (projected->transform(to_map.get()) != OGRERR_NONE) continue;
    std::unique_ptr<OGRGeometry> simple(projected->SimplifyPreserveTopology(options.simplify_tolerance_m));
    auto shape = to_shape(simple ? *simple : *projected);
    if (!shape || shape->empty()) continue;
    LocatorShape s;
    s.code = code_index >= 0 ? feature->GetFieldAsString(code_index) : "";
    s.shape = std::move(*shape);
    try {
      s.mesh = triangulate(s.shape);
    } catch (const DataError&) {
      continue;  // a sliver the simplification broke: the inset can do without it
    }
    map.bounds.extend(bounds_of(s.shape));
    map.shapes.push_back(std::move(s));
  }
  if (map.shapes.empty()) throw DataError(path + ": holds no province polygons for the locator map.");
  // Viet Nam's two archipelagos are named on every national map, in open sea beside them.
  const struct {
    double lon, lat;
    const char* vi;
    const char* en;
    bool left;
  } archipelagos[] = {{113.0, 16.3, "QĐ. Hoàng Sa", "Hoàng Sa (Paracel) Is.", false},
                      {111.7, 9.2, "QĐ. Trường Sa", "Trường Sa (Spratly) Is.", true}};
  OGRSpatialReference wgs84;
  wgs84.SetWellKnownGeogCS("WGS84");
  wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  std::unique_ptr<OGRCoordinateTransformation> from_lonlat(OGRCreateCoordinateTransformation(&wgs84, &target));
  for (const auto& a : archipelagos) {
    double x = a.lon, y = a.lat;
    if (from_lonlat && from_lonlat->Transform(1, &x, &y)) map.labels.push_back({{x, y}, a.vi, a.en, a.left});
  }
  return map;
}

}  // namespace hgm::io
