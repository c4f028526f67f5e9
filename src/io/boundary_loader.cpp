#include "io/boundary_loader.h"

#include <gdal_priv.h>
#include <ogr_api.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <filesystem>
#include <optional>
#include <vector>

#include "core/errors.h"
#include "core/text/i18n.h"
#include "io/boundary_extent.h"
#include "io/gdal_session.h"
#include "io/feature_shapes.h"
#include "io/io_text.h"
#include "io/ogr_transform.h"

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

// "WGS 84 / Pseudo-Mercator, hagiang.prj": the coordinate system as the file names it.
std::string crs_named_by(const std::string& path, OGRLayer& layer) {
  const OGRSpatialReference* srs = layer.GetSpatialRef();
  std::string name = srs && srs->GetName() ? srs->GetName() : "WGS 84";
  const std::filesystem::path prj = std::filesystem::path(path).replace_extension(".prj");
  if (std::filesystem::path(path).extension() == ".shp" && std::filesystem::exists(prj))
    name += ", " + prj.filename().string();
  return name;
}

}  // namespace

BoundarySet load_boundaries(const std::string& path, const DistrictRegistry& registry,
                            const BoundaryOptions& options) {
  GdalSession::ensure();
  const Lang lang = options.lang;
  auto say = [&](IoText text, std::initializer_list<std::pair<const char*, std::string>> values) {
    std::string message = io_message(lang, text, values);
    return fill(std::move(message), {{"path", path}});
  };
  if (!std::filesystem::exists(path))
    throw DataError(say(IoText::boundary_missing, {}));
  const ScopedGdalErrors errors;
  GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
  if (!ds)
    throw DataError(say(IoText::boundary_unreadable, {{"gdal", errors.last_message()}}));
  OGRLayer* layer = options.layer.empty() ? ds->GetLayer(0) : ds->GetLayerByName(options.layer.c_str());
  if (!layer) throw DataError(say(IoText::boundary_no_layer, {{"layer", options.layer}}));

  const std::unique_ptr<OGRCoordinateTransformation> to_map =
      make_transformation(layer->GetSpatialRef(), spatial_reference(options.target_crs));

  BoundarySet set;
  set.source = path;
  set.crs = options.target_crs;
  if (!layer->GetSpatialRef())
    set.warnings.push_back(say(IoText::boundary_no_crs, {}));
  // A matched feature that yields no district (its geometry lost or unusable) and any GDAL failure
  // while reading (a truncated .shp gives the first features, then null geometries) fail the load:
  // a map with districts silently missing would look complete.
  std::string dropped;  // the first such feature's detail (its warning without the path)
  int dropped_count = 0;
  auto drop = [&](const ShapeProblem& problem) {
    std::string detail = problem_text(problem, lang);
    set.warnings.push_back(path + ": " + detail);
    if (dropped.empty()) dropped = std::move(detail);
    ++dropped_count;
  };
  // Features of other places (the national layer holds 697 besides Hà Giang's) are one line.
  std::vector<std::string> unmatched;
  std::vector<bool> seen(registry.size(), false);
  ShapePreparer shapes(options.triangles);
  const int failures_before = errors.failures();
  for (const auto& feature : *layer) {
    const std::string fid = feature_label(*feature, lang);
    const FeatureMatch match = match_feature(*feature, registry);
    if (!match.district) {
      unmatched.push_back(match.described.empty() ? fid : fid + " (" + match.described + ")");
      continue;
    }
    const std::string& name = registry.at(*match.district).name_vi;
    if (seen[*match.district]) {
      set.warnings.push_back(say(IoText::feature_repeats, {{"fid", fid}, {"district", name}}));
      continue;
    }
    seen[*match.district] = true;
    ShapeProblem problem;
    auto shape = read_feature_shape(*feature, *to_map, options.target_crs, fid, name, problem);
    if (!shape) {
      drop(problem);
      continue;
    }
    shapes.add({*match.district, fid, std::move(*shape)});
  }
  if (!unmatched.empty())
    set.warnings.push_back(say(IoText::features_unmatched,
                               {{"n", std::to_string(unmatched.size())}, {"features", few_of(unmatched, lang)}}));
  shapes.finish(set, drop);
  const bool read_failed = errors.failures() > failures_before;
  if (set.districts.empty() && !read_failed && dropped.empty())
    throw DataError(say(IoText::boundary_no_match, {}));
  if (read_failed || !dropped.empty()) {
    std::string missing;
    for (std::size_t i = 0; i < registry.size(); ++i)
      if (!set.find(i))
        missing += (missing.empty() ? "" : ", ") + registry.at(i).name_vi + " (" + registry.at(i).code + ")";
    if (read_failed)
      throw DataError(say(IoText::boundary_incomplete, {{"detail", errors.first_failure()}, {"missing", missing}}));
    throw DataError(say(IoText::boundary_unusable,
                        {{"n", std::to_string(dropped_count)}, {"detail", dropped}, {"missing", missing}}));
  }
  if (const auto far = extent_far_from_province(set.bounds, options.target_crs, lang))
    throw DataError(say(IoText::boundary_far_away, {{"crs", crs_named_by(path, *layer)}, {"extent", *far}}));
  for (std::size_t i = 0; i < registry.size(); ++i)
    if (!set.find(i))
      set.warnings.push_back(say(IoText::district_no_boundary, {{"district", registry.at(i).name_vi}, {"code", registry.at(i).code}}));
  return set;
}

}  // namespace hgm::io
