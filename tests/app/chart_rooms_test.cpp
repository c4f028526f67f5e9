// Where a chart view sits in the window: beside the map (side by side on a landscape window,
// stacked on a portrait one) left of the panel's column, under the strip of its control;
// alone in the whole room; on a slide alone with no strip.
#include <gtest/gtest.h>

#include <cmath>
#include <utility>

#include "app/chart_rooms.h"

namespace hgm::app {
namespace {

TEST(ChartRooms, BesideTheMapSideBySideLeftOfThePanelAt1280x720And1920x1080) {
  for (const auto& [w, h] : {std::pair{1280, 720}, std::pair{1920, 1080}}) {
    const ChartRooms r = chart_rooms(w, h, /*panel_visible=*/true, ChartPlace::beside_map);
    const double room = std::floor(w * (1 - kChartPanelShare));
    EXPECT_EQ(r.map.x, 0);
    EXPECT_EQ(r.map.y, 0);
    EXPECT_EQ(r.map.h, h);
    EXPECT_EQ(r.chart.x, r.map.w) << "the chart starts where the map's room ends";
    EXPECT_EQ(r.chart.x + r.chart.w, room) << "and ends where the panel's column starts";
    EXPECT_GE(r.chart.w / room, 0.45);
    EXPECT_LE(r.chart.w / room, 0.555);  // whole pixels
    // The control's strip above the chart; the chart under it to the bottom.
    EXPECT_EQ(r.control.x, r.chart.x);
    EXPECT_EQ(r.control.w, r.chart.w);
    EXPECT_EQ(r.control.y, 0);
    EXPECT_GE(r.control.h, 30);
    EXPECT_EQ(r.chart.y, r.control.h);
    EXPECT_EQ(r.chart.y + r.chart.h, h);
  }
  // The panel hidden: the two share the whole width.
  const ChartRooms wide = chart_rooms(1280, 720, false, ChartPlace::beside_map);
  EXPECT_EQ(wide.chart.x + wide.chart.w, 1280);
  // A larger text preset: a taller strip for the larger button.
  EXPECT_GT(chart_rooms(1280, 720, true, ChartPlace::beside_map, 1.5).control.h,
            chart_rooms(1280, 720, true, ChartPlace::beside_map).control.h);
}

TEST(ChartRooms, StackedOnAPortraitWindow) {
  const ChartRooms r = chart_rooms(800, 1200, false, ChartPlace::beside_map);
  EXPECT_EQ(r.map.w, 800);
  EXPECT_EQ(r.chart.w, 800);
  EXPECT_EQ(r.control.y, r.map.h) << "the chart under the map";
  EXPECT_EQ(r.chart.y, r.map.h + r.control.h);
  EXPECT_EQ(r.chart.y + r.chart.h, 1200);
}

TEST(ChartRooms, AloneTheChartTakesTheRoomAndOnASlideAlsoTheStrip) {
  const ChartRooms alone = chart_rooms(1280, 720, true, ChartPlace::alone);
  EXPECT_EQ(alone.map.w, 0);
  EXPECT_EQ(alone.chart.x, 0);
  EXPECT_EQ(alone.chart.w, std::floor(1280 * (1 - kChartPanelShare)));
  EXPECT_EQ(alone.chart.y, alone.control.h);
  EXPECT_GT(alone.control.w, 0) << "the control that brings the map back";
  const ChartRooms slide = chart_rooms(1280, 720, false, ChartPlace::slide);
  EXPECT_EQ(slide.map.w, 0);
  EXPECT_EQ(slide.control.w, 0);
  EXPECT_EQ(slide.chart.x, 0);
  EXPECT_EQ(slide.chart.y, 0);
  EXPECT_EQ(slide.chart.w, 1280);
  EXPECT_EQ(slide.chart.h, 720);
}

}  // namespace
// The chart starts beside the map unless the map would be a sliver at the text size: the
// projector's text at 1280×720 with the panel open; the overview always starts alone.
TEST(ChartRooms, TheChartStartsAloneWhereTheMapWouldBeASliver) {
  const auto first = [](ViewKind view, int w, int h, bool panel, double factor) {
    return first_chart_place(view, chart_rooms(w, h, panel, ChartPlace::beside_map, factor).map, factor);
  };
  EXPECT_EQ(first(ViewKind::rank, 1280, 720, true, 1.0), ChartPlace::beside_map);
  EXPECT_EQ(first(ViewKind::rank, 1280, 720, true, 1.35), ChartPlace::alone) << "projector text, panel open";
  EXPECT_EQ(first(ViewKind::profile, 1280, 720, false, 1.35), ChartPlace::beside_map) << "panel hidden";
  EXPECT_EQ(first(ViewKind::rank, 1920, 1080, true, 1.35), ChartPlace::beside_map);
  EXPECT_EQ(first(ViewKind::overview, 1920, 1080, true, 1.0), ChartPlace::alone);
}

}  // namespace hgm::app
