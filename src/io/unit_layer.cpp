#include "io/unit_layer.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <filesystem>
#include <unordered_set>

#include "core/errors.h"
#include "core/text/i18n.h"
#include "io/boundary_extent.h"
#include "io/feature_shapes.h"
#include "io/gdal_session.h"
#include "io/io_text.h"
#include "io/ogr_transform.h"

namespace hgm::io {

namespace {

std::string field_text(const OGRFeature& f, int index) {
  if (index < 0 || !f.IsFieldSetAndNotNull(index)) return {};
  return f.GetFieldAsString(index);
}

// The layer's field names, for a message about one that is not there.
std::string field_names(OGRLayer& layer) {
  std::string names;
  OGRFeatureDefn* defn = layer.GetLayerDefn();
  for (int i = 0; i < defn->GetFieldCount(); ++i) names += (i ? ", " : "") + std::string(defn->GetFieldDefn(i)->GetNameRef());
  return names;
}

}  // namespace

UnitLayerData load_unit_layer(const UnitLayer& units, const BoundaryOptions& options) {
  GdalSession::ensure();
  const Lang lang = options.lang;
  const std::string& path = units.file;
  auto say = [&](IoText text, std::initializer_list<std::pair<const char*, std::string>> values) {
    return fill(io_message(lang, text, values), {{"path", path}});
  };
  if (!std::filesystem::exists(path)) throw DataError(say(IoText::boundary_missing, {}));
  const ScopedGdalErrors errors;
  GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
  if (!ds) throw DataError(say(IoText::boundary_unreadable, {{"gdal", errors.last_message()}}));
  OGRLayer* layer = options.layer.empty() ? ds->GetLayer(0) : ds->GetLayerByName(options.layer.c_str());
  if (!layer) throw DataError(say(IoText::boundary_no_layer, {{"layer", options.layer}}));
  const int code_index = layer->GetLayerDefn()->GetFieldIndex(units.code_field.c_str());
  const int name_index = layer->GetLayerDefn()->GetFieldIndex(units.name_field.c_str());
  for (const auto& [index, field] : {std::pair{code_index, units.code_field}, std::pair{name_index, units.name_field}})
    if (index < 0) throw DataError(say(IoText::units_no_field, {{"field", field}, {"fields", field_names(*layer)}}));

  const std::unique_ptr<OGRCoordinateTransformation> to_map =
      make_transformation(layer->GetSpatialRef(), spatial_reference(options.target_crs));
  UnitLayerData out;
  BoundarySet& set = out.boundaries;
  set.source = path;
  set.crs = options.target_crs;
  if (!layer->GetSpatialRef()) set.warnings.push_back(say(IoText::boundary_no_crs, {}));

  // Left out, by why: a whole national layer's oddities are a few lines, not hundreds.
  std::vector<std::string> no_code, repeated, unusable;
  std::vector<District> found;
  std::unordered_set<std::string> codes;
  ShapePreparer shapes(options.triangles);
  for (const auto& feature : *layer) {
    const std::string fid = feature_label(*feature, lang);
    District unit = unit_from_layer(field_text(*feature, code_index), field_text(*feature, name_index));
    const std::string described = unit.name_vi.empty() ? fid : fid + " (" + unit.name_vi + ")";
    if (unit.code.empty()) {
      no_code.push_back(described);
      continue;
    }
    if (!codes.insert(unit.code).second) {
      repeated.push_back(described + " " + unit.code);
      continue;
    }
    if (unit.name_vi.empty()) unit = unit_from_layer(unit.code, unit.code);
    ShapeProblem problem;
    auto shape = read_feature_shape(*feature, *to_map, options.target_crs, fid, unit.name_vi, problem);
    if (!shape) {
      unusable.push_back(problem_text(problem, lang));
      continue;
    }
    shapes.add({found.size(), fid, std::move(*shape)});
    found.push_back(std::move(unit));
  }
  if (errors.failures() > 0)
    throw DataError(say(IoText::boundary_incomplete, {{"detail", errors.first_failure()}, {"missing", "…"}}));
  shapes.finish(set, [&](const ShapeProblem& p) { unusable.push_back(problem_text(p, lang)); });
  if (set.districts.empty()) throw DataError(say(IoText::units_none, {{"field", units.code_field}}));

  // Units whose shape failed at the last step are dropped from the registry too, and the
  // geometries renumbered to the registry's order.
  std::vector<District> kept;
  kept.reserve(set.districts.size());
  for (DistrictGeometry& g : set.districts) {
    kept.push_back(std::move(found[g.district]));
    g.district = kept.size() - 1;
  }
  out.registry = DistrictRegistry::from_units(std::move(kept));

  const auto skipped = [&](const std::vector<std::string>& list, const std::string& why) {
    if (!list.empty())
      set.warnings.push_back(say(IoText::units_skipped, {{"n", std::to_string(list.size())}, {"why", why}, {"features", few_of(list, lang)}}));
  };
  skipped(no_code, io_message(lang, IoText::units_skip_no_code, {{"field", units.code_field}}));
  skipped(repeated, io_message(lang, IoText::units_skip_repeated, {{"field", units.code_field}}));
  skipped(unusable, io_text(lang, IoText::units_skip_unusable));
  if (const auto far = extent_far_from_viet_nam(set.bounds, options.target_crs, lang)) {
    const OGRSpatialReference* srs = layer->GetSpatialRef();
    throw DataError(say(IoText::units_far_away, {{"crs", srs && srs->GetName() ? srs->GetName() : "WGS 84"}, {"extent", *far}}));
  }
  return out;
}

}  // namespace hgm::io
