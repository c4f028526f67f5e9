// The window's side-by-side maps and change map, run for real under Xvfb from spec files:
// the screen is the frame the export's layout makes at the window's size (rendered
// offscreen here), and hovering a district in one panel outlines it in every panel.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>

#include "app/frame_cache.h"
#include "app/map_state.h"
#include "io/map_inputs.h"
#include "render/png/png_io.h"
#include "render/render_image.h"
#include "../render/project_inputs.h"
#include "district_box.h"
#include "window_driver.h"
#include "window_offscreen.h"

namespace hgm {
namespace {

namespace fs = std::filesystem;

using test::share_different;
using test::kScreenH;
using test::kScreenW;
using test::district_box;

// Runs the app under Xvfb with `args`, once its first frame is drawn moves the pointer to
// (x, y) of its window, waits, and quits: the last frame is read back as the screenshot.
test::WindowRun run_window(const std::string& name, std::vector<std::string> args, int x, int y) {
  const std::string point = "win=$(xdotool search --onlyvisible --classname hagiang-map-app | head -1)\n"
                            "xdotool mousemove --window $win " + std::to_string(x) + " " + std::to_string(y) +
                            "\n"
                            "sleep 0.5\n"
                            "xdotool mousemove_relative 1 0\n";
  return test::run_window(test::fresh_output_dir("compare_" + name), std::move(args),
                          {.then = point, .width = kScreenW, .height = kScreenH});
}

TEST(AppWindowCompare, SideBySideMapsAreTheExportLayoutAndHoverOutlinesTheDistrictInEveryPanel) {
  if (!test::have_window_programs()) GTEST_SKIP() << "xvfb-run or xdotool is not installed";
  const fs::path dir = test::fresh_output_dir("compare_spec");
  const fs::path spec_file = dir / "multiples.json";
  std::ofstream(spec_file) << R"({"version": 1, "view": "multiples",
      "map": {"indicators": ["budget_revenue_attainment", "investment_disbursement"]},
      "districts": {"pinned": ["027"]}})";
  // The frame the window lays out at the screen's size with its panel shown.
  MapSpec spec;
  spec.view = ViewKind::multiples;
  spec.indicators = {"budget_revenue_attainment", "investment_disbursement"};
  spec.pinned = {"027"};
  app::MapState state(test::project_inputs(), spec);
  app::FrameCache cache;
  const Frame& frame = cache.frame_for(state, {kScreenW, kScreenH}, test::window_offscreen().font(), true);
  ASSERT_EQ(frame.panel_maps.size(), 2u);
  const render::Image expected = test::window_offscreen().render(frame);
  const FrameMap& left = frame.panel_maps[0];
  const FrameMap& right = frame.panel_maps[1];
  for (const FrameMap& m : frame.panel_maps) EXPECT_EQ(m.scene->pinned, std::vector<std::string>{"027"});

  // Point at Xín Mần in the right panel (the tooltip opens to the pointer's right and below,
  // away from the left panel).
  const Vec2 xin_man = test::district_anchor("033", right.transform);
  const test::WindowRun r = run_window("multiples", {"--spec", spec_file.string()}, static_cast<int>(xin_man.x),
                           static_cast<int>(xin_man.y));
  ASSERT_EQ(r.run.exit_code, 0) << r.run.output;
  ASSERT_EQ(r.shot.width, kScreenW) << r.run.output;
  ASSERT_EQ(r.shot.height, kScreenH);
  // Away from the pointer both panels are drawn as laid out (the pinned Mèo Vạc outlined in both).
  EXPECT_LT(share_different(r.shot, expected, district_box("027", left.transform)), 0.01) << "left panel";
  EXPECT_LT(share_different(r.shot, expected, district_box("027", right.transform)), 0.01) << "right panel";
  // Xín Mần is outlined in the left panel too, where the pointer is not.
  EXPECT_GT(share_different(r.shot, expected, district_box("033", left.transform)), 0.03)
      << "no hover outline in the other panel; see " << dir.parent_path();
}

