#include "io/map_inputs.h"

#include <filesystem>

#include "core/errors.h"
#include "io/boundary_loader.h"
#include "io/io_text.h"
#include "io/locator_loader.h"

namespace hgm::io {

MapInputs load_map_inputs(const std::string& boundary_file, const std::string& data_dir, Lang lang) {
  MapInputs in;
  in.data = load_project_data(data_dir, lang);
  const std::string boundaries = boundary_file.empty() ? default_boundary_file() : boundary_file;
  in.boundaries = load_boundaries(boundaries, in.data.registry, {.lang = lang});
  // The provinces layer sits beside the districts (set-up puts both there).
  const std::string provinces = locator_file_beside(boundaries);
  if (std::filesystem::exists(provinces)) {
    try {
      in.locator = load_locator(provinces, {.lang = lang});
    } catch (const DataError& e) {
      in.boundaries.warnings.push_back(io_message(lang, IoText::locator_dropped, {{"error", e.what()}}));
    }
  } else {
    in.boundaries.warnings.push_back(io_message(lang, IoText::locator_missing, {{"path", provinces}}));
  }
  return in;
}

}  // namespace hgm::io
