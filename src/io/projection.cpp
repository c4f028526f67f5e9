#include "io/projection.h"

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

std::unique_ptr<OGRCoordinateTransformation> make_transformation(const OGRSpatialReference* source,
                                                                 const OGRSpatialReference& target) {
  OGRSpatialReference from;
  if (source) from = *source;
  else from.SetWellKnownGeogCS("WGS84");
  from.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  std::unique_ptr<OGRCoordinateTransformation> t(OGRCreateCoordinateTransformation(&from, &target));
  if (!t) {
    const char* name = target.GetName();
    throw DataError(std::string("PROJ has no transformation to ") + (name ? name : "the map's coordinate system") + ".");
  }
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
