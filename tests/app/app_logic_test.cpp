// The window front end's parts that need no display: options, the map state, the
// indicator search, hover details and where the panel goes.
#include <gtest/gtest.h>

#include "app/app_options.h"
#include "app/district_details.h"
#include "app/frame_cache.h"
#include "app/indicator_filter.h"
#include "app/map_state.h"
#include "app/panel_placement.h"
#include "core/errors.h"
#include "core/frame_layout.h"
#include "render/font.h"

namespace hgm::app {
namespace {

const std::string kBoundaries = std::string(HGM_TEST_BOUNDARY_DIR) + "/hagiang_districts.shp";

const io::MapInputs& inputs() {
  static const io::MapInputs loaded = io::load_map_inputs(kBoundaries, HGM_TEST_PROJECT_GEODATA_DIR);
  return loaded;
}

MapSelection default_selection() { return {kDefaultIndicator, kDefaultPeriod, Lang::vi}; }

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
  state.view().zoom = 3;
  const auto revision = state.revision();
  EXPECT_THROW(state.select_period("1999-Q9"), UsageError);
  EXPECT_EQ(state.selection().period, kDefaultPeriod);
  EXPECT_EQ(state.revision(), revision);
  EXPECT_EQ(state.view().zoom, 3);
  state.reset_view();
  EXPECT_EQ(state.view().zoom, 1);
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

TEST(DistrictDetails, NoDataReadsAsNoData) {
  MapState state(inputs(), default_selection());
  state.select_indicator("overdue_admin_files");
  const Choropleth& map = state.choropleth();
  const auto missing = std::find_if(map.districts.begin(), map.districts.end(),
                                    [](const DistrictShading& s) { return s.value == nullptr; });
  ASSERT_NE(missing, map.districts.end()) << "expected a district without a figure";
  auto d = district_details(state, static_cast<int>(missing->district));
  ASSERT_TRUE(d);
  EXPECT_FALSE(d->has_value);
  EXPECT_EQ(d->value_text, "không có số liệu");
  EXPECT_TRUE(d->source.empty());
  state.select_lang(Lang::en);
  d = district_details(state, static_cast<int>(missing->district));
  EXPECT_EQ(d->value_text, "no data");
}

TEST(PanelPlacement, SitsRightOfTheMapAndUnderTheLegend) {
  const MapState state(inputs(), default_selection());
  const render::Font font = render::Font::regular();
  const Frame frame = layout_frame(state.scene(), 1600, 900, MapView{}, font, window_layout(true));
  const PanelPlacement at = panel_placement(frame, 1.0, 1.0f);
  const PixelRect& map = frame.map_viewport;
  EXPECT_LE(at.right, 1600.0f);
  EXPECT_GE(at.right - at.width, map.x + map.w - 1.0) << "the panel would cover the map";
  ASSERT_FALSE(frame.rects.empty());
  const FrameRect& legend = frame.rects.front();
  EXPECT_GE(at.top, legend.rect.y + legend.rect.h) << "the panel would cover the legend";
  EXPECT_GT(at.max_height, 200.0f);
}

}  // namespace
}  // namespace hgm::app
