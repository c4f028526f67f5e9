// The window's views and pinned districts, without a display: switching to the ranking
// lays out the chart beside the map (both left of the panel's column, so the panel covers
// neither), or alone; clicks find the district under a map pixel or a ranking row, pins stay across
// indicators, periods and languages, a fifth pin is refused with a message, and pinned
// districts are outlined on the map inside its viewport.
#include "app/app_text.h"
#include "app/district_pick.h"
#include "app/window_views.h"
#include "app_test_support.h"
#include "core/layout/pinned_outlines.h"

namespace hgm::app {
namespace {

using namespace test_support;

const FrameText* text_of(const Frame& f, const std::string& utf8) {
  for (const FrameText& t : f.texts)
    if (t.utf8 == utf8) return &t;
  return nullptr;
}

// The text `utf8` at or right of `x` (a chart beside the map: the map labels districts too).
const FrameText* text_right_of(const Frame& f, const std::string& utf8, double x) {
  for (const FrameText& t : f.texts)
    if (t.utf8 == utf8 && t.x >= x) return &t;
  return nullptr;
}

// Nothing of a chart (or the map beside it) reaches the column the panel takes.
void expect_clear_of_panel(const Frame& chart) {
  const PanelPlacement at = panel_placement(chart, 1.0, 1.0f, &font(), /*chart_shown=*/true);
  const double panel_left = at.right - at.width;
  EXPECT_GT(at.width, 300);
  EXPECT_GT(at.max_height, chart.height / 2.0);
  for (const FrameText& t : chart.texts) {
    if (t.y > at.top && t.y - t.size_px < at.top + at.max_height) {
      EXPECT_LT(t.x + font().text_width(t.utf8, t.size_px), panel_left) << t.utf8;
    }
  }
  for (const FrameRect& r : chart.rects) EXPECT_LT(r.rect.x + r.rect.w, panel_left + 0.5);
}

TEST(WindowViews, MapRankingOverviewProfileMultiplesChangeInOrderAndVStepsThroughThem) {
  ASSERT_EQ(window_views().size(), 6u);
  EXPECT_EQ(window_views()[0].view, ViewKind::map);
  EXPECT_EQ(window_views()[1].view, ViewKind::rank);
  EXPECT_EQ(window_views()[2].view, ViewKind::overview);
  EXPECT_EQ(window_views()[3].view, ViewKind::profile);
  EXPECT_EQ(window_views()[4].view, ViewKind::multiples);
  EXPECT_EQ(window_views()[5].view, ViewKind::change);
  EXPECT_EQ(next_window_view(ViewKind::map), ViewKind::rank);
  EXPECT_EQ(next_window_view(ViewKind::rank), ViewKind::overview);
  EXPECT_EQ(next_window_view(window_views().back().view), ViewKind::map);
}

// The overview is the same chart as `export --view overview`; the profile, with no district
// pinned, says how to pin one, and with pins shows them.
TEST(Views, OverviewAndProfileInTheWindow) {
  MapState state(inputs(), default_selection());
  FrameCache cache;
  state.select_view(ViewKind::overview);
  const Frame& overview = cache.frame_for(state, {1600, 900}, font(), false);
  EXPECT_NE(text_of(overview, "Các huyện so với toàn tỉnh"), nullptr);
  EXPECT_NE(text_of(overview, "47,4%"), nullptr);  // Xín Mần's budget revenue

  expect_clear_of_panel(cache.frame_for(state, {1600, 900}, font(), true));
  // Each cell says whose and which figure it is: hovering it gives that figure's words.
  const Frame& cells = cache.frame_for(state, {1600, 900}, font(), false);
  const FrameDistrictArea* cell = nullptr;
  for (const FrameDistrictArea& a : cells.district_areas)
    if (a.code == "029" && a.indicator == "investment_disbursement") cell = &a;
  ASSERT_NE(cell, nullptr);
  const Vec2 middle{cell->rect.x + cell->rect.w / 2, cell->rect.y + cell->rect.h / 2};
  EXPECT_EQ(district_area_at(cells, middle), cell);
  EXPECT_EQ(district_at_pixel(state, cells, middle), std::optional<std::string>("029"));
  // Quản Bạ's public investment, not the map's budget revenue.
  const auto details = district_details(state, cell->indicator, state.spec().period,
                                        static_cast<int>(*inputs().data.registry.find_code("029")));
  ASSERT_TRUE(details);
  EXPECT_EQ(details->indicator.rfind("Giải ngân", 0), 0u) << details->indicator;
  EXPECT_TRUE(details->has_value);
  EXPECT_FALSE(details->quote.empty());

  state.select_view(ViewKind::profile);
  const Frame& hint = cache.frame_for(state, {1600, 900}, font(), true, {}, ChartPlace::alone);
  ASSERT_EQ(hint.texts.size(), 1u);
  EXPECT_EQ(hint.texts[0].utf8.rfind("Ghim 1 đến 4 huyện để xem hồ sơ", 0), 0u) << hint.texts[0].utf8;
  EXPECT_LT(hint.texts[0].x + font().text_width(hint.texts[0].utf8, hint.texts[0].size_px),
            1600 * (1 - kChartPanelShare) + 1)
      << "left of the panel";

  state.toggle_pin("033");
  const Frame& profile = cache.frame_for(state, {1600, 900}, font(), true);
  const bool cells_named = std::any_of(profile.district_areas.begin(), profile.district_areas.end(),
                                       [](const FrameDistrictArea& a) { return a.code == "033" && !a.indicator.empty(); });
  EXPECT_TRUE(cells_named) << "the profile's figures say whose and which they are";
  bool names_xin_man = false;
  for (const FrameText& t : profile.texts) names_xin_man |= t.utf8.find("Xín Mần") != std::string::npos;
  EXPECT_TRUE(names_xin_man);
  EXPECT_GT(profile.texts.size(), 20u);
  expect_clear_of_panel(profile);
}

// Side by side in the window: switching starts from the current indicator and the next
// with figures; a hover or click in any panel finds the district there; without a second
// period the change view says what it needs instead of a map.
TEST(Views, SideBySideMapsAndTheChangeViewInTheWindow) {
  MapState state(inputs(), default_selection());
  state.toggle_pin("027");
  state.select_view(ViewKind::multiples);
  ASSERT_EQ(state.spec().indicators.size(), 2u);
  EXPECT_EQ(state.spec().indicators[0], "budget_revenue_attainment");
  FrameCache cache;
  const Frame& f = cache.frame_for(state, {1600, 900}, font(), true);
  ASSERT_EQ(f.panel_maps.size(), 2u);
  expect_clear_of_panel(f);
  for (const FrameMap& m : f.panel_maps) {
    EXPECT_EQ(m.scene->pinned, std::vector<std::string>{"027"});
    // Xín Mần's label point in each panel picks Xín Mần.
    const DistrictGeometry* g = inputs().boundaries.find(*inputs().data.registry.find_code("033"));
    EXPECT_EQ(district_at_pixel(state, f, m.transform.to_pixel(g->label_anchor)), std::optional<std::string>("033"));
  }
  // A third panel: the current indicator added.
  state.select_indicator("overdue_admin_files");
  state.set_panel_indicators({"budget_revenue_attainment", "investment_disbursement", "overdue_admin_files"});
  EXPECT_EQ(cache.frame_for(state, {1600, 900}, font(), true).panel_maps.size(), 3u);

  // Only one period loaded: the change view says why it has no map, left of the panel.
  state.select_view(ViewKind::change);
  EXPECT_TRUE(state.spec().compared_period.empty());
  const Frame& hint = cache.frame_for(state, {1600, 900}, font(), true);
  ASSERT_EQ(hint.texts.size(), 1u);
  EXPECT_EQ(hint.texts[0].utf8, ui_text(Lang::vi, UiText::change_needs_period));
  EXPECT_LT(hint.texts[0].x + font().text_width(hint.texts[0].utf8, hint.texts[0].size_px),
            1600 * (1 - kChartPanelShare) + 1);
  EXPECT_EQ(hint.scene, nullptr);
}

TEST(Pins, StayAcrossIndicatorsPeriodsAndLanguagesAndAFifthIsRefused) {
  MapState state(inputs(), default_selection());
  for (const char* code : {"033", "027", "026", "030"}) state.toggle_pin(code);
  EXPECT_EQ(state.spec().pinned, (std::vector<std::string>{"033", "027", "026", "030"}));
  EXPECT_EQ(state.scene().pinned, state.spec().pinned);
  try {
    state.toggle_pin("029");
    ADD_FAILURE() << "a fifth pin should be refused";
  } catch (const UsageError& e) {
    EXPECT_NE(std::string(e.what()).find("tối đa 4 huyện"), std::string::npos) << e.what();
  }
  EXPECT_EQ(state.spec().pinned.size(), 4u);
  state.step_indicator(1);
  state.select_lang(Lang::en);
  state.select_view(ViewKind::rank);
  EXPECT_EQ(state.spec().pinned.size(), 4u);
  state.toggle_pin("027");  // a second click unpins
  EXPECT_EQ(state.spec().pinned, (std::vector<std::string>{"033", "026", "030"}));
  state.clear_pins();
  EXPECT_TRUE(state.spec().pinned.empty());
  EXPECT_TRUE(state.scene().pinned.empty());
}

TEST(Views, TheRankingIsLaidOutBesideTheMapLeftOfThePanelAndItsRowsPinDistricts) {
  MapState state(inputs(), default_selection());
  state.select_view(ViewKind::rank);
  EXPECT_EQ(state.scene().features.size(), 11u) << "the map is still built under a chart view";
  FrameCache cache;
  const Frame& shown = cache.frame_for(state, {1600, 900}, font(), true);
  const ChartRooms rooms = chart_rooms(1600, 900, true, ChartPlace::beside_map);
  ASSERT_NE(shown.scene, nullptr) << "the map stays on screen beside the chart";
  EXPECT_EQ(shown.width, 1600);
  EXPECT_LE(shown.map_viewport.x + shown.map_viewport.w, rooms.chart.x) << "the map in its room, left of the chart";
  const FrameText* quan_ba = text_right_of(shown, "Quản Bạ", rooms.chart.x);
  ASSERT_NE(quan_ba, nullptr) << "Quản Bạ's row in the chart";
  expect_clear_of_panel(shown);
  const PanelPlacement at = panel_placement(shown, 1.0, 1.0f, &font(), true);
  const double panel_left = at.right - at.width;
  // A click on Quản Bạ's row is Quản Bạ; above the rows is no district; on the map, the
  // district under the pointer.
  const auto code = district_at_pixel(state, shown, {quan_ba->x + 5, quan_ba->y - 3});
  ASSERT_TRUE(code);
  EXPECT_EQ(*code, "029");
  EXPECT_FALSE(district_at_pixel(state, shown, {quan_ba->x, 5}));
  const DistrictGeometry* xin_man = inputs().boundaries.find(*inputs().data.registry.find_code("033"));
  EXPECT_EQ(district_at_pixel(state, shown, shown.transform.to_pixel(xin_man->label_anchor)),
            std::optional<std::string>("033"));
  state.toggle_pin(*code);
  const Frame& pinned = cache.frame_for(state, {1600, 900}, font(), true);
  EXPECT_NE(text_right_of(pinned, "Huyện đã ghim", rooms.chart.x), nullptr);
  // With the panel hidden the two take the whole width.
  const Frame& wide = cache.frame_for(state, {1600, 900}, font(), false);
  double right = 0;
  for (const FrameRect& r : wide.rects) right = std::max(right, r.rect.x + r.rect.w);
  EXPECT_GT(right, panel_left + 100);
  // Alone, the chart has the room the map had too.
  const Frame& alone = cache.frame_for(state, {1600, 900}, font(), true, {}, ChartPlace::alone);
  EXPECT_EQ(alone.scene, nullptr);
  const FrameText* row_alone = text_right_of(alone, "Quản Bạ", 0);
  ASSERT_NE(row_alone, nullptr);
  EXPECT_LT(row_alone->x, rooms.chart.x);
  expect_clear_of_panel(alone);
}

TEST(Views, AClickOnTheMapFindsTheDistrictAndPinnedOnesAreOutlined) {
  MapState state(inputs(), default_selection());
  FrameCache cache;
  const Frame& map = cache.frame_for(state, {1600, 900}, font(), true);
  ASSERT_NE(map.scene, nullptr);
  const MapFeature* xin_man = nullptr;
  for (const MapFeature& f : state.scene().features)
    if (f.code == "033") xin_man = &f;
  ASSERT_NE(xin_man, nullptr);
  const Vec2 inside = map.transform.to_pixel(xin_man->label_anchor);
  const auto code = district_at_pixel(state, map, inside);
  ASSERT_TRUE(code);
  EXPECT_EQ(*code, "033");
  EXPECT_FALSE(district_at_pixel(state, map, {2, 2}));

  auto pinned_lines = [](const Frame& f) {
    int n = 0;
    for (const FrameLine& l : f.lines) n += l.color == layout::kPinnedOutline;
    return n;
  };
  EXPECT_EQ(pinned_lines(map), 0);
  state.toggle_pin("033");
  // Zoomed in on Xín Mần: the outline is cut at the viewport, never drawn over the legend.
  state.view().zoom_at(state.scene().bounds, map.map_viewport, inside.x, inside.y, 6);
  const Frame& zoomed = cache.frame_for(state, {1600, 900}, font(), true);
  EXPECT_GT(pinned_lines(zoomed), 0);
  const PixelRect& v = zoomed.map_viewport;
  for (const FrameLine& l : zoomed.lines) {
    if (l.color != layout::kPinnedOutline) continue;
    for (const Vec2& p : l.points) {
      EXPECT_GE(p.x, v.x - 1e-6);
      EXPECT_LE(p.x, v.x + v.w + 1e-6);
      EXPECT_GE(p.y, v.y - 1e-6);
      EXPECT_LE(p.y, v.y + v.h + 1e-6);
    }
  }
}

TEST(Views, ClippingKeepsWhatIsInsideAndCutsAtTheEdge) {
  const layout::Box box{0, 0, 10, 10};
  // A square crossing the right edge: one part inside, cut at x = 10.
  const auto parts = layout::clip_polyline({{5, 2}, {15, 2}, {15, 8}, {5, 8}}, true, box);
  ASSERT_EQ(parts.size(), 2u);
  EXPECT_DOUBLE_EQ(parts[0].back().x, 10);
  EXPECT_DOUBLE_EQ(parts[1].front().x, 10);
  const auto inside = layout::clip_polyline({{1, 1}, {9, 1}, {9, 9}}, true, box);
  ASSERT_EQ(inside.size(), 1u);
  EXPECT_EQ(inside[0].size(), 4u);
  EXPECT_TRUE(layout::clip_polyline({{20, 20}, {30, 30}}, false, box).empty());
}

}  // namespace
}  // namespace hgm::app
