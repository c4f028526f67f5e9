// The window front end, run for real: under Xvfb it must show the default map (checked in
// its --screenshot against the colours build_choropleth gives each district), a planner's
// table given with --table must be on the map, and without any display it must say so and
// write the map to a PNG instead.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <string>

#include "app/frame_cache.h"
#include "core/thematic/choropleth.h"
#include "core/layout/frame_layout.h"
#include "core/layout/scene_builder.h"
#include "io/map_inputs.h"
#include "io/table_reader.h"
#include "render/text/font.h"
#include "render/png/png_io.h"
#include "window_driver.h"

namespace hgm {
namespace {

namespace fs = std::filesystem;

using test::kBoundaries;
using test::kData;
constexpr const char* kIndicator = "budget_revenue_attainment";  // the app's defaults
constexpr const char* kPeriod = "2021-Q1";

// An Xvfb screen as large as the app's default window (a fresh one per run).
std::string under_xvfb() { return test::under_xvfb(1600, 900, /*dpi_96=*/false); }
const std::string kNoDisplay = "env -u DISPLAY -u WAYLAND_DISPLAY -u SDL_VIDEODRIVER";

// The default map as the app builds it, from the same files.
struct ExpectedMap {
  io::MapInputs inputs = io::load_map_inputs(kBoundaries, kData, Lang::vi);
  Choropleth map = build_choropleth(inputs.data.registry, inputs.data.table, [] {
    ChoroplethOptions o;
    o.indicator = kIndicator;
    o.period = kPeriod;
    return o;
  }());
  Scene scene =
      build_scene(map, inputs.boundaries, inputs.data.registry, Lang::vi, kBoundaryAttribution, inputs.locator);
};

const ExpectedMap& expected() {
  static const ExpectedMap e;  // the choropleth points into `inputs`: built once, in place
  return e;
}

using test::have_program;
fs::path output_dir(const std::string& name) { return test::fresh_output_dir(name); }

bool same_rgb(Color a, Color b) { return a.r == b.r && a.g == b.g && a.b == b.b; }

struct DistrictPixels {
  int inside = 0;    // pixels whose centre lies in the district
  int matching = 0;  // of those, pixels of exactly the district's fill colour
};

DistrictPixels count_fill(const render::Image& img, const Frame& frame, const MultiPolygon& shape, Color fill) {
  DistrictPixels p;
  const Bounds b = bounds_of(shape);
  const Vec2 top_left = frame.transform.to_pixel({b.min_x, b.max_y});
  const Vec2 bottom_right = frame.transform.to_pixel({b.max_x, b.min_y});
  for (int y = std::max(0, static_cast<int>(top_left.y)); y < std::min(img.height, static_cast<int>(bottom_right.y) + 1); ++y)
    for (int x = std::max(0, static_cast<int>(top_left.x)); x < std::min(img.width, static_cast<int>(bottom_right.x) + 1); ++x) {
      if (!frame.map_viewport.contains(x + 0.5, y + 0.5)) continue;
      if (!point_in_shape(frame.transform.to_map({x + 0.5, y + 0.5}), shape)) continue;
      ++p.inside;
      if (same_rgb(img.pixel(x, y), fill)) ++p.matching;
    }
  return p;
}

// Every district with an exact figure must be filled with its class colour: most of its
// pixels (outlines, labels and anti-aliasing take the rest) are exactly that colour.
void expect_exact_districts_filled(const render::Image& img, const LayoutOptions& layout, const std::string& what) {
  const ExpectedMap& e = expected();
  const render::Font font = render::Font::regular();  // the app lays out with this font too
  const Frame frame = layout_frame(e.scene, img.width, img.height, MapView{}, font, layout);
  int exact = 0;
  for (const DistrictShading& s : e.map.districts) {
    if (s.value == nullptr || !s.value->is_exact() || s.class_index < 0) continue;
    ++exact;
    const DistrictGeometry* g = e.inputs.boundaries.find(s.district);
    ASSERT_NE(g, nullptr);
    const DistrictPixels p = count_fill(img, frame, g->shape, s.style.fill);
    const std::string name = e.inputs.data.registry.at(s.district).name_vi;
    ASSERT_GT(p.inside, 500) << what << ": " << name << " covers too few pixels";
    EXPECT_GT(p.matching, p.inside * 7 / 10)
        << what << ": " << name << " should be filled with " << to_hex(s.style.fill) << ", only " << p.matching
        << " of " << p.inside << " pixels are";
  }
  EXPECT_GE(exact, 3) << "the default map should have several exact figures";
}

void expect_not_blank(const render::Image& img, const std::string& what) {
  std::set<std::uint32_t> colours;
  long background = 0;
  const Color bg = expected().scene.background;
  for (int y = 0; y < img.height; y += 2)
    for (int x = 0; x < img.width; x += 2) {
      const Color c = img.pixel(x, y);
      colours.insert(static_cast<std::uint32_t>(c.r) << 16 | static_cast<std::uint32_t>(c.g) << 8 | c.b);
      if (same_rgb(c, bg)) ++background;
    }
  const long sampled = static_cast<long>((img.width + 1) / 2) * ((img.height + 1) / 2);
  EXPECT_GT(colours.size(), 50u) << what << " looks blank";
  EXPECT_LT(background, sampled * 9 / 10) << what << " is mostly background";
}

TEST(AppWindow, ScreenshotShowsTheDefaultMap) {
  if (!have_program("xvfb-run")) GTEST_SKIP() << "xvfb-run is not installed";
  const fs::path dir = output_dir("window");
  const fs::path shot = dir / "window.png";
  const test::AppRun run = test::run_app(
      under_xvfb(), {"--boundaries", kBoundaries, "--data", kData, "--frames", "5", "--screenshot", shot.string()}, dir);
  ASSERT_EQ(run.exit_code, 0) << run.output;

  // The app reports the drawable size it drew at; the screenshot must be exactly that, and
  // that is the default window size (Xvfb has no window manager to change it).
  std::smatch size;
  const std::regex first_frame(R"(first frame after .*\((\d+)x(\d+),)");
  ASSERT_TRUE(std::regex_search(run.output, size, first_frame)) << run.output;
  const int width = std::stoi(size[1]), height = std::stoi(size[2]);
  EXPECT_EQ(width, 1600);
  EXPECT_EQ(height, 900);
  const render::Image img = render::read_png(shot);
  ASSERT_EQ(img.width, width);
  ASSERT_EQ(img.height, height);
  expect_not_blank(img, shot.string());
  expect_exact_districts_filled(img, app::window_layout(LayoutOptions{}, /*panel_visible=*/true), shot.string());
}

// No --boundaries, --data nor $HAGIANG_GEODATA_DIR, run from an empty folder: the window
// shows the default map from the committed geodata/ and warns of nothing missing (the
// locator inset's provinces are there too).
TEST(AppWindow, DefaultMapNeedsNothingButTheRepository) {
  if (!have_program("xvfb-run")) GTEST_SKIP() << "xvfb-run is not installed";
  const fs::path dir = output_dir("repository_only");
  const fs::path shot = dir / "window.png";
  const test::AppRun run =
      test::run_app("env -u HAGIANG_GEODATA_DIR " + under_xvfb(), {"--frames", "5", "--screenshot", shot.string()}, dir);
  ASSERT_EQ(run.exit_code, 0) << run.output;
  EXPECT_EQ(run.output.find("warning"), std::string::npos) << run.output;
  const render::Image img = render::read_png(shot);
  expect_not_blank(img, shot.string());
  expect_exact_districts_filled(img, app::window_layout(LayoutOptions{}, /*panel_visible=*/true), shot.string());
}

TEST(AppWindow, TableFromTheCommandLineIsOnTheMap) {
  if (!have_program("xvfb-run")) GTEST_SKIP() << "xvfb-run is not installed";
  const fs::path dir = output_dir("table");
  // Bắc Quang is only known as "không trên 15,8%" in the report (hatched); the planner's
  // table gives it an exact figure for the period on screen (the table has no period).
  // A district in the south: the import report opens over the map's north (it lists the
  // replaced figure), and leads with what was added.
  const fs::path table = dir / "bo-sung.csv";
  std::ofstream(table, std::ios::binary) << "Huyện,budget_revenue_attainment\nBắc Quang,\"35,5\"\n";
  const fs::path shot = dir / "window.png";
  // The recent-tables list goes to the folder, not the user's.
  const test::AppRun run = test::run_app("XDG_CONFIG_HOME=" + test::shell_quote((dir / "config").string()) + " " + under_xvfb(),
                                         {"--boundaries", kBoundaries, "--data", kData, "--table", table.string(),
                                          "--frames", "5", "--screenshot", shot.string()},
                                         dir);
  ASSERT_EQ(run.exit_code, 0) << run.output;
  EXPECT_NE(run.output.find("bo-sung.csv: 1 dòng, 1 khớp"), std::string::npos) << run.output;

  // The map the app should show, built here from the same files and the same import.
  io::MapInputs inputs = io::load_map_inputs(kBoundaries, kData, Lang::vi);
  ImportOptions import;
  import.period = kPeriod;
  const ImportReport report = import_table(io::read_table(table.string(), Lang::vi), inputs.data.registry, inputs.data.table, import);
  ASSERT_EQ(report.issues.size(), 1u);  // the table's 35,5 replaces the report's bound, listed
  ASSERT_EQ(report.count(ImportIssue::Kind::replaces), 1);
  ChoroplethOptions options;
  options.indicator = kIndicator;
  options.period = kPeriod;
  const Choropleth map = build_choropleth(inputs.data.registry, inputs.data.table, options);
  const Scene scene =
      build_scene(map, inputs.boundaries, inputs.data.registry, Lang::vi, kBoundaryAttribution, inputs.locator);
  const std::size_t bac_quang = *inputs.data.registry.find_code("034");
  const DistrictShading& shading = map.districts[bac_quang];
  ASSERT_EQ(shading.district, bac_quang);
  ASSERT_TRUE(shading.value && shading.value->is_exact() && shading.class_index >= 0);
  EXPECT_EQ(expected().map.districts[bac_quang].style.pattern, FillPattern::hatch) << "without the table it is hatched";

  const render::Image img = render::read_png(shot);
  const render::Font font = render::Font::regular();
  const Frame frame = layout_frame(scene, img.width, img.height, MapView{}, font,
                                   app::window_layout(LayoutOptions{}, /*panel_visible=*/true));
  const DistrictGeometry* g = inputs.boundaries.find(bac_quang);
  ASSERT_NE(g, nullptr);
  const DistrictPixels p = count_fill(img, frame, g->shape, shading.style.fill);
  ASSERT_GT(p.inside, 500);
  EXPECT_GT(p.matching, p.inside * 7 / 10) << "Bắc Quang should be filled with " << to_hex(shading.style.fill)
                                           << ", only " << p.matching << " of " << p.inside << " pixels are";
}

TEST(AppWindow, UnreadableTableIsADataError) {
  const fs::path dir = output_dir("bad_table");
  const std::string missing = (dir / "no-such-table.csv").string();
  const test::AppRun run =
      test::run_app(kNoDisplay, {"--boundaries", kBoundaries, "--data", kData, "--table", missing}, dir);
  EXPECT_EQ(run.exit_code, 3) << run.output;
  EXPECT_NE(run.output.find(missing), std::string::npos) << run.output;
}

TEST(AppWindow, WithoutADisplayWritesThePngInstead) {
  const fs::path dir = output_dir("no_display");
  const test::AppRun run = test::run_app(kNoDisplay, {"--boundaries", kBoundaries, "--data", kData}, dir);
  ASSERT_EQ(run.exit_code, 0) << run.output;
  EXPECT_NE(run.output.find("Không có màn hình"), std::string::npos) << run.output;
  EXPECT_NE(run.output.find("No display is available"), std::string::npos) << run.output;
  const std::string name = std::string("hagiang-map-") + kIndicator + "-" + kPeriod + ".png";
  EXPECT_NE(run.output.find(name), std::string::npos) << "should say where the map went:\n" << run.output;
  ASSERT_TRUE(fs::exists(dir / name)) << run.output;
  const render::Image img = render::read_png(dir / name);
  EXPECT_EQ(img.width, 1920);
  EXPECT_EQ(img.height, 1080);
  expect_not_blank(img, name);
  expect_exact_districts_filled(img, LayoutOptions{}, name);  // the export's layout
}

TEST(AppWindow, WithoutADisplayHonoursTheScreenshotPath) {
  const fs::path dir = output_dir("no_display_path");
  const fs::path out = dir / "chosen.png";
  const test::AppRun run =
      test::run_app(kNoDisplay, {"--boundaries", kBoundaries, "--data", kData, "--screenshot", out.string()}, dir);
  ASSERT_EQ(run.exit_code, 0) << run.output;
  EXPECT_TRUE(fs::exists(out)) << run.output;
  EXPECT_FALSE(fs::exists(dir / (std::string("hagiang-map-") + kIndicator + "-" + kPeriod + ".png")));
}

TEST(AppWindow, UnknownOptionIsAUsageError) {
  const fs::path dir = output_dir("unknown_option");
  const test::AppRun run = test::run_app(kNoDisplay, {"--no-such-option"}, dir);
  EXPECT_EQ(run.exit_code, 2) << run.output;
  EXPECT_NE(run.output.find("không có tuỳ chọn '--no-such-option' (xem --help)"), std::string::npos) << run.output;
  const test::AppRun en = test::run_app(kNoDisplay, {"--no-such-option", "--lang", "en"}, dir);
  EXPECT_EQ(en.exit_code, 2) << en.output;
  EXPECT_NE(en.output.find("unknown option '--no-such-option' (see --help)"), std::string::npos) << en.output;
}

TEST(AppWindow, UnknownIndicatorIsAUsageError) {
  const fs::path dir = output_dir("unknown_indicator");
  const test::AppRun run =
      test::run_app(kNoDisplay, {"--boundaries", kBoundaries, "--data", kData, "--indicator", "no_such_thing"}, dir);
  EXPECT_EQ(run.exit_code, 2) << run.output;
  EXPECT_NE(run.output.find("no_such_thing"), std::string::npos) << run.output;
  EXPECT_NE(run.output.find(kIndicator), std::string::npos) << "should list the known indicators:\n" << run.output;
}

TEST(AppWindow, MissingDataNamesTheFile) {
  const fs::path dir = output_dir("missing_data");
  const std::string missing = (dir / "no-such-folder").string();
  const test::AppRun run = test::run_app(kNoDisplay, {"--boundaries", kBoundaries, "--data", missing}, dir);
  EXPECT_EQ(run.exit_code, 3) << run.output;
  EXPECT_NE(run.output.find(missing), std::string::npos) << run.output;
}

TEST(AppWindow, HelpAndVersion) {
  const fs::path dir = output_dir("help");
  const test::AppRun help = test::run_app(kNoDisplay, {"--help"}, dir);
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.output.find("--screenshot"), std::string::npos) << help.output;
  const test::AppRun version = test::run_app(kNoDisplay, {"--version"}, dir);
  EXPECT_EQ(version.exit_code, 0);
  EXPECT_NE(version.output.find("hagiang-map-app "), std::string::npos) << version.output;
}

// A window OpenGL cannot read back (16384x16384 at 4x: over Mesa's 2 GiB of samples)
// says so, with the environment's exit code, instead of "unexpected error". (Drawn on the
// CPU there is no such limit: the window is drawn through OpenGL here.)
TEST(AppWindow, ScreenshotOfAWindowBeyondTheGlLimitSaysSo) {
  if (!have_program("xvfb-run")) GTEST_SKIP() << "xvfb-run is not installed";
  const fs::path dir = output_dir("huge_window");
  const fs::path shot = dir / "huge.png";
  // xvfb-run's own exit code replaces the app's when its clean-up of a large screen
  // fails, so the app's code is written to a file inside the X session.
  const fs::path code_file = dir / "exit-code";
  const test::AppRun run = test::run_app(
      under_xvfb() + " sh -c '\"$0\" \"$@\"; echo $? > " + code_file.string() + "'",
      {"--boundaries", kBoundaries, "--data", kData, "--size", "16384x16384", "--frames", "2", "--lang", "en",
       "--renderer", "opengl", "--screenshot", shot.string()},
      dir);
  int exit_code = -1;
  std::ifstream(code_file) >> exit_code;
  if (exit_code == 0) GTEST_SKIP() << "this OpenGL reads back a 16384x16384 window";
  EXPECT_EQ(exit_code, 4) << run.output;
  EXPECT_NE(run.output.find("OpenGL cannot read back the 16384x16384 window"), std::string::npos) << run.output;
  EXPECT_EQ(run.output.find("unexpected error"), std::string::npos) << run.output;
  EXPECT_FALSE(fs::exists(shot));
}

// The screenshot goes through the atomic writer: a folder in its place is refused (exit 5,
// the interface language) and stays.
TEST(AppWindow, ScreenshotOntoAFolderIsAnOutputError) {
  const fs::path dir = output_dir("screenshot_folder");
  fs::create_directories(dir / "taken.png" / "keep");
  const test::AppRun run = test::run_app(
      kNoDisplay, {"--boundaries", kBoundaries, "--data", kData, "--screenshot", (dir / "taken.png").string()}, dir);
  EXPECT_EQ(run.exit_code, 5) << run.output;
  EXPECT_NE(run.output.find("đó là một thư mục, không phải tệp thường"), std::string::npos) << run.output;
  EXPECT_TRUE(fs::is_directory(dir / "taken.png" / "keep"));
}

}  // namespace
}  // namespace hgm
