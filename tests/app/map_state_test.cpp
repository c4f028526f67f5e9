// The map state: stepping through indicators and periods, language, and the
// classification choices (method, classes, manual breaks as typed, palettes).
#include "app_test_support.h"

namespace hgm::app {
namespace {

using namespace test_support;

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
  EXPECT_THROW(MapState(inputs(), {.indicator = "no_such_indicator", .period = kDefaultPeriod, .lang = Lang::vi}), UsageError);
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

}  // namespace
}  // namespace hgm::app
