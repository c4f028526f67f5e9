// The window showing the ranking, run for real under Xvfb from a spec file naming the
// rank view and a pinned district: its screenshot has the map and, beside it, the chart
// where the window's own layout puts them (a bar in its map colour, the pinned row's mark),
// left of the panel; hovering a row outlines its district on the map and marks the row, its
// tooltip (and an overview cell's) above or below the row;
// the control above the chart (and the M key) shows the chart alone.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <string>

#include "app/frame_cache.h"
#include "app/map_state.h"
#include "core/views/rank_chart.h"
#include "io/map_inputs.h"
#include "render/png/png_io.h"
#include "render/render_image.h"
#include "render/text/font.h"
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

TEST(AppWindowRank, ScreenshotShowsTheRankingWithThePinnedDistrictMarked) {
  if (!test::have_program("xvfb-run")) GTEST_SKIP() << "xvfb-run is not installed";
  const fs::path dir = test::fresh_output_dir("rank_view");
  const fs::path spec = dir / "rank.json";
  std::ofstream(spec) << R"({"version": 1, "view": "rank", "map": {"indicator": "budget_revenue_attainment"},
                             "districts": {"pinned": ["033"]}})";
  const fs::path shot = dir / "window.png";
  const test::AppRun run = test::run_app(test::under_xvfb(1600, 900, /*dpi_96=*/false),
                                         {"--boundaries", test::kBoundaries, "--data", test::kData, "--spec",
                                          spec.string(), "--frames", "5", "--screenshot", shot.string()},
                                         dir);
  ASSERT_EQ(run.exit_code, 0) << run.output;
  const render::Image img = render::read_png(shot.string());

  // The chart as the window lays it out at this size, beside the map, with the panel shown.
  const io::MapInputs& loaded = test::project_inputs();
  MapSpec s;
  s.view = ViewKind::rank;
  s.pinned = {"033"};
  app::MapState state(loaded, s);
  const render::Font font = render::Font::regular();
  app::FrameCache cache;
  const Frame& f = cache.frame_for(state, {img.width, img.height}, font, true);
  const double chart_x = app::chart_rooms(img.width, img.height, true, app::ChartPlace::beside_map).chart.x;
  const FrameText* xin = nullptr;
  for (const FrameText& t : f.texts)
    if (t.utf8 == "Xín Mần" && t.x >= chart_x) xin = &t;  // the row's name, not the map's label
  ASSERT_NE(xin, nullptr);
  // Xín Mần's bar: the solid rectangle right of its name on its row.
  const FrameRect* bar = nullptr;
  for (const FrameRect& r : f.rects)
    if (r.style.pattern == FillPattern::solid && r.rect.x > xin->x + 100 && r.rect.y < xin->y && xin->y - xin->size_px < r.rect.y + r.rect.h)
      bar = &r;
  ASSERT_NE(bar, nullptr);
  const Color at_bar = img.pixel(static_cast<int>(bar->rect.x + bar->rect.w / 2), static_cast<int>(bar->rect.y + bar->rect.h / 2));
  EXPECT_EQ(to_hex(at_bar), to_hex(bar->style.fill)) << "see " << shot;
  // The pinned mark at the row's left end.
  const auto row = std::find_if(f.district_areas.begin(), f.district_areas.end(),
                                [](const FrameDistrictArea& a) { return a.code == "033"; });
  ASSERT_NE(row, f.district_areas.end());
  const Color mark = img.pixel(static_cast<int>(row->rect.x + 2), static_cast<int>(xin->y - xin->size_px * 0.35));
  EXPECT_EQ(to_hex(mark), to_hex(kPinnedMark)) << "see " << shot;
}

// The ranking of budget revenue with Xín Mần pinned, as a spec file in `dir`.
fs::path rank_spec(const fs::path& dir) {
  const fs::path spec = dir / "rank.json";
  std::ofstream(spec) << R"({"version": 1, "view": "rank", "map": {"indicator": "budget_revenue_attainment"},
                             "districts": {"pinned": ["033"]}})";
  return spec;
}

