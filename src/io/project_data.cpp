#include "io/project_data.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "core/errors.h"
#include "core/data/indicator_csv.h"
#include "io/io_text.h"
#include "io/text_file.h"

namespace hgm::io {

namespace fs = std::filesystem;

std::string default_project_dir() { return HGM_PROJECT_GEODATA_DIR; }

// --boundaries (handled by the caller) > $HAGIANG_GEODATA_DIR > the committed geodata/.
std::string default_boundary_file() {
  if (const char* env = std::getenv("HAGIANG_GEODATA_DIR"); env && *env)
    return (fs::path(env) / "hagiang_districts.shp").string();
  return (fs::path(default_project_dir()) / "hagiang_districts.shp").string();
}

ProjectData load_project_data(const std::string& dir, Lang lang) {
  ProjectData data;
  const fs::path root(dir.empty() ? default_project_dir() : dir);
  auto path_of = [&](const char* name) { return (root / name).string(); };
  data.registry = DistrictRegistry::from_csv(read_text_file(path_of("districts.csv"), lang), path_of("districts.csv"));
  parse_indicator_list(read_text_file(path_of("indicators.csv"), lang), path_of("indicators.csv"), data.table);
  if (fs::exists(root / "province_reference.csv"))
    parse_province_references(read_text_file(path_of("province_reference.csv"), lang), path_of("province_reference.csv"),
                              data.table);
  std::vector<fs::path> value_files;
  for (const auto& entry : fs::directory_iterator(root)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind("values-", 0) == 0 && entry.path().extension() == ".csv") value_files.push_back(entry.path());
  }
  std::sort(value_files.begin(), value_files.end());
  for (const fs::path& file : value_files)
    parse_district_values(read_text_file(file.string(), lang), file.string(), data.registry, data.table);
  return data;
}

}  // namespace hgm::io
