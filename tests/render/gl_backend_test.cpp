// The OpenGL backend draws what the walk hands it, where the frame puts it, in the order
// handed, and nothing else. Real headless OpenGL (EGL), pixels read back.
#include "render/gl/gl_backend.h"

#include <gtest/gtest.h>

#include "render/gl/headless_context.h"
#include "render/gl/offscreen_target.h"
#include "render/text/font.h"
#include "renderer_fixture.h"
#include "test_scene.h"

namespace hgm::render {
namespace {

const hgm::Color kPureRed{200, 0, 0, 255};
const hgm::Color kPureGreen{0, 150, 0, 255};
const hgm::Color kPureBlue{0, 0, 200, 255};
const hgm::Color kInk{20, 20, 20, 255};

hgm::FrameRect rect(double x, double y, double w, double h, hgm::Color fill) {
  return {{x, y, w, h}, {fill, hgm::FillPattern::solid, {}}, {}, 0};
}

hgm::FramePolygon triangle(hgm::Vec2 a, hgm::Vec2 b, hgm::Vec2 c, hgm::Color fill, bool antialias) {
  hgm::FramePolygon p;
  p.mesh.vertices = {a, b, c};
  p.mesh.indices = {0, 1, 2};
  p.fill = fill;
  p.antialias = antialias;
  return p;
}

// One rectangle, one polygon, one line and one text apart from each other on white.
hgm::Frame one_of_each() {
  hgm::Frame frame;
  frame.width = 200;
  frame.height = 100;
  frame.background = test::kWhite;
  frame.rects.push_back(rect(10, 10, 30, 20, kPureRed));
  frame.polygons.push_back(triangle({60, 10}, {90, 10}, {60, 40}, kPureGreen, true));
  frame.lines.push_back({{{110, 20}, {150, 20}}, 4, kPureBlue, false});
  frame.texts.push_back({"Mèo Vạc", 20, 80, 16, kInk, {}, 0});
  return frame;
}

int pixels_near(const Image& image, int x0, int y0, int x1, int y1, hgm::Color c, int tolerance) {
  int n = 0;
  for (int y = y0; y < y1; ++y)
    for (int x = x0; x < x1; ++x) n += test::channel_distance(image.pixel(x, y), c) <= tolerance ? 1 : 0;
  return n;
}

TEST(GlBackend, OneOfEachAtItsPlace) {
  const Image image = test::shared_renderer().render(one_of_each());
  EXPECT_EQ(image.pixel(25, 20), kPureRed);
  EXPECT_EQ(image.pixel(66, 16), kPureGreen);
  EXPECT_EQ(image.pixel(130, 20), kPureBlue);
  EXPECT_GT(pixels_near(image, 20, 64, 90, 84, kInk, 40), 20);  // the text's ink
  // Nothing anywhere else.
  EXPECT_EQ(image.pixel(130, 40), test::kWhite);
  EXPECT_EQ(image.pixel(180, 90), test::kWhite);
  EXPECT_EQ(pixels_near(image, 100, 50, 200, 100, test::kWhite, 0), 100 * 50);
  if (HasFailure()) test::save_for_inspection(image);
}

// Where every kind covers one pixel, the last kind the walk hands over shows.
TEST(GlBackend, LaterLayersCoverEarlierOnes) {
  hgm::Frame frame;
  frame.width = 120;
  frame.height = 100;
  frame.background = test::kWhite;
  const hgm::Color plain{250, 200, 0, 255}, smooth{0, 160, 160, 255};
  // Each list in reverse drawing order: the walk, not the list, decides.
  frame.lines.push_back({{{20, 50}, {100, 50}}, 6, kPureBlue, false});
  frame.polygons.push_back(triangle({30, 20}, {110, 50}, {30, 80}, smooth, true));
  frame.polygons.push_back(triangle({20, 10}, {115, 50}, {20, 90}, plain, false));
  frame.rects.push_back(rect(10, 10, 100, 80, kPureRed));
  EXPECT_EQ(test::shared_renderer().render(frame).pixel(60, 50), kPureBlue);
  frame.lines.clear();
  EXPECT_EQ(test::shared_renderer().render(frame).pixel(60, 50), smooth);
  frame.polygons.erase(frame.polygons.begin());
  EXPECT_EQ(test::shared_renderer().render(frame).pixel(60, 50), plain);
  frame.polygons.clear();
  EXPECT_EQ(test::shared_renderer().render(frame).pixel(60, 50), kPureRed);
}

// Handed straight to the backend (no walk): it draws the items handed, not the frame's
// lists, and in the order handed (here a rectangle over a line).
TEST(GlBackend, DrawsOnlyWhatItIsHandedInTheOrderHanded) {
  HeadlessContext context;
  const Font font = Font::regular();
  OffscreenTarget target(200, 100, 1);
  gl::GlBackend backend(font);
  hgm::Frame frame = one_of_each();
  frame.rects.push_back(rect(150, 60, 30, 20, kPureBlue));
  frame.lines.push_back({{{140, 70}, {195, 70}}, 4, kPureGreen, false});
  target.bind();
  GLint bound = 0;
  glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &bound);
  backend.set_target(static_cast<GLuint>(bound));
  backend.begin(frame);
  backend.background(test::kWhite);
  backend.lines({&frame.lines[1]});
  backend.rects({&frame.rects[1]});
  backend.end();
  const Image image = target.read();
  EXPECT_EQ(image.pixel(165, 70), kPureBlue);   // the rectangle over the line
  EXPECT_EQ(image.pixel(145, 70), kPureGreen);  // the line beside it
  EXPECT_EQ(image.pixel(25, 20), test::kWhite);   // in the frame, not handed
  EXPECT_EQ(image.pixel(130, 20), test::kWhite);  // the first line, not handed
  EXPECT_EQ(pixels_near(image, 20, 64, 90, 84, test::kWhite, 0), 70 * 20);  // no text
  if (HasFailure()) test::save_for_inspection(image);
}

}  // namespace
}  // namespace hgm::render