app::MapState rank_state() {
  MapSpec s;
  s.view = ViewKind::rank;
  s.indicator = "budget_revenue_attainment";
  s.pinned = {"033"};
  return app::MapState(test::project_inputs(), s);
}

// The window's frame with the panel shown, rendered offscreen.
render::Image rendered(const Frame& frame) {
  test::window_offscreen().invalidate_scene();
  return test::window_offscreen().render(frame);
}

const FrameDistrictArea& row_of(const Frame& frame, const std::string& code) {
  const auto row = std::find_if(frame.district_areas.begin(), frame.district_areas.end(),
                                [&](const FrameDistrictArea& a) { return a.code == code; });
  EXPECT_NE(row, frame.district_areas.end()) << code;
  return *row;
}

std::string pointer_to(double x, double y) {
  return "win=$(xdotool search --onlyvisible --classname hagiang-map-app | head -1)\n"
         "xdotool mousemove --window $win " + std::to_string(static_cast<int>(x)) + " " +
         std::to_string(static_cast<int>(y)) + "\nsleep 0.5\nxdotool mousemove_relative 1 0\nsleep 0.5\n";
}

// With the ranking chosen the map stays: the screen is the map in its room and the chart
// in the room beside it, each as the frame lays it out (the control's strip and the panel
// left out of the comparison).
TEST(AppWindowRank, TheMapAndTheRankingSideBySide) {
  if (!test::have_window_programs()) GTEST_SKIP() << "xvfb-run or xdotool is not installed";
  const fs::path dir = test::fresh_output_dir("rank_split");
  const test::WindowRun r = test::run_window(dir, {"--spec", rank_spec(dir).string()}, {.width = kScreenW, .height = kScreenH});
  ASSERT_EQ(r.run.exit_code, 0) << r.run.output;
  ASSERT_EQ(r.shot.width, kScreenW) << r.run.output;
  app::MapState state = rank_state();
  app::FrameCache cache;
  const Frame& frame = cache.frame_for(state, {kScreenW, kScreenH}, test::window_offscreen().font(), true);
  const app::ChartRooms rooms = app::chart_rooms(kScreenW, kScreenH, true, app::ChartPlace::beside_map);
  ASSERT_NE(frame.scene, nullptr);
  const render::Image expected = rendered(frame);
  EXPECT_LT(share_different(r.shot, expected, rooms.map), 0.01) << "the map's room; see " << r.shot_file;
  EXPECT_LT(share_different(r.shot, expected, rooms.chart), 0.01) << "the chart's room; see " << r.shot_file;
  // What was compared is the map: the chart alone draws something else there.
  const render::Image alone = rendered(
      cache.frame_for(state, {kScreenW, kScreenH}, test::window_offscreen().font(), true, {}, app::ChartPlace::alone));
  EXPECT_GT(share_different(r.shot, alone, rooms.map), 0.05);
}

// The inside of `area`, `inset` pixels in from each edge (clear of the hover mark on them).
PixelRect inside(const PixelRect& area, double inset) {
  return {area.x + inset, area.y + inset, area.w - 2 * inset, area.h - 2 * inset};
}

