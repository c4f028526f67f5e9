#pragma once
// Loads everything a map is made from (hgm::MapInputs, core/spec/map_inputs.h).
#include <string>

#include "core/spec/map_inputs.h"
#include "core/spec/map_spec.h"
#include "io/display_shape.h"
#include "io/project_data.h"

namespace hgm::io {

using MapInputs = hgm::MapInputs;

// Empty arguments take the defaults (default_boundary_file(), default_project_dir()).
// Errors and warnings are in `lang`.
// With `units` given (--units), the map's units are that layer's features (io/unit_layer.h)
// and `boundary_file` is not read. `triangles`: when the districts' triangles are made
// (io/display_shape.h).
MapInputs load_map_inputs(const std::string& boundary_file = {}, const std::string& data_dir = {},
                          Lang lang = Lang::vi, const UnitLayer& units = {}, Triangles triangles = Triangles::now);

}  // namespace hgm::io
