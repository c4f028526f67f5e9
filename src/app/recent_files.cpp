#include "app/recent_files.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>

#include "render/atomic_file.h"

namespace hgm::app {

namespace {

namespace fs = std::filesystem;

constexpr const char* kHeader = "# hagiang-map recent tables v1";

bool fits_a_line(const std::string& path) { return path.find_first_of("\n\r") == std::string::npos; }

}  // namespace

fs::path recent_tables_file() {
  const char* config = std::getenv("XDG_CONFIG_HOME");
  fs::path base;
  if (config != nullptr && fs::path(config).is_absolute()) {
    base = config;
  } else if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0') {
    base = fs::path(home) / ".config";
  } else {
    return {};
  }
  return base / "hagiang-map" / "recent-tables.txt";
}

std::vector<std::string> read_recent_files(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::string line;
  if (!in || !std::getline(in, line) || line != kHeader) return {};
  std::vector<std::string> list;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    // Anything but absolute paths, or too many of them: not a file this program wrote.
    if (!fs::path(line).is_absolute() || line.find('\0') != std::string::npos || list.size() == kRecentTables)
      return {};
    if (std::find(list.begin(), list.end(), line) == list.end()) list.push_back(line);
  }
  return list;
}

std::vector<std::string> with_recent(std::vector<std::string> list, const std::string& path) {
  if (path.empty() || !fits_a_line(path)) return list;
  list.erase(std::remove(list.begin(), list.end(), path), list.end());
  list.insert(list.begin(), path);
  if (list.size() > kRecentTables) list.resize(kRecentTables);
  return list;
}

void write_recent_files(const fs::path& file, const std::vector<std::string>& list) {
  std::error_code ignored;
  fs::create_directories(file.parent_path(), ignored);  // a failure shows in the write
  std::string text = std::string(kHeader) + "\n";
  for (const std::string& path : list)
    if (fits_a_line(path)) text += path + "\n";
  render::write_file_atomically(file, text, "text");
}

}  // namespace hgm::app
