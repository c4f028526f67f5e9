#include "io/map_inputs.h"

#include <filesystem>

#include "core/errors.h"
#include "io/boundary_loader.h"
#include "io/locator_loader.h"
#include "io/national_layer.h"

namespace hgm::io {

MapInputs load_map_inputs(const std::string& boundary_file, const std::string& data_dir, Lang lang) {
  MapInputs in;
  in.data = load_project_data(data_dir);
  const std::string boundaries = boundary_file.empty() ? default_boundary_file() : boundary_file;
  if (is_national_layer(boundaries) && !std::filesystem::exists(boundaries))
    throw DataError(national_layer_missing_message(boundaries, lang));
  in.boundaries = load_boundaries(boundaries, in.data.registry);
  // The provinces layer sits beside the districts (in geodata/ and in the national layers).
  const std::string provinces = locator_file_beside(boundaries);
  if (std::filesystem::exists(provinces)) {
    try {
      in.locator = load_locator(provinces);
    } catch (const DataError& e) {
      in.boundaries.warnings.push_back(std::string(e.what()) + " The map is drawn without the locator inset.");
    }
  } else {
    in.boundaries.warnings.push_back(provinces + ": not found; the map is drawn without the locator inset.");
  }
  return in;
}

}  // namespace hgm::io
