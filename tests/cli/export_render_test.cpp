// The headless render test: export through the real CLI, then check each district's
// interior pixels against what `inspect` says its fill is.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <map>
#include <nlohmann/json.hpp>

#include "core/thematic/color.h"
#include "label_boxes.h"
#include "render/png/png_io.h"
#include "run_process.h"
#include "temp_dir.h"

namespace hgm {
namespace {

namespace fs = std::filesystem;
using test::run_process;

struct Sampled {
  std::map<std::string, int> counts;  // "#rrggbb" -> pixels
  int total = 0;
};

// Pixels in the disc of radius r around (cx, cy): within the district by construction
// (it is inside the largest inscribed circle).
// Pixels under any label (text and halo) are left out.
Sampled sample_disc(const render::Image& img, double cx, double cy, double r, const test::LabelBoxes& labels) {
  Sampled s;
  for (int y = static_cast<int>(cy - r); y <= static_cast<int>(cy + r); ++y)
    for (int x = static_cast<int>(cx - r); x <= static_cast<int>(cx + r); ++x) {
      if (x < 0 || y < 0 || x >= img.width || y >= img.height) continue;
      if ((x - cx) * (x - cx) + (y - cy) * (y - cy) > r * r) continue;
      if (labels.cover(x, y)) continue;
      ++s.counts[to_hex(img.pixel(x, y))];
      ++s.total;
    }
  return s;
}

void check_export(const std::string& indicator, const std::string& size, const std::string& lang,
                  const std::vector<std::string>& extra = {}) {
  const fs::path png = fs::temp_directory_path() / ("hgm_export_" + indicator + "_" + lang + "_" + std::to_string(::getpid()) + ".png");
  std::vector<std::string> ex_args = {"export", "--indicator", indicator, "--period", "2021-Q1", "--size",
                                      size, "--lang", lang, "--out", png.string()};
  std::vector<std::string> in_args = {"inspect", "--indicator", indicator, "--period", "2021-Q1", "--size",
                                      size, "--lang", lang, "--json"};
  ex_args.insert(ex_args.end(), extra.begin(), extra.end());
  in_args.insert(in_args.end(), extra.begin(), extra.end());
  const auto ex = run_process(HGM_CLI_BINARY, ex_args);
  ASSERT_EQ(ex.exit_code, 0) << ex.err;
  const auto in = run_process(HGM_CLI_BINARY, in_args);
  ASSERT_EQ(in.exit_code, 0) << in.err;
  const auto j = nlohmann::json::parse(in.out);
  const render::Image img = render::read_png(png.string());
  ASSERT_EQ(std::to_string(img.width) + "x" + std::to_string(img.height), size);
  const test::LabelBoxes labels(j["label_boxes_px"], 1);
  for (const auto& d : j["districts"]) {
    const auto& p = d["interior_point"];
    // 90 % of the inscribed radius keeps clear of the outlines; the label box is left out.
    const Sampled s = sample_disc(img, p["pixel_x"].get<double>(), p["pixel_y"].get<double>(),
                                  0.9 * p["radius_px"].get<double>(), labels);
    ASSERT_GT(s.total, 30) << d["code"];
    const std::string fill = d["fill"];
    const int fill_pixels = s.counts.count(fill) ? s.counts.at(fill) : 0;
    if (d["pattern"] == "solid") {
      EXPECT_GT(fill_pixels, s.total / 2) << d["code"] << " expected mostly " << fill;
    } else {
      // Patterned areas show both their fill and their pattern colour.
      const std::string pattern = d["pattern_color"];
      const int pattern_pixels = s.counts.count(pattern) ? s.counts.at(pattern) : 0;
      EXPECT_GT(fill_pixels, s.total / 5) << d["code"] << " " << fill;
      EXPECT_GT(pattern_pixels, s.total / 50) << d["code"] << " " << pattern;
    }
  }
  fs::remove(png);
}

TEST(ExportRender, DefaultMapAt3840x2160MatchesInspect) { check_export("budget_revenue_attainment", "3840x2160", "vi"); }

TEST(ExportRender, RangesAndFlagsInEnglishMatchInspect) {
  check_export("investment_disbursement", "1920x1080", "en");
  check_export("overdue_admin_files", "1280x720", "vi");
}

TEST(ExportRender, EveryClassificationMethodAndPaletteKindMatchesInspect) {
  for (const std::vector<std::string>& extra : std::vector<std::vector<std::string>>{
           {"--method", "jenks", "--classes", "4"},
           {"--method", "quantile"},
           {"--method", "equal", "--palette", "Blues"},
           {"--method", "stddev"},
           {"--breaks", "10,15.8,30"},
           {"--method", "unique", "--palette", "YlOrRd"},
           {"--palette", "RdBu"}}) {
    SCOPED_TRACE(extra[1]);
    check_export("budget_revenue_attainment", "1600x900", "vi", extra);
  }
}

TEST(ExportRender, BoundOnlyDistrictLooksDifferentFromExact) {
  // Xín Mần is stated exactly (47,4%); Bắc Mê only as "not above 15,8%".
  const fs::path png = fs::temp_directory_path() / ("hgm_bound_" + std::to_string(::getpid()) + ".png");
  ASSERT_EQ(run_process(HGM_CLI_BINARY, {"export", "--size", "1920x1080", "--out", png.string()}).exit_code, 0);
  const auto j = nlohmann::json::parse(run_process(HGM_CLI_BINARY, {"inspect", "--json", "--size", "1920x1080"}).out);
  const render::Image img = render::read_png(png.string());
  const test::LabelBoxes labels(j["label_boxes_px"], 1);
  auto share_of_top_two = [&](const nlohmann::json& d) {
    const auto& p = d["interior_point"];
    const Sampled s = sample_disc(img, p["pixel_x"].get<double>(), p["pixel_y"].get<double>(),
                                  0.9 * p["radius_px"].get<double>(), labels);
    std::vector<int> counts;
    for (const auto& [hex, n] : s.counts) counts.push_back(n);
    std::sort(counts.rbegin(), counts.rend());
    counts.resize(2, 0);
    return std::pair{static_cast<double>(counts[0]) / s.total, static_cast<double>(counts[1]) / s.total};
  };
  const auto exact = share_of_top_two(j["districts"][8]);  // 033
  const auto bound = share_of_top_two(j["districts"][6]);  // 031
  ASSERT_EQ(j["districts"][8]["kind"], "exact");
  ASSERT_EQ(j["districts"][6]["kind"], "at_most");
  EXPECT_GT(exact.first, 0.95);   // one flat colour
  EXPECT_LT(bound.first, 0.85);   // a fill and hatch lines
  EXPECT_GT(bound.second, 0.10);
  fs::remove(png);
}

TEST(ExportRender, UnwritableTargetFailsWithoutLeavingFiles) {
  const auto r = run_process(HGM_CLI_BINARY, {"export", "--out", "/nonexistent-dir/map.png"});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find("/nonexistent-dir/map.png"), std::string::npos) << r.err;
  // In a writable folder where the final rename fails (a folder holds the name), the
  // temporary file is removed and the folder is left as it was.
  const fs::path dir = fs::temp_directory_path() / ("hgm_unwritable_" + std::to_string(::getpid()));
  fs::create_directories(dir / "map.png");
  const auto blocked = run_process(HGM_CLI_BINARY, {"export", "--out", (dir / "map.png").string()});
  EXPECT_NE(blocked.exit_code, 0);
  std::vector<std::string> left;
  for (const auto& entry : fs::directory_iterator(dir)) left.push_back(entry.path().filename().string());
  EXPECT_EQ(left, (std::vector<std::string>{"map.png"}));
  EXPECT_TRUE(fs::is_directory(dir / "map.png"));
  fs::remove_all(dir);
}

}  // namespace
}  // namespace hgm

