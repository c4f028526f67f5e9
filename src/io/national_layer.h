#pragma once
// The 708-district national layer (vietnam_adm2.*, about 2 MB) is not committed: set-up
// obtains it into .cache/geodata/ when wanted (scripts/obtain-boundaries.sh).
#include <string>

#include "core/text/lang.h"

namespace hgm::io {

// Where scripts/obtain-boundaries.sh puts the national layers.
std::string national_layer_dir();

// True for a path naming the national district layer (file vietnam_adm2.*).
bool is_national_layer(const std::string& path);

// The provinces layer beside the district boundaries: vietnam_adm1.shp if there, else
// vietnam_adm1_inset.shp (the path of the former when neither is there).
std::string locator_file_beside(const std::string& boundary_file);

// Says that `path` (the national layer) is missing and how to obtain it.
std::string national_layer_missing_message(const std::string& path, Lang lang);

}  // namespace hgm::io
