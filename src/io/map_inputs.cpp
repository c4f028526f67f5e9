#include "io/map_inputs.h"

#include <filesystem>
#include <future>

#include "core/errors.h"
#include "io/boundary_loader.h"
#include "io/io_text.h"
#include "io/locator_loader.h"
#include "io/national_layer.h"
#include "io/project_data.h"
#include "io/unit_layer.h"

namespace hgm::io {

MapInputs load_map_inputs(const std::string& boundary_file, const std::string& data_dir, Lang lang,
                          const UnitLayer& units, Triangles triangles) {
  MapInputs in;
  if (units.given()) {
    BoundaryOptions options;
    options.lang = lang;
    options.triangles = triangles;
    UnitLayerData layer = load_unit_layer(units, options);
    in.boundaries = std::move(layer.boundaries);
    // No locator inset: a layer of units is its own context (the national layer is the country).
    in.data = load_project_data(data_dir, lang, std::move(layer.registry), in.boundaries.warnings);
    return in;
  }
  const std::string boundaries = boundary_file_or_default(boundary_file);
  // The provinces layer sits beside the districts (in geodata/ and in the national layers).
  // It is read on a thread of its own while the tables and the districts are read here:
  // neither needs the other (about 15 ms of a 150 ms export).
  const std::string provinces = locator_file_beside(boundaries);
  const bool has_provinces = std::filesystem::exists(provinces);
  std::future<LocatorMap> locator;
  if (has_provinces)
    locator = std::async(std::launch::async, [&provinces, lang] {
      LocatorOptions locator_options;
      locator_options.lang = lang;
      return load_locator(provinces, locator_options);
    });
  in.data = load_project_data(data_dir, lang);
  if (is_national_layer(boundaries) && !std::filesystem::exists(boundaries))
    throw DataError(national_layer_missing_message(boundaries, lang));
  BoundaryOptions options;
  options.lang = lang;
  options.triangles = triangles;
  in.boundaries = load_boundaries(boundaries, in.data.registry, options);
  if (has_provinces) {
    try {
      in.locator = locator.get();
    } catch (const DataError& e) {
      in.boundaries.warnings.push_back(io_message(lang, IoText::locator_dropped, {{"error", e.what()}}));
    }
  } else {
    in.boundaries.warnings.push_back(io_message(lang, IoText::locator_missing, {{"path", provinces}}));
  }
  return in;
}

}  // namespace hgm::io
