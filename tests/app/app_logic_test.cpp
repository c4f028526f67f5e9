// The window front end's parts that need no display: options, the map state (selection,
// classification, layout, titles, planners' tables), manual breaks as typed, the
// indicator search, hover details and where the panel goes.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>

#include "app/app_options.h"
#include "app/panels/breaks_text.h"
#include "app/panels/district_details.h"
#include "app/frame_cache.h"
#include "app/panels/indicator_filter.h"
#include "app/map_state.h"
#include "app/panels/panel_placement.h"
#include "core/errors.h"
#include "core/layout/frame_layout.h"
#include "core/thematic/palette.h"
#include "render/text/font.h"

namespace hgm::app {
namespace {

const std::string kBoundaries = std::string(HGM_TEST_BOUNDARY_DIR) + "/hagiang_districts.shp";

const io::MapInputs& inputs() {
  static const io::MapInputs loaded = io::load_map_inputs(kBoundaries, HGM_TEST_PROJECT_GEODATA_DIR);
  return loaded;
}

MapSelection default_selection() { return {kDefaultIndicator, kDefaultPeriod, Lang::vi}; }

namespace fs = std::filesystem;

// A folder of its own under the system's temp dir, removed when the tests end.
struct TempDir {
  fs::path path = fs::temp_directory_path() / ("hgm-app-logic-" + std::to_string(::getpid()));
  TempDir() { fs::create_directories(path); }
  ~TempDir() {
    std::error_code ignored;
    fs::remove_all(path, ignored);
  }
};

// A planner's table written for the test.
fs::path write_table(const std::string& name, const std::string& text) {
  static const TempDir dir;
  const fs::path file = dir.path / name;
  std::ofstream(file, std::ios::binary) << text;
  return file;
}

// Next quarter's budget table: Xín Mần matches, "Quảng Bình" is a province (not the
// district Quang Bình) and must be reported, Bắc Mê matches. Line 1 is the header.
const char* kNextQuarter =
    "Huyện,Kỳ,budget_revenue_attainment\n"
    "Xín Mần,2021-Q2,\"52,3\"\n"
    "Quảng Bình,2021-Q2,\"20,1\"\n"
    "Bắc Mê,2021-Q2,\"18,4\"\n";

const DistrictShading& shading_of(const MapState& state, const std::string& code) {
  const auto index = inputs().data.registry.find_code(code);
  EXPECT_TRUE(index) << code;
  const auto& districts = state.choropleth().districts;
  const auto it = std::find_if(districts.begin(), districts.end(),
                               [&](const DistrictShading& s) { return s.district == *index; });
  EXPECT_NE(it, districts.end()) << code;
  return *it;
}

Frame frame_of(const MapState& state, bool panel_visible = true) {
  static const render::Font font = render::Font::regular();
  return layout_frame(state.scene(), 1600, 900, MapView{}, font, window_layout(state.layout(), panel_visible));
}

bool has_text(const Frame& frame, const std::string& text) {
  return std::any_of(frame.texts.begin(), frame.texts.end(), [&](const FrameText& t) { return t.utf8 == text; });
}

// The title lines sit above the map (the legend repeats the indicator's name beside it).
bool has_heading(const Frame& frame, const std::string& text) {
  return std::any_of(frame.texts.begin(), frame.texts.end(),
                     [&](const FrameText& t) { return t.utf8 == text && t.y < frame.map_viewport.y; });
}

// Texts in the column right of the map: the legend's.
bool has_legend_text(const Frame& frame, const std::string& text) {
  const double right = frame.map_viewport.x + frame.map_viewport.w;
  return std::any_of(frame.texts.begin(), frame.texts.end(),
                     [&](const FrameText& t) { return t.utf8 == text && t.x >= right; });
}

// How each district is drawn, in the scene's order.
std::vector<AreaStyle> feature_styles(const Scene& scene) {
  std::vector<AreaStyle> styles;
  for (const MapFeature& f : scene.features) styles.push_back(f.style);
  return styles;
}

TEST(AppOptions, DefaultsShowTheBudgetMapInAWindow) {
  const AppOptions o = parse_app_options({});
  EXPECT_EQ(o.action, AppOptions::Action::run);
  EXPECT_EQ(o.indicator, "budget_revenue_attainment");
  EXPECT_EQ(o.period, "2021-Q1");
  EXPECT_EQ(o.lang, Lang::vi);
  EXPECT_EQ(o.width, 1600);
  EXPECT_EQ(o.height, 900);
  EXPECT_EQ(o.frames, 0);
  EXPECT_TRUE(o.screenshot.empty());
}

TEST(AppOptions, ReadsEveryOption) {
  const AppOptions o = parse_app_options({"--indicator", "overdue_admin_files", "--period=2021-Q1", "--lang", "en",
                                          "--boundaries", "b.shp", "--data", "d", "--size", "1280x720", "--frames",
                                          "5", "--screenshot", "s.png"});
  EXPECT_EQ(o.indicator, "overdue_admin_files");
  EXPECT_EQ(o.period, "2021-Q1");
  EXPECT_EQ(o.lang, Lang::en);
  EXPECT_EQ(o.boundaries, "b.shp");
  EXPECT_EQ(o.data_dir, "d");
  EXPECT_EQ(o.width, 1280);
  EXPECT_EQ(o.height, 720);
  EXPECT_EQ(o.frames, 5);
  EXPECT_EQ(o.screenshot, "s.png");
  EXPECT_EQ(parse_app_options({"--help"}).action, AppOptions::Action::help);
  EXPECT_EQ(parse_app_options({"--version"}).action, AppOptions::Action::version);
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

TEST(AppOptions, TablesRepeat) {
  const AppOptions o = parse_app_options({"--table", "a.csv", "--table=b.xlsx"});
  EXPECT_EQ(o.tables, (std::vector<std::string>{"a.csv", "b.xlsx"}));
  EXPECT_TRUE(parse_app_options({}).tables.empty());
}

TEST(MapState, StepsThroughIndicatorsAndWrapsAround) {
  MapState state(inputs(), default_selection());
  const auto& indicators = inputs().data.table.indicators();
  ASSERT_GE(indicators.size(), 2u);
  ASSERT_EQ(indicators.front().id, kDefaultIndicator);
  const auto revision = state.revision();
  state.step_indicator(1);
  EXPECT_EQ(state.selection().indicator, indicators[1].id);
  EXPECT_GT(state.revision(), revision);
  state.step_indicator(-2);
  EXPECT_EQ(state.selection().indicator, indicators.back().id);
  state.step_indicator(1);
  EXPECT_EQ(state.selection().indicator, indicators.front().id);
}

TEST(MapState, LanguageRebuildsTheScene) {
  MapState state(inputs(), default_selection());
  const Indicator* ind = inputs().data.table.find_indicator(kDefaultIndicator);
  ASSERT_NE(ind, nullptr);
  EXPECT_EQ(state.scene().title, ind->name_vi);
  state.select_lang(Lang::en);
  EXPECT_EQ(state.scene().title, ind->name_en);
}

TEST(MapState, UnknownChoiceLeavesTheMapAsItWas) {
  EXPECT_THROW(MapState(inputs(), {"no_such_indicator", kDefaultPeriod, Lang::vi}), UsageError);
  MapState state(inputs(), default_selection());
  const auto revision = state.revision();
  const std::string title = state.scene().title;
  const std::vector<AreaStyle> styles = feature_styles(state.scene());
  ASSERT_FALSE(styles.empty());
  EXPECT_THROW(state.select_period("1999-Q9"), UsageError);
  EXPECT_EQ(state.selection().period, kDefaultPeriod);
  EXPECT_EQ(state.revision(), revision);
  EXPECT_EQ(state.choropleth().period, kDefaultPeriod);
  EXPECT_EQ(state.scene().title, title);
  EXPECT_EQ(feature_styles(state.scene()), styles) << "every district keeps its fill";
  state.view().zoom = 3;
  state.reset_view();
  EXPECT_EQ(state.view().zoom, 1);
}

TEST(MapState, ClassificationChoicesRebuildTheMap) {
  MapState state(inputs(), default_selection());
  EXPECT_EQ(state.choropleth().classes.method, ClassMethod::natural_breaks);

  auto revision = state.revision();
  state.select_method(ClassMethod::quantile);
  EXPECT_EQ(state.selection().method, ClassMethod::quantile);
  EXPECT_EQ(state.choropleth().classes.method, ClassMethod::quantile);
  EXPECT_GT(state.revision(), revision);

  revision = state.revision();
  state.select_classes(4);
  EXPECT_EQ(state.selection().classes, 4);
  EXPECT_EQ(state.choropleth().classes.requested, 4);
  EXPECT_GT(state.revision(), revision);
  state.select_classes(0);  // automatic again
  EXPECT_EQ(state.selection().classes, 0);

  revision = state.revision();
  state.select_palette("Greens");
  const Choropleth& map = state.choropleth();
  EXPECT_EQ(map.palette, "Greens");
  EXPECT_EQ(map.colors, palette_colors("Greens", static_cast<int>(map.colors.size())));
  const PaletteSuitability expected = assess_palette(map.colors, SchemeKind::sequential);
  EXPECT_EQ(map.suitability.colour_blind_safe, expected.colour_blind_safe);
  EXPECT_EQ(map.suitability.print_safe, expected.print_safe);
  EXPECT_EQ(map.suitability.photocopy_safe, expected.photocopy_safe);
  EXPECT_GT(state.revision(), revision);
  // The scene is rebuilt too: a district with an exact figure wears the new colours.
  const DistrictShading& xin_man = shading_of(state, "033");
  ASSERT_GE(xin_man.class_index, 0);
  EXPECT_EQ(xin_man.style.fill, map.colors[static_cast<std::size_t>(xin_man.class_index)]);
  const auto feature = std::find_if(state.scene().features.begin(), state.scene().features.end(),
                                    [](const MapFeature& f) { return f.code == "033"; });
  ASSERT_NE(feature, state.scene().features.end());
  EXPECT_EQ(feature->style.fill, xin_man.style.fill);

  revision = state.revision();
  EXPECT_THROW(state.select_palette("NoSuchScheme"), UsageError);
  EXPECT_EQ(state.choropleth().palette, "Greens");
  EXPECT_EQ(state.revision(), revision);
  state.select_palette("");  // automatic: from the indicator's polarity
  EXPECT_EQ(state.choropleth().palette, "YlGnBu");
}

TEST(MapState, ManualBreaksStartFromTheMapAndRejectFallingOnes) {
  MapState state(inputs(), default_selection());
  const std::vector<double> upper = state.choropleth().classes.upper;
  ASSERT_GE(upper.size(), 2u);
  state.select_method(ClassMethod::manual);
  // The map does not jump: the breaks are the limits it had.
  const std::vector<double> seeded = state.selection().breaks;
  ASSERT_EQ(seeded.size(), upper.size() - 1);
  for (std::size_t i = 0; i < seeded.size(); ++i) EXPECT_NEAR(seeded[i], upper[i], 0.005);
  EXPECT_EQ(state.choropleth().classes.method, ClassMethod::manual);

  const BreaksParse typed = parse_breaks("10; 15,8; 30", Lang::vi);
  ASSERT_TRUE(typed.ok()) << typed.error;
  state.select_breaks(typed.breaks);
  const Classes& classes = state.choropleth().classes;
  ASSERT_EQ(classes.size(), 4u);
  EXPECT_EQ(classes.upper[0], 10);
  EXPECT_EQ(classes.upper[1], 15.8);
  EXPECT_EQ(classes.upper[2], 30);
  EXPECT_TRUE(classes.open_below && classes.open_above);
  EXPECT_EQ(shading_of(state, "033").class_index, 3);  // Xín Mần, 47,4% > 30
  EXPECT_EQ(shading_of(state, "027").class_index, 0);  // Mèo Vạc, 8,6% <= 10

  // Falling breaks never reach the map.
  const auto revision = state.revision();
  EXPECT_THROW(state.select_breaks({30, 10}), UsageError);
  EXPECT_EQ(state.selection().breaks, typed.breaks);
  EXPECT_EQ(state.revision(), revision);

  // Another indicator gets breaks of its own; coming back brings these back.
  state.step_indicator(1);
  EXPECT_EQ(state.selection().method, ClassMethod::manual);
  EXPECT_NE(state.selection().breaks, typed.breaks);
  state.step_indicator(-1);
  EXPECT_EQ(state.selection().breaks, typed.breaks);
  // Manual classes step through every indicator, those without exact figures included.
  const std::size_t n = inputs().data.table.indicators().size();
  for (std::size_t i = 0; i < n; ++i) EXPECT_NO_THROW(state.step_indicator(1)) << state.selection().indicator;
  EXPECT_EQ(state.selection().indicator, kDefaultIndicator);
  EXPECT_EQ(state.selection().breaks, typed.breaks);
  // Leaving manual classes and coming back keeps them.
  state.select_method(ClassMethod::natural_breaks);
  state.select_method(ClassMethod::manual);
  EXPECT_EQ(state.selection().breaks, typed.breaks);
}

TEST(BreaksText, ReadsBreaksAsPlannersTypeThem) {
  EXPECT_EQ(parse_breaks("10; 15,8; 30", Lang::vi).breaks, (std::vector<double>{10, 15.8, 30}));
  EXPECT_EQ(parse_breaks("10; 15,8; 30", Lang::en).breaks, (std::vector<double>{10, 15.8, 30}));
  EXPECT_EQ(parse_breaks("10, 15.8, 30", Lang::en).breaks, (std::vector<double>{10, 15.8, 30}));
  EXPECT_EQ(parse_breaks("10 15.8 30", Lang::vi).breaks, (std::vector<double>{10, 15.8, 30}));
  EXPECT_EQ(parse_breaks(" 1.234,5 ; 2.000,25 ", Lang::vi).breaks, (std::vector<double>{1234.5, 2000.25}));
  EXPECT_EQ(parse_breaks("-5; 0; 12,5%", Lang::vi).breaks, (std::vector<double>{-5, 0, 12.5}));
  EXPECT_EQ(parse_breaks("20", Lang::vi).breaks, (std::vector<double>{20}));

  const BreaksParse falling = parse_breaks("30; 10", Lang::vi);
  EXPECT_FALSE(falling.ok());
  EXPECT_TRUE(falling.breaks.empty());
  EXPECT_NE(falling.error.find("tăng dần"), std::string::npos) << falling.error;
  EXPECT_NE(falling.error.find("10 không lớn hơn 30"), std::string::npos) << falling.error;
  EXPECT_NE(parse_breaks("30; 10", Lang::en).error.find("must rise"), std::string::npos);
  EXPECT_FALSE(parse_breaks("10; 10", Lang::vi).ok());
  EXPECT_FALSE(parse_breaks("", Lang::vi).ok());
  EXPECT_FALSE(parse_breaks("10; mười", Lang::vi).ok());
  EXPECT_FALSE(parse_breaks("10,5; 20.5", Lang::vi).ok()) << "mixed decimal marks cannot be read without guessing";

  EXPECT_EQ(format_breaks({10, 15.8, 30}, Lang::vi), "10; 15,8; 30");
  EXPECT_EQ(format_breaks({10, 15.8, 30}, Lang::en), "10; 15.8; 30");
  EXPECT_EQ(format_breaks({-2.5, 1234.5}, Lang::vi), "-2,5; 1234,5");
  // What is written reads back the same.
  for (const Lang lang : {Lang::vi, Lang::en}) {
    const std::vector<double> breaks{-2.5, 0, 11.55, 1234.5, 20000};
    EXPECT_EQ(parse_breaks(format_breaks(breaks, lang), lang).breaks, breaks);
  }
}

TEST(MapState, LayoutTogglesChangeTheFrame) {
  MapState state(inputs(), default_selection());
  const render::Font font = render::Font::regular();
  const PixelSize size{1600, 900};
  FrameCache cache;
  // A copy: the cache's frame is replaced by the next call.
  const auto frame = [&](bool panel_visible = true) { return cache.frame_for(state, size, font, panel_visible); };

  const Frame shown = frame();
  ASSERT_FALSE(shown.rects.empty()) << "the legend draws a box and swatches";
  const double map_right = shown.map_viewport.x + shown.map_viewport.w;
  const auto in_column = [&](const Frame& f) {
    return std::count_if(f.rects.begin(), f.rects.end(), [&](const FrameRect& r) { return r.rect.x >= map_right; });
  };
  EXPECT_GT(in_column(shown), 0);
  EXPECT_TRUE(has_heading(shown, state.scene().title));
  EXPECT_TRUE(has_legend_text(shown, state.scene().legend.title));
  EXPECT_TRUE(has_text(shown, state.scene().source_line));

  LayoutOptions layout;
  layout.show_legend = false;
  state.set_layout(layout);
  const Frame no_legend = frame();
  EXPECT_EQ(in_column(no_legend), 0) << "the legend's rectangles are gone";
  EXPECT_FALSE(has_legend_text(no_legend, state.scene().legend.title));
  EXPECT_TRUE(has_heading(no_legend, state.scene().title));
  EXPECT_GT(no_legend.map_viewport.w, shown.map_viewport.w) << "the map takes the legend's room";

  layout = {};
  layout.show_title = false;
  layout.show_credits = false;
  state.set_layout(layout);
  const Frame bare = frame();
  EXPECT_FALSE(has_heading(bare, state.scene().title));
  EXPECT_FALSE(has_text(bare, state.scene().source_line));
  EXPECT_TRUE(has_legend_text(bare, state.scene().legend.title));

  // The locator inset gives way to the panel, and comes back without it.
  layout = {};
  state.set_layout(layout);
  EXPECT_FALSE(window_layout(state.layout(), true).show_locator);
  EXPECT_TRUE(window_layout(state.layout(), false).show_locator);
  EXPECT_GT(frame(false).polygons.size(), frame(true).polygons.size());

  // The cache lays the frame out again for every element flipped (with the panel hidden,
  // so the locator is the user's choice too) and reuses it while nothing changed.
  using Element = bool LayoutOptions::*;
  for (const Element element :
       {&LayoutOptions::show_title, &LayoutOptions::show_legend, &LayoutOptions::show_labels,
        &LayoutOptions::show_credits, &LayoutOptions::show_scale_bar, &LayoutOptions::show_north_arrow,
        &LayoutOptions::show_locator, &LayoutOptions::show_histogram}) {
    state.set_layout({});
    frame(false);
    const auto layouts = cache.layouts();
    frame(false);
    EXPECT_EQ(cache.layouts(), layouts) << "nothing changed";
    LayoutOptions flipped;
    flipped.*element = !(flipped.*element);
    state.set_layout(flipped);
    frame(false);
    EXPECT_EQ(cache.layouts(), layouts + 1) << "a flipped element must lay the frame out again";
    frame(false);
    EXPECT_EQ(cache.layouts(), layouts + 1) << "nothing changed";
  }
  state.set_layout({});
  frame();

  // Panning moves the map without moving its viewport: a new frame, and the viewport the
  // input uses comes from the cache without laying anything out.
  auto layouts = cache.layouts();
  const Frame before_pan = frame();
  EXPECT_EQ(cache.layouts(), layouts);
  state.view().pan.x += 1000;
  const PixelRect viewport = cache.map_viewport(state, size, font, true);
  EXPECT_EQ(cache.layouts(), layouts) << "the viewport does not depend on the view";
  const Frame panned = frame();
  EXPECT_EQ(cache.layouts(), layouts + 1);
  EXPECT_NE(panned.transform.center.x, before_pan.transform.center.x);
  EXPECT_EQ(viewport.x, panned.map_viewport.x);
  EXPECT_EQ(viewport.y, panned.map_viewport.y);
  EXPECT_EQ(viewport.w, panned.map_viewport.w);
  EXPECT_EQ(viewport.h, panned.map_viewport.h);
  frame();
  EXPECT_EQ(cache.layouts(), layouts + 1) << "nothing changed";

  // A rebuilt scene (a new revision) is laid out again.
  layouts = cache.layouts();
  state.select_lang(Lang::en);
  EXPECT_EQ(frame().scene, &state.scene());
  EXPECT_EQ(cache.layouts(), layouts + 1);
  EXPECT_TRUE(has_heading(frame(), state.scene().title));
  EXPECT_EQ(cache.layouts(), layouts + 1) << "nothing changed";

  // Before the frame at a new size exists, the viewport is the one that frame will have.
  const PixelSize smaller{1200, 800};
  const PixelRect resized = cache.map_viewport(state, smaller, font, true);
  EXPECT_EQ(cache.layouts(), layouts + 1);
  const Frame& at_smaller = cache.frame_for(state, smaller, font, true);
  EXPECT_EQ(resized.w, at_smaller.map_viewport.w);
  EXPECT_EQ(resized.h, at_smaller.map_viewport.h);
}

TEST(MapState, TitleOverrideAppearsInTheFrame) {
  MapState state(inputs(), default_selection());
  const std::string automatic_title = state.scene().title;
  const std::string automatic_subtitle = state.scene().subtitle;
  EXPECT_EQ(state.automatic_title(), automatic_title);

  const auto revision = state.revision();
  state.set_titles("Thu ngân sách các huyện — giao ban quý II", "");
  EXPECT_GT(state.revision(), revision);
  EXPECT_EQ(state.scene().title, "Thu ngân sách các huyện — giao ban quý II");
  EXPECT_EQ(state.scene().subtitle, automatic_subtitle) << "an empty subtitle stays automatic";
  Frame frame = frame_of(state);
  EXPECT_TRUE(has_heading(frame, "Thu ngân sách các huyện — giao ban quý II"));
  EXPECT_FALSE(has_heading(frame, automatic_title));
  EXPECT_TRUE(has_heading(frame, automatic_subtitle));

  state.set_titles("", "Số liệu sơ bộ");
  frame = frame_of(state);
  EXPECT_TRUE(has_heading(frame, automatic_title));
  EXPECT_TRUE(has_heading(frame, "Số liệu sơ bộ"));

  // Overrides survive a change of period or classes; blank text is automatic.
  state.select_method(ClassMethod::quantile);
  EXPECT_EQ(state.scene().subtitle, "Số liệu sơ bộ");
  state.set_titles("   ", "");
  EXPECT_EQ(state.scene().title, automatic_title);
  EXPECT_EQ(state.scene().subtitle, automatic_subtitle);

  // A title names its indicator: the next indicator has its own, this one comes back.
  state.set_titles("Thu ngân sách", "");
  state.step_indicator(1);
  EXPECT_EQ(state.selection().title, "");
  EXPECT_EQ(state.scene().title, state.automatic_title());
  state.step_indicator(-1);
  EXPECT_EQ(state.scene().title, "Thu ngân sách");
}

TEST(MapState, LoadingATableAddsItsPeriodAndReportsWhatDidNotMatch) {
  const fs::path file = write_table("quy-2.csv", kNextQuarter);
  MapState state(inputs(), default_selection());
  const auto periods_before = state.table().periods();
  ASSERT_EQ(std::count(periods_before.begin(), periods_before.end(), "2021-Q2"), 0);

  const TableLoad& load = state.load_table(file.string());
  ASSERT_TRUE(load.read()) << load.error;
  const ImportReport& report = *load.report;
  EXPECT_EQ(report.rows_read, 3);
  EXPECT_EQ(report.rows_matched, 2);
  EXPECT_EQ(report.values, 2);
  EXPECT_EQ(report.count(ImportIssue::Kind::unmatched_district), 1);
  ASSERT_EQ(report.issues.size(), 1u);
  const ImportIssue& issue = report.issues.front();
  EXPECT_EQ(issue.where, "quy-2.csv:3");
  EXPECT_EQ(issue.text, "Quảng Bình");
  EXPECT_FALSE(issue.reason.empty());
  EXPECT_NE(std::find(issue.candidates.begin(), issue.candidates.end(), "Quang Bình"), issue.candidates.end());
  EXPECT_FALSE(report.decisions.empty()) << "the column's number convention is stated";
  EXPECT_FALSE(load.clean());
  ASSERT_EQ(state.table_loads().size(), 1u);

  // The period picker lists the new period, and the map shows the new figures.
  const auto& periods = state.table().periods();
  EXPECT_EQ(std::count(periods.begin(), periods.end(), "2021-Q2"), 1);
  EXPECT_EQ(state.selection().period, kDefaultPeriod) << "loading does not change the period shown";
  state.step_period(1);
  EXPECT_EQ(state.selection().period, "2021-Q2");
  const DistrictShading& xin_man = shading_of(state, "033");
  ASSERT_NE(xin_man.value, nullptr);
  EXPECT_EQ(xin_man.value->value, 52.3);
  EXPECT_EQ(shading_of(state, "035").value, nullptr) << "Quang Bình was not in the table";

  // The hover tooltip names the table row the figure came from.
  const auto d = district_details(state, static_cast<int>(xin_man.district));
  ASSERT_TRUE(d);
  EXPECT_EQ(d->value_text.rfind("52,3", 0), 0u) << d->value_text;
  EXPECT_EQ(d->source, "quy-2.csv, dòng 2");
  EXPECT_EQ(d->period, "Quý II/2021");

  // The project's data is left alone: another state does not see the table.
  const MapState other(inputs(), default_selection());
  EXPECT_FALSE(other.table().has_period("2021-Q2"));
}

TEST(MapState, TableWithoutPeriodTakesTheCurrentOne) {
  const fs::path file = write_table("bo-sung.csv", "Mã;budget_revenue_attainment\n031;35,5\n");
  MapState state(inputs(), default_selection());
  EXPECT_FALSE(shading_of(state, "031").value->is_exact()) << "Bắc Mê is only known as a bound";
  const auto revision = state.revision();
  const TableLoad& load = state.load_table(file.string());
  ASSERT_TRUE(load.clean()) << load_summary(load, Lang::en);
  EXPECT_GT(state.revision(), revision);
  const DistrictShading& bac_me = shading_of(state, "031");
  ASSERT_TRUE(bac_me.value && bac_me.value->is_exact());
  EXPECT_EQ(bac_me.value->value, 35.5);
  EXPECT_GE(bac_me.class_index, 0);
}

TEST(MapState, UnreadableTableChangesNothing) {
  MapState state(inputs(), default_selection());
  const auto revision = state.revision();
  const auto periods = state.table().periods();
  const std::string missing = (fs::temp_directory_path() / "no-such-table-hgm.csv").string();
  const TableLoad& load = state.load_table(missing);
  EXPECT_FALSE(load.read());
  EXPECT_NE(load.error.find(missing), std::string::npos) << load.error;
  EXPECT_EQ(state.revision(), revision);
  EXPECT_EQ(state.table().periods(), periods);
  ASSERT_EQ(state.table_loads().size(), 1u) << "the failure is kept for the report window";
  EXPECT_NE(load_summary(load, Lang::vi).find("không đọc được"), std::string::npos);
  // At start-up an unreadable table is a data error (exit code 3).
  EXPECT_THROW(MapState(inputs(), default_selection(), {missing}), DataError);
}

TEST(MapState, StartupTablesMayBringThePeriodToShow) {
  const fs::path file = write_table("quy-2-startup.csv", kNextQuarter);
  MapSelection selection = default_selection();
  selection.period = "2021-Q2";
  EXPECT_THROW(MapState(inputs(), selection), UsageError);
  const MapState state(inputs(), selection, {file.string()});
  EXPECT_EQ(state.selection().period, "2021-Q2");
  ASSERT_EQ(state.table_loads().size(), 1u);
  EXPECT_EQ(state.table_loads().front().report->count(ImportIssue::Kind::unmatched_district), 1);
}

TEST(MapState, StepsThroughPeriods) {
  const fs::path file = write_table("quy-2-steps.csv", kNextQuarter);
  MapState state(inputs(), default_selection(), {file.string()});
  state.step_period(1);
  EXPECT_EQ(state.selection().period, "2021-Q2");
  state.step_period(1);  // wraps around
  EXPECT_EQ(state.selection().period, "2021-Q1");
  state.step_period(-1);
  EXPECT_EQ(state.selection().period, "2021-Q2");
}

TEST(IndicatorFilter, IgnoresCaseAndDiacritics) {
  const auto& indicators = inputs().data.table.indicators();
  EXPECT_EQ(filter_indicators(indicators, Lang::vi, "").size(), indicators.size());
  // "Thu NSNN trên địa bàn …" found without its marks, in capitals.
  const auto found = filter_indicators(indicators, Lang::vi, "THU NSNN TREN DIA BAN");
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(indicators[found.front()].id, kDefaultIndicator);
  EXPECT_FALSE(filter_indicators(indicators, Lang::vi, "budget_revenue_attainment").empty());  // by id
  EXPECT_TRUE(filter_indicators(indicators, Lang::vi, "zzzz no such words").empty());
}

TEST(DistrictDetails, StateTheFigureAndWhereItComesFrom) {
  const MapState state(inputs(), default_selection());
  const DistrictRegistry& registry = inputs().data.registry;
  const auto xin_man = registry.find_code("033");
  ASSERT_TRUE(xin_man);
  const auto d = district_details(state, static_cast<int>(*xin_man));
  ASSERT_TRUE(d);
  EXPECT_EQ(d->name, "Huyện Xín Mần");
  EXPECT_TRUE(d->has_value);
  EXPECT_EQ(d->value_text, "47,4%");
  EXPECT_EQ(d->period, "Quý I/2021");
  EXPECT_NE(d->source.find("I.5.a"), std::string::npos) << d->source;
  EXPECT_NE(d->quote.find("47,4%"), std::string::npos) << d->quote;
  EXPECT_FALSE(district_details(state, -1));
  EXPECT_FALSE(district_details(state, static_cast<int>(registry.size())));
}

TEST(DistrictDetails, ExactFiguresSayHowFarTheyAreFromTheProvince) {
  MapState state(inputs(), default_selection());
  const auto xin_man = inputs().data.registry.find_code("033");
  ASSERT_TRUE(xin_man);
  auto d = district_details(state, static_cast<int>(*xin_man));
  ASSERT_TRUE(d);
  EXPECT_EQ(d->difference, "+31,6 điểm % so với toàn tỉnh");  // 47,4% − 15,8%
  state.select_lang(Lang::en);
  d = district_details(state, static_cast<int>(*xin_man));
  EXPECT_EQ(d->difference, "31.6 percentage points above the province");

  EXPECT_EQ(difference_from_reference(10, 15.8, "%", Lang::vi), "−5,8 điểm % so với toàn tỉnh");
  EXPECT_EQ(difference_from_reference(21.7, 24.73, "%", Lang::vi), "−3,03 điểm % so với toàn tỉnh");
  EXPECT_EQ(difference_from_reference(1320, 1200, "hồ sơ", Lang::vi), "+120 hồ sơ so với toàn tỉnh");
  EXPECT_EQ(difference_from_reference(15.8, 15.8, "%", Lang::vi), "bằng toàn tỉnh");
  EXPECT_EQ(difference_from_reference(14.8, 15.8, "%", Lang::en), "1 percentage point below the province");
}

TEST(DistrictDetails, RangesKeepTheirWordsPeriodSectionAndQuote) {
  MapState state(inputs(), default_selection());
  state.select_indicator("investment_disbursement");
  const auto vi_xuyen = inputs().data.registry.find_code("030");
  ASSERT_TRUE(vi_xuyen);
  const auto d = district_details(state, static_cast<int>(*vi_xuyen));
  ASSERT_TRUE(d);
  EXPECT_TRUE(d->has_value);
  EXPECT_EQ(d->value_text, "trên 30% đến dưới 40%");
  EXPECT_EQ(d->period, "Quý I/2021");
  EXPECT_NE(d->source.find("mục I.5.c"), std::string::npos) << d->source;
  EXPECT_NE(d->quote.find("trên 30% đến dưới 40% gồm Vị Xuyên"), std::string::npos) << d->quote;
  EXPECT_TRUE(d->difference.empty()) << "a range has no single difference from the province";
}

TEST(DistrictDetails, NoDataReadsAsNoData) {
  MapState state(inputs(), default_selection());
  state.select_indicator("overdue_admin_files");
  const Choropleth& map = state.choropleth();
  const auto missing = std::find_if(map.districts.begin(), map.districts.end(),
                                    [](const DistrictShading& s) { return s.value == nullptr; });
  ASSERT_NE(missing, map.districts.end()) << "expected a district without a figure";
  // Copied out: select_lang rebuilds the choropleth, so `missing` must not be used after it.
  const int district = static_cast<int>(missing->district);
  auto d = district_details(state, district);
  ASSERT_TRUE(d);
  EXPECT_FALSE(d->has_value);
  EXPECT_EQ(d->value_text, "không có số liệu");
  EXPECT_TRUE(d->source.empty());
  state.select_lang(Lang::en);
  d = district_details(state, district);
  ASSERT_TRUE(d);
  EXPECT_FALSE(d->has_value);
  EXPECT_EQ(d->value_text, "no data");
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
