// The headless render test: export through the real CLI, then check each district's
// interior pixels against what `inspect` says its fill is.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>

#include "core/color.h"
#include "render/png/png_io.h"
#include "run_process.h"

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
// Pixels of the label's box (text and halo) are left out.
Sampled sample_disc(const render::Image& img, double cx, double cy, double r, const nlohmann::json& label_box) {
  Sampled s;
  for (int y = static_cast<int>(cy - r); y <= static_cast<int>(cy + r); ++y)
    for (int x = static_cast<int>(cx - r); x <= static_cast<int>(cx + r); ++x) {
      if (x < 0 || y < 0 || x >= img.width || y >= img.height) continue;
      if ((x - cx) * (x - cx) + (y - cy) * (y - cy) > r * r) continue;
      if (label_box.is_array() && x >= label_box[0].get<double>() - 1 && x <= label_box[2].get<double>() + 1 &&
          y >= label_box[1].get<double>() - 1 && y <= label_box[3].get<double>() + 1)
        continue;
      ++s.counts[to_hex(img.pixel(x, y))];
      ++s.total;
    }
  return s;
}

void check_export(const std::string& indicator, const std::string& size, const std::string& lang) {
  const fs::path png = fs::temp_directory_path() / ("hgm_export_" + indicator + "_" + lang + "_" + std::to_string(::getpid()) + ".png");
  const auto ex = run_process(HGM_CLI_BINARY, {"export", "--indicator", indicator, "--period", "2021-Q1", "--size",
                                               size, "--lang", lang, "--out", png.string()});
  ASSERT_EQ(ex.exit_code, 0) << ex.err;
  const auto in = run_process(HGM_CLI_BINARY, {"inspect", "--indicator", indicator, "--period", "2021-Q1", "--size",
                                               size, "--lang", lang, "--json"});
  ASSERT_EQ(in.exit_code, 0) << in.err;
  const auto j = nlohmann::json::parse(in.out);
  const render::Image img = render::read_png(png.string());
  ASSERT_EQ(std::to_string(img.width) + "x" + std::to_string(img.height), size);
  for (const auto& d : j["districts"]) {
    const auto& p = d["interior_point"];
    // 90 % of the inscribed radius keeps clear of the outlines; the label box is left out.
    const Sampled s = sample_disc(img, p["pixel_x"].get<double>(), p["pixel_y"].get<double>(),
                                  0.9 * p["radius_px"].get<double>(), p.value("label_box_px", nlohmann::json()));
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

TEST(ExportRender, BoundOnlyDistrictLooksDifferentFromExact) {
  const auto in = run_process(HGM_CLI_BINARY, {"inspect", "--json"});
  const auto j = nlohmann::json::parse(in.out);
  std::string exact_fill, bound_pattern;
  for (const auto& d : j["districts"]) {
    if (d["kind"] == "exact") exact_fill = d["fill"];
    if (d["kind"] == "at_most") EXPECT_EQ(d["pattern"], "hatch") << d["code"];
  }
  EXPECT_FALSE(exact_fill.empty());
}

TEST(ExportRender, UnwritableTargetFailsWithoutLeavingFiles) {
  const auto r = run_process(HGM_CLI_BINARY, {"export", "--out", "/nonexistent-dir/map.png"});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find("/nonexistent-dir/map.png"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace hgm
