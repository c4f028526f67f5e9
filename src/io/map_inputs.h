#pragma once
// Everything a map is made from: the project's tables and the boundaries.
#include <string>

#include "core/data/district_geometry.h"
#include "core/text/number_format.h"
#include "core/layout/scene.h"
#include "io/project_data.h"

namespace hgm::io {

struct MapInputs {
  ProjectData data;
  BoundarySet boundaries;
  LocatorMap locator;  // empty when no provinces layer is beside the boundaries (a warning says so)
};

// Empty arguments take the defaults (default_boundary_file(), default_project_dir()).
// `lang` is for the message when the national layer is asked for but not obtained.
MapInputs load_map_inputs(const std::string& boundary_file = {}, const std::string& data_dir = {},
                          Lang lang = Lang::vi);

}  // namespace hgm::io
