// A chart placed in another frame: everything it draws and its district areas moved by the
// offset, appended after what the frame drew; a part with a map of its own is refused.
#include <gtest/gtest.h>

#include <stdexcept>

#include "core/layout/frame_compose.h"

namespace hgm {
namespace {

Frame chart_part() {
  Frame f;
  f.rects.push_back({{1, 2, 3, 4}, {}});
  FramePolygon p;
  p.mesh.vertices = {{0, 0}, {1, 0}, {0, 1}};
  f.polygons.push_back(p);
  f.lines.push_back({{{5, 6}, {7, 8}}});
  FrameText t;
  t.utf8 = "Xín Mần";
  t.x = 9;
  t.y = 10;
  f.texts.push_back(t);
  f.district_areas.push_back({{11, 12, 13, 14}, "033", {}});
  f.map_viewport = {20, 30, 40, 50};
  return f;
}

TEST(FrameCompose, PlaceChartMovesEverythingItDrawsAndItsRows) {
  Frame into;
  into.rects.push_back({{0, 0, 1, 1}, {}});  // the map's own furniture stays first
  place_chart(into, chart_part(), 100, 7);
  ASSERT_EQ(into.rects.size(), 2u);
  EXPECT_EQ(into.rects[0].rect.x, 0);
  EXPECT_EQ(into.rects[1].rect.x, 101);
  EXPECT_EQ(into.rects[1].rect.y, 9);
  EXPECT_EQ(into.rects[1].rect.w, 3);
  ASSERT_EQ(into.polygons.size(), 1u);
  EXPECT_EQ(into.polygons[0].mesh.vertices[2].x, 100);
  EXPECT_EQ(into.polygons[0].mesh.vertices[2].y, 8);
  ASSERT_EQ(into.lines.size(), 1u);
  EXPECT_EQ(into.lines[0].points[1].x, 107);
  EXPECT_EQ(into.lines[0].points[1].y, 15);
  ASSERT_EQ(into.texts.size(), 1u);
  EXPECT_EQ(into.texts[0].x, 109);
  EXPECT_EQ(into.texts[0].y, 17);
  ASSERT_EQ(into.district_areas.size(), 1u);
  EXPECT_EQ(into.district_areas[0].rect.x, 111);
  EXPECT_EQ(into.district_areas[0].rect.y, 19);
  EXPECT_EQ(into.district_areas[0].code, "033");
}

TEST(FrameCompose, MovedChartKeepsItsLookAndMovesItsArea) {
  Frame chart = chart_part();
  chart.width = 500;
  chart.pattern_spacing_px = 11;
  const Frame moved = moved_chart(chart, 0, 30);
  EXPECT_EQ(moved.width, 500);
  EXPECT_EQ(moved.pattern_spacing_px, 11);
  EXPECT_EQ(moved.map_viewport.y, 60);
  ASSERT_EQ(moved.texts.size(), 1u) << "moved, not added to the chart's own";
  EXPECT_EQ(moved.texts[0].y, 40);
  EXPECT_EQ(moved.district_areas.at(0).rect.y, 42);
}

TEST(FrameCompose, APartWithAMapIsRefused) {
  Scene scene;
  Frame map = chart_part();
  map.scene = &scene;
  Frame into;
  EXPECT_THROW(place_chart(into, map, 0, 0), std::invalid_argument);
  Frame panels = chart_part();
  panels.panel_maps.push_back({});
  EXPECT_THROW(place_chart(into, panels, 0, 0), std::invalid_argument);
}

}  // namespace
}  // namespace hgm
