#include "io/national_layer.h"

#include <filesystem>

#include "io/io_text.h"

namespace hgm::io {

std::string national_layer_dir() { return HGM_NATIONAL_GEODATA_DIR; }

bool is_national_layer(const std::string& path) {
  return std::filesystem::path(path).stem() == "vietnam_adm2";
}

std::string national_layer_missing_message(const std::string& path, Lang lang) {
  return io_message(lang, IoText::national_layer_missing, {{"path", path}, {"dir", national_layer_dir()}});
}

}  // namespace hgm::io