namespace hgm {
namespace {

// The SVG export is the same map as text: its words and colours can be checked directly.
TEST(ExportSvg, VietnameseAndEnglishMapsSayWhatTheyShow) {
  const fs::path vi = fs::temp_directory_path() / ("hgm_vi_" + std::to_string(::getpid()) + ".svg");
  const fs::path en = fs::temp_directory_path() / ("hgm_en_" + std::to_string(::getpid()) + ".svg");
  ASSERT_EQ(run_process(HGM_CLI_BINARY, {"export", "--out", vi.string()}).exit_code, 0);
  ASSERT_EQ(run_process(HGM_CLI_BINARY, {"export", "--lang", "en", "--out", en.string()}).exit_code, 0);
  const std::string v = test::slurp(vi), e = test::slurp(en);
  for (const char* text : {"Thu NSNN trên địa bàn (% kế hoạch tỉnh giao)", "Quý I/2021", "8,6% – 11,5%",
                           "không trên 15,8% (suy ra)", "Toàn tỉnh: 15,8%", "Xín Mần", "TP. Hà Giang",
                           "Vị trí tỉnh Hà Giang", "Nguồn số liệu:"})
    EXPECT_NE(v.find(text), std::string::npos) << text;
  for (const char* text : {"State budget revenue (% of the provincial plan)", "Q1 2021", "8.6% – 11.5%",
                           "at most 15.8% (inferred)", "Province: 15.8%", "Xín Mần", "Hà Giang City",
                           "Location of Hà Giang"})
    EXPECT_NE(e.find(text), std::string::npos) << text;
  // The boundary attribution is on both (it may be wrapped over lines).
  for (const std::string* svg : {&v, &e}) {
    EXPECT_NE(svg->find("Administrative boundaries: © Government of Viet Nam / OCHA ROAP"), std::string::npos);
    EXPECT_NE(svg->find("geoBoundaries"), std::string::npos);
  }
  // Each district path is filled with the colour inspect reports.
  const auto j = nlohmann::json::parse(run_process(HGM_CLI_BINARY, {"inspect", "--json"}).out);
  for (const auto& d : j["districts"]) {
    const std::string id = "id=\"district-" + d["code"].get<std::string>() + "\"";
    const auto at = v.find(id);
    ASSERT_NE(at, std::string::npos) << id;
    const std::string element = v.substr(v.rfind('<', at), v.find('>', at) - v.rfind('<', at));
    if (d["pattern"] == "solid")
      EXPECT_NE(element.find(d["fill"].get<std::string>()), std::string::npos) << element;
    else
      EXPECT_NE(element.find("url(#"), std::string::npos) << element;
  }
  fs::remove(vi);
  fs::remove(en);
}

}  // namespace
}  // namespace hgm
