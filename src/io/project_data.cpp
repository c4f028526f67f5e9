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

std::string project_dir_or_default(const std::string& dir) { return dir.empty() ? default_project_dir() : dir; }

std::string boundary_file_or_default(const std::string& file) { return file.empty() ? default_boundary_file() : file; }

namespace {

// Everything but the registry, which is given; `warnings` null: every value must be for one of its districts.
ProjectData load_with(DistrictRegistry registry, const std::string& dir, Lang lang, std::vector<std::string>* warnings) {
  ProjectData data;
  data.registry = std::move(registry);
  const fs::path root(project_dir_or_default(dir));
  auto path_of = [&](const char* name) { return (root / name).string(); };
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
  for (const fs::path& file : value_files) {
    std::size_t skipped = 0;
    parse_district_values(read_text_file(file.string(), lang), file.string(), data.registry, data.table,
                          warnings ? &skipped : nullptr);
    if (skipped > 0)
      warnings->push_back(io_message(lang, IoText::units_values_skipped, {{"n", std::to_string(skipped)}, {"file", file.string()}}));
  }
  return data;
}

}  // namespace

ProjectData load_project_data(const std::string& dir, Lang lang) {
  const fs::path root(project_dir_or_default(dir));
  const std::string registry_file = (root / "districts.csv").string();
  return load_with(DistrictRegistry::from_csv(read_text_file(registry_file, lang), registry_file), dir, lang, nullptr);
}

ProjectData load_project_data(const std::string& dir, Lang lang, DistrictRegistry units, std::vector<std::string>& warnings) {
  return load_with(std::move(units), dir, lang, &warnings);
}

}  // namespace hgm::io
