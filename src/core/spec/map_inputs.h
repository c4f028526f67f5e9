#pragma once
// Everything a map is made from: the project's tables and the boundaries. Core types
// only; src/io has the loaders that fill them (io/project_data.h, io/map_inputs.h).
#include "core/data/district_geometry.h"
#include "core/data/district_registry.h"
#include "core/data/indicator.h"
#include "core/layout/scene.h"

namespace hgm {

struct ProjectData {
  DistrictRegistry registry;
  IndicatorTable table;
};

struct MapInputs {
  ProjectData data;
  BoundarySet boundaries;
  LocatorMap locator;  // empty when no provinces layer is beside the boundaries (a warning says so)
};

}  // namespace hgm
