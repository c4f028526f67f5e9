#pragma once
// The default map's boundaries and locator as the build read them from geodata/, through
// GDAL, PROJ and GEOS (the hgm_bake_default tool), embedded in the programs: the default map
// is drawn without loading GDAL. The build records every file the loading read (its name,
// size and a hash of its bytes); at run time they are compared with the files as they are
// then, and any difference, or a map other than the default, leaves the loading to GDAL.
// The project's tables are read at run time either way (io/project_data.h). What is not
// compared: the versions of GDAL, PROJ (its database) and GEOS. Their update changes the
// default map only with the next build, which bakes it again.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/spec/map_inputs.h"
#include "core/text/lang.h"

namespace hgm::io {

// The files a map's boundaries are made from: every file beside `boundary_file` and the
// provinces layer sharing their names' stem (.shp, .shx, .dbf, .prj, .cpg …), and the
// registry of districts they are matched against (districts.csv in `data_dir`).
std::vector<std::string> default_map_sources(const std::string& boundary_file, const std::string& data_dir);

// The bytes to embed: the default map as loaded in Vietnamese and in English, and the files
// it came from as they are now.
std::string baked_default_bytes(const MapInputs& vi, const MapInputs& en, const std::string& boundary_file,
                                const std::string& data_dir);

// The map's inputs from baked bytes, when `boundary_file` and `data_dir` (empty: the defaults)
// name the map that was baked and its files are unchanged since; else nothing.
std::optional<MapInputs> load_baked(std::string_view bytes, const std::string& boundary_file, const std::string& data_dir,
                                    Lang lang);

// The bytes the build baked, embedded in the programs (io/baked_default_data.cpp).
std::string_view embedded_baked_default();

// load_baked over those bytes.
std::optional<MapInputs> load_baked_default(const std::string& boundary_file, const std::string& data_dir, Lang lang);

}  // namespace hgm::io
