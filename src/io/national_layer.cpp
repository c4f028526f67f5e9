#include "io/national_layer.h"

#include <filesystem>

#include "io/io_text.h"

namespace hgm::io {

std::string national_layer_dir() { return HGM_NATIONAL_GEODATA_DIR; }

bool is_national_layer(const std::string& path) {
  return std::filesystem::path(path).stem() == "vietnam_adm2";
}

std::string locator_file_beside(const std::string& boundary_file) {
  const std::filesystem::path dir = std::filesystem::path(boundary_file).parent_path();
  const std::filesystem::path inset = dir / "vietnam_adm1_inset.shp";
  if (!std::filesystem::exists(dir / "vietnam_adm1.shp") && std::filesystem::exists(inset)) return inset.string();
  return (dir / "vietnam_adm1.shp").string();
}

std::string national_layer_missing_message(const std::string& path, Lang lang) {
  return io_message(lang, IoText::national_layer_missing, {{"path", path}, {"dir", national_layer_dir()}});
}

}  // namespace hgm::io