TEST(AppWindowCompare, ChangeMapFromASecondPeriodTable) {
  if (!test::have_window_programs()) GTEST_SKIP() << "xvfb-run or xdotool is not installed";
  const fs::path dir = test::fresh_output_dir("compare_change_spec");
  const fs::path table = dir / "q2.csv";
  std::ofstream(table) << "Huyện,Kỳ,budget_revenue_attainment\n"
                          "Xín Mần,2021-Q2,\"50,2%\"\nVị Xuyên,2021-Q2,\"19%\"\nYên Minh,2021-Q2,\"20,1%\"\n";
  const fs::path spec_file = dir / "change.json";
  std::ofstream(spec_file) << R"({"version": 1, "view": "change",
      "map": {"indicator": "budget_revenue_attainment", "period": "2021-Q1", "compared_period": "2021-Q2"}})";
  MapSpec spec;
  spec.view = ViewKind::change;
  spec.compared_period = "2021-Q2";
  app::MapState state(test::project_inputs(), spec, {table.string()});
  app::FrameCache cache;
  const Frame& frame = cache.frame_for(state, {kScreenW, kScreenH}, test::window_offscreen().font(), true);
  ASSERT_NE(frame.scene, nullptr);
  const render::Image expected = test::window_offscreen().render(frame);
  const test::WindowRun r = run_window("change", {"--spec", spec_file.string(), "--table", table.string()}, 1, 1);
  ASSERT_EQ(r.run.exit_code, 0) << r.run.output;
  ASSERT_EQ(r.shot.width, kScreenW) << r.run.output;
  // Xín Mần's rise (+2,8) is drawn in the change map's blue, Vị Xuyên's fall in its red.
  for (const char* code : {"033", "030"}) {
    const MapFeature* f = nullptr;
    for (const MapFeature& feature : frame.scene->features)
      if (feature.code == code) f = &feature;
    ASSERT_NE(f, nullptr);
    EXPECT_LT(share_different(r.shot, expected, district_box(code, frame.transform)), 0.02) << code;
    const Vec2 inside = test::district_anchor(code, frame.transform);
    const Color seen = r.shot.pixel(static_cast<int>(inside.x), static_cast<int>(inside.y + 18));
    EXPECT_EQ(to_hex(seen), to_hex(f->style.fill)) << code;
  }
  const MapFeature* rise = nullptr;
  for (const MapFeature& feature : frame.scene->features)
    if (feature.code == "033") rise = &feature;
  EXPECT_GT(rise->style.fill.b, rise->style.fill.r + 40);
}

// Runs the app with `args`, types `keys` once its first frame is drawn (the pointer off the
// map), and quits: the last frame is the screenshot.
test::WindowRun run_with_keys(const std::string& name, std::vector<std::string> args, const std::string& keys) {
  return test::run_window(test::fresh_output_dir("compare_" + name), std::move(args),
                          {.keys = keys, .width = kScreenW, .height = kScreenH});
}

// The room the views take left of the side panel (the panel covers the rest).
PixelRect left_of_panel() {
  return {0, 0, kScreenW * (1 - app::kChartPanelShare) - 1, static_cast<double>(kScreenH)};
}

TEST(AppWindowCompare, ThePlannersViewKeyReachesTheSideBySideMapsDrawnAsLaidOutWithTheirNamesThinned) {
  if (!test::have_window_programs()) GTEST_SKIP() << "xvfb-run or xdotool is not installed";
  // V steps map → ranking → overview → profile → side by side: the current indicator and the
  // next one with figures, as the window's state picks them.
  app::MapState state(test::project_inputs(), MapSpec{});
  state.select_view(ViewKind::multiples);
  app::FrameCache cache;
  const Frame& frame = cache.frame_for(state, {kScreenW, kScreenH}, test::window_offscreen().font(), true);
  ASSERT_EQ(frame.panel_maps.size(), 2u);
  const render::Image expected = test::window_offscreen().render(frame);
  const test::WindowRun r = run_with_keys("multiples_keys", {}, "v v v v");
  ASSERT_EQ(r.run.exit_code, 0) << r.run.output;
  ASSERT_EQ(r.shot.width, kScreenW) << r.run.output;
  ASSERT_EQ(r.shot.height, kScreenH);
  // Everything left of the side panel (titles, maps, names, legends) is the laid-out frame.
  EXPECT_LT(share_different(r.shot, expected, left_of_panel()), 0.005) << "see " << r.shot_file;
  for (const FrameMap& m : frame.panel_maps) EXPECT_LT(share_different(r.shot, expected, m.viewport), 0.005);
  // In a panel of the window's room the names are thinned: fewer than the 11 districts,
  // each drawn where the frame put it.
  for (const FrameMap& m : frame.panel_maps) {
    std::size_t names = 0;
    for (const FrameText& t : frame.texts)
      for (const MapFeature& f : m.scene->features)
        names += f.label == t.utf8 && m.viewport.contains(t.x, t.y);
    EXPECT_GE(names, 4u);
    EXPECT_LT(names, 11u);
  }
}

