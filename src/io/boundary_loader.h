#pragma once
// Reads district boundaries from any vector format GDAL reads, matches each feature to
// the registry (by GSO code, else by name), projects it and prepares it for drawing.
#include <string>

#include "core/data/district_geometry.h"
#include "core/data/district_registry.h"
#include "core/text/lang.h"
#include "io/display_shape.h"
#include "io/projection.h"

namespace hgm::io {

struct BoundaryOptions {
  std::string target_crs = kDefaultMapCrs;
  std::string layer;  // empty: the first layer
  Lang lang = Lang::vi;  // of the errors and warnings
  Triangles triangles = Triangles::now;
};

// Throws hgm::DataError naming the file (and what to do) when it cannot be opened or
// holds no usable district. Features that match no district, or repeat one, are skipped
// and listed in BoundarySet::warnings with their feature id and name.
BoundarySet load_boundaries(const std::string& path, const DistrictRegistry& registry,
                            const BoundaryOptions& options = {});

}  // namespace hgm::io
