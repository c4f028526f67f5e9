// Presentation mode in the real window under Xvfb: keys sent through the X server as a
// presenter's clicker sends them (xdotool), the last frame read back with --screenshot
// and compared with the same slide rendered offscreen from its spec, so a wrong slide,
// a map in another place or a screen left black all fail.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <string>

#include "app/frame_cache.h"
#include "app/map_state.h"
#include "app/panels/district_details.h"
#include "app/panels/panel_placement.h"
#include "app/present/slide_reserve.h"
#include "app/present/slides.h"
#include "export/spec_writer.h"
#include "core/spec/make_scene.h"
#include "io/map_inputs.h"
#include "render/png/png_io.h"
#include "render/render_image.h"
#include "../render/project_inputs.h"
#include "window_driver.h"
#include "window_offscreen.h"

namespace hgm {
namespace {

namespace fs = std::filesystem;

using test::kBoundaries;
using test::kData;
using test::share_different;
using test::kScreenH;
using test::kScreenW;

// Starts the app inside Xvfb, types `keys` (xdotool names) once it has drawn its first
// frame, runs the shell lines `then`, then quits with Ctrl+Q: the app writes the last
// frame to window.png as it closes.
test::WindowRun present(const std::string& name, const std::string& keys, std::vector<std::string> args,
                        const std::string& then = {}) {
  return test::run_window(test::fresh_output_dir("present_" + name), std::move(args),
                          {.keys = keys, .then = then, .width = kScreenW, .height = kScreenH});
}

// Slide `index` of presenting `start` (with data only) rendered offscreen as the window
// lays it out at `size`: while presenting with the panel hidden, the slides' reserve and
// the counter; after presenting, as the window shows that map with its panel.
struct Expected {
  render::Image image;
  PixelRect map;  // the map's viewport
  // Where the window puts its panel over this frame (the X server is told 96 dpi, so the
  // interface scale is 1, times the text-size preset's factor, as the window does).
  app::PanelPlacement panel;
};

// The same for slide `index` of `slides` (a story's).
Expected expected_of(app::MapState& state, const std::vector<app::Slide>& slides, std::size_t index, int width,
                     int height, bool presenting, const std::string& spotlit_code);

Expected expected_slide(const MapSpec& start, std::size_t index, int width, int height, bool presenting = true,
                        const std::string& spotlit_code = {}) {
  app::MapState state(test::project_inputs(), start);
  return expected_of(state, app::indicator_slides(state, true), index, width, height, presenting, spotlit_code);
}

Expected expected_of(app::MapState& state, const std::vector<app::Slide>& slides, std::size_t index, int width,
                     int height, bool presenting, const std::string& spotlit_code) {
  const MapSpec spec = app::shown_spec(slides.at(index), state);
  test::WindowPainter& renderer = test::window_offscreen();
  const LayoutOptions layout = app::window_layout(state.layout(), /*panel_visible=*/!presenting);
  SeriesPlace series;
  if (presenting)
    series = {app::slides_reserve(state, slides, {width, height}, renderer.font(), layout),
              std::to_string(index + 1) + " / " + std::to_string(slides.size()), {}};
  const MapPicture picture = make_picture(test::project_inputs(), state.table(), spec);
  if (!spotlit_code.empty()) {
    state.select(spec);
    const int district = static_cast<int>(*test::project_inputs().data.registry.find_code(spotlit_code));
    const std::optional<app::DistrictDetails> details = app::district_details(state, district);
    series.spotlight = Spotlight{spotlit_code, details->name, details->value_text};
  }
  const Frame frame = layout_frame(picture.scene, width, height, MapView{}, renderer.font(), layout, series);
  renderer.invalidate_scene();
  const auto text_factor = static_cast<float>(text_scale(spec.layout.text_size).factor);
  return {renderer.render(frame), frame.map_viewport, app::panel_placement(frame, 1.0, text_factor, &renderer.font())};
}

// The screenshot is slide `index` and clearly not its neighbour.
void expect_slide(const test::WindowRun& p, const MapSpec& start, std::size_t index, const std::string& what) {
  ASSERT_FALSE(p.shot.empty()) << what << "\n" << p.run.output;
  ASSERT_EQ(p.shot.width, kScreenW) << what << ": presenting is full screen";
  ASSERT_EQ(p.shot.height, kScreenH) << what;
  const double same = share_different(p.shot, expected_slide(start, index, kScreenW, kScreenH).image);
  EXPECT_LT(same, 0.01) << what << ": the screen is not slide " << index + 1;
  const double other = share_different(p.shot, expected_slide(start, index + 1, kScreenW, kScreenH).image);
  EXPECT_GT(other, 0.02) << what << ": slides " << index + 1 << " and " << index + 2 << " look alike, nothing was tested";
}

bool all_of_colour(const render::Image& img, Color c) {
  for (int y = 0; y < img.height; ++y)
    for (int x = 0; x < img.width; ++x) {
      const Color p = img.pixel(x, y);
      if (p.r != c.r || p.g != c.g || p.b != c.b) return false;
    }
  return !img.empty();
}

const MapSpec kStart{.indicator = "budget_revenue_attainment", .period = "2021-Q1", .lang = Lang::vi,
                     .layout = {.text_size = TextSize::projector}};

// Where Xín Mần's name sits on the presented slides (the map stays put from slide to
// slide), in screen pixels.
Vec2 xin_man_on_slides() {
  app::MapState state(test::project_inputs(), kStart);
  const std::vector<app::Slide> slides = app::indicator_slides(state, true);
  const render::Font font = render::Font::regular();
  const LayoutOptions layout = app::window_layout(state.layout(), false);
  const SeriesPlace series{app::slides_reserve(state, slides, {kScreenW, kScreenH}, font, layout), "1 / 1", {}};
  const Frame frame = layout_frame(state.scene(), kScreenW, kScreenH, MapView{}, font, layout, series);
  const auto xin_man = std::find_if(state.scene().features.begin(), state.scene().features.end(),
                                    [](const MapFeature& f) { return f.code == "033"; });
  EXPECT_NE(xin_man, state.scene().features.end());
  return xin_man == state.scene().features.end() ? Vec2{} : frame.transform.to_pixel(xin_man->label_anchor);
}

TEST(AppPresent, ClickerKeysStepThroughTheSlides) {
  if (!test::have_window_programs()) GTEST_SKIP() << "xvfb-run or xdotool is not installed";
  const test::WindowRun p = present("next", "Right Right Left space", {"--present", "--text-size", "projector"});
  ASSERT_EQ(p.run.exit_code, 0) << p.run.output;
  expect_slide(p, kStart, 2, "→ → ← Space from slide 1");
}

TEST(AppPresent, EndAndHomeAndPageKeys) {
  if (!test::have_window_programs()) GTEST_SKIP() << "xvfb-run or xdotool is not installed";
  const test::WindowRun p = present("end_home", "End Home Next Next Prior Return Down Up BackSpace",
                              {"--present", "--text-size", "projector"});
  ASSERT_EQ(p.run.exit_code, 0) << p.run.output;
  expect_slide(p, kStart, 1, "End Home PgDn PgDn PgUp Enter ↓ ↑ Backspace");
}

// Xvfb has no window manager to make a shown window full screen, so the window here is
// already as large as the screen; F5 must still hide the panel and present.
TEST(AppPresent, F5StartsPresentingFromTheWindow) {
  if (!test::have_window_programs()) GTEST_SKIP() << "xvfb-run or xdotool is not installed";
  const std::string screen = std::to_string(kScreenW) + "x" + std::to_string(kScreenH);
  const test::WindowRun p = present("f5", "F5 Right", {"--size", screen, "--text-size", "projector"});
  ASSERT_EQ(p.run.exit_code, 0) << p.run.output;
  expect_slide(p, kStart, 1, "F5 →");
}

TEST(AppPresent, BlackAndWhiteScreensAndAnyKeyBringsTheMapBack) {
  if (!test::have_window_programs()) GTEST_SKIP() << "xvfb-run or xdotool is not installed";
  const test::WindowRun black = present("black", "b", {"--present"});
  ASSERT_EQ(black.run.exit_code, 0) << black.run.output;
  EXPECT_TRUE(all_of_colour(black.shot, {0, 0, 0, 255})) << "B blacks the screen out";
  const test::WindowRun white = present("white", "w", {"--present"});
  ASSERT_EQ(white.run.exit_code, 0) << white.run.output;
  EXPECT_TRUE(all_of_colour(white.shot, {255, 255, 255, 255})) << "W whites it out";
  // The key that brings the map back does nothing else: → shows slide 1 again, not 2.
  const test::WindowRun back = present("back", "b Right", {"--present", "--text-size", "projector"});
  ASSERT_EQ(back.run.exit_code, 0) << back.run.output;
  expect_slide(back, kStart, 0, "B →");
}

// After Esc the window shows the map it was presenting, laid out with its panel again
// (the map in another place than on the slide).
TEST(AppPresent, EscapeLeavesPresentingOnTheSameMap) {
  if (!test::have_window_programs()) GTEST_SKIP() << "xvfb-run or xdotool is not installed";
  const std::string screen = std::to_string(kScreenW) + "x" + std::to_string(kScreenH);
  const test::WindowRun p = present("escape", "Right Escape", {"--present", "--size", screen, "--text-size", "projector"});
  ASSERT_EQ(p.run.exit_code, 0) << p.run.output;
  ASSERT_EQ(p.shot.width, kScreenW) << p.run.output;
  const Expected window = expected_slide(kStart, 1, kScreenW, kScreenH, /*presenting=*/false);
  // The panel floats over the right of the window (its height follows its contents), so
  // only the map left of it is compared: up to the panel's left edge as the window places it.
  PixelRect left_of_panel = window.map;
  left_of_panel.w = std::min(left_of_panel.w, window.panel.right - window.panel.width - left_of_panel.x);
  ASSERT_GT(left_of_panel.w, kScreenW / 3.0) << "the panel covers most of the map, nothing to compare";
  EXPECT_LT(share_different(p.shot, window.image, left_of_panel), 0.01) << "the second map, in the window's layout";
  const Expected slide = expected_slide(kStart, 1, kScreenW, kScreenH, /*presenting=*/true);
  EXPECT_GT(share_different(p.shot, slide.image, left_of_panel), 0.02) << "still laid out as a slide";
}

// A click on Xín Mần spotlights it; the spotlight stays on the next slide; a second click
// on it puts it out.
TEST(AppPresent, AClickSpotlightsADistrictAcrossSlides) {
  if (!test::have_window_programs()) GTEST_SKIP() << "xvfb-run or xdotool is not installed";
  const Vec2 at = xin_man_on_slides();
  const std::string click = "xdotool mousemove " + std::to_string(static_cast<int>(at.x)) + " " +
                            std::to_string(static_cast<int>(at.y)) + " click 1\nsleep 0.3\n";
  const std::string corner = "xdotool mousemove 1 1\nsleep 0.3\n";
  const test::WindowRun lit = present("spotlight", "", {"--present", "--text-size", "projector"},
                                click + corner + "xdotool key Right\n");
  ASSERT_EQ(lit.run.exit_code, 0) << lit.run.output;
  ASSERT_EQ(lit.shot.width, kScreenW) << lit.run.output;
  const Expected expected = expected_slide(kStart, 1, kScreenW, kScreenH, true, "033");
  EXPECT_LT(share_different(lit.shot, expected.image), 0.01) << "slide 2 with Xín Mần spotlit";
  EXPECT_GT(share_different(lit.shot, expected_slide(kStart, 1, kScreenW, kScreenH).image), 0.02)
      << "the spotlight veils the other districts";
  // The click spotlit and did not also pin: Xín Mần pinned would add its outline and the
  // legend's note on it, so the screen is nearer the slide without the pin.
  MapSpec pinned_start = kStart;
  pinned_start.pinned = {"033"};
  const Expected pinned = expected_slide(pinned_start, 1, kScreenW, kScreenH, true, "033");
  ASSERT_GT(share_different(pinned.image, expected.image), 0.0005) << "a pin does not show, nothing tested";
  EXPECT_LT(share_different(lit.shot, expected.image), share_different(lit.shot, pinned.image))
      << "the click pinned Xín Mần";

  const test::WindowRun out = present("spotlight_out", "", {"--present", "--text-size", "projector"},
                                click + click + corner + "xdotool key Right\n");
  ASSERT_EQ(out.run.exit_code, 0) << out.run.output;
  expect_slide(out, kStart, 1, "a second click puts the spotlight out");
  const test::WindowRun esc = present("spotlight_esc", "", {"--present", "--text-size", "projector"},
                                click + corner + "xdotool key Escape Right\n");
  ASSERT_EQ(esc.run.exit_code, 0) << esc.run.output;
  expect_slide(esc, kStart, 1, "Esc puts the spotlight out and stays presenting");
}

// A pointer left resting mid-screen puts no tooltip over the next slide; moved, it tells
// the district under it; left still three seconds, the tooltip goes again.
TEST(AppPresent, ATooltipShowsOnlyWhileThePointerMoves) {
  if (!test::have_window_programs()) GTEST_SKIP() << "xvfb-run or xdotool is not installed";
  const Vec2 at = xin_man_on_slides();
  const std::string onto = "xdotool mousemove " + std::to_string(static_cast<int>(at.x)) + " " +
                           std::to_string(static_cast<int>(at.y)) + "\nsleep 0.3\n";
  const std::vector<std::string> args{"--present", "--text-size", "projector"};

  const test::WindowRun still = present("pointer_still", "", args, onto + "xdotool key Right\nsleep 0.3\n");
  ASSERT_EQ(still.run.exit_code, 0) << still.run.output;
  // The tooltip is mostly white over white: about 1 % of the screen differs with it shown.
  const render::Image slide2 = expected_slide(kStart, 1, kScreenW, kScreenH).image;
  ASSERT_EQ(still.shot.width, kScreenW) << still.run.output;
  EXPECT_LT(share_different(still.shot, slide2), 0.003) << "the pointer rested on Xín Mần while the slide changed";

  const test::WindowRun moved = present("pointer_moved", "", args, "xdotool key Right\nsleep 0.3\n" + onto);
  ASSERT_EQ(moved.run.exit_code, 0) << moved.run.output;
  ASSERT_EQ(moved.shot.width, kScreenW) << moved.run.output;
  EXPECT_GT(share_different(moved.shot, slide2), 0.008) << "moved onto Xín Mần, the pointer tells nothing";
  // The tooltip is beside the pointer, not in another place (ImGui once placed it by a
  // stale window position after going full screen).
  const PixelRect beside{at.x + 40, at.y + 40, 200, 60};
  EXPECT_GT(share_different(moved.shot, slide2, beside), 0.2) << "no tooltip beside the pointer";

  const test::WindowRun rested = present("pointer_rested", "", args, "xdotool key Right\nsleep 0.3\n" + onto + "sleep 3.5\n");
  ASSERT_EQ(rested.run.exit_code, 0) << rested.run.output;
  ASSERT_EQ(rested.shot.width, kScreenW) << rested.run.output;
  EXPECT_LT(share_different(rested.shot, slide2), 0.003) << "the pointer rested 3,5 s on Xín Mần";
}

// Presenting a ranking (V), a click on a row pins that district (a chart has no
// spotlight), and the pin stays on the next slide: the screen is slide 2's ranking with
// Quản Bạ marked.
TEST(AppPresent, AClickInAPresentedRankingPinsAndThePinStaysOnTheNextSlide) {
  if (!test::have_window_programs()) GTEST_SKIP() << "xvfb-run or xdotool is not installed";
  app::MapState state(test::project_inputs(), kStart);
  const std::vector<app::Slide> slides = app::indicator_slides(state, true);
  test::WindowPainter& renderer = test::window_offscreen();
  state.select_view(ViewKind::rank);
  app::FrameCache cache;
  // A presented chart is alone on its slide.
  const Frame first =
      cache.frame_for(state, {kScreenW, kScreenH}, renderer.font(), /*panel_visible=*/false, {}, app::ChartPlace::slide);
  const auto row = std::find_if(first.district_areas.begin(), first.district_areas.end(),
                                [](const FrameDistrictArea& a) { return a.code == "029"; });
  ASSERT_NE(row, first.district_areas.end()) << "Quản Bạ's row";
  const std::string click = "xdotool mousemove " + std::to_string(static_cast<int>(row->rect.x + row->rect.w / 2)) +
                            " " + std::to_string(static_cast<int>(row->rect.y + row->rect.h / 2)) +
                            " click 1\nsleep 0.3\nxdotool mousemove 1 1\nsleep 0.3\n";
  const test::WindowRun p = present("rank_pin", "", {"--present", "--text-size", "projector"},
                              "xdotool key v\nsleep 0.3\n" + click + "xdotool key Right\n");
  ASSERT_EQ(p.run.exit_code, 0) << p.run.output;
  ASSERT_EQ(p.shot.width, kScreenW) << p.run.output;

  state.select(app::shown_spec(slides.at(1), state));
  renderer.invalidate_scene();
  const auto slide = [&] {
    return renderer.render(cache.frame_for(state, {kScreenW, kScreenH}, renderer.font(), false, {}, app::ChartPlace::slide));
  };
  const render::Image unpinned = slide();
  state.toggle_pin("029");
  ASSERT_EQ(state.spec().indicator, slides.at(1).indicator);
  renderer.invalidate_scene();
  const render::Image pinned = slide();
  ASSERT_GT(share_different(pinned, unpinned), 0.0005) << "a pin does not show in the ranking, nothing tested";
  EXPECT_LT(share_different(p.shot, pinned), 0.01) << "slide 2's ranking with Quản Bạ pinned";
  EXPECT_LT(share_different(p.shot, pinned), share_different(p.shot, unpinned)) << "the pin was lost";
}

// A story opened with --story --present: its own slides in its order (a map, a ranking, a
// map with Xín Mần spotlit), not the indicators; the spotlight the slide asks for is on.
TEST(AppPresent, AStoryIsPresentedSlideBySlideWithItsSpotlight) {
  if (!test::have_window_programs()) GTEST_SKIP() << "xvfb-run or xdotool is not installed";
  Story story;
  story.title = "Giao ban";
  MapSpec investment{.indicator = "investment_disbursement"};
  MapSpec rank{.view = ViewKind::rank, .indicator = "budget_revenue_attainment"};
  rank.pinned = {"027"};
  MapSpec overdue{.indicator = "overdue_admin_files"};
  story.slides = {{investment, "", ""}, {rank, "", ""}, {overdue, "Xín Mần", "033"}};
  const fs::path file = test::fresh_output_dir("present_story_file") / "giao-ban.json";
  exporting::write_story_file(file.string(), story);

  const test::WindowRun p = present("story", "Right Right", {"--story", file.string(), "--present", "--text-size", "projector"});
  ASSERT_EQ(p.run.exit_code, 0) << p.run.output;
  ASSERT_EQ(p.shot.width, kScreenW) << p.run.output;
  app::MapState state(test::project_inputs(), kStart);
  const std::vector<app::Slide> slides = app::story_slides(story);
  const Expected third = expected_of(state, slides, 2, kScreenW, kScreenH, true, "033");
  EXPECT_LT(share_different(p.shot, third.image), 0.01) << "the screen is not slide 3 with Xín Mần spotlit";
  app::MapState plain(test::project_inputs(), kStart);
  const Expected unlit = expected_of(plain, slides, 2, kScreenW, kScreenH, true, "");
  EXPECT_GT(share_different(p.shot, unlit.image), 0.002) << "the spotlight is missing";
  app::MapState first(test::project_inputs(), kStart);
  EXPECT_GT(share_different(p.shot, expected_of(first, slides, 0, kScreenW, kScreenH, true, "").image), 0.02)
      << "slides 1 and 3 look alike, nothing was tested";
}

// A story with a mistake is refused before the window opens, naming slide and key.
TEST(AppPresent, AStoryWithAMistakeIsRefusedNamingTheSlide) {
  const fs::path file = test::fresh_output_dir("present_story_bad") / "sai.json";
  std::ofstream(file) << R"({"version": 1, "slides": [{"spec": {}}, {"spec": {"map": {"indicator": "khong_co"}}}]})";
  const test::AppRun run = test::run_app("env -u DISPLAY -u WAYLAND_DISPLAY", {"--story", file.string(), "--boundaries", kBoundaries, "--data", kData},
                                         file.parent_path(), 60);
  EXPECT_EQ(run.exit_code, 3) << run.output;
  EXPECT_NE(run.output.find("trang 2 (slides[1].spec.map.indicator)"), std::string::npos) << run.output;
}

// The default 1600x900 window on a 1280x720 screen shrinks to fit it.
TEST(AppPresent, TheDefaultWindowFitsASmallScreen) {
  if (!test::have_window_programs()) GTEST_SKIP() << "xvfb-run or xdotool is not installed";
  const test::WindowRun p = present("fits", "", {"--frames", "3"});
  ASSERT_EQ(p.run.exit_code, 0) << p.run.output;
  std::smatch size;
  ASSERT_TRUE(std::regex_search(p.run.output, size, std::regex(R"(first frame after .*\((\d+)x(\d+),)")))
      << p.run.output;
  EXPECT_LE(std::stoi(size[1]), kScreenW);
  EXPECT_LE(std::stoi(size[2]), kScreenH);
  EXPECT_GE(std::stoi(size[1]), kScreenW * 9 / 10) << "as large as the screen allows";
}

}  // namespace
}  // namespace hgm