TEST(AppWindowCompare, ThePlannersViewKeyReachesTheChangeMapWithItsLegendLeftOfTheSidePanel) {
  if (!test::have_window_programs()) GTEST_SKIP() << "xvfb-run or xdotool is not installed";
  const fs::path dir = test::fresh_output_dir("compare_change_keys_table");
  const fs::path table = dir / "q2.csv";
  // Every district in Q2, a bound among them: the legend lists rises, falls, ranges and notes
  // (at 1280×720 it reached below the room the panel had under it, and the panel covered it).
  std::ofstream(table) << "Huyện,Kỳ,budget_revenue_attainment\n"
                          "Xín Mần,2021-Q2,\"50,2%\"\nVị Xuyên,2021-Q2,\"19%\"\nYên Minh,2021-Q2,\"20,1%\"\n"
                          "Đồng Văn,2021-Q2,\"30%\"\nMèo Vạc,2021-Q2,\"9%\"\nQuản Bạ,2021-Q2,\"12%\"\n"
                          "Bắc Mê,2021-Q2,\"dưới 20%\"\nHoàng Su Phì,2021-Q2,\"25%\"\nBắc Quang,2021-Q2,\"18%\"\n"
                          "Quang Bình,2021-Q2,\"14%\"\nThành phố Hà Giang,2021-Q2,\"40%\"\n";
  // Five presses of V: the change map, against the latest other period (the table's 2021-Q2).
  app::MapState state(test::project_inputs(), MapSpec{}, {table.string()});
  state.select_view(ViewKind::change);
  ASSERT_EQ(state.spec().compared_period, "2021-Q2");
  app::FrameCache cache;
  const Frame& frame = cache.frame_for(state, {kScreenW, kScreenH}, test::window_offscreen().font(), true);
  ASSERT_NE(frame.scene, nullptr);
  const render::Image expected = test::window_offscreen().render(frame);
  const test::WindowRun r = run_with_keys("change_keys", {"--table", table.string()}, "v v v v v");
  ASSERT_EQ(r.run.exit_code, 0) << r.run.output;
  ASSERT_EQ(r.shot.width, kScreenW) << r.run.output;
  ASSERT_EQ(r.shot.height, kScreenH);
  EXPECT_LT(share_different(r.shot, expected, frame.map_viewport), 0.005) << "see " << r.shot_file;
  // The legend (its boxes right of the map) lies left of the side panel and is seen as laid out.
  double x0 = 1e9, y0 = 1e9, x1 = -1e9, y1 = -1e9;
  for (const FrameRect& b : frame.rects)
    if (b.rect.x >= frame.map_viewport.x + frame.map_viewport.w)
      x0 = std::min(x0, b.rect.x), y0 = std::min(y0, b.rect.y), x1 = std::max(x1, b.rect.x + b.rect.w),
      y1 = std::max(y1, b.rect.y + b.rect.h);
  ASSERT_LT(x0, x1) << "the change map has a legend";
  EXPECT_LE(x1, left_of_panel().w) << "the legend reaches under the side panel";
  EXPECT_LT(share_different(r.shot, expected, {x0, y0, x1 - x0, y1 - y0}), 0.005) << "see " << r.shot_file;
}

}  // namespace
}  // namespace hgm
