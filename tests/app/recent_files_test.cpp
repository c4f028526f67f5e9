// The recent-tables list: where it lives, its file's round trip, and broken files ignored.
#include "app/recent_files.h"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <fstream>

#include "app_test_support.h"

namespace hgm::app {
namespace {

using namespace test_support;

fs::path scratch(const std::string& name) {
  static const TempDir dir;
  const fs::path folder = dir.path / name;
  fs::remove_all(folder);
  return folder;
}

void write_text(const fs::path& file, const std::string& text) {
  fs::create_directories(file.parent_path());
  std::ofstream(file, std::ios::binary) << text;
}

TEST(RecentFiles, RoundTripThroughAFolderMadeForIt) {
  const fs::path file = scratch("round-trip") / "config" / "hagiang-map" / "recent-tables.txt";
  const std::vector<std::string> list{"/home/an/Báo cáo quý 2.xlsx", "/tmp/bo sung;1.csv", "/data/q3.ods"};
  write_recent_files(file, list);
  EXPECT_EQ(read_recent_files(file), list);
  EXPECT_EQ(fs::status(file).permissions() & fs::perms::owner_write, fs::perms::owner_write);
}

TEST(RecentFiles, NewestFirstOnceAndAtMostFive) {
  std::vector<std::string> list;
  for (int i = 1; i <= 7; ++i) list = with_recent(list, "/t/" + std::to_string(i) + ".csv");
  EXPECT_EQ(list, (std::vector<std::string>{"/t/7.csv", "/t/6.csv", "/t/5.csv", "/t/4.csv", "/t/3.csv"}));
  list = with_recent(list, "/t/4.csv");
  EXPECT_EQ(list, (std::vector<std::string>{"/t/4.csv", "/t/7.csv", "/t/6.csv", "/t/5.csv", "/t/3.csv"}));
  EXPECT_EQ(with_recent(list, "/t/a\nb.csv"), list) << "a path with a line break cannot be a line of the file";
}

TEST(RecentFiles, BrokenOrMissingFileIsIgnored) {
  const fs::path folder = scratch("broken");
  EXPECT_TRUE(read_recent_files(folder / "missing.txt").empty());
  const fs::path no_header = folder / "no-header.txt";
  write_text(no_header, "/data/a.csv\n/data/b.csv\n");
  EXPECT_TRUE(read_recent_files(no_header).empty());
  const fs::path relative = folder / "relative.txt";
  write_text(relative, "# hagiang-map recent tables v1\n/data/a.csv\nb.csv\n");
  EXPECT_TRUE(read_recent_files(relative).empty());
  const fs::path binary = folder / "binary.txt";
  write_text(binary, std::string("\x89PNG\r\n\x1a\n\0\0\0", 11));
  EXPECT_TRUE(read_recent_files(binary).empty());
  std::string too_many = "# hagiang-map recent tables v1\n";
  for (int i = 0; i < 6; ++i) too_many += "/data/" + std::to_string(i) + ".csv\n";
  const fs::path long_file = folder / "too-many.txt";
  write_text(long_file, too_many);
  EXPECT_TRUE(read_recent_files(long_file).empty());
  // A broken file is replaced at the next save.
  write_recent_files(no_header, {"/data/c.csv"});
  EXPECT_EQ(read_recent_files(no_header), (std::vector<std::string>{"/data/c.csv"}));
}

TEST(RecentFiles, KeptUnderXdgConfigHomeOrHome) {
  const char* old_config = std::getenv("XDG_CONFIG_HOME");
  const char* old_home = std::getenv("HOME");
  const std::string saved_config = old_config ? old_config : "", saved_home = old_home ? old_home : "";
  ::setenv("XDG_CONFIG_HOME", "/srv/cfg", 1);
  EXPECT_EQ(recent_tables_file(), fs::path("/srv/cfg/hagiang-map/recent-tables.txt"));
  ::setenv("XDG_CONFIG_HOME", "relative/not/allowed", 1);  // the XDG spec ignores a relative one
  ::setenv("HOME", "/home/an", 1);
  EXPECT_EQ(recent_tables_file(), fs::path("/home/an/.config/hagiang-map/recent-tables.txt"));
  ::unsetenv("XDG_CONFIG_HOME");
  ::unsetenv("HOME");
  EXPECT_TRUE(recent_tables_file().empty());
  if (old_config) ::setenv("XDG_CONFIG_HOME", saved_config.c_str(), 1);
  if (old_home) ::setenv("HOME", saved_home.c_str(), 1);
}

TEST(RecentFiles, FolderThatCannotBeMadeThrows) {
  const fs::path folder = scratch("unwritable");
  write_text(folder / "a-file", "x");
  // Its folder would have to be made inside a regular file.
  EXPECT_ANY_THROW(write_recent_files(folder / "a-file" / "hagiang-map" / "recent-tables.txt", {"/data/a.csv"}));
}

}  // namespace
}  // namespace hgm::app
