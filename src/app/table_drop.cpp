#include "app/table_drop.h"

#include <SDL.h>

#include <algorithm>
#include <filesystem>

namespace hgm::app {

bool is_table_file(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext == ".csv" || ext == ".xlsx" || ext == ".ods";
}

std::optional<std::string> take_dropped_file(const SDL_Event& event) {
  if (event.type != SDL_DROPFILE || event.drop.file == nullptr) return std::nullopt;
  std::string path(event.drop.file);
  SDL_free(event.drop.file);
  return path;
}

}  // namespace hgm::app