// Pointing at Quản Bạ's row outlines Quản Bạ on the map and marks the row; elsewhere the
// map is as laid out; the tooltip opens below or above the row, leaving its figure and bar
// in sight (it opened right of the pointer, over the bars). Pointing at Quản Bạ on the map
// marks its row too.
TEST(AppWindowRank, HoveringARowOutlinesItsDistrictOnTheMap) {
  if (!test::have_window_programs()) GTEST_SKIP() << "xvfb-run or xdotool is not installed";
  app::MapState state = rank_state();
  app::FrameCache cache;
  const Frame& frame = cache.frame_for(state, {kScreenW, kScreenH}, test::window_offscreen().font(), true);
  const render::Image expected = rendered(frame);
  const FrameDistrictArea row = row_of(frame, "029");
  const fs::path dir = test::fresh_output_dir("rank_hover");
  const test::WindowRun r = test::run_window(dir, {"--spec", rank_spec(dir).string()},
                                             {.then = pointer_to(row.rect.x + 30, row.rect.y + row.rect.h / 2),
                                              .width = kScreenW, .height = kScreenH});
  ASSERT_EQ(r.run.exit_code, 0) << r.run.output;
  ASSERT_EQ(r.shot.width, kScreenW) << r.run.output;
  EXPECT_GT(share_different(r.shot, expected, district_box("029", frame.transform)), 0.03)
      << "Quản Bạ is not outlined on the map; see " << r.shot_file;
  EXPECT_LT(share_different(r.shot, expected, district_box("035", frame.transform)), 0.01)
      << "Quang Bình, not pointed at, changed";
  EXPECT_GT(share_different(r.shot, expected, {row.rect.x + 2, row.rect.y - 1, 20, 5}), 0.3) << "the row is not marked";
  const PixelRect rows_near{row.rect.x, row.rect.y - 3 * row.rect.h, row.rect.w, 7 * row.rect.h};
  EXPECT_GT(share_different(r.shot, expected, rows_near), 0.03) << "no tooltip; see " << r.shot_file;
  EXPECT_LT(share_different(r.shot, expected, inside(row.rect, 4)), 0.01) << "the tooltip covers the row; see " << r.shot_file;

  const Vec2 on_map = test::district_anchor("029", frame.transform);
  const fs::path map_dir = test::fresh_output_dir("rank_hover_map");
  const test::WindowRun m = test::run_window(map_dir, {"--spec", rank_spec(map_dir).string()},
                                             {.then = pointer_to(on_map.x, on_map.y), .width = kScreenW, .height = kScreenH});
  ASSERT_EQ(m.run.exit_code, 0) << m.run.output;
  EXPECT_GT(share_different(m.shot, expected, district_box("029", frame.transform)), 0.03)
      << "Quản Bạ is not outlined on the map; see " << m.shot_file;
  // Its right end: the tooltip opens right of the pointer on the map, over the row's left end.
  EXPECT_GT(share_different(m.shot, expected, {row.rect.x + row.rect.w - 22, row.rect.y - 1, 20, 5}), 0.3)
      << "hovered on the map, the row is not marked; see " << m.shot_file;
}

// The overview of budget revenue's indicators, as a spec file in `dir`, and its state.
std::string overview_spec(const fs::path& dir) {
  const fs::path spec = dir / "overview.json";
  std::ofstream(spec) << R"({"version": 1, "view": "overview", "map": {"indicator": "budget_revenue_attainment"}})";
  return spec.string();
}

app::MapState overview_state() {
  MapSpec s;
  s.view = ViewKind::overview;
  s.indicator = "budget_revenue_attainment";
  return app::MapState(test::project_inputs(), s);
}

// In the overview, a hovered cell's tooltip leaves the cells of its row in sight.
TEST(AppWindowRank, TheTooltipOfAnOverviewCellLeavesItsRowInSight) {
  if (!test::have_window_programs()) GTEST_SKIP() << "xvfb-run or xdotool is not installed";
  app::MapState state = overview_state();
  app::FrameCache cache;
  const Frame& frame =
      cache.frame_for(state, {kScreenW, kScreenH}, test::window_offscreen().font(), true, {}, app::ChartPlace::alone);
  const render::Image expected = rendered(frame);
  // Quản Bạ's cell nearest the middle of the table.
  const FrameDistrictArea* cell = nullptr;
  for (const FrameDistrictArea& a : frame.district_areas)
    if (a.code == "029" && (!cell || std::abs(a.rect.y - kScreenH / 2.0) < std::abs(cell->rect.y - kScreenH / 2.0)))
      cell = &a;
  ASSERT_NE(cell, nullptr);
  const fs::path dir = test::fresh_output_dir("overview_hover_tooltip");
  const test::WindowRun r = test::run_window(
      dir, {"--spec", overview_spec(dir)},
      {.then = pointer_to(cell->rect.x + cell->rect.w / 2, cell->rect.y + cell->rect.h / 2), .width = kScreenW, .height = kScreenH});
  ASSERT_EQ(r.run.exit_code, 0) << r.run.output;
  ASSERT_EQ(r.shot.width, kScreenW) << r.run.output;
  // The row's cells right of the hovered one (the tooltip opened there).
  const PixelRect right_of_cell{cell->rect.x + cell->rect.w + 4, cell->rect.y, 4 * cell->rect.w, cell->rect.h};
  const PixelRect rows_near{right_of_cell.x, cell->rect.y - 6 * cell->rect.h, right_of_cell.w, 13 * cell->rect.h};
  // The tooltip's background is about the cells' grey: only its text tells it is there.
  ASSERT_GT(share_different(r.shot, expected, rows_near), 0.02) << "no tooltip; see " << r.shot_file;
  EXPECT_LT(share_different(r.shot, expected, inside(right_of_cell, 2)), 0.01) << "see " << r.shot_file;
}

