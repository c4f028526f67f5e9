#pragma once
// Any polygon layer as the map's units (--units FILE --code-field F --name-field F): every
// feature with a code becomes a unit, named and joined to tables by that code and name.
#include "core/data/district_geometry.h"
#include "core/data/district_registry.h"
#include "core/spec/map_spec.h"
#include "io/boundary_loader.h"

namespace hgm::io {

struct UnitLayerData {
  DistrictRegistry registry;  // one unit per drawn feature, in the layer's order
  BoundarySet boundaries;
};

// Throws hgm::DataError naming the file when it cannot be read, lacks one of the fields, has
// no feature with a code, or lies far from Viet Nam (a wrong coordinate system). Features
// without a code, repeating an earlier code or without a usable polygon are left out, each
// kind summarised in one warning.
UnitLayerData load_unit_layer(const UnitLayer& units, const BoundaryOptions& options = {});

}  // namespace hgm::io
