#pragma once
// The project's own tables (geodata/: district registry, indicators, values) and where
// the default map's boundaries are (committed in geodata/ too).
#include <string>
#include <vector>

#include "core/spec/map_inputs.h"

namespace hgm::io {

using ProjectData = hgm::ProjectData;  // core/spec/map_inputs.h

// Reads districts.csv, indicators.csv, province_reference.csv and every values-*.csv.
// Throws hgm::DataError naming the file and line of the first problem.
// An empty `dir` means default_project_dir().
ProjectData load_project_data(const std::string& dir, Lang lang);
// The same with the units of a layer (io/unit_layer.h) in place of districts.csv: the
// project's values join them by code where the codes agree; the others are left out, said
// in one warning per values file.
ProjectData load_project_data(const std::string& dir, Lang lang, DistrictRegistry units,
                              std::vector<std::string>& warnings);

std::string default_project_dir();    // the source tree's geodata/
// $HAGIANG_GEODATA_DIR/hagiang_districts.shp if set, else the one committed in geodata/.
std::string default_boundary_file();
// `dir`, or default_project_dir() when it is empty (an empty --data).
std::string project_dir_or_default(const std::string& dir);
// `file`, or default_boundary_file() when it is empty (an empty --boundaries).
std::string boundary_file_or_default(const std::string& file);

}  // namespace hgm::io