// The control above the chart, and the M key, show the chart alone in the window's room;
// the same control brings the map back.
TEST(AppWindowRank, TheFullWindowControlShowsTheChartAlone) {
  if (!test::have_window_programs()) GTEST_SKIP() << "xvfb-run or xdotool is not installed";
  app::MapState state = rank_state();
  app::FrameCache cache;
  const render::Image beside = rendered(cache.frame_for(state, {kScreenW, kScreenH}, test::window_offscreen().font(), true));
  const render::Image alone = rendered(
      cache.frame_for(state, {kScreenW, kScreenH}, test::window_offscreen().font(), true, {}, app::ChartPlace::alone));
  const app::ChartRooms rooms = app::chart_rooms(kScreenW, kScreenH, true, app::ChartPlace::alone);
  ASSERT_GT(share_different(alone, beside, rooms.chart), 0.02) << "alone looks like beside the map, nothing tested";
  // The button sits at the right end of the strip above the chart.
  const app::ChartRooms split = app::chart_rooms(kScreenW, kScreenH, true, app::ChartPlace::beside_map);
  const Vec2 button{split.control.x + split.control.w - 30, split.control.y + split.control.h / 2};
  const std::string click = pointer_to(button.x, button.y) + "xdotool click 1\nsleep 0.5\nxdotool mousemove 1 1\n";
  const fs::path dir = test::fresh_output_dir("rank_alone");
  const test::WindowRun clicked = test::run_window(dir, {"--spec", rank_spec(dir).string()},
                                                   {.then = click, .width = kScreenW, .height = kScreenH});
  ASSERT_EQ(clicked.run.exit_code, 0) << clicked.run.output;
  EXPECT_LT(share_different(clicked.shot, alone, rooms.chart), 0.01) << "see " << clicked.shot_file;
  const fs::path key_dir = test::fresh_output_dir("rank_alone_key");
  const test::WindowRun keyed = test::run_window(key_dir, {"--spec", rank_spec(key_dir).string()},
                                                 {.keys = "m", .width = kScreenW, .height = kScreenH});
  ASSERT_EQ(keyed.run.exit_code, 0) << keyed.run.output;
  EXPECT_LT(share_different(keyed.shot, alone, rooms.chart), 0.01) << "M; see " << keyed.shot_file;
  // Twice: the map beside it again.
  const fs::path back_dir = test::fresh_output_dir("rank_alone_back");
  const test::WindowRun back = test::run_window(back_dir, {"--spec", rank_spec(back_dir).string()},
                                                {.keys = "m m", .width = kScreenW, .height = kScreenH});
  ASSERT_EQ(back.run.exit_code, 0) << back.run.output;
  EXPECT_LT(share_different(back.shot, beside, split.map), 0.01) << "see " << back.shot_file;
}

