#pragma once
// Everything a map is made from: the project's tables and the boundaries.
#include <string>

#include "core/data/district_geometry.h"
#include "core/layout/scene.h"
#include "core/text/lang.h"
#include "io/project_data.h"

namespace hgm::io {

struct MapInputs {
  ProjectData data;
  BoundarySet boundaries;
  LocatorMap locator;  // empty when the national provinces layer is missing (a warning says so)
};

// Empty arguments take the defaults (default_boundary_file(), default_project_dir()).
// Errors and warnings are in `lang`.
MapInputs load_map_inputs(const std::string& boundary_file, const std::string& data_dir, Lang lang);

}  // namespace hgm::io
