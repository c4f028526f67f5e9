#include "io/projection.h"

#include <mutex>
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
  const ScopedGdalErrors quiet;  // the DataError below says it better than PROJ's own line
  OGRSpatialReference srs;
  if (srs.SetFromUserInput(text.c_str()) != OGRERR_NONE)
    throw DataError("the coordinate reference system '" + text + "' is not understood; give e.g. EPSG:3405.");
  srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
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
  std::unique_ptr<OGRCoordinateTransformation> t(OGRCreateCoordinateTransformation(&from, &target));
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
