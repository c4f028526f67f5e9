// Polygons whose edges are covered by lines are drawn as plain triangles: exact colour,
// no anti-aliasing, and before the anti-aliased polygons.
#include <gtest/gtest.h>

#include "render/render_image.h"

namespace hgm::render {
namespace {

constexpr Color kWhite{255, 255, 255, 255};
constexpr Color kFill{12, 200, 34, 255};

class PlainPolygon : public ::testing::Test {
 protected:
  OffscreenRenderer renderer{200, 120, [] {
                               OffscreenOptions o;
                               o.samples = 1;
                               return o;
                             }()};
  Frame frame() const {
    Frame f;
    f.width = 200;
    f.height = 120;
    f.background = kWhite;
    return f;
  }
};

// A triangle with a slanted edge.
FramePolygon wedge(bool antialias) {
  return {{{{20.3, 10.2}, {150.7, 100.4}, {20.3, 100.4}}, {0, 1, 2}}, kFill, antialias};
}

TEST_F(PlainPolygon, SlantedEdgeHasOnlyFillAndBackground) {
  Frame f = frame();
  f.polygons.push_back(wedge(false));
  const Image img = renderer.render(f);
  EXPECT_EQ(img.pixel(40, 80), kFill);
  EXPECT_EQ(img.pixel(180, 20), kWhite);
  int fill = 0;
  for (int x = 0; x < f.width; ++x) {  // a row crossing the slanted edge
    const Color c = img.pixel(x, 60);
    EXPECT_TRUE(c == kFill || c == kWhite) << "x=" << x;
    fill += c == kFill;
  }
  EXPECT_GT(fill, 50);
}

TEST_F(PlainPolygon, AntialiasedEdgeHasMixedPixels) {
  // The same wedge drawn with anti-aliasing: the check above would fail on it.
  Frame f = frame();
  f.polygons.push_back(wedge(true));
  const Image img = renderer.render(f);
  int mixed = 0;
  for (int x = 0; x < f.width; ++x) {
    const Color c = img.pixel(x, 60);
    mixed += !(c == kFill || c == kWhite);
  }
  EXPECT_GE(mixed, 1);
}

TEST_F(PlainPolygon, DrawnBeforeAntialiasedPolygonsWhateverTheListOrder) {
  Frame f = frame();
  const Color smooth_colour{200, 20, 20, 255};
  FramePolygon smooth{{{{0, 0}, {200, 0}, {200, 120}, {0, 120}}, {0, 1, 2, 0, 2, 3}}, smooth_colour, true};
  f.polygons = {smooth, wedge(false)};
  EXPECT_EQ(renderer.render(f).pixel(40, 80), smooth_colour);  // the anti-aliased one is on top
}

TEST_F(PlainPolygon, DegenerateInputDrawsNothing) {
  Frame f = frame();
  FramePolygon bad = wedge(false);
  bad.mesh.indices = {0, 1, 7};  // out of range
  f.polygons.push_back(bad);
  FramePolygon flat = wedge(false);
  flat.mesh.vertices = {{10, 10}, {20, 20}, {30, 30}};
  f.polygons.push_back(flat);
  FramePolygon clear = wedge(false);
  clear.fill.a = 0;
  f.polygons.push_back(clear);
  const Image img = renderer.render(f);
  for (int y = 0; y < f.height; y += 7)
    for (int x = 0; x < f.width; x += 7) EXPECT_EQ(img.pixel(x, y), kWhite);
}

TEST_F(PlainPolygon, UnderLines) {
  Frame f = frame();
  f.polygons.push_back(wedge(false));
  f.lines.push_back({{{20, 60}, {100, 60}}, 4, Color{0, 0, 0, 255}, false});
  EXPECT_EQ(renderer.render(f).pixel(30, 60), (Color{0, 0, 0, 255}));
}

}  // namespace
}  // namespace hgm::render
