// Polygons whose edges are covered by lines are drawn as plain triangles.
#include <gtest/gtest.h>

#include "render/render_image.h"

namespace hgm::render {
namespace {

TEST(PlainPolygon, ExactColourInsideNothingOutsideAndDrawnUnderLines) {
  OffscreenOptions options;
  options.samples = 1;
  OffscreenRenderer renderer(200, 120, options);
  Frame f;
  f.width = 200;
  f.height = 120;
  f.background = {255, 255, 255, 255};
  const Color fill{12, 200, 34, 255};
  FramePolygon square{{{{20, 20}, {100, 20}, {100, 100}, {20, 100}}, {0, 1, 2, 0, 2, 3}}, fill, false};
  f.polygons.push_back(square);
  f.lines.push_back({{{20, 60}, {100, 60}}, 4, Color{0, 0, 0, 255}, false});
  const Image img = renderer.render(f);
  EXPECT_EQ(img.pixel(40, 40), fill);
  EXPECT_EQ(img.pixel(90, 90), fill);
  EXPECT_EQ(img.pixel(150, 40), (Color{255, 255, 255, 255}));
  EXPECT_EQ(img.pixel(10, 10), (Color{255, 255, 255, 255}));
  EXPECT_EQ(img.pixel(60, 60), (Color{0, 0, 0, 255}));  // the line is on top
  // The same square with anti-aliased edges gives the same interior.
  f.polygons[0].antialias = true;
  f.lines.clear();
  EXPECT_EQ(renderer.render(f).pixel(40, 40), fill);
}

}  // namespace
}  // namespace hgm::render
