#include "io/map_inputs.h"

#include <filesystem>

#include "core/errors.h"
#include "io/boundary_loader.h"
#include "io/io_text.h"
#include "io/locator_loader.h"
#include "io/national_layer.h"
#include "io/unit_layer.h"

namespace hgm::io {

MapInputs load_map_inputs(const std::string& boundary_file, const std::string& data_dir, Lang lang,
                          const UnitLayer& units) {
  MapInputs in;
  if (units.given()) {
    BoundaryOptions options;
    options.lang = lang;
    UnitLayerData layer = load_unit_layer(units, options);
    in.boundaries = std::move(layer.boundaries);
    // No locator inset: a layer of units is its own context (the national layer is the country).
    in.data = load_project_data(data_dir, lang, std::move(layer.registry), in.boundaries.warnings);
    return in;
  }
  in.data = load_project_data(data_dir, lang);
  const std::string boundaries = boundary_file.empty() ? default_boundary_file() : boundary_file;
  if (is_national_layer(boundaries) && !std::filesystem::exists(boundaries))
    throw DataError(national_layer_missing_message(boundaries, lang));
  BoundaryOptions options;
  options.lang = lang;
  in.boundaries = load_boundaries(boundaries, in.data.registry, options);
  // The provinces layer sits beside the districts (in geodata/ and in the national layers).
  const std::string provinces = locator_file_beside(boundaries);
  if (std::filesystem::exists(provinces)) {
    try {
      LocatorOptions locator_options;
      locator_options.lang = lang;
      in.locator = load_locator(provinces, locator_options);
    } catch (const DataError& e) {
      in.boundaries.warnings.push_back(io_message(lang, IoText::locator_dropped, {{"error", e.what()}}));
    }
  } else {
    in.boundaries.warnings.push_back(io_message(lang, IoText::locator_missing, {{"path", provinces}}));
  }
  return in;
}

}  // namespace hgm::io
