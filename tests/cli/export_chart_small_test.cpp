// Chart views at sizes where their rows do not all fit. The ranking never drops a row (a
// ranking missing districts misleads): it is refused like a map too small to read (exit
// 2, nothing written), naming the smallest size that shows every row legibly, and that
// size then exports with all eleven districts. The overview and the profile keep the rows
// that fit and say so, on the image and on the command line.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <regex>

#include "cli_test_support.h"
#include "run_process.h"
#include "temp_dir.h"

namespace hgm {
namespace {

namespace fs = std::filesystem;
using test::run_process;

bool empty_dir(const fs::path& dir) { return fs::directory_iterator(dir) == fs::directory_iterator(); }

using test::named_size;

const char* const kDistricts[] = {"Hà Giang", "Đồng Văn", "Mèo Vạc", "Yên Minh", "Quản Bạ", "Vị Xuyên",
                                  "Bắc Mê", "Hoàng Su Phì", "Xín Mần", "Bắc Quang", "Quang Bình"};

TEST(ExportChartSmall, ARankingTooSmallForEveryRowIsRefusedNamingTheSmallestThatFits) {
  const test::TempDir dir("hgm_chart_small_rank_");
  for (const char* name : {"rank.png", "rank.svg", "rank.pdf"}) {
    const auto r = run_process(HGM_CLI_BINARY, {"export", "--view", "rank", "--size", "640x360", "--out", dir / name});
    EXPECT_EQ(r.exit_code, 2) << r.err;
    EXPECT_NE(r.err.find("không xuất biểu đồ rank ở cỡ 640x360"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("11 px"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("không ghi tệp nào"), std::string::npos) << r.err;
  }
  EXPECT_TRUE(empty_dir(dir.path));

  const auto en = run_process(HGM_CLI_BINARY,
                              {"export", "--view", "rank", "--size", "640x360", "--lang", "en", "--out", dir / "rank.svg"});
  ASSERT_EQ(en.exit_code, 2) << en.err;
  EXPECT_NE(en.err.find("not exporting the rank chart at 640x360: not every row fits"), std::string::npos) << en.err;
  const std::string smallest = named_size(en.err, "the smallest size that shows every row legibly is ");
  ASSERT_FALSE(smallest.empty()) << en.err;
  const int w = std::stoi(smallest), h = std::stoi(smallest.substr(smallest.find('x') + 1));
  EXPECT_GT(w, 640);
  EXPECT_NEAR(double(w) / h, 640.0 / 360.0, 0.01);  // the same shape, larger

  // That size writes every district's row; one size step smaller is still refused.
  const auto ok = run_process(HGM_CLI_BINARY, {"export", "--view", "rank", "--size", smallest, "--out", dir / "rank.svg"});
  ASSERT_EQ(ok.exit_code, 0) << ok.err;
  const std::string svg = test::slurp(dir / "rank.svg");
  for (const char* district : kDistricts) EXPECT_NE(svg.find(district), std::string::npos) << district;
  const std::string smaller = std::to_string(w - 16) + "x" + std::to_string(static_cast<int>(std::lround((w - 16) * 360.0 / 640)));
  const auto refused = run_process(HGM_CLI_BINARY, {"export", "--view", "rank", "--size", smaller, "--out", dir / "small.png"});
  EXPECT_EQ(refused.exit_code, 2) << smaller << "\n" << refused.err;
  EXPECT_FALSE(fs::exists(dir / "small.png"));
}

TEST(ExportChartSmall, TheOverviewKeepsTheRowsThatFitAndSaysSoOnTheImageAndTheCommandLine) {
  const test::TempDir dir("hgm_chart_small_overview_");
  const auto r = run_process(HGM_CLI_BINARY,
                             {"export", "--view", "overview", "--size", "640x360", "--lang", "en", "--out", dir / "o.svg"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::smatch m;
  const std::regex note("Only ([0-9]+) of 37 indicators fit 640×360[^\n]*");
  ASSERT_TRUE(std::regex_search(r.err, m, note)) << r.err;
  EXPECT_LT(std::stoi(m[1]), 37);
  // The very words on the image.
  const std::string svg = test::slurp(dir / "o.svg");
  EXPECT_NE(svg.find("Only " + m[1].str() + " of 37 indicators fit 640×360"), std::string::npos);
  // How to see them all is said on the command line, never drawn on a slide.
  EXPECT_NE(r.err.find("; export a larger size (--size 3840x2160) or run 'hagiang-map overview' to see them all"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(svg.find("hagiang-map overview"), std::string::npos);
  // Large enough for every row: no note anywhere.
  const auto big = run_process(HGM_CLI_BINARY,
                               {"export", "--view", "overview", "--size", "3840x2160", "--lang", "en", "--out", dir / "big.svg"});
  ASSERT_EQ(big.exit_code, 0) << big.err;
  EXPECT_EQ(big.err.find("indicators fit"), std::string::npos) << big.err;
  EXPECT_EQ(test::slurp(dir / "big.svg").find("indicators fit"), std::string::npos);
}

TEST(ExportChartSmall, TheProfileSaysItsCutInVietnamese) {
  const test::TempDir dir("hgm_chart_small_profile_");
  const auto r = run_process(HGM_CLI_BINARY, {"export", "--view", "profile", "--district", "033", "--district", "024",
                                              "--size", "400x300", "--out", dir / "p.png"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(std::regex_search(r.err, std::regex("Khổ 400×300 chỉ vừa [0-9]+/[0-9]+ chỉ tiêu"))) << r.err;
  EXPECT_NE(r.err.find("hagiang-map profile --district 033 --district 024"), std::string::npos) << r.err;
  EXPECT_TRUE(fs::exists(dir / "p.png"));
}

}  // namespace
}  // namespace hgm
