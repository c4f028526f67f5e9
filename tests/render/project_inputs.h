#pragma once
// The project's own boundaries and tables, and the renderer's font, loaded once per test
// process (each ctest test runs in its own process), for the tests of the real maps and
// chart views.
#include <string>

#include "io/map_inputs.h"
#include "render/text/font.h"

namespace hgm::test {

inline const io::MapInputs& project_inputs() {
  static const io::MapInputs inputs = io::load_map_inputs(
      std::string(HGM_TEST_BOUNDARY_DIR) + "/hagiang_districts.shp", HGM_TEST_PROJECT_GEODATA_DIR, Lang::vi);
  return inputs;
}

inline const render::Font& project_font() {
  static const render::Font regular;
  return regular;
}

}  // namespace hgm::test
