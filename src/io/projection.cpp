#include "io/projection.h"

#include <cpl_conv.h>
#include <proj.h>

#include <map>
#include <mutex>
#include <optional>
#include <vector>

#include "core/errors.h"
#include "io/gdal_session.h"
#include "io/ogr_transform.h"

namespace hgm::io {

struct Projection::Impl {
  OGRSpatialReference from, to;
  std::unique_ptr<OGRCoordinateTransformation> forward, inverse;
};

OGRSpatialReference spatial_reference(const std::string& text) {
  // "EPSG:3405" is looked up in PROJ's database each time it is read (a few ms), and one map
  // reads it for the districts, the locator and the extent check: each text is read once
  // per process and copied after.
  static std::mutex read_mutex;
  static std::map<std::string, OGRSpatialReference> read;
  const std::lock_guard<std::mutex> lock(read_mutex);
  if (const auto it = read.find(text); it != read.end()) return it->second;
  const ScopedGdalErrors quiet;  // the DataError below says it better than PROJ's own line
  OGRSpatialReference srs;
  if (srs.SetFromUserInput(text.c_str()) != OGRERR_NONE)
    throw DataError("the coordinate reference system '" + text + "' is not understood; give e.g. EPSG:3405.");
  srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  read.emplace(text, srs);
  return srs;
}

namespace {

// PROJ searches its database for the operations between two systems every time it is
// asked (tens of milliseconds, the datum shift to VN-2000 among them), and one map asks for
// the same pair several times (boundaries, locator, extent check, scale): each pair is
// searched once per process and copied after; the way back is the found one turned round.
struct KnownTransformation {
  OGRSpatialReference from, to;
  std::unique_ptr<OGRCoordinateTransformation> transformation;
};

std::mutex known_mutex;
std::vector<KnownTransformation>& known_transformations() {
  static std::vector<KnownTransformation> known;
  return known;
}

// PROJ objects freed when they go out of scope.
struct PjDeleter {
  void operator()(PJ* pj) const { proj_destroy(pj); }
};
using PjPtr = std::unique_ptr<PJ, PjDeleter>;

// The best operation between two systems that goes from one to the other directly, as a
// PROJ pipeline, or nothing. PROJ's full search (proj_create_crs_to_crs, which GDAL runs)
// also weighs pivots through a third datum: for WGS 84 -> VN-2000 it takes 15-30 ms and
// uses the same Helmert shift this finds in about 2 ms (it may switch per point to an
// older shift in the south: within a metre). Ballpark-only and grid-needing results are
// left to the full search, which knows better. Called under known_mutex: the context is
// for one thread at a time.
std::optional<std::string> direct_operation(const OGRSpatialReference& from, const OGRSpatialReference& to) {
  static PJ_CONTEXT* const ctx = [] {
    PJ_CONTEXT* c = proj_context_create();
    proj_log_level(c, PJ_LOG_NONE);  // a system PROJ cannot read here goes to the full search
    return c;
  }();
  char* from_wkt = nullptr;
  char* to_wkt = nullptr;
  const char* const wkt2[] = {"FORMAT=WKT2_2019", nullptr};
  const bool exported = from.exportToWkt(&from_wkt, wkt2) == OGRERR_NONE && to.exportToWkt(&to_wkt, wkt2) == OGRERR_NONE;
  const PjPtr source(exported ? proj_create(ctx, from_wkt) : nullptr);
  const PjPtr target(exported ? proj_create(ctx, to_wkt) : nullptr);
  CPLFree(from_wkt);
  CPLFree(to_wkt);
  if (!source || !target) return std::nullopt;
  PJ_OPERATION_FACTORY_CONTEXT* factory = proj_create_operation_factory_context(ctx, nullptr);
  if (factory == nullptr) return std::nullopt;
  proj_operation_factory_context_set_allow_use_intermediate_crs(ctx, factory, PROJ_INTERMEDIATE_CRS_USE_NEVER);
  proj_operation_factory_context_set_spatial_criterion(ctx, factory, PROJ_SPATIAL_CRITERION_PARTIAL_INTERSECTION);
  proj_operation_factory_context_set_grid_availability_use(ctx, factory,
                                                           PROJ_GRID_AVAILABILITY_DISCARD_OPERATION_IF_MISSING_GRID);
  PJ_OBJ_LIST* operations = proj_create_operations(ctx, source.get(), target.get(), factory);
  proj_operation_factory_context_destroy(factory);
  std::optional<std::string> found;
  // PROJ lists the operations best first.
  const PjPtr best(operations != nullptr && proj_list_get_count(operations) > 0 ? proj_list_get(ctx, operations, 0) : nullptr);
  proj_list_destroy(operations);
  if (best && proj_coordoperation_is_instantiable(ctx, best.get()) == 1 &&
      proj_coordoperation_has_ballpark_transformation(ctx, best.get()) == 0 &&
      proj_coordoperation_get_grid_used_count(ctx, best.get()) == 0) {
    if (const char* pipeline = proj_as_proj_string(ctx, best.get(), PJ_PROJ_5, nullptr)) found = pipeline;
  }
  return found;
}

std::unique_ptr<OGRCoordinateTransformation> known_transformation(const OGRSpatialReference& from,
                                                                  const OGRSpatialReference& to) {
  for (const KnownTransformation& k : known_transformations()) {
    if (k.from.IsSame(&from) && k.to.IsSame(&to)) return std::unique_ptr<OGRCoordinateTransformation>(k.transformation->Clone());
    if (k.from.IsSame(&to) && k.to.IsSame(&from))
      if (std::unique_ptr<OGRCoordinateTransformation> back(k.transformation->GetInverse()); back) return back;
  }
  return nullptr;
}

}  // namespace

std::unique_ptr<OGRCoordinateTransformation> make_transformation(const OGRSpatialReference* source,
                                                                 const OGRSpatialReference& target) {
  OGRSpatialReference from;
  if (source) from = *source;
  else from.SetWellKnownGeogCS("WGS84");
  from.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  const std::lock_guard<std::mutex> lock(known_mutex);
  if (auto known = known_transformation(from, target)) return known;
  std::unique_ptr<OGRCoordinateTransformation> t;
  if (!from.IsSame(&target))
    if (const std::optional<std::string> direct = direct_operation(from, target)) {
      OGRCoordinateTransformationOptions options;
      options.SetCoordinateOperation(direct->c_str(), false);
      t.reset(OGRCreateCoordinateTransformation(&from, &target, options));
    }
  if (!t) t.reset(OGRCreateCoordinateTransformation(&from, &target));
  if (!t) {
    const char* name = target.GetName();
    throw DataError(std::string("PROJ has no transformation to ") + (name ? name : "the map's coordinate system") + ".");
  }
  if (std::unique_ptr<OGRCoordinateTransformation> copy(t->Clone()); copy)
    known_transformations().push_back({from, target, std::move(copy)});
  return t;
}

namespace {

Vec2 apply(OGRCoordinateTransformation& t, Vec2 p) {
  double x = p.x, y = p.y;
  if (!t.Transform(1, &x, &y))
    throw DataError("PROJ could not transform the point (" + std::to_string(p.x) + ", " + std::to_string(p.y) + ").");
  return {x, y};
}
}  // namespace

Projection::Projection(const std::string& from, const std::string& to) : impl_(std::make_unique<Impl>()) {
  impl_->from = spatial_reference(from);
  impl_->to = spatial_reference(to);
  impl_->forward = make_transformation(&impl_->from, impl_->to);
  impl_->inverse = make_transformation(&impl_->to, impl_->from);
}

Projection::~Projection() = default;
Projection::Projection(Projection&&) noexcept = default;
Projection& Projection::operator=(Projection&&) noexcept = default;

Vec2 Projection::forward(Vec2 p) const { return apply(*impl_->forward, p); }
Vec2 Projection::inverse(Vec2 p) const { return apply(*impl_->inverse, p); }

}  // namespace hgm::io
