#pragma once
// The last tables the window opened, newest first, kept between runs in a small text file
// under $XDG_CONFIG_HOME/hagiang-map/ (~/.config/hagiang-map/ without it): a header line,
// then one absolute path a line. A file that is not that (edited by hand, cut short) is
// ignored as if absent, and replaced at the next save.
#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace hgm::app {

inline constexpr std::size_t kRecentTables = 5;

// $XDG_CONFIG_HOME/hagiang-map/recent-tables.txt, or under $HOME/.config; empty when
// neither variable is set (nothing is then remembered).
std::filesystem::path recent_tables_file();

// The paths in `file`, at most kRecentTables; empty when it is missing or broken.
std::vector<std::string> read_recent_files(const std::filesystem::path& file);

// `list` with `path` first, once, cut to kRecentTables. A path that cannot be one line of
// the file (a line break in it) leaves the list as it was.
std::vector<std::string> with_recent(std::vector<std::string> list, const std::string& path);

// Writes `list` to `file` atomically, making its folder. Throws what the atomic writer
// throws (render::ImageIoError) when it cannot be written.
void write_recent_files(const std::filesystem::path& file, const std::vector<std::string>& list);

}  // namespace hgm::app
