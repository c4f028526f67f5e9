// The window's kept picture (render/kept_frame.h) of the project's own default map, with
// all it has around the map (title, legend swatches and hatches, the locator inset, scale
// bar, north arrow, labels with halos). It is drawn upside down in OpenGL's terms, the
// order a window keeps its rows in, so that putting it back is a plain copy.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>

#include "core/spec/make_scene.h"
#include "project_inputs.h"
#include "render/gl/headless_context.h"
#include "render/gl/offscreen_target.h"
#include "render/kept_frame.h"
#include "render/map_renderer.h"
#include "test_scene.h"

namespace hgm::render {
namespace {

Image turned_over_rows(const Image& image) {
  Image out = image;
  const std::size_t row = static_cast<std::size_t>(image.width) * 4;
  for (int y = 0; y < image.height; ++y)
    std::copy_n(image.rgba.begin() + static_cast<std::ptrdiff_t>(row * y), row,
                out.rgba.begin() + static_cast<std::ptrdiff_t>(row * (image.height - 1 - y)));
  return out;
}

int kept_channel_difference(Color a, Color b) { return std::max({std::abs(a.r - b.r), std::abs(a.g - b.g), std::abs(a.b - b.b)}); }

// Whether a pixel of `image` differs from one of its eight neighbours: on an edge.
bool kept_on_edge(const Image& image, int x, int y) {
  for (int dy = -1; dy <= 1; ++dy)
    for (int dx = -1; dx <= 1; ++dx) {
      const int nx = x + dx, ny = y + dy;
      if (nx < 0 || ny < 0 || nx >= image.width || ny >= image.height) continue;
      if (image.pixel(nx, ny) != image.pixel(x, y)) return true;
    }
  return false;
}

struct KeptDefaultMap {
  HeadlessContext context;
  const Font& font = hgm::test::project_font();
  MapRenderer renderer{font};
  MapSpec spec = [] {
    MapSpec s;
    s.size = ImageSize{1280, 720};  // the default indicator: hatched districts, one without data
    return s;
  }();
  MapPicture picture = make_picture(hgm::test::project_inputs(), hgm::test::project_inputs().data.table, spec);
  Frame frame = layout_for_export(picture.scene, spec, font);

  Image drawn(RowOrder order) {
    OffscreenTarget target(frame.width, frame.height, 4);
    target.bind();
    renderer.draw(frame, order);
    return order == RowOrder::top_down ? turned_over_rows(target.read()) : target.read();
  }
  Image kept_and_put_back() {
    KeptFrame kept(4);
    EXPECT_TRUE(kept.draw(renderer, frame));
    OffscreenTarget window(frame.width, frame.height, 0);
    window.bind();
    kept.put();
    return window.read();
  }
};

// What is put back is exactly what was drawn for it: nothing lost in the resolve or the copy.
TEST(KeptMap, PutBackIsTheMapDrawnForTheWindowPixelForPixel) {
  KeptDefaultMap map;
  ASSERT_FALSE(map.frame.texts.empty());
  ASSERT_FALSE(map.frame.rects.empty());
  const Image upside_down = map.drawn(RowOrder::top_down);
  const Image shown = map.kept_and_put_back();
  EXPECT_TRUE(shown.rgba == upside_down.rgba);
  if (shown.rgba != upside_down.rgba) {
    test::save_for_inspection(upside_down, "drawn");
    test::save_for_inspection(shown, "kept");
  }
}

// Drawn upside down, the map is the one drawn the right way up but for its slanted edges:
// the multisampling's sample positions are turned over with it, so an edge pixel may
// cover a little more or less of a district. Every other pixel (texts, hatches, legend,
// fills) is the same.
TEST(KeptMap, UpsideDownDiffersFromTheRightWayUpOnlyOnSlantedEdges) {
  KeptDefaultMap map;
  const Image right_way_up = map.drawn(RowOrder::bottom_up);
  const Image shown = map.kept_and_put_back();
  ASSERT_EQ(shown.rgba.size(), right_way_up.rgba.size());
  int differing = 0, off_edges = 0, largest = 0;
  for (int y = 0; y < shown.height; ++y)
    for (int x = 0; x < shown.width; ++x) {
      const int d = kept_channel_difference(shown.pixel(x, y), right_way_up.pixel(x, y));
      if (d == 0) continue;
      ++differing;
      largest = std::max(largest, d);
      if (!kept_on_edge(right_way_up, x, y)) ++off_edges;
    }
  EXPECT_EQ(off_edges, 0);
  EXPECT_LE(largest, 32) << "levels of 255";
  EXPECT_LT(differing, shown.width * shown.height / 100);
  if (off_edges != 0 || largest > 32) {
    test::save_for_inspection(right_way_up, "right_way_up");
    test::save_for_inspection(shown, "kept");
  }
}

}  // namespace
}  // namespace hgm::render
