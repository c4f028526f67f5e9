#pragma once
// OGR polygons to core shapes (internal to src/io).
#include <optional>

#include "core/geometry.h"

class OGRGeometry;

namespace hgm::io {

// Polygon or MultiPolygon to a MultiPolygon (closing points dropped); nullopt for
// any other geometry type.
std::optional<MultiPolygon> to_shape(const OGRGeometry& geom);

}  // namespace hgm::io
