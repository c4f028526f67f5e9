// The walk over a Frame: the one place that decides the draw order and what is visible.
// A recording backend shows what each backend is handed and when.
#include "render/frame_walk.h"

#include <gtest/gtest.h>

#include <limits>
#include <string>
#include <vector>

#include "recording_backend.h"
#include "test_scene.h"

namespace hgm::render {
namespace {

using Calls = std::vector<std::string>;

hgm::FramePolygon triangle(double x, double y, hgm::Color fill, bool antialias) {
  hgm::FramePolygon p;
  p.mesh.vertices = {{x, y}, {x + 20, y}, {x, y + 20}};
  p.mesh.indices = {0, 1, 2};
  p.fill = fill;
  p.antialias = antialias;
  return p;
}

// The test scene's map and furniture of every kind, each list in an order that is not
// the drawing order of its kinds (an anti-aliased polygon listed before a plain one).
hgm::Frame full_frame(const hgm::Scene& scene) {
  hgm::Frame frame = test::make_test_frame(scene);
  frame.texts.push_back({"Hà Giang", 20, 380, 12, {0, 0, 0, 255}, {255, 255, 255, 0}, 0});
  frame.lines.push_back({{{10, 350}, {200, 350}}, 2, {0, 0, 255, 255}, false});
  frame.polygons.push_back(triangle(300, 320, {1, 2, 3, 255}, true));
  frame.polygons.push_back(triangle(340, 320, {4, 5, 6, 255}, false));
  frame.polygons.push_back(triangle(380, 320, {7, 8, 9, 255}, true));
  frame.rects.push_back({{600, 320, 40, 20}, {{200, 0, 0, 255}, hgm::FillPattern::solid, {}}, {}, 0});
  return frame;
}

TEST(FrameWalk, HandsLayersOverInTheDocumentedOrder) {
  const hgm::Scene scene = test::make_test_scene();
  const hgm::Frame frame = full_frame(scene);
  test::RecordingBackend backend;
  walk_frame(frame, backend);
  EXPECT_EQ(backend.calls, (Calls{"begin", "background", "map", "rects", "plain_polygons", "antialiased_polygons",
                                  "lines", "texts", "end"}));
  EXPECT_EQ(backend.frame, &frame);
  EXPECT_EQ(backend.background_color, frame.background);
  // Items are the frame's own, in list order within each layer.
  EXPECT_EQ(backend.rect_items, (Items<hgm::FrameRect>{&frame.rects[0]}));
  EXPECT_EQ(backend.plain_items, (Items<hgm::FramePolygon>{&frame.polygons[1]}));
  EXPECT_EQ(backend.antialiased_items, (Items<hgm::FramePolygon>{&frame.polygons[0], &frame.polygons[2]}));
  EXPECT_EQ(backend.line_items, (Items<hgm::FrameLine>{&frame.lines[0]}));
  EXPECT_EQ(backend.text_items, (Items<hgm::FrameText>{&frame.texts[0]}));
}

TEST(FrameWalk, TheMapLayerIsTheSceneClippedToTheViewportBox) {
  const hgm::Scene scene = test::make_test_scene();
  hgm::Frame frame = full_frame(scene);
  frame.map_viewport = {-20.4, 10.6, 500, 1000};  // partly off the frame
  test::RecordingBackend backend;
  walk_frame(frame, backend);
  ASSERT_EQ(backend.maps.size(), 1u);
  const MapLayer& map = backend.maps[0];
  EXPECT_EQ(map.scene, &scene);
  EXPECT_EQ(map.transform, &frame.transform);
  EXPECT_EQ(map.clip.left, 0);
  EXPECT_EQ(map.clip.top, 11);
  EXPECT_EQ(map.clip.right, 480);
  EXPECT_EQ(map.clip.bottom, 400);
  EXPECT_TRUE(map.outlined);
  frame.outline.a = 0;
  test::RecordingBackend no_outline;
  walk_frame(frame, no_outline);
  ASSERT_EQ(no_outline.maps.size(), 1u);
  EXPECT_FALSE(no_outline.maps[0].outlined);
  frame.outline.a = 255;
  frame.outline_width_px = 0;
  test::RecordingBackend zero_width;
  walk_frame(frame, zero_width);
  EXPECT_FALSE(zero_width.maps.at(0).outlined);
}

TEST(FrameWalk, PanelMapsFollowTheFramesMapEachClippedAndNumbered) {
  const hgm::Scene scene = test::make_test_scene();
  const hgm::Scene empty;  // no features: nothing to hand over
  hgm::Frame frame = full_frame(scene);
  frame.scene = nullptr;  // small multiples: only panel maps
  hgm::FrameMap left{&scene, {0, 0, 300, 400}, {}}, gone{&empty, {300, 0, 100, 100}, {}},
      right{&scene, {300.4, -5, 900, 200}, {}}, off{&scene, {900, 900, 10, 10}, {}};
  left.transform.scale = 2;
  frame.panel_maps = {left, gone, right, off};
  test::RecordingBackend backend;
  walk_frame(frame, backend);
  EXPECT_EQ(backend.calls, (Calls{"begin", "background", "map", "map", "rects", "plain_polygons",
                                  "antialiased_polygons", "lines", "texts", "end"}));
  ASSERT_EQ(backend.maps.size(), 2u);
  EXPECT_EQ(backend.maps[0].transform, &frame.panel_maps[0].transform);
  EXPECT_EQ(backend.maps[0].panel, 1u);
  EXPECT_EQ(backend.maps[0].clip.right, 300);
  EXPECT_EQ(backend.maps[1].transform, &frame.panel_maps[2].transform);
  EXPECT_EQ(backend.maps[1].panel, 2u);
  EXPECT_EQ(backend.maps[1].clip.left, 300);
  EXPECT_EQ(backend.maps[1].clip.top, 0);
  EXPECT_EQ(backend.maps[1].clip.right, frame.width);
  EXPECT_TRUE(backend.maps[1].outlined);
}

TEST(FrameWalk, LayersWithNothingToShowAreNotHanded) {
  const hgm::Scene empty_scene;
  const hgm::Scene scene = test::make_test_scene();
  hgm::Frame frame;
  frame.width = 100;
  frame.height = 100;
  test::RecordingBackend blank;
  walk_frame(frame, blank);
  EXPECT_EQ(blank.calls, (Calls{"begin", "background", "end"}));  // even a transparent background

  frame.scene = &empty_scene;
  frame.map_viewport = {0, 0, 100, 100};
  frame.texts.push_back({"a", 10, 50, 10, {0, 0, 0, 255}, {0, 0, 0, 0}, 0});
  test::RecordingBackend no_features;
  walk_frame(frame, no_features);
  EXPECT_EQ(no_features.calls, (Calls{"begin", "background", "texts", "end"}));

  frame.scene = &scene;
  frame.map_viewport = {150, 0, 50, 100};  // wholly right of the frame
  test::RecordingBackend off_frame;
  walk_frame(frame, off_frame);
  EXPECT_EQ(off_frame.calls, (Calls{"begin", "background", "texts", "end"}));
}

TEST(FrameWalk, InvisibleItemsAreLeftOutOnce) {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  hgm::Frame frame;
  frame.width = 100;
  frame.height = 100;
  const hgm::AreaStyle black{{0, 0, 0, 255}, hgm::FillPattern::solid, {}};
  frame.rects.push_back({{10, 10, 0, 5}, black, {}, 0});                       // no width
  frame.rects.push_back({{10, 10, 5, 5}, {{0, 0, 0, 0}, {}, {}}, {}, 0});      // nothing painted
  frame.rects.push_back({{10, 10, 5, 5}, black, {}, 0});                       // shown
  frame.polygons.push_back(triangle(10, 10, {0, 0, 0, 0}, true));              // transparent
  frame.polygons.push_back({});                                                // no triangle
  frame.polygons.push_back(triangle(10, 10, {0, 0, 0, 255}, false));           // shown
  frame.lines.push_back({{{10, 10}, {10, 10}}, 2, {0, 0, 0, 255}, false});     // one distinct point
  frame.lines.push_back({{{10, 10}, {50, 10}}, nan, {0, 0, 0, 255}, false});   // no width
  frame.lines.push_back({{{10, 10}, {50, 10}}, 1, {0, 0, 0, 255}, false});     // shown
  frame.texts.push_back({"", 10, 10, 10, {0, 0, 0, 255}, {}, 0});              // no characters
  frame.texts.push_back({"a", 10, 10, 10, {0, 0, 0, 0}, {255, 255, 255, 255}, 0});  // invisible ink, no halo
  frame.texts.push_back({"a", 10, 10, 10, {0, 0, 0, 0}, {255, 255, 255, 255}, 1});  // a halo only: shown
  test::RecordingBackend backend;
  walk_frame(frame, backend);
  EXPECT_EQ(backend.calls, (Calls{"begin", "background", "rects", "plain_polygons", "lines", "texts", "end"}));
  EXPECT_EQ(backend.rect_items, (Items<hgm::FrameRect>{&frame.rects[2]}));
  EXPECT_EQ(backend.plain_items, (Items<hgm::FramePolygon>{&frame.polygons[2]}));
  EXPECT_EQ(backend.line_items, (Items<hgm::FrameLine>{&frame.lines[2]}));
  EXPECT_EQ(backend.text_items, (Items<hgm::FrameText>{&frame.texts[2]}));
  // frame_layers is what the walk hands over, layer by layer.
  const FrameLayers layers = frame_layers(frame);
  EXPECT_FALSE(layers.map.has_value());
  EXPECT_EQ(layers.rects, backend.rect_items);
  EXPECT_TRUE(layers.antialiased_polygons.empty());
  EXPECT_EQ(layers.texts, backend.text_items);
}

}  // namespace
}  // namespace hgm::render