// The overview, a table of districts × indicators whose figures would be cut beside the
// map, starts alone; M puts the map beside it.
TEST(AppWindowRank, TheOverviewStartsAloneAndMPutsTheMapBesideIt) {
  if (!test::have_window_programs()) GTEST_SKIP() << "xvfb-run or xdotool is not installed";
  app::MapState state = overview_state();
  app::FrameCache cache;
  const app::PixelSize size{kScreenW, kScreenH};
  const render::Image alone = rendered(cache.frame_for(state, size, test::window_offscreen().font(), true, {}, app::ChartPlace::alone));
  const render::Image beside =
      rendered(cache.frame_for(state, size, test::window_offscreen().font(), true, {}, app::ChartPlace::beside_map));
  const app::ChartRooms split = app::chart_rooms(kScreenW, kScreenH, true, app::ChartPlace::beside_map);
  const app::ChartRooms whole = app::chart_rooms(kScreenW, kScreenH, true, app::ChartPlace::alone);
  ASSERT_GT(share_different(alone, beside, split.map), 0.05) << "alone looks like beside the map, nothing tested";
  const fs::path dir = test::fresh_output_dir("overview_alone");
  const test::WindowRun first = test::run_window(dir, {"--spec", overview_spec(dir)}, {.width = kScreenW, .height = kScreenH});
  ASSERT_EQ(first.run.exit_code, 0) << first.run.output;
  EXPECT_LT(share_different(first.shot, alone, whole.chart), 0.01) << "see " << first.shot_file;
  const fs::path m_dir = test::fresh_output_dir("overview_beside");
  const test::WindowRun m = test::run_window(m_dir, {"--spec", overview_spec(m_dir)},
                                             {.keys = "m", .width = kScreenW, .height = kScreenH});
  ASSERT_EQ(m.run.exit_code, 0) << m.run.output;
  EXPECT_LT(share_different(m.shot, beside, split.map), 0.01) << "M; see " << m.shot_file;
}

// The overview does not show all its rows in a 1280×720 window: the wheel over it scrolls
// them, three rows a notch, and back up to the first. The pointer rests on the title, where
// no cell's tooltip opens.
TEST(AppWindowRank, TheWheelScrollsTheOverviewsRows) {
  if (!test::have_window_programs()) GTEST_SKIP() << "xvfb-run or xdotool is not installed";
  app::MapState state = overview_state();
  app::FrameCache cache;
  const app::PixelSize size{kScreenW, kScreenH};
  const Frame& top_frame = cache.frame_for(state, size, test::window_offscreen().font(), true, {}, app::ChartPlace::alone);
  ASSERT_LT(top_frame.rows.shown, top_frame.rows.total) << "every row fits: nothing to scroll";
  const render::Image top = rendered(top_frame);
  cache.scroll_rows_to(6);
  const render::Image down = rendered(cache.frame_for(state, size, test::window_offscreen().font(), true, {}, app::ChartPlace::alone));
  const app::ChartRooms whole = app::chart_rooms(kScreenW, kScreenH, true, app::ChartPlace::alone);
  ASSERT_GT(share_different(top, down, whole.chart), 0.02) << "scrolled looks like the top, nothing tested";
  const auto run = [&](const std::string& name, const std::string& clicks) {
    const fs::path dir = test::fresh_output_dir(name);
    const std::string wheel = "win=$(xdotool search --onlyvisible --classname hagiang-map-app | head -1)\n"
                              "xdotool mousemove --window $win 400 60\nsleep 0.3\n" + clicks + "sleep 0.5\n";
    return test::run_window(dir, {"--spec", overview_spec(dir)}, {.then = wheel, .width = kScreenW, .height = kScreenH});
  };
  const test::WindowRun two_down = run("overview_wheel_down", "xdotool click 5\nsleep 0.2\nxdotool click 5\n");
  ASSERT_EQ(two_down.run.exit_code, 0) << two_down.run.output;
  EXPECT_LT(share_different(two_down.shot, down, whole.chart), 0.01) << "two notches down; see " << two_down.shot_file;
  const test::WindowRun back = run("overview_wheel_back", "xdotool click 5\nsleep 0.2\nxdotool click 4\nsleep 0.2\nxdotool click 4\n");
  ASSERT_EQ(back.run.exit_code, 0) << back.run.output;
  EXPECT_LT(share_different(back.shot, top, whole.chart), 0.01) << "down, then up past the top; see " << back.shot_file;
}

}  // namespace
}  // namespace hgm
