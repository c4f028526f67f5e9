// The command line and the window make the same picture of the same spec: the CLI's
// spec (parsed from flags) and the window's (reached through MapState's setters) are
// equal, and the laid-out Frames are equal element by element: texts, rectangles,
// polygons, lines, the map transform and the districts' styles. Without a display the
// window writes the same PNG bytes as `hagiang-map export --spec`.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "app/frame_cache.h"
#include "app/map_state.h"
#include "../cli/temp_dir.h"  // slurp
#include "app_process.h"
#include "cli/cli_options.h"
#include "core/spec/make_scene.h"
#include "io/map_inputs.h"
#include "render/text/font.h"

namespace hgm::app {
namespace {

namespace fs = std::filesystem;

const io::MapInputs& inputs() {
  static const io::MapInputs loaded =
      io::load_map_inputs(std::string(HGM_TEST_BOUNDARY_DIR) + "/hagiang_districts.shp", HGM_TEST_PROJECT_GEODATA_DIR);
  return loaded;
}

const render::Font& font() {
  static const render::Font f;
  return f;
}

void expect_same_rect(const PixelRect& a, const PixelRect& b, const std::string& what) {
  EXPECT_TRUE(a.x == b.x && a.y == b.y && a.w == b.w && a.h == b.h) << what;
}

// Every element a backend draws, compared exactly.
void expect_same_frame(const Frame& cli, const Frame& window) {
  ASSERT_EQ(cli.width, window.width);
  ASSERT_EQ(cli.height, window.height);
  EXPECT_EQ(cli.background, window.background);
  expect_same_rect(cli.map_viewport, window.map_viewport, "map viewport");
  EXPECT_EQ(cli.transform.scale, window.transform.scale);
  EXPECT_EQ(cli.transform.center, window.transform.center);
  EXPECT_EQ(cli.transform.origin_x, window.transform.origin_x);
  EXPECT_EQ(cli.transform.origin_y, window.transform.origin_y);
  EXPECT_EQ(cli.outline_width_px, window.outline_width_px);
  EXPECT_EQ(cli.outline, window.outline);
  EXPECT_EQ(cli.pattern_spacing_px, window.pattern_spacing_px);
  EXPECT_EQ(cli.pattern_line_px, window.pattern_line_px);
  ASSERT_GE(cli.texts.size(), 5u) << "title, legend, labels and credits are laid out";
  ASSERT_EQ(cli.texts.size(), window.texts.size());
  for (std::size_t i = 0; i < cli.texts.size(); ++i) {
    const FrameText &a = cli.texts[i], &b = window.texts[i];
    EXPECT_EQ(a.utf8, b.utf8) << "text " << i;
    EXPECT_TRUE(a.x == b.x && a.y == b.y && a.size_px == b.size_px) << a.utf8;
    EXPECT_TRUE(a.color == b.color && a.halo == b.halo && a.halo_px == b.halo_px) << a.utf8;
  }
  ASSERT_EQ(cli.rects.size(), window.rects.size());
  for (std::size_t i = 0; i < cli.rects.size(); ++i) {
    expect_same_rect(cli.rects[i].rect, window.rects[i].rect, "rect " + std::to_string(i));
    EXPECT_EQ(cli.rects[i].style, window.rects[i].style) << "rect " << i;
    EXPECT_EQ(cli.rects[i].stroke, window.rects[i].stroke) << "rect " << i;
    EXPECT_EQ(cli.rects[i].stroke_width, window.rects[i].stroke_width) << "rect " << i;
  }
  ASSERT_EQ(cli.polygons.size(), window.polygons.size());
  for (std::size_t i = 0; i < cli.polygons.size(); ++i) {
    EXPECT_EQ(cli.polygons[i].mesh.vertices, window.polygons[i].mesh.vertices) << "polygon " << i;
    EXPECT_EQ(cli.polygons[i].mesh.indices, window.polygons[i].mesh.indices) << "polygon " << i;
    EXPECT_EQ(cli.polygons[i].fill, window.polygons[i].fill) << "polygon " << i;
    EXPECT_EQ(cli.polygons[i].antialias, window.polygons[i].antialias) << "polygon " << i;
  }
  ASSERT_EQ(cli.lines.size(), window.lines.size());
  for (std::size_t i = 0; i < cli.lines.size(); ++i) {
    EXPECT_EQ(cli.lines[i].points, window.lines[i].points) << "line " << i;
    EXPECT_TRUE(cli.lines[i].width == window.lines[i].width && cli.lines[i].color == window.lines[i].color &&
                cli.lines[i].closed == window.lines[i].closed)
        << "line " << i;
  }
  // The map itself: each district's code, label and style (the shapes come from the same inputs).
  ASSERT_TRUE(cli.scene && window.scene);
  ASSERT_EQ(cli.scene->features.size(), window.scene->features.size());
  for (std::size_t i = 0; i < cli.scene->features.size(); ++i) {
    EXPECT_EQ(cli.scene->features[i].code, window.scene->features[i].code);
    EXPECT_EQ(cli.scene->features[i].label, window.scene->features[i].label);
    EXPECT_EQ(cli.scene->features[i].style, window.scene->features[i].style) << cli.scene->features[i].code;
  }
}

// The window's frame with its panel hidden at the spec's size, as FrameCache lays it out.
Frame window_frame(const MapState& state) {
  const ImageSize px = pixel_size(state.spec().size);
  return layout_frame(state.scene(), px.width, px.height, MapView{}, font(), window_layout(state.layout(), false));
}

TEST(SpecFrame, TheDefaultMapIsTheSameFrame) {
  const MapSpec spec = cli::parse_cli({"export", "--out", "m.png"}).spec;
  const MapState state(inputs(), MapSpec{});
  EXPECT_EQ(state.spec(), spec);
  const Scene scene = make_scene(inputs(), spec);
  expect_same_frame(layout_for_export(scene, spec, font()), window_frame(state));
}

TEST(SpecFrame, TheWindowsChoicesGiveTheCliSpecAndFrame) {
  const MapSpec cli = cli::parse_cli({"export", "--indicator", "overdue_admin_files", "--lang", "en", "--breaks",
                                      "2,5.5", "--palette", "Blues", "--title", "Overdue files", "--subtitle", "Q1",
                                      "--hide", "north,locator", "--histogram", "--out", "m.png"})
                          .spec;
  MapState state(inputs(), MapSpec{});
  state.select_indicator("overdue_admin_files");
  state.select_lang(Lang::en);
  state.select_breaks({2, 5.5});
  state.select_palette("Blues");
  state.set_titles("Overdue files", "Q1");
  LayoutOptions layout;
  layout.show_north_arrow = false;
  layout.show_locator = false;
  layout.show_histogram = true;
  state.set_layout(layout);
  EXPECT_EQ(state.spec(), cli);
  const Scene scene = make_scene(inputs(), cli);
  EXPECT_EQ(scene.title, "Overdue files");
  expect_same_frame(layout_for_export(scene, cli, font()), window_frame(state));
}

TEST(SpecFrame, PaperSizesAndOtherIndicatorsToo) {
  for (const char* indicator : {"digital_signature_use", "orange_fruit_drop_share", "avian_flu_outbreak_villages"}) {
    const MapSpec cli = cli::parse_cli({"export", "--indicator", indicator, "--paper", "A4", "--orientation",
                                        "portrait", "--dpi", "100", "--classes", "3", "--out", "m.svg"})
                            .spec;
    MapState state(inputs(), MapSpec{});
    state.select_indicator(indicator);
    state.select_classes(3);
    MapSpec window = state.spec();
    window.size = PaperSize{Paper::a4, Orientation::portrait, 100};
    EXPECT_EQ(window, cli) << indicator;
    const MapState sized(inputs(), window);
    expect_same_frame(layout_for_export(make_scene(inputs(), cli), cli, font()), window_frame(sized));
  }
}

using hgm::test::slurp;

TEST(SpecFrame, WithoutADisplayTheWindowWritesTheCliExport) {
  const fs::path dir = fs::temp_directory_path() / ("hgm-spec-app-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const std::string spec = (dir / "s.json").string();
  const std::string env = "env -u DISPLAY -u WAYLAND_DISPLAY -u SDL_VIDEODRIVER ";
  ASSERT_EQ(std::system((env + test::shell_quote(HGM_CLI_BINARY) + " spec --indicator overdue_admin_files --size 800x450" +
                         " --title 'Từ đặc tả' --out " + test::shell_quote(spec) + " 2>/dev/null").c_str()),
            0);
  ASSERT_EQ(std::system((test::shell_quote(HGM_CLI_BINARY) + " export --spec " + test::shell_quote(spec) + " --out " +
                         test::shell_quote((dir / "cli.png").string()) + " 2>/dev/null").c_str()),
            0);
  const test::AppRun run = test::run_app(env, {"--spec", spec, "--screenshot", (dir / "app.png").string()}, dir);
  EXPECT_EQ(run.exit_code, 0) << run.output;
  const std::string cli = slurp(dir / "cli.png"), app = slurp(dir / "app.png");
  EXPECT_FALSE(cli.empty());
  EXPECT_TRUE(cli == app) << "the window's fallback and `export --spec` differ";
  EXPECT_NE(run.output.find("800×450"), std::string::npos) << run.output;
  fs::remove_all(dir);
}

}  // namespace
}  // namespace hgm::app
