#include "io/map_inputs.h"

#include "io/boundary_loader.h"

namespace hgm::io {

MapInputs load_map_inputs(const std::string& boundary_file, const std::string& data_dir) {
  MapInputs in;
  in.data = load_project_data(data_dir.empty() ? default_project_dir() : data_dir);
  in.boundaries = load_boundaries(boundary_file.empty() ? default_boundary_file() : boundary_file, in.data.registry);
  return in;
}

}  // namespace hgm::io
