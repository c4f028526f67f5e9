// Sizes too small for a legible map: `export` refuses them (exit 2) in the user's language,
// naming the smallest size that works, and writes nothing; that size then exports.
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>

#include "render/png/png_io.h"
#include "cli_test_support.h"
#include "run_process.h"
#include "temp_dir.h"

namespace hgm {
namespace {

namespace fs = std::filesystem;
using test::run_process;

std::vector<std::string> files_in(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) names.push_back(entry.path().filename().string());
  return names;
}

using test::named_size;

TEST(ExportLegibleSize, TooSmallIsRefusedInVietnameseNamingASizeThatExports) {
  const test::TempDir dir("hgm_legible_vi_");
  const auto r = run_process(HGM_CLI_BINARY, {"export", "--size", "100x100", "--out", dir / "map.png"});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("không xuất bản đồ ở cỡ 100x100"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("11 px"), std::string::npos) << r.err;
  EXPECT_TRUE(files_in(dir.path).empty());
  const std::string smallest = named_size(r.err, "cỡ nhỏ nhất đọc được là ");
  ASSERT_FALSE(smallest.empty()) << r.err;
  const auto ok = run_process(HGM_CLI_BINARY, {"export", "--size", smallest, "--out", dir / "map.png"});
  ASSERT_EQ(ok.exit_code, 0) << ok.err;
  const render::Image img = render::read_png(dir / "map.png");
  EXPECT_EQ(std::to_string(img.width) + "x" + std::to_string(img.height), smallest);
}

TEST(ExportLegibleSize, TooSmallIsRefusedInEnglishForEveryFormat) {
  const test::TempDir dir("hgm_legible_en_");
  for (const char* name : {"map.png", "map.svg", "map.pdf"}) {
    const auto r = run_process(HGM_CLI_BINARY, {"export", "--size", "300x120", "--lang", "en", "--out", dir / name});
    EXPECT_EQ(r.exit_code, 2) << r.err;
    EXPECT_NE(r.err.find("not exporting the map at 300x120: too small"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("nothing was written"), std::string::npos) << r.err;
    const std::string smallest = named_size(r.err, "the smallest legible size is ");
    ASSERT_FALSE(smallest.empty()) << r.err;
    // The same shape, larger.
    const int w = std::stoi(smallest), h = std::stoi(smallest.substr(smallest.find('x') + 1));
    EXPECT_GT(w, 300);
    EXPECT_NEAR(double(w) / h, 2.5, 0.02);
  }
  EXPECT_TRUE(files_in(dir.path).empty());
}

TEST(ExportLegibleSize, SmallButLegibleSizesAndPaperExport) {
  const test::TempDir dir("hgm_legible_ok_");
  const auto small = run_process(HGM_CLI_BINARY, {"export", "--size", "640x360", "--out", dir / "small.png"});
  EXPECT_EQ(small.exit_code, 0) << small.err;
  const auto paper = run_process(HGM_CLI_BINARY, {"export", "--paper", "A4", "--orientation", "portrait", "--dpi", "72",
                                                  "--out", dir / "a4.svg"});
  EXPECT_EQ(paper.exit_code, 0) << paper.err;
  EXPECT_TRUE(fs::exists(dir / "small.png"));
  EXPECT_TRUE(fs::exists(dir / "a4.svg"));
}

}  // namespace
}  // namespace hgm
