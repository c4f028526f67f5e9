// The window's command line, and where the side panel goes.
#include <filesystem>

#include "app_test_support.h"

namespace hgm::app {
namespace {

using namespace test_support;

TEST(AppOptions, DefaultsShowTheBudgetMapInAWindow) {
  const AppOptions o = parse_app_options({});
  EXPECT_EQ(o.action, AppOptions::Action::run);
  EXPECT_EQ(o.spec.indicator, "budget_revenue_attainment");
  EXPECT_EQ(o.spec.period, "2021-Q1");
  EXPECT_EQ(o.spec.lang, Lang::vi);
  EXPECT_EQ(o.width, 1600);
  EXPECT_EQ(o.height, 900);
  EXPECT_EQ(o.frames, 0);
  EXPECT_TRUE(o.screenshot.empty());
}

TEST(AppOptions, ReadsEveryOption) {
  const AppOptions o = parse_app_options({"--indicator", "overdue_admin_files", "--period=2021-Q1", "--lang", "en",
                                          "--boundaries", "b.shp", "--data", "d", "--size", "1280x720", "--frames",
                                          "5", "--screenshot", "s.png"});
  EXPECT_EQ(o.spec.indicator, "overdue_admin_files");
  EXPECT_EQ(o.spec.period, "2021-Q1");
  EXPECT_EQ(o.spec.lang, Lang::en);
  EXPECT_EQ(o.boundaries, "b.shp");
  EXPECT_EQ(o.data_dir, "d");
  EXPECT_EQ(o.width, 1280);
  EXPECT_EQ(o.height, 720);
  EXPECT_EQ(o.frames, 5);
  EXPECT_EQ(o.screenshot, "s.png");
  EXPECT_EQ(parse_app_options({"--help"}).action, AppOptions::Action::help);
  EXPECT_EQ(parse_app_options({"--version"}).action, AppOptions::Action::version);
}

// Presenting: --present starts in presentation mode, --text-size picks the preset; only a
// --size the user gave is kept when it does not fit the display.
TEST(AppOptions, PresentAndTextSize) {
  const AppOptions defaults = parse_app_options({});
  EXPECT_FALSE(defaults.present);
  EXPECT_FALSE(defaults.size_given);
  EXPECT_EQ(defaults.spec.layout.text_size, TextSize::laptop) << "the export's look";
  const AppOptions o = parse_app_options({"--present", "--text-size", "projector", "--size", "1280x720"});
  EXPECT_TRUE(o.present);
  EXPECT_TRUE(o.size_given);
  EXPECT_EQ(o.spec.layout.text_size, TextSize::projector);
  EXPECT_EQ(parse_app_options({"--text-size=large-hall"}).spec.layout.text_size, TextSize::large_hall);
  try {
    parse_app_options({"--text-size", "huge"});
    FAIL() << "an unknown preset is refused";
  } catch (const UsageError& e) {
    EXPECT_NE(std::string(e.what()).find("laptop, projector or large-hall"), std::string::npos) << e.what();
  }
}

TEST(AppOptions, UnitsOfALayerWithTheirFields) {
  const AppOptions o = parse_app_options({"--units", "vn/../vietnam_adm2.shp", "--code-field", "gso_code", "--name-field", "gso_name"});
  EXPECT_EQ(o.spec.units.file, (std::filesystem::current_path() / "vietnam_adm2.shp").string());
  EXPECT_EQ(o.spec.units.code_field, "gso_code");
  EXPECT_EQ(o.spec.units.name_field, "gso_name");
  EXPECT_THROW(parse_app_options({"--units", "vietnam_adm2.shp", "--code-field", "gso_code"}), UsageError);
  EXPECT_THROW(parse_app_options({"--name-field", "gso_name"}), UsageError);
}

TEST(AppOptions, RejectsWhatItCannotUse) {
  EXPECT_THROW(parse_app_options({"--no-such-option"}), UsageError);
  EXPECT_THROW(parse_app_options({"map.png"}), UsageError);
  EXPECT_THROW(parse_app_options({"--size", "1600"}), UsageError);
  EXPECT_THROW(parse_app_options({"--size", "10x10"}), UsageError);
  EXPECT_THROW(parse_app_options({"--frames", "0"}), UsageError);
  EXPECT_THROW(parse_app_options({"--frames", "many"}), UsageError);
  EXPECT_THROW(parse_app_options({"--frames"}), UsageError);
  EXPECT_THROW(parse_app_options({"--lang", "fr"}), UsageError);
  EXPECT_THROW(parse_app_options({"--table"}), UsageError);
}

// The errors speak both languages; the window shows the one --lang asks for (Vietnamese by default).
std::string usage_message(const std::vector<std::string>& args, Lang lang) {
  try {
    parse_app_options(args);
  } catch (const UsageError& e) {
    return e.message(lang);
  }
  return "(accepted)";
}

TEST(AppOptions, ErrorsAreInVietnameseAndEnglish) {
  EXPECT_EQ(usage_message({"--size", "10x900"}, Lang::vi), "chiều rộng của --size phải là số nguyên từ 320 đến 16384, không phải '10'");
  EXPECT_EQ(usage_message({"--size", "10x900"}, Lang::en), "--size width must be a whole number from 320 to 16384, not '10'");
  EXPECT_EQ(usage_message({"--text-size", "huge"}, Lang::vi),
            "--text-size nhận laptop, projector hoặc large-hall, không phải 'huge'");
  EXPECT_EQ(usage_message({"--text-size", "huge"}, Lang::en), "--text-size takes laptop, projector or large-hall, not 'huge'");
  EXPECT_EQ(usage_message({"--frames"}, Lang::vi), "--frames cần một giá trị (xem --help)");
  EXPECT_EQ(usage_message({"--table="}, Lang::en), "--table needs a file name");
  EXPECT_EQ(usage_message({"--story="}, Lang::vi), "--story cần một tên tệp");
  EXPECT_EQ(usage_message({"--story="}, Lang::en), "--story needs a file name");
}

// How the window draws: by default OpenGL where there is a graphics device, else the CPU;
// either by hand.
TEST(AppOptions, RendererIsChosenOrLeftToTheMachine) {
  EXPECT_EQ(parse_app_options({}).renderer, AppOptions::Renderer::automatic);
  EXPECT_EQ(parse_app_options({"--renderer", "cpu"}).renderer, AppOptions::Renderer::cpu);
  EXPECT_EQ(parse_app_options({"--renderer=opengl"}).renderer, AppOptions::Renderer::opengl);
  EXPECT_EQ(parse_app_options({"--renderer", "auto"}).renderer, AppOptions::Renderer::automatic);
  EXPECT_EQ(usage_message({"--renderer", "gpu"}, Lang::vi), "--renderer nhận auto, cpu hoặc opengl, không phải 'gpu'");
  EXPECT_EQ(usage_message({"--renderer", "gpu"}, Lang::en), "--renderer takes auto, cpu or opengl, not 'gpu'");
}

TEST(AppOptions, TablesRepeat) {
  const AppOptions o = parse_app_options({"--table", "a.csv", "--table=b.xlsx"});
  EXPECT_EQ(o.tables, (std::vector<std::string>{"a.csv", "b.xlsx"}));
  EXPECT_TRUE(parse_app_options({}).tables.empty());
}

TEST(PanelPlacement, SitsRightOfTheMapAndUnderTheLegend) {
  const MapState state(inputs(), default_selection());
  const render::Font font = render::Font::regular();
  const Frame frame = layout_frame(state.scene(), 1600, 900, MapView{}, font, window_layout(LayoutOptions{}, true));
  const PanelPlacement at = panel_placement(frame, 1.0, 1.0f);
  const PixelRect& map = frame.map_viewport;
  EXPECT_LE(at.right, 1600.0f);
  EXPECT_GE(at.right - at.width, map.x + map.w - 1.0) << "the panel would cover the map";
  ASSERT_FALSE(frame.rects.empty());
  const FrameRect& legend = frame.rects.front();
  EXPECT_GE(at.top, legend.rect.y + legend.rect.h) << "the panel would cover the legend";
  EXPECT_GT(at.max_height, 200.0f);
}

TEST(PanelPlacement, HiDpiHalvesTheScreenCoordinates) {
  const MapState state(inputs(), default_selection());
  const render::Font font = render::Font::regular();
  const Frame frame = layout_frame(state.scene(), 1600, 900, MapView{}, font, window_layout(LayoutOptions{}, true));
  // The same drawable pixels on a display with two of them per screen coordinate.
  const PanelPlacement one = panel_placement(frame, 1.0, 1.0f, &font);
  const PanelPlacement two = panel_placement(frame, 2.0, 1.0f, &font);
  EXPECT_FLOAT_EQ(two.right, one.right / 2);
  EXPECT_FLOAT_EQ(two.top, one.top / 2);
  EXPECT_FLOAT_EQ(two.max_height, one.max_height / 2);
  // The legend's column, halved, but never narrower than the panel's least width.
  EXPECT_GT(one.width, 330.0f);
  EXPECT_FLOAT_EQ(two.width, std::max(330.0f, one.width / 2));
  EXPECT_LE(two.right, 800.0f);
  EXPECT_LE(two.top + two.max_height, 450.0f);
}

TEST(PanelPlacement, ReachesBelowTheMapWhenTheCreditsLeaveRoom) {
  const MapState state(inputs(), default_selection());
  const render::Font font = render::Font::regular();
  const Frame frame = layout_frame(state.scene(), 1600, 900, MapView{}, font, window_layout(LayoutOptions{}, true));
  const PanelPlacement bounded = panel_placement(frame, 1.0, 1.0f);
  const PanelPlacement measured = panel_placement(frame, 1.0, 1.0f, &font);
  EXPECT_EQ(measured.top, bounded.top);
  EXPECT_GT(measured.max_height, bounded.max_height) << "the credits end left of the panel's column";
  EXPECT_LE(measured.top + measured.max_height, 900.0f);
}

TEST(PanelPlacement, WithoutALegendKeepsAUsableWidth) {
  MapState state(inputs(), default_selection());
  LayoutOptions layout;
  layout.show_legend = false;
  const render::Font font = render::Font::regular();
  const Frame frame = layout_frame(state.scene(), 1600, 900, MapView{}, font, window_layout(layout, true));
  const PanelPlacement at = panel_placement(frame, 1.0, 1.0f, &font);
  EXPECT_GE(at.width, 330.0f);
  EXPECT_LE(at.right, 1600.0f);
  EXPECT_GT(at.max_height, 200.0f);
}

}  // namespace
}  // namespace hgm::app
