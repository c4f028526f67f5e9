#include "io/projection.h"

#include <ogr_spatialref.h>

#include "core/errors.h"

namespace hgm::io {

struct Projection::Impl {
  OGRSpatialReference from, to;
  std::unique_ptr<OGRCoordinateTransformation> forward, inverse;
};

namespace {
void set_crs(OGRSpatialReference& srs, const std::string& text) {
  if (srs.SetFromUserInput(text.c_str()) != OGRERR_NONE)
    throw DataError("the coordinate reference system '" + text + "' is not understood; give e.g. EPSG:3405.");
  srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
}

Vec2 apply(OGRCoordinateTransformation& t, Vec2 p) {
  double x = p.x, y = p.y;
  if (!t.Transform(1, &x, &y))
    throw DataError("PROJ could not transform the point (" + std::to_string(p.x) + ", " + std::to_string(p.y) + ").");
  return {x, y};
}
}  // namespace

Projection::Projection(const std::string& from, const std::string& to) : impl_(std::make_unique<Impl>()) {
  set_crs(impl_->from, from);
  set_crs(impl_->to, to);
  impl_->forward.reset(OGRCreateCoordinateTransformation(&impl_->from, &impl_->to));
  impl_->inverse.reset(OGRCreateCoordinateTransformation(&impl_->to, &impl_->from));
  if (!impl_->forward || !impl_->inverse)
    throw DataError("PROJ has no transformation from " + from + " to " + to + ".");
}

Projection::~Projection() = default;
Projection::Projection(Projection&&) noexcept = default;
Projection& Projection::operator=(Projection&&) noexcept = default;

Vec2 Projection::forward(Vec2 p) const { return apply(*impl_->forward, p); }
Vec2 Projection::inverse(Vec2 p) const { return apply(*impl_->inverse, p); }

}  // namespace hgm::io
