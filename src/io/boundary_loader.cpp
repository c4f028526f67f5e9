#include "io/boundary_loader.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <filesystem>
#include <optional>

#include "core/errors.h"
#include "io/gdal_session.h"
#include "io/geos_shapes.h"
#include "io/ogr_transform.h"
#include "io/ogr_shapes.h"

namespace hgm::io {

namespace {

// Field names that carry a GSO district code or a district name in the files we know
// (our own set-up files, geoBoundaries, GADM-like and OCHA COD-AB layouts).
constexpr const char* kCodeFields[] = {"code", "gso_code", "ma_huyen", "ADM2_PCODE_GSO"};
constexpr const char* kNameFields[] = {"name_vi", "name_full", "name_ascii", "name_en", "gb_name",
                                       "shapeName", "ADM2_VI", "ADM2_EN", "NAME_2", "ten_huyen"};

std::string field_text(const OGRFeature& f, const char* name) {
  const int idx = f.GetFieldIndex(name);
  if (idx < 0 || !f.IsFieldSetAndNotNull(idx)) return {};
  return f.GetFieldAsString(idx);
}

struct FeatureMatch {
  std::optional<std::size_t> district;
  std::string described;  // name or code used, for messages
};

FeatureMatch match_feature(const OGRFeature& f, const DistrictRegistry& registry) {
  FeatureMatch m;
  for (const char* field : kCodeFields) {
    const std::string code = field_text(f, field);
    if (code.empty()) continue;
    m.described = std::string(field) + "=" + code;
    if ((m.district = registry.find_code(code))) return m;
  }
  for (const char* field : kNameFields) {
    const std::string name = field_text(f, field);
    if (name.empty()) continue;
    if (m.described.empty()) m.described = std::string(field) + "=\"" + name + "\"";
    // A boundary layer holds district-level units, so a bare "Ha Giang" there is the city.
    const NameMatch nm = registry.match_name(name, /*district_level_only=*/true);
    if (nm.status == NameMatch::Status::matched) {
      m.district = nm.index;
      return m;
    }
  }
  return m;
}

}  // namespace

BoundarySet load_boundaries(const std::string& path, const DistrictRegistry& registry,
                            const BoundaryOptions& options) {
  GdalSession::ensure();
  if (!std::filesystem::exists(path))
    throw DataError(path + ": không có tệp ranh giới này; hãy kiểm tra --boundaries TỆP hoặc $HAGIANG_GEODATA_DIR "
                    "(bỏ cả hai thì dùng bản có sẵn trong geodata/ của kho mã). / The boundary file does not exist. "
                    "Check --boundaries FILE or $HAGIANG_GEODATA_DIR (without either, the copy committed in the "
                    "repository's geodata/ is used).");
  const ScopedGdalErrors errors;
  GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
  if (!ds)
    throw DataError(path + ": GDAL không đọc được tệp này như dữ liệu vector; hãy kiểm tra đủ và nguyên các phần "
                    "(.shp, .shx, .dbf, .prj). / GDAL cannot read this file as vector data (" + errors.last_message() +
                    "). Check that all parts of the dataset (.shp, .shx, .dbf, .prj) are present and intact.");
  OGRLayer* layer = options.layer.empty() ? ds->GetLayer(0) : ds->GetLayerByName(options.layer.c_str());
  if (!layer) throw DataError(path + ": has no layer '" + options.layer + "'.");

  const std::unique_ptr<OGRCoordinateTransformation> to_map =
      make_transformation(layer->GetSpatialRef(), spatial_reference(options.target_crs));

  BoundarySet set;
  set.source = path;
  set.crs = options.target_crs;
  if (!layer->GetSpatialRef())
    set.warnings.push_back(path + ": the layer has no coordinate system; WGS 84 longitude/latitude assumed.");
  for (const auto& feature : *layer) {
    const std::string fid = "feature " + std::to_string(feature->GetFID());
    const FeatureMatch match = match_feature(*feature, registry);
    if (!match.district) {
      set.warnings.push_back(path + ": " + fid + " (" + match.described +
                             ") matches no district of Hà Giang and is not drawn.");
      continue;
    }
    if (set.find(*match.district)) {
      set.warnings.push_back(path + ": " + fid + " repeats " + registry.at(*match.district).name_vi +
                             "; only the first feature is drawn.");
      continue;
    }
    OGRGeometry* geom = feature->GetGeometryRef();
    if (!geom || geom->IsEmpty()) {
      set.warnings.push_back(path + ": " + fid + " (" + registry.at(*match.district).name_vi + ") has no geometry.");
      continue;
    }
    std::unique_ptr<OGRGeometry> projected(geom->clone());
    if (projected->transform(to_map.get()) != OGRERR_NONE) {
      set.warnings.push_back(path + ": " + fid + " could not be projected to " + options.target_crs + ".");
      continue;
    }
    auto shape = to_shape(*projected);
    if (!shape || shape->empty()) {
      set.warnings.push_back(path + ": " + fid + " is not a polygon (" +
                             OGRGeometryTypeToName(geom->getGeometryType()) + ").");
      continue;
    }
    DistrictGeometry g;
    g.district = *match.district;
    g.shape = std::move(*shape);
    try {
      g.mesh = triangulate(g.shape);
    } catch (const DataError& e) {
      set.warnings.push_back(path + ": " + fid + ": " + e.what());
      continue;
    }
    const Bounds b = bounds_of(g.shape);
    const InteriorCircle circle = largest_inscribed_circle(g.shape, std::max(b.width(), b.height()) / 1000.0);
    g.label_anchor = circle.center;
    g.inscribed_radius = circle.radius;
    set.bounds.extend(b);
    set.districts.push_back(std::move(g));
  }
  if (set.districts.empty())
    throw DataError(path + ": không đối tượng nào khớp với một huyện/thành phố của Hà Giang; có đúng tệp không? / "
                    "No feature matched a district of Hà Giang (fields tried: code, gso_code, name_vi, name_en, "
                    "shapeName, …). Is this the right file?");
  for (std::size_t i = 0; i < registry.size(); ++i)
    if (!set.find(i))
      set.warnings.push_back(path + ": no boundary for " + registry.at(i).name_vi + " (" + registry.at(i).code +
                             "); it is left out of the map.");
  return set;
}

}  // namespace hgm::io
